/* Catálogo de cobro: búsqueda (sin tildes, plurales ni género, con sinónimos), búsqueda
 * en vivo en la cabecera, galería con facetas, fichas de plantilla (vistas previas,
 * copiar, «Tus datos» y descargas con tus datos). Sin dependencias ni peticiones fuera
 * del propio sitio; funciona también abierto desde el disco (file://).
 * plegar(), raiz() y clave() son las mismas que generador/sitio/busqueda.py. */
(function () {
  "use strict";

  var guion = document.currentScript;
  var BASE = new URL("..", guion ? guion.src : location.href);  // raíz del sitio
  var EN_DISCO = location.protocol === "file:";

  // --- Normalización: igual que generador/sitio/busqueda.py ---------------------------
  var TRAS_ES = "lnrdjsyz", VOCALES = "aeiou", MIN_RAIZ = 3;

  function plegar(texto) {
    var salida = "";
    for (var i = 0; i < texto.length; i++) {
      salida += texto[i].toLowerCase().normalize("NFD")[0];
    }
    return salida;
  }

  function unPaso(p) {
    if (p.length <= MIN_RAIZ || p[p.length - 1] !== "s") return p;
    if (p.slice(-3) === "ces" && p.length - 3 >= MIN_RAIZ - 1) return p.slice(0, -3) + "z";
    if (p.slice(-2) === "es" && TRAS_ES.indexOf(p[p.length - 3]) >= 0 && p.length - 2 >= MIN_RAIZ) {
      return p.slice(0, -2);
    }
    if (VOCALES.indexOf(p[p.length - 2]) >= 0) return p.slice(0, -1);
    return p;
  }

  function raiz(p) {
    for (;;) {
      var siguiente = unPaso(p);
      if (siguiente === p) return p;
      p = siguiente;
    }
  }

  function clave(p) {
    p = raiz(p);
    if (p.length >= 5 && "aoe".indexOf(p[p.length - 1]) >= 0) return p.slice(0, -1);
    return p;
  }

  function claves(texto) {
    return (plegar(texto).match(/[0-9a-z]+/g) || []).map(clave);
  }

  function plural(n, uno, varios) { return n + " " + (n === 1 ? uno : varios); }

  function enlace(url) {
    // Abierto desde el disco, una carpeta no abre su index.html sola.
    var u = new URL(url, BASE);
    if (EN_DISCO && /\/$/.test(u.pathname)) u.pathname += "index.html";
    return u.href;
  }

  // --- Índice -----------------------------------------------------------------------
  // cobro-indice.js: las páginas sin país, los sinónimos y la lista de países; con países,
  // cobro-indice-<país>.js trae las plantillas de cada uno y se carga solo al buscar en él.
  var base = null, indices = {};

  // Un fallo con su explicación en español (los del navegador, como «Failed to fetch» o
  // «Cannot read properties of undefined», vienen en inglés y no dicen qué hacer).
  function fallo(texto) { var e = new Error(texto); e.cobro = true; return e; }

  function explicarFallo(error) {
    return "No se pudo cargar el índice de búsqueda: " + (error && error.cobro ? error.message :
      "el índice está dañado o a medias") + ". Recarga la página; si sigue igual, vuelve a " +
      "publicar el sitio entero (cobro sitio).";
  }

  function cargarGuion(nombre, listo) {
    return new Promise(function (resolver, rechazar) {
      if (listo()) return resolver(listo());
      var s = document.createElement("script");
      s.src = new URL("assets/" + nombre, BASE).href;
      s.onload = function () { listo() ? resolver(listo()) : rechazar(fallo("el archivo assets/" + nombre + " está vacío o dañado")); };
      s.onerror = function () { rechazar(fallo("falta el archivo assets/" + nombre + " o no hay conexión")); };
      document.head.appendChild(s);
    });
  }

  function cargarBase() {
    if (!base) {
      base = cargarGuion("cobro-indice.js", function () { return window.cobroIndice; });
      base.catch(function () { base = null; });
    }
    return base;
  }

  function paisesDe(datos) { return (datos.paises || []).map(function (p) { return p[0]; }); }

  // El país de la página que se está viendo (una galería o una ficha de un país), si lo tiene.
  function paisDePagina() {
    var g = document.querySelector("[data-cobro-pais-galeria]");
    if (g) return g.getAttribute("data-cobro-pais-galeria");
    var m = document.querySelector(".cobro-medios-pago[data-cobro-pais]");
    return m ? m.getAttribute("data-cobro-pais") : null;
  }

  // El país en el que se busca: "todos" o uno de la lista si se pide; si no, el de la
  // página, el recordado (el de «Tus datos» o el de la faceta de la galería) o el
  // predeterminado (España).
  function paisBusqueda(datos, pedido) {
    var lista = paisesDe(datos);
    if (!lista.length) return "";
    if (pedido === "todos" || lista.indexOf(pedido) >= 0) return pedido;
    var candidatos = [paisDePagina(), leerDatos().pais];
    for (var i = 0; i < candidatos.length; i++) if (lista.indexOf(candidatos[i]) >= 0) return candidatos[i];
    return datos.predeterminado || lista[0];
  }

  // Cada parte (la común y la de cada país) trae sus documentos y un índice invertido
  // (clave -> posiciones en tramos, ver generador/sitio/busqueda.py); las claves del título
  // se calculan aquí del título, con las mismas funciones que en Python.
  function cargarIndice(pedido) {
    return cargarBase().then(function (datos) {
      var pais = paisBusqueda(datos, pedido);
      if (indices[pais]) return indices[pais];
      var lista = pais === "todos" ? paisesDe(datos) : pais ? [pais] : [];
      indices[pais] = Promise.all(lista.map(function (c) {
        return cargarGuion("cobro-indice-" + c + ".js", function () {
          return window.cobroIndicePais && window.cobroIndicePais[c];
        });
      })).then(function (partes) {
        var todas = [{ pais: "", datos: datos }].concat(partes.map(function (p, n) { return { pais: lista[n], datos: p }; }));
        var idx = preparar(todas, datos.sinonimos);
        idx.pais = pais;
        idx.paises = datos.paises || [];
        return idx;
      });
      indices[pais].catch(function () { delete indices[pais]; });
      return indices[pais];
    });
  }

  // Las posiciones de una clave (ver codificar_posiciones en generador/sitio/busqueda.py):
  // números en base 45 con las cifras de CIFRAS; las 45 primeras cierran un número. Cada
  // tramo es 2 * hueco (una posición) o 2 * hueco + 1 y su largo menos 2.
  var CIFRAS = (function () {
    var valor = {}, n = 0;
    for (var i = 33; i < 127 && n < 90; i++) if ('"\\<'.indexOf(String.fromCharCode(i)) < 0) valor[i] = n++;
    return valor;
  })();

  function posiciones(codigo) {
    var numeros = [], n = 0, salida = [], anterior = -1;
    for (var i = 0; i < codigo.length; i++) {
      var cifra = CIFRAS[codigo.charCodeAt(i)];
      if (cifra >= 45) n = n * 45 + cifra - 45;
      else { numeros.push(n * 45 + cifra); n = 0; }
    }
    for (var j = 0; j < numeros.length; j++) {
      var inicio = anterior + 1 + Math.floor(numeros[j] / 2);
      anterior = inicio + (numeros[j] % 2 ? numeros[++j] + 1 : 0);
      for (var k = inicio; k <= anterior; k++) salida.push(k);
    }
    return salida;
  }

  // Las claves, ordenadas en una cadena: cada una, una mayúscula con cuántos caracteres
  // comparte con la anterior (A = 0) y el resto (ver codificar_claves).
  function clavesDe(codigo) {
    var salida = [], anterior = "", re = /([A-Z])([0-9a-z]*)/g, m;
    while ((m = re.exec(codigo || ""))) {
      anterior = anterior.slice(0, m[1].charCodeAt(0) - 65) + m[2];
      salida.push(anterior);
    }
    return salida;
  }

  function preparar(partes, sinonimos) {
    var docs = [], porClave = new Map(), grupos = new Map();
    partes.forEach(function (parte) {
      var desde = docs.length, trozos = parte.datos.trozos || [], anterior = "";
      parte.datos.docs.forEach(function (original) {
        // [t, u, x, c, kp]: el título, de sus trozos; la URL, de lo que comparte con la
        // anterior; la clase, un trozo (ninguna: «Plantilla») (ver busqueda.py)
        var t = original[0].split(".").map(function (i) { return trozos[parseInt(i, 36)]; }).join(" · ");
        var u = original[1], espacio = u.indexOf(" ");
        anterior = anterior.slice(0, parseInt(u.slice(0, espacio), 36)) + u.slice(espacio + 1);
        // un objeto nuevo: la parte común está en el índice de cada país y en el de todos
        var d = { t: t, u: anterior, x: original[2], c: original[3] == null ? "Plantilla" : trozos[original[3]], kp: original[4] };
        if (parte.pais) d.p = parte.pais;
        d.titulo = new Set(claves(d.t));
        d.tipo = new Set(d.kp ? d.kp.split(" ") : []);
        d.cuerpo = new Set();
        d.plano = plegar(d.t + " " + d.x).replace(/\s+/g, " ");
        docs.push(d);
      });
      var lista = clavesDe(parte.datos.claves), codigos = lista.length ? parte.datos.posiciones.split(" ") : [];
      lista.forEach(function (c, n) {
        posiciones(codigos[n]).forEach(function (i) { docs[desde + i].cuerpo.add(c); anadir(porClave, c, desde + i); });
      });
    });
    (sinonimos || []).forEach(function (g) { g.forEach(function (c) { grupos.set(c, g); }); });
    return { docs: docs, porClave: porClave, grupos: grupos, partes: partes };
  }

  // Las frases entre comillas se buscan en el texto largo de cada documento
  // (cobro-textos*.js), que solo se descarga la primera vez que se busca una frase.
  function conTextos(idx, consulta) {
    if (consulta.indexOf('"') < 0 || idx.conTextos) return Promise.resolve(idx);
    return Promise.all(idx.partes.map(function (parte) {
      return cargarGuion("cobro-textos" + (parte.pais ? "-" + parte.pais : "") + ".js", function () {
        return window.cobroTextos && window.cobroTextos[parte.pais];
      });
    })).then(function (textos) {
      var n = 0;
      textos.forEach(function (lista) {
        lista.forEach(function (texto) { var d = idx.docs[n++]; d.plano = plegar(d.t + " " + texto).replace(/\s+/g, " "); });
      });
      idx.conTextos = true;
      return idx;
    });
  }

  function anadir(mapa, c, i) {
    var lista = mapa.get(c);
    if (!lista) mapa.set(c, lista = []);
    if (lista[lista.length - 1] !== i) lista.push(i);
  }

  function docsDe(idx, c, prefijo) {
    var salida = new Set(idx.porClave.get(c) || []);
    if (prefijo) {
      idx.porClave.forEach(function (lista, k) {
        if (k.length > c.length && k.lastIndexOf(c, 0) === 0) lista.forEach(function (i) { salida.add(i); });
      });
    }
    return salida;
  }

  function analizar(consulta) {
    var frases = [], resto = consulta.replace(/"([^"]+)"/g, function (_, f) {
      var p = plegar(f).replace(/[^0-9a-z]+/g, " ").trim();
      if (p) frases.push(p);
      return " ";
    });
    return { frases: frases, terminos: claves(resto), abierta: /[0-9a-záéíóúüñ]$/i.test(consulta) };
  }

  function buscar(idx, consulta) {
    var q = analizar(consulta);
    var terminos = q.frases.reduce(function (acc, f) { return acc.concat(claves(f)); }, q.terminos.slice());
    if (!terminos.length) return [];
    var expansion = terminos.map(function (t) { return idx.grupos.get(t) || [t]; });
    var conjuntos = terminos.map(function (t, n) {
      var prefijo = q.abierta && !q.frases.length && n === terminos.length - 1 && t.length >= 2;
      var s = docsDe(idx, t, prefijo);
      expansion[n].forEach(function (sin) { if (sin !== t) docsDe(idx, sin, false).forEach(function (i) { s.add(i); }); });
      return s;
    });
    var resultados = [], completa = plegar(consulta.replace(/"/g, "").trim());
    conjuntos[0].forEach(function (i) {
      if (!conjuntos.every(function (c) { return c.has(i); })) return;
      var d = idx.docs[i];
      if (!q.frases.every(function (f) { return d.plano.replace(/[^0-9a-z]+/g, " ").indexOf(f) >= 0; })) return;
      var puntos = 0;
      terminos.forEach(function (t, n) {
        var mejor = 0;
        expansion[n].forEach(function (c) {
          var peso = c === t ? 1 : 0.7;
          if (d.titulo.has(c)) mejor = Math.max(mejor, 10 * peso);
          else if (d.tipo.has(c)) mejor = Math.max(mejor, 6 * peso);
          else if (d.cuerpo.has(c)) mejor = Math.max(mejor, 1 * peso);
        });
        puntos += mejor || 0.5;
      });
      if (completa && plegar(d.t).indexOf(completa) >= 0) puntos += 20;
      else if (completa.indexOf(" ") > 0 && d.plano.indexOf(completa) >= 0) puntos += 8;
      if (d.c === "Plantilla") puntos += 0.5;
      resultados.push({ doc: d, puntos: puntos });
    });
    resultados.sort(function (a, b) { return b.puntos - a.puntos || a.doc.t.localeCompare(b.doc.t, "es"); });
    resultados.terminos = terminos;
    return resultados;
  }

  function extracto(texto, terminos, largo) {
    largo = largo || 180;
    var plegado = plegar(texto), inicio = -1, fin = -1;
    // Primero la consulta entera («plan de pagos» seguidas), luego cada palabra con
    // contenido («plan», «pagos») y solo al final las de una o dos letras («de»).
    var limpios = terminos.map(function (t) { return t.replace(/[^0-9a-z]/g, ""); })
      .filter(function (t) { return t; });
    var patrones = limpios.length > 1 ? [limpios.join("[0-9a-z]*[^0-9a-z]+")] : [];
    limpios.forEach(function (t) { if (t.length > 2) patrones.push(t); });
    limpios.forEach(function (t) { if (t.length <= 2) patrones.push(t); });
    for (var n = 0; n < patrones.length && inicio < 0; n++) {
      var re = new RegExp("(^|[^0-9a-z])(" + patrones[n] + ")[0-9a-z]*");
      var m = re.exec(plegado);
      if (m) { inicio = m.index + m[1].length; fin = m.index + m[0].length; }
    }
    var p = document.createElement("p");
    p.className = "cobro-extracto";
    if (inicio < 0) { p.textContent = texto.slice(0, largo) + (texto.length > largo ? "…" : ""); return p; }
    var desde = Math.max(0, inicio - Math.round(largo / 3)), hasta = Math.min(texto.length, fin + Math.round(largo / 2));
    p.appendChild(document.createTextNode((desde > 0 ? "…" : "") + texto.slice(desde, inicio)));
    var marca = document.createElement("mark");
    marca.textContent = texto.slice(inicio, fin);
    p.appendChild(marca);
    p.appendChild(document.createTextNode(texto.slice(fin, hasta) + (hasta < texto.length ? "…" : "")));
    return p;
  }

  function nombrePais(idx, c) {
    var p = (idx.paises || []).filter(function (x) { return x[0] === c; })[0];
    return p ? p[1] : c;
  }

  function enPais(idx) { return idx.pais && idx.pais !== "todos" ? " en " + nombrePais(idx, idx.pais) : ""; }

  function elemento(r, terminos, largo, idx) {
    var li = document.createElement("li"), a = document.createElement("a"), clase = document.createElement("span");
    a.href = enlace(r.doc.u);
    a.textContent = r.doc.t;
    clase.className = "cobro-clase";
    clase.textContent = r.doc.c + (r.doc.p && idx && idx.pais === "todos" ? " · " + nombrePais(idx, r.doc.p) : "");
    if (r.doc.p) li.setAttribute("data-pais", r.doc.p);
    li.appendChild(a); li.appendChild(clase); li.appendChild(extracto(r.doc.x, terminos, largo));
    return li;
  }

  function corta(consulta) { return plegar(consulta).replace(/[^0-9a-z]/g, "").length < 2; }

  // --- Página de búsqueda: todos los resultados, de 20 en 20 --------------------------
  var POR_PAGINA = 20;

  function iniciarBusqueda(caja) {
    var entrada = caja.querySelector("input[type=search]");
    var estado = caja.querySelector("[data-cobro-estado]");
    var lista = caja.querySelector("[data-cobro-resultados]");
    var mas = document.createElement("button");
    mas.type = "button";
    mas.className = "md-button cobro-mas";
    mas.hidden = true;
    lista.parentNode.insertBefore(mas, lista.nextSibling);
    var turno = 0, actuales = [], mostrados = 0, idxActual = null, selector = null;
    var pedido = new URL(location.href).searchParams.get("pais");

    // Con países: un selector «País» (todos o uno); empieza en el de la dirección, el
    // recordado o el predeterminado.
    cargarBase().then(function (datos) {
      if (!(datos.paises || []).length) return;
      var etiqueta = document.createElement("label"), texto = document.createElement("span");
      etiqueta.className = "cobro-busqueda-pais";
      texto.textContent = "País ";
      selector = document.createElement("select");
      selector.name = "pais";
      selector.setAttribute("data-cobro-pais-busqueda", "");
      [["todos", "Todos los países"]].concat(datos.paises).forEach(function (p) {
        var o = document.createElement("option");
        o.value = p[0];
        o.textContent = p[1] + (p.length > 2 ? " (" + plural(p[2], "plantilla", "plantillas") + ")" : "");
        selector.appendChild(o);
      });
      selector.value = paisBusqueda(datos, pedido);
      etiqueta.appendChild(texto); etiqueta.appendChild(selector);
      entrada.parentNode.insertBefore(etiqueta, entrada.nextSibling);
      selector.addEventListener("change", function () { pedido = selector.value; actualizar(); });
    });

    function pintarMas() {
      var hasta = Math.min(actuales.length, mostrados + POR_PAGINA);
      for (var i = mostrados; i < hasta; i++) lista.appendChild(elemento(actuales[i], actuales.terminos, 220, idxActual));
      mostrados = hasta;
      var quedan = actuales.length - mostrados;
      mas.hidden = quedan <= 0;
      mas.textContent = "Ver " + Math.min(quedan, POR_PAGINA) + " más (quedan " + quedan + ")";
      if (actuales.length) {
        estado.textContent = plural(actuales.length, "resultado", "resultados") + " para «" + entrada.value.trim() +
          "»" + enPais(idxActual) + (actuales.length > mostrados ? "; se ven " + mostrados + "." : ".");
      }
    }

    function actualizar() {
      var consulta = entrada.value, mio = ++turno;
      var url = new URL(location.href);
      if (consulta) url.searchParams.set("q", consulta); else url.searchParams.delete("q");
      if (selector) url.searchParams.set("pais", selector.value);
      history.replaceState(null, "", url);
      lista.textContent = "";
      mas.hidden = true;
      if (corta(consulta)) { estado.textContent = "Escribe al menos dos letras."; return; }
      cargarIndice(selector ? selector.value : pedido).then(function (idx) {
        return conTextos(idx, consulta);
      }).then(function (idx) {
        if (mio !== turno) return;
        idxActual = idx;
        actuales = buscar(idx, consulta);
        mostrados = 0;
        lista.textContent = "";
        if (!actuales.length) {
          estado.textContent = "Ningún resultado para «" + consulta.trim() + "»" + enPais(idx) +
            ". Prueba con menos palabras o sin comillas" + (idx.pais && idx.pais !== "todos" ? ", u otro país." : ".");
          return;
        }
        pintarMas();
      }).catch(function (error) {
        estado.textContent = explicarFallo(error);
      });
    }

    mas.addEventListener("click", function () {
      var primero = lista.children.length;
      pintarMas();
      var nuevo = lista.children[primero];
      if (nuevo) nuevo.querySelector("a").focus();
    });
    entrada.addEventListener("input", actualizar);
    var inicial = new URL(location.href).searchParams.get("q");
    if (inicial) { entrada.value = inicial; actualizar(); }
  }

  // --- Cuadro de búsqueda en la cabecera, con resultados en vivo ----------------------
  function cuadroCabecera() {
    var cabecera = document.querySelector(".md-header__inner");
    if (!cabecera || cabecera.querySelector(".cobro-cabecera")) return;
    var form = document.createElement("form"), entrada = document.createElement("input");
    var panel = document.createElement("div"), estado = document.createElement("p"), lista = document.createElement("ul");
    var todos = document.createElement("a");
    form.className = "cobro-cabecera";
    form.setAttribute("role", "search");
    form.action = enlace("buscar/");
    entrada.type = "search";
    entrada.name = "q";
    entrada.placeholder = "Buscar";
    entrada.autocomplete = "off";
    entrada.setAttribute("aria-label", "Buscar en el catálogo");
    entrada.setAttribute("aria-controls", "cobro-vivo");
    panel.className = "cobro-vivo";
    panel.id = "cobro-vivo";
    panel.hidden = true;
    estado.className = "cobro-vivo-estado";
    estado.setAttribute("aria-live", "polite");
    lista.className = "cobro-vivo-lista";
    todos.className = "cobro-vivo-todos";
    panel.appendChild(estado); panel.appendChild(lista); panel.appendChild(todos);
    form.appendChild(entrada); form.appendChild(panel);
    var opciones = cabecera.querySelector("form.md-header__option, .md-header__option");
    cabecera.insertBefore(form, opciones || null);
    var turno = 0, espera = 0, cerradoATeclado = false;

    function abrir(si) { panel.hidden = !si; }

    function actualizar() {
      var consulta = entrada.value, mio = ++turno;
      if (corta(consulta)) { abrir(false); return; }
      cargarIndice().then(function (idx) {
        return conTextos(idx, consulta);
      }).then(function (idx) {
        if (mio !== turno) return;
        var r = buscar(idx, consulta);
        lista.textContent = "";
        r.slice(0, 6).forEach(function (x) { lista.appendChild(elemento(x, r.terminos, 110, idx)); });
        estado.textContent = r.length ? plural(r.length, "resultado", "resultados") + enPais(idx) :
          "Ningún resultado para «" + consulta.trim() + "»" + enPais(idx) + ".";
        var url = new URL(enlace("buscar/"));
        url.searchParams.set("q", consulta);
        if (idx.pais) url.searchParams.set("pais", idx.pais);
        todos.href = url.href;
        todos.textContent = r.length > 6 ? "Ver los " + r.length + " resultados" : "Abrir en la página de búsqueda";
        abrir(true);
      }).catch(function (error) {
        estado.textContent = explicarFallo(error);
        abrir(true);
      });
    }

    entrada.addEventListener("input", function () { clearTimeout(espera); espera = setTimeout(actualizar, 120); });
    entrada.addEventListener("focus", function () {
      if (!cerradoATeclado && !corta(entrada.value)) actualizar();
      cerradoATeclado = false;
    });
    form.addEventListener("keydown", function (e) {
      var enlaces = Array.prototype.slice.call(panel.querySelectorAll("a"));
      var i = enlaces.indexOf(document.activeElement);
      if (e.key === "Escape") { turno++; abrir(false); cerradoATeclado = true; entrada.focus(); cerradoATeclado = false; }
      else if (e.key === "ArrowDown" && !panel.hidden && enlaces.length) { e.preventDefault(); enlaces[Math.min(i + 1, enlaces.length - 1)].focus(); }
      else if (e.key === "ArrowUp" && i >= 0) { e.preventDefault(); (i === 0 ? entrada : enlaces[i - 1]).focus(); }
    });
    form.addEventListener("submit", function (e) {
      e.preventDefault();
      var url = new URL(enlace("buscar/"));
      url.searchParams.set("q", entrada.value);
      location.href = url.href;
    });
    document.addEventListener("click", function (e) { if (!form.contains(e.target)) abrir(false); });
    // Material usa "/" y "s" para su búsqueda (aquí no está): que lleven a esta.
    document.addEventListener("keydown", function (e) {
      var t = e.target;
      if ((e.key === "/" || e.key === "s") && !e.ctrlKey && !e.metaKey && !e.altKey &&
          !(t && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName)))) {
        e.preventDefault(); entrada.focus();
      }
    });
  }

  // --- Galería: facetas, recuentos, grupos y aviso cuando nada coincide ---------------
  function iniciarFiltros(form) {
    var items = Array.prototype.slice.call(document.querySelectorAll("[data-cobro-lista] > li"));
    var grupos = Array.prototype.slice.call(document.querySelectorAll("[data-cobro-grupo]"));
    var resumen = document.querySelector("[data-cobro-resumen]");
    var vacio = document.querySelector("[data-cobro-vacio]");
    var casillas = Array.prototype.slice.call(form.querySelectorAll("input[type=checkbox]"));
    var dims = Array.prototype.map.call(form.querySelectorAll("fieldset[data-dimension]"),
      function (f) { return f.getAttribute("data-dimension"); });

    function seleccion() {
      var sel = {};
      dims.forEach(function (d) { sel[d] = new Set(); });
      casillas.forEach(function (c) { if (c.checked) sel[c.name].add(c.value); });
      return sel;
    }

    function pasa(item, sel, salvo) {
      return dims.every(function (d) {
        return d === salvo || sel[d].size === 0 || sel[d].has(item.getAttribute("data-" + d));
      });
    }

    function cuantos(sel) { return items.filter(function (it) { return pasa(it, sel); }).length; }

    function etiqueta(dim, valor) {
      var c = casillas.filter(function (x) { return x.name === dim && x.value === valor; })[0];
      return c ? c.getAttribute("data-etiqueta") : valor;
    }

    function explicar(sel) {
      vacio.textContent = "";
      var activos = [];
      dims.forEach(function (d) { sel[d].forEach(function (v) { activos.push([d, v]); }); });
      var titulo = document.createElement("p"), motivo = "";
      titulo.className = "cobro-vacio-titulo";
      titulo.textContent = "Ninguna plantilla cumple todos los filtros marcados.";
      // El motivo: dos grupos que no se cruzan nunca.
      for (var i = 0; i < dims.length && !motivo; i++) {
        for (var j = i + 1; j < dims.length && !motivo; j++) {
          if (!sel[dims[i]].size || !sel[dims[j]].size) continue;
          var par = {};
          dims.forEach(function (d) { par[d] = new Set(); });
          par[dims[i]] = sel[dims[i]]; par[dims[j]] = sel[dims[j]];
          if (cuantos(par) === 0) {
            motivo = "No hay ninguna que sea a la vez " + Array.from(sel[dims[i]]).map(function (v) { return "«" + etiqueta(dims[i], v) + "»"; }).join(" o ") +
              " y " + Array.from(sel[dims[j]]).map(function (v) { return "«" + etiqueta(dims[j], v) + "»"; }).join(" o ") + ".";
          }
        }
      }
      vacio.appendChild(titulo);
      if (motivo) { var m = document.createElement("p"); m.textContent = motivo; vacio.appendChild(m); }
      var salidas = activos.map(function (a) {
        var otra = {};
        dims.forEach(function (d) { otra[d] = new Set(sel[d]); });
        otra[a[0]].delete(a[1]);
        return { dim: a[0], valor: a[1], n: cuantos(otra) };
      }).filter(function (s) { return s.n > 0; }).sort(function (a, b) { return b.n - a.n; }).slice(0, 3);
      var botones = document.createElement("p");
      botones.className = "cobro-botones";
      salidas.forEach(function (s) {
        var b = document.createElement("button");
        b.type = "button";
        b.className = "md-button md-button--primary";
        b.textContent = "Quitar «" + etiqueta(s.dim, s.valor) + "» (" + plural(s.n, "plantilla", "plantillas") + ")";
        b.addEventListener("click", function () {
          casillas.forEach(function (c) { if (c.name === s.dim && c.value === s.valor) c.checked = false; });
          actualizar();
        });
        botones.appendChild(b);
      });
      var todos = document.createElement("button");
      todos.type = "button";
      todos.className = "md-button";
      todos.textContent = "Quitar todos los filtros";
      todos.addEventListener("click", function () { form.reset(); });
      botones.appendChild(todos);
      vacio.appendChild(botones);
    }

    function actualizar() {
      var sel = seleccion(), visibles = 0, url = new URL(location.href);
      items.forEach(function (item) {
        var ok = pasa(item, sel);
        item.hidden = !ok;
        if (ok) visibles++;
      });
      grupos.forEach(function (g) {
        var n = g.querySelectorAll("[data-cobro-lista] > li:not([hidden])").length;
        g.hidden = n === 0;
        g.querySelector("[data-cobro-cuenta-grupo]").textContent = n;
      });
      casillas.forEach(function (c) {
        var n = items.filter(function (item) {
          return item.getAttribute("data-" + c.name) === c.value && pasa(item, sel, c.name);
        }).length;
        var et = c.parentNode;
        et.querySelector("[data-cuenta]").textContent = n;
        et.classList.toggle("cobro-cero", n === 0);
      });
      resumen.textContent = visibles === items.length ? plural(items.length, "plantilla", "plantillas")
        : visibles + " de " + plural(items.length, "plantilla", "plantillas");
      vacio.hidden = visibles > 0;
      var marcadas = casillas.filter(function (c) { return c.checked; }).length;
      var caja = form.closest("[data-cobro-filtros-caja]");
      if (caja) caja.querySelector("summary").textContent = marcadas ? "Filtros (" + plural(marcadas, "marcado", "marcados") + ")" : "Filtros";
      if (visibles === 0) explicar(sel); else vacio.textContent = "";
      dims.forEach(function (d) {
        url.searchParams.delete(d);
        sel[d].forEach(function (v) { url.searchParams.append(d, v); });
      });
      history.replaceState(null, "", url);
    }

    var inicial = new URL(location.href).searchParams;
    casillas.forEach(function (c) { c.checked = inicial.getAll(c.name).indexOf(c.value) >= 0; });
    var caja = form.closest("[data-cobro-filtros-caja]");
    if (caja && window.matchMedia("(max-width: 44.9375em)").matches) caja.open = false;
    form.addEventListener("change", actualizar);
    form.addEventListener("reset", function () { setTimeout(actualizar, 0); });
    form.addEventListener("submit", function (e) { e.preventDefault(); });
    actualizar();
  }

  // --- SMS: codificación y segmentos, como generador/sms.py ---------------------------
  // Alfabeto básico GSM 03.38 (un septeto) y tabla de extensión (dos septetos).
  var GSM_BASICO = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
  var GSM_EXTENSION = "\f^{}\\[~]|€";

  function septetos(c) { return GSM_BASICO.indexOf(c) >= 0 ? 1 : GSM_EXTENSION.indexOf(c) >= 0 ? 2 : 0; }

  function partes(pesos, simple, parte) {
    var total = pesos.reduce(function (a, b) { return a + b; }, 0);
    if (total <= simple) return [total, pesos.length ? 1 : 0];
    var segmentos = 1, ocupado = 0;
    pesos.forEach(function (n) {
      if (ocupado + n > parte) { segmentos++; ocupado = 0; }
      ocupado += n;
    });
    return [total, segmentos];
  }

  function costeSms(texto) {
    var chars = Array.from(texto);
    var gsm = chars.map(septetos);
    var ucs = partes(chars.map(function (c) { return c.length; }), 70, 67);
    var esGsm = gsm.every(function (n) { return n > 0; });
    var r = esGsm ? partes(gsm, 160, 153) : ucs;
    var s = function (n) { return plural(n, "segmento", "segmentos"); };
    var texto2 = (esGsm ? "GSM-7" : "UCS-2") + " · " + plural(chars.length, "carácter", "caracteres") + " · " + s(r[1]);
    if (esGsm) texto2 += ". Peor caso: si un dato trae un carácter fuera de GSM-7 (p. ej. «á»), UCS-2 y " + s(ucs[1]);
    return texto2 + ".";
  }

  // para las pruebas: las claves, el coste de un SMS y la búsqueda sobre un índice cargado
  window.cobroBusqueda = { plegar: plegar, raiz: raiz, clave: clave, claves: claves, costeSms: costeSms,
                           cargarIndice: cargarIndice, buscar: buscar };

  // --- Ficha de plantilla: «Tus datos», vistas previas, copiar y descargas ------------
  var ALMACEN = "cobro-tus-datos";

  function leerDatos() {
    try { return JSON.parse(localStorage.getItem(ALMACEN) || "{}") || {}; } catch (e) { return {}; }
  }

  function guardarDatos(d) {
    try { localStorage.setItem(ALMACEN, JSON.stringify(d)); } catch (e) { /* modo privado */ }
  }

  function escaparHtml(t) {
    return String(t).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;")
      .replace(/"/g, "&quot;").replace(/'/g, "&#39;").replace(/[{}|*$%\\]/g, function (c) { return "&#" + c.charCodeAt(0) + ";"; });
  }

  // Una sola pasada: un valor que contenga {{ x }} o *|X|* queda como texto.
  // Como generador/rellenar.py: un valor que acaba en punto («Lumen S.L.») delante del
  // punto del texto no lo duplica.
  function rellenar(texto, valores, escapar) {
    return texto.replace(/\{\{\s*([a-z0-9_]+)\s*\}\}(\.(?!\.))?/g, function (m, n, punto) {
      if (!Object.prototype.hasOwnProperty.call(valores, n)) return m;
      var valor = String(valores[n]);
      var fuera = escapar ? escapar(valor) : valor;
      return fuera + (punto && valor.slice(-1) !== "." ? punto : "");
    });
  }

  function copiar(texto, boton) {
    function hecho(ok) {
      var antes = boton.getAttribute("data-texto") || boton.textContent;
      boton.setAttribute("data-texto", antes);
      boton.textContent = ok ? "Copiado" : "No se pudo copiar";
      setTimeout(function () { boton.textContent = antes; }, 1500);
    }
    function aMano() {
      var area = document.createElement("textarea");
      area.value = texto;
      area.setAttribute("readonly", "");
      area.style.position = "fixed"; area.style.opacity = "0";
      document.body.appendChild(area);
      area.select();
      var ok = false;
      try { ok = document.execCommand("copy"); } catch (e) { ok = false; }
      document.body.removeChild(area);
      hecho(ok);
    }
    if (navigator.clipboard && window.isSecureContext) navigator.clipboard.writeText(texto).then(function () { hecho(true); }, aMano);
    else aMano();
  }

  function base64(texto) {
    var bytes = new TextEncoder().encode(texto), bin = "";
    for (var i = 0; i < bytes.length; i++) bin += String.fromCharCode(bytes[i]);
    return btoa(bin);
  }

  // Palabras codificadas (RFC 2047) de 75 caracteres como mucho (45 bytes de texto),
  // cortadas entre caracteres y no dentro de uno.
  function codificadas(texto) {
    var palabras = [], trozo = "", bytes = 0, utf8 = new TextEncoder();
    Array.from(texto).forEach(function (c) {
      var n = utf8.encode(c).length;
      if (trozo && bytes + n > 45) { palabras.push(trozo); trozo = ""; bytes = 0; }
      trozo += c; bytes += n;
    });
    if (trozo) palabras.push(trozo);
    return palabras.map(function (t) { return "=?UTF-8?B?" + base64(t) + "?="; }).join(" ");
  }

  // Un texto de cabecera: las palabras en ASCII, tal cual; cada racha de palabras con otros
  // caracteres (o con signos que en una dirección separan, si ``especiales``), codificada
  // entera, espacios incluidos, como hace el módulo email de Python. Las líneas se pliegan
  // a 76 caracteres.
  function cabecera(texto, especiales) {
    var salida = [], racha = [];
    function cerrar() { if (racha.length) { salida.push(codificadas(racha.join(" "))); racha = []; } }
    String(texto).replace(/[\r\n]+/g, " ").split(" ").forEach(function (p) {
      // una palabra de más de 75 caracteres no se podría plegar (RFC 5322: 998 como mucho
      // por línea): codificada, se parte en palabras codificadas cortas
      if (/[^\x20-\x7e]|=\?/.test(p) || p.length > 75 || (especiales && especiales.test(p))) racha.push(p);
      else { cerrar(); salida.push(p); }
    });
    cerrar();
    var lineas = [""];
    salida.join(" ").split(" ").forEach(function (t, i) {
      var ultima = lineas.length - 1;
      if (i && lineas[ultima].length + 1 + t.length > 76) lineas.push(t);
      else lineas[ultima] += (i ? " " : "") + t;
    });
    return lineas.join("\r\n ");
  }

  // Una dirección con nombre. Un nombre en ASCII con signos que separan direcciones («<»,
  // «,», «@», comillas...) va entre comillas; con otros caracteres, codificado. Una dirección
  // que no lo es cambia por la de ejemplo (como el .eml de cobro exportar): si no, el cliente
  // de correo leería otra.
  // El dominio de una dirección en ASCII (IDNA, lo que hace el navegador con una URL):
  // «cobros@ñandu.es» va en la cabecera como «cobros@xn--andu-fqa.es».
  function dominioAscii(c) {
    var i = c.lastIndexOf("@");
    if (i < 0 || /^[\x21-\x7e]*$/.test(c)) return c;
    try { return c.slice(0, i + 1) + new URL("http://" + c.slice(i + 1)).hostname; } catch (e) { return c; }
  }

  function direccion(nombre, correo, porDefecto) {
    var c = dominioAscii(String(correo || "").trim()), especiales = /[()<>\[\]:;@\\,."]/;
    if (!/^[^\s@<>()\[\],;:\\"]+@[^\s@<>()\[\],;:\\"]+\.[^\s@<>()\[\],;:\\".]+$/.test(c)
        || !/^[\x21-\x7e]+$/.test(c)) c = porDefecto;
    if (!nombre) return c;
    var n = String(nombre).replace(/[\r\n]+/g, " ");
    if (/^[\x20-\x7e]*$/.test(n) && !/=\?/.test(n) && n.length <= 75) {
      return (especiales.test(n) ? '"' + n.replace(/[\\"]/g, "\\$&") + '"' : n) + " <" + c + ">";
    }
    return cabecera(n, especiales) + " <" + c + ">";
  }

  function lineas76(b) { return b.replace(/.{76}/g, "$&\r\n"); }

  function eml(d, v) {
    var frontera = "cobro-" + Math.random().toString(36).slice(2);
    var texto = rellenar(d.cuerpo, v), html = rellenar(d.html || "", v, escaparHtml);
    var partes2 = [
      "From: " + direccion(v.empresa, v.email_contacto, "cobros@ejemplo.invalid"),
      "To: " + direccion(v.nombre_cliente, "cliente@ejemplo.invalid", "cliente@ejemplo.invalid"),
      "Subject: " + cabecera(rellenar(d.asunto || "", v)),
      "Date: " + new Date().toUTCString().replace("GMT", "+0000"),
      "MIME-Version: 1.0",
      "X-Cobro-Plantilla: " + d.id,
      "Content-Type: multipart/alternative; boundary=\"" + frontera + "\"",
      "",
      "--" + frontera,
      "Content-Type: text/plain; charset=utf-8",
      "Content-Transfer-Encoding: base64",
      "",
      lineas76(base64(texto)),
      "--" + frontera,
      "Content-Type: text/html; charset=utf-8",
      "Content-Transfer-Encoding: base64",
      "",
      lineas76(base64(html)),
      "--" + frontera + "--",
      ""
    ];
    return partes2.join("\r\n");
  }

  function descargar(nombre, tipo, contenido) {
    var a = document.createElement("a");
    a.href = URL.createObjectURL(new Blob([contenido], { type: tipo }));
    a.download = nombre;
    document.body.appendChild(a);
    a.click();
    setTimeout(function () { URL.revokeObjectURL(a.href); a.remove(); }, 1000);
  }

  // El navegador explica un campo no válido en su idioma («Please enter an email address»):
  // cobro lo explica en español, en la burbuja y junto al campo.
  var EXPLICACION_CAMPO = {
    email: "Escribe un email completo, p. ej. cobros@empresa.es.",
    url: "Escribe la dirección completa, con https://, p. ej. https://pago.empresa.es/.",
    tel: "Escribe solo el teléfono: cifras, espacios, + y guiones."
  };

  function validezEnEspanol(campos) {
    campos.forEach(function (c) {
      var nota = document.createElement("small");
      nota.className = "cobro-campo-aviso";
      nota.setAttribute("aria-live", "polite");
      nota.hidden = true;
      c.parentNode.appendChild(nota);
      function revisar() {
        c.setCustomValidity("");
        var mal = c.value && !c.validity.valid;
        var texto = mal ? (EXPLICACION_CAMPO[c.getAttribute("data-tipo") || c.type] || "Revisa este campo.") : "";
        c.setCustomValidity(texto);
        nota.textContent = texto;
        nota.hidden = !mal;
      }
      c.addEventListener("input", revisar);
      c.addEventListener("invalid", revisar);
      revisar();
    });
  }

  function iniciarFicha(bloque) {
    var d;
    try { d = JSON.parse(bloque.textContent); } catch (e) { return; }
    var form = document.querySelector("[data-cobro-tus-datos] form");
    var campos = form ? Array.prototype.slice.call(form.querySelectorAll("input[data-variable]")) : [];
    var paises = form && form.querySelector("[data-cobro-paises]");

    function valores() {
      var v = Object.assign({}, d.ejemplo), propios = leerDatos();
      campos.forEach(function (c) {
        var valor = propios[c.name];
        if (typeof valor === "string" && valor.trim()) v[c.getAttribute("data-variable")] = valor;
      });
      return v;
    }

    function textoEjemplo(v) {
      var cuerpo = rellenar(d.cuerpo, v);
      return d.asunto != null ? "Asunto: " + rellenar(d.asunto, v) + "\n\n" + cuerpo : cuerpo;
    }

    function pintar() {
      var v = valores();
      var asunto = d.asunto != null ? rellenar(d.asunto, v) : null, cuerpo = rellenar(d.cuerpo, v);
      document.querySelectorAll("[data-cobro-campo=asunto]").forEach(function (e) { e.textContent = asunto || ""; });
      document.querySelectorAll("[data-cobro-campo=cuerpo]").forEach(function (e) { e.textContent = cuerpo; });
      document.querySelectorAll("[data-cobro-campo=sms]").forEach(function (e) { e.textContent = cuerpo; });
      // WhatsApp y llamada: cada componente lleva su texto canónico
      document.querySelectorAll("[data-cobro-texto]").forEach(function (e) {
        e.textContent = rellenar(e.getAttribute("data-cobro-texto"), v);
      });
      document.querySelectorAll("[data-cobro-campo=de]").forEach(function (e) {
        e.textContent = v.empresa + (v.email_contacto ? " <" + v.email_contacto + ">" : "");
      });
      var sms = document.querySelector("[data-cobro-sms]");
      if (sms) sms.textContent = costeSms(cuerpo);
      document.querySelectorAll("[data-cobro-marco]").forEach(function (marco) {
        var fuente = d[marco.getAttribute("data-cobro-marco")];
        if (fuente) marco.srcdoc = rellenar(fuente, v, escaparHtml);
      });
    }

    if (form) {
      var propios = leerDatos();
      if (paises) {
        (d.paises || []).forEach(function (p) {
          var o = document.createElement("option");
          o.value = p[0]; o.textContent = p[1];
          paises.appendChild(o);
        });
        paises.value = propios.pais || d.pais;
      }
      campos.forEach(function (c) { c.value = propios[c.name] || ""; c.placeholder = d.ejemplo[c.getAttribute("data-variable")] || ""; });
      if (campos.some(function (c) { return c.value; })) form.parentNode.open = true;
      form.addEventListener("input", function () {
        var nuevos = {};
        campos.forEach(function (c) { if (c.value) nuevos[c.name] = c.value; });
        if (paises) nuevos.pais = paises.value;
        guardarDatos(nuevos);
        pintar();
      });
      form.addEventListener("submit", function (e) { e.preventDefault(); });
      validezEnEspanol(campos);
      var borrar = form.querySelector("[data-cobro-borrar]");
      if (borrar) borrar.addEventListener("click", function () {
        try { localStorage.removeItem(ALMACEN); } catch (e) { /* nada */ }
        campos.forEach(function (c) { c.value = ""; });
        pintar();
      });
    }

    document.querySelectorAll("[data-cobro-copiar]").forEach(function (b) {
      b.addEventListener("click", function () {
        var que = b.getAttribute("data-cobro-copiar");
        var texto = que === "asunto" ? d.asunto : que === "cuerpo" ? d.cuerpo
          : que === "todo" ? (d.asunto != null ? d.asunto + "\n\n" + d.cuerpo : d.cuerpo) : textoEjemplo(valores());
        copiar(texto, b);
      });
    });

    document.querySelectorAll("[data-cobro-descargar]").forEach(function (b) {
      b.addEventListener("click", function () {
        var que = b.getAttribute("data-cobro-descargar"), v = valores();
        if (que === "txt") descargar(d.id + ".txt", "text/plain;charset=utf-8", textoEjemplo(v) + "\n");
        else if (que === "eml") descargar(d.id + ".eml", "message/rfc822", eml(d, v));
        else if (que === "carta") descargar(d.id + ".html", "text/html;charset=utf-8", rellenar(d.carta, v, escaparHtml));
      });
    });

    var pdf = document.querySelector(".cobro-descargas a[href$='.pdf']"), hueco = document.querySelector("[data-cobro-pdf]");
    if (pdf && hueco) {
      var a = document.createElement("a");
      a.href = pdf.href; a.textContent = " Descargar el PDF."; a.setAttribute("download", "");
      hueco.appendChild(a);
    }
    pintar();
    window.cobroFicha = { valores: valores, eml: function () { return eml(d, valores()); },
      carta: function () { return d.carta ? rellenar(d.carta, valores(), escaparHtml) : null; } };
  }

  // --- Galería: las tarjetas llegan como datos (id="cobro-tarjetas") y se pintan aquí ---
  function pintarTarjetas(bloque) {
    var datos;
    try { datos = JSON.parse(bloque.textContent); } catch (e) { return; }
    function nodo(etiqueta, clase, texto) {
      var n = document.createElement(etiqueta);
      if (clase) n.className = clase;
      if (texto != null) n.textContent = texto;
      return n;
    }
    var claves = ["sector", "canal", "registro", "audiencia"];
    document.querySelectorAll("[data-cobro-tarjetas]").forEach(function (ul) {
      var g = +ul.getAttribute("data-cobro-tarjetas"), frag = document.createDocumentFragment();
      (datos.g[g] || []).forEach(function (t) {
        var li = nodo("li", "cobro-tarjeta"), valores = {};
        li.setAttribute("data-etapa", datos.e[g]);
        claves.forEach(function (c, i) {
          valores[c] = datos.d[c][t[i]];
          li.setAttribute("data-" + c, valores[c][0]);
        });
        var titulo = nodo("h3", "cobro-tarjeta-titulo"), a = nodo("a", null, datos.t[t[5]]);
        a.setAttribute("href", t[4]);
        titulo.appendChild(a);
        var insignias = nodo("p", "cobro-insignias");
        insignias.appendChild(nodo("span", "cobro-insignia cobro-canal-" + valores.canal[0], valores.canal[1]));
        insignias.appendChild(nodo("span", "cobro-insignia", valores.registro[1]));
        insignias.appendChild(nodo("span", "cobro-insignia", valores.audiencia[1]));
        var vista = nodo("p", "cobro-tarjeta-vista");
        if (t[6]) { vista.appendChild(nodo("span", "cobro-tarjeta-asunto", t[6])); vista.appendChild(document.createTextNode(" ")); }
        vista.appendChild(document.createTextNode(t[7]));
        li.appendChild(nodo("p", "cobro-tarjeta-etapa", valores.sector[1]));
        li.appendChild(titulo); li.appendChild(insignias); li.appendChild(vista);
        frag.appendChild(li);
      });
      ul.appendChild(frag);
    });
  }

  // --- Galería: la faceta de país recuerda la elección (la misma que «Tus datos») -----
  function iniciarPaisesGaleria(nav) {
    nav.querySelectorAll("a[data-pais]").forEach(function (a) {
      a.addEventListener("click", function () {
        var d = leerDatos();
        d.pais = a.getAttribute("data-pais");
        guardarDatos(d);
        a.href = a.href.split("?")[0] + location.search;  // conserva los filtros
      });
    });
    var actual = nav.querySelector("[aria-current][data-pais]");
    var elegido = leerDatos().pais;
    if (nav.hasAttribute("data-cobro-predeterminado") && actual && elegido &&
        elegido !== actual.getAttribute("data-pais")) {
      var destino = nav.querySelector("a[data-pais='" + elegido.replace(/[^a-z]/g, "") + "']");
      if (destino) location.replace(destino.href.split("?")[0] + location.search);
    }
  }

  function enlacesEnDisco() {
    if (!EN_DISCO) return;
    document.querySelectorAll("a[href]").forEach(function (a) {
      var h = a.getAttribute("href");
      if (!/^[a-z]+:|^#/i.test(h) && /\/(#.*)?$/.test(h)) a.setAttribute("href", h.replace(/\/(#.*)?$/, "/index.html$1"));
    });
  }

  // Una tabla más ancha que la pantalla (el móvil) se desplaza a lo ancho: con el teclado
  // solo se puede si su caja recibe el foco (WCAG 2.1.1; regla scrollable-region-focusable
  // de axe). Se marca solo la que desborda, para no añadir paradas de tabulador de más.
  // Cada región lleva un nombre distinto (axe: landmark-unique): su número en la página y el
  // título bajo el que está, para que la lista de regiones de un lector de pantalla sirva.
  function tablasDesplazables() {
    document.querySelectorAll(".md-typeset__scrollwrap").forEach(function (caja, i) {
      if (caja.scrollWidth > caja.clientWidth + 1) {
        caja.setAttribute("tabindex", "0");
        caja.setAttribute("role", "region");
        var titulo = tituloAnterior(caja);
        caja.setAttribute("aria-label", "Tabla " + (i + 1) + (titulo ? " de «" + titulo + "»" : "") +
          " (desplázala a los lados con las flechas)");
      } else if (caja.getAttribute("tabindex") === "0") {
        caja.removeAttribute("tabindex");
        caja.removeAttribute("role");
        caja.removeAttribute("aria-label");
      }
    });
  }

  // El título (h1-h3) más cercano por encima de un elemento, sin el «¶» del enlace permanente.
  function tituloAnterior(elemento) {
    var titulos = document.querySelectorAll(".md-typeset h1, .md-typeset h2, .md-typeset h3");
    var elegido = null;
    titulos.forEach(function (t) {
      if (t.compareDocumentPosition(elemento) & Node.DOCUMENT_POSITION_FOLLOWING) elegido = t;
    });
    return elegido ? elegido.textContent.replace(/¶/g, "").trim() : "";
  }

  // El botón de copiar de Material va en un <nav> por bloque de código: varios «navigation»
  // sin nombre (axe: landmark-unique) que no son navegación. Se les quita el papel de
  // región; el botón sigue ahí, con su nombre. Material los crea al vuelo, así que se
  // vigila el documento.
  function navesDeCodigo() {
    document.querySelectorAll("nav.md-code__nav:not([role])").forEach(function (nav) {
      nav.setAttribute("role", "presentation");
    });
  }

  // En pantalla estrecha (un móvil, o el navegador con mucho zoom) el menú de Material es un
  // cajón fuera de la pantalla que se abre con el botón ☰, un <label> al que no llega el
  // teclado; sus enlaces, invisibles, sí recibían el foco (paradas de tabulador a ciegas,
  // WCAG 2.4.7). Aquí el <label> se cambia por un <button> de verdad (Intro o Espacio lo
  // abren, con el foco dentro; Escape lo cierra) y el cajón cerrado queda inerte.
  var ESTRECHA = "(max-width: 76.234375em)";  // el punto de corte del cajón en Material

  function menuConTeclado() {
    var cajon = document.getElementById("__drawer");
    var lateral = document.querySelector(".md-sidebar--primary");
    var etiqueta = document.querySelector("label.md-header__button[for='__drawer']");
    if (!cajon || !lateral || !etiqueta || !window.matchMedia) return;
    var estrecha = window.matchMedia(ESTRECHA);
    var boton = document.createElement("button");
    boton.type = "button";
    boton.className = "md-header__button md-icon cobro-menu";
    boton.setAttribute("aria-label", "Menú de navegación");
    lateral.id = lateral.id || "cobro-menu-lateral";
    boton.setAttribute("aria-controls", lateral.id);
    boton.innerHTML = etiqueta.innerHTML;
    etiqueta.parentNode.insertBefore(boton, etiqueta);
    etiqueta.style.display = "none";
    function actualizar() {
      if (estrecha.matches && !cajon.checked) lateral.setAttribute("inert", "");
      else lateral.removeAttribute("inert");
      boton.setAttribute("aria-expanded", cajon.checked ? "true" : "false");
    }
    boton.addEventListener("click", function (ev) {
      cajon.checked = !cajon.checked;
      cajon.dispatchEvent(new Event("change", {bubbles: true}));
      actualizar();
      if (cajon.checked && ev.detail === 0) {  // abierto con el teclado: el foco, dentro
        var primero = lateral.querySelector("a[href], input, button");
        if (primero) primero.focus();
      }
    });
    cajon.addEventListener("change", actualizar);
    if (estrecha.addEventListener) estrecha.addEventListener("change", actualizar);
    // Material cierra el cajón desde su código (un enlace, el fondo) sin evento «change»: se
    // vuelve a mirar antes de cada tecla, que es cuando el foco puede entrar en él.
    document.addEventListener("keydown", function (ev) {
      if (ev.key === "Escape" && cajon.checked && estrecha.matches) {
        cajon.checked = false;
        boton.focus();
      }
      actualizar();
    }, true);
    actualizar();
  }

  function iniciar() {
    menuConTeclado();
    navesDeCodigo();
    if (window.MutationObserver) {
      new MutationObserver(navesDeCodigo).observe(document.body, {childList: true, subtree: true});
    }
    tablasDesplazables();
    var pendiente;
    window.addEventListener("resize", function () {
      clearTimeout(pendiente);
      pendiente = setTimeout(tablasDesplazables, 150);
    });
    var tarjetas = document.getElementById("cobro-tarjetas");
    if (tarjetas) pintarTarjetas(tarjetas);
    enlacesEnDisco();
    cuadroCabecera();
    var caja = document.querySelector("[data-cobro-busqueda]");
    if (caja) iniciarBusqueda(caja);
    var paisesGaleria = document.querySelector("[data-cobro-paises-galeria]");
    if (paisesGaleria) iniciarPaisesGaleria(paisesGaleria);
    var filtros = document.querySelector("[data-cobro-filtros]");
    if (filtros) iniciarFiltros(filtros);
    var ficha = document.getElementById("cobro-plantilla");
    if (ficha) iniciarFicha(ficha);
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", iniciar);
  else iniciar();
})();
