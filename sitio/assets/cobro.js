/* Búsqueda (sin tildes ni plurales), filtros del catálogo y cuadro de búsqueda en la
 * cabecera. Sin dependencias ni peticiones fuera del propio sitio.
 * plegar() y raiz() son las mismas que generador/sitio/busqueda.py: el índice se
 * construye con aquellas y la consulta se reduce con estas. */
(function () {
  "use strict";

  var guion = document.currentScript;
  var BASE = new URL("..", guion ? guion.src : location.href);  // raíz del sitio

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

  function claves(texto) {
    return (plegar(texto).match(/[0-9a-z]+/g) || []).map(raiz);
  }

  window.cobroBusqueda = { plegar: plegar, raiz: raiz, claves: claves };

  // --- Índice -----------------------------------------------------------------------
  var indice = null;

  function cargarIndice() {
    if (!indice) {
      indice = fetch(new URL("assets/cobro-indice.json", BASE)).then(function (r) {
        if (!r.ok) throw new Error("índice no disponible");
        return r.json();
      }).then(function (datos) {
        var porClave = new Map();
        datos.docs.forEach(function (d, i) {
          d.titulo = new Set(d.kt ? d.kt.split(" ") : []);
          d.cuerpo = new Set(d.k ? d.k.split(" ") : []);
          d.titulo.forEach(function (c) { anadir(porClave, c, i); });
          d.cuerpo.forEach(function (c) { anadir(porClave, c, i); });
        });
        return { docs: datos.docs, porClave: porClave };
      });
    }
    return indice;
  }

  function anadir(mapa, clave, i) {
    var lista = mapa.get(clave);
    if (!lista) mapa.set(clave, lista = []);
    if (lista[lista.length - 1] !== i) lista.push(i);
  }

  function docsDe(idx, clave, prefijo) {
    var salida = new Set(idx.porClave.get(clave) || []);
    if (prefijo) {
      idx.porClave.forEach(function (lista, c) {
        if (c.length > clave.length && c.lastIndexOf(clave, 0) === 0) lista.forEach(function (i) { salida.add(i); });
      });
    }
    return salida;
  }

  function buscar(idx, consulta) {
    var terminos = claves(consulta);
    if (!terminos.length) return [];
    var prefijo = /[0-9a-záéíóúüñ]$/i.test(consulta);
    var conjuntos = terminos.map(function (t, n) {
      return docsDe(idx, t, prefijo && n === terminos.length - 1 && t.length >= 2);
    });
    var resultados = [];
    conjuntos[0].forEach(function (i) {
      if (!conjuntos.every(function (c) { return c.has(i); })) return;
      var d = idx.docs[i], puntos = 0;
      terminos.forEach(function (t) { puntos += d.titulo.has(t) ? 10 : 1; });
      if (plegar(d.t).indexOf(plegar(consulta.trim())) >= 0) puntos += 20;
      if (d.c === "Plantilla") puntos += 0.5;
      resultados.push({ doc: d, puntos: puntos });
    });
    resultados.sort(function (a, b) { return b.puntos - a.puntos || a.doc.t.localeCompare(b.doc.t, "es"); });
    return resultados;
  }

  function extracto(texto, terminos) {
    var plegado = plegar(texto), inicio = -1, fin = -1;
    for (var n = 0; n < terminos.length && inicio < 0; n++) {
      var re = new RegExp("(^|[^0-9a-z])(" + terminos[n].replace(/[^0-9a-z]/g, "") + ")[0-9a-z]*");
      var m = re.exec(plegado);
      if (m) { inicio = m.index + m[1].length; fin = m.index + m[0].length; }
    }
    var p = document.createElement("p");
    p.className = "cobro-extracto";
    if (inicio < 0) { p.textContent = texto.slice(0, 180) + (texto.length > 180 ? "…" : ""); return p; }
    var desde = Math.max(0, inicio - 80), hasta = Math.min(texto.length, fin + 100);
    p.appendChild(document.createTextNode((desde > 0 ? "…" : "") + texto.slice(desde, inicio)));
    var marca = document.createElement("mark");
    marca.textContent = texto.slice(inicio, fin);
    p.appendChild(marca);
    p.appendChild(document.createTextNode(texto.slice(fin, hasta) + (hasta < texto.length ? "…" : "")));
    return p;
  }

  function iniciarBusqueda(caja) {
    var entrada = caja.querySelector("input[type=search]");
    var estado = caja.querySelector("[data-cobro-estado]");
    var lista = caja.querySelector("[data-cobro-resultados]");
    var turno = 0;

    function actualizar() {
      var consulta = entrada.value, mio = ++turno;
      var url = new URL(location.href);
      if (consulta) url.searchParams.set("q", consulta); else url.searchParams.delete("q");
      history.replaceState(null, "", url);
      if (plegar(consulta).replace(/[^0-9a-z]/g, "").length < 2) {
        lista.textContent = "";
        estado.textContent = "Escribe al menos dos letras.";
        return;
      }
      cargarIndice().then(function (idx) {
        if (mio !== turno) return;
        var resultados = buscar(idx, consulta), terminos = claves(consulta);
        lista.textContent = "";
        estado.textContent = resultados.length === 0 ? "Ningún resultado para «" + consulta + "»."
          : resultados.length + (resultados.length === 1 ? " resultado" : " resultados") + " para «" + consulta + "».";
        resultados.slice(0, 50).forEach(function (r) {
          var li = document.createElement("li"), a = document.createElement("a"), clase = document.createElement("span");
          a.href = new URL(r.doc.u, BASE).href;
          a.textContent = r.doc.t;
          clase.className = "cobro-clase";
          clase.textContent = r.doc.c;
          li.appendChild(a); li.appendChild(clase); li.appendChild(extracto(r.doc.x, terminos));
          lista.appendChild(li);
        });
      }).catch(function (error) {
        estado.textContent = "No se pudo cargar el índice de búsqueda (" + error.message + ").";
      });
    }

    entrada.addEventListener("input", actualizar);
    var inicial = new URL(location.href).searchParams.get("q");
    if (inicial) { entrada.value = inicial; actualizar(); }
  }

  function cuadroCabecera() {
    var cabecera = document.querySelector(".md-header__inner");
    if (!cabecera || document.querySelector("[data-cobro-busqueda]")) return;
    var form = document.createElement("form"), entrada = document.createElement("input");
    form.className = "cobro-cabecera";
    form.setAttribute("role", "search");
    form.action = new URL("buscar/", BASE).href;
    entrada.type = "search";
    entrada.name = "q";
    entrada.placeholder = "Buscar";
    entrada.setAttribute("aria-label", "Buscar en el catálogo");
    form.appendChild(entrada);
    var opciones = cabecera.querySelector("form.md-header__option, .md-header__option");
    cabecera.insertBefore(form, opciones || null);
  }

  // --- Filtros del catálogo ---------------------------------------------------------
  function iniciarFiltros(form) {
    var items = Array.prototype.slice.call(document.querySelectorAll("[data-cobro-lista] > li"));
    var resumen = document.querySelector("[data-cobro-resumen]");
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

    function actualizar() {
      var sel = seleccion(), visibles = 0, url = new URL(location.href);
      items.forEach(function (item) {
        var ok = pasa(item, sel);
        item.hidden = !ok;
        if (ok) visibles++;
      });
      casillas.forEach(function (c) {
        var n = items.filter(function (item) {
          return item.getAttribute("data-" + c.name) === c.value && pasa(item, sel, c.name);
        }).length;
        var etiqueta = c.parentNode;
        etiqueta.querySelector("[data-cuenta]").textContent = n;
        etiqueta.classList.toggle("cobro-cero", n === 0);
      });
      resumen.textContent = visibles === items.length ? items.length + " plantillas"
        : visibles + " de " + items.length + " plantillas";
      dims.forEach(function (d) {
        url.searchParams.delete(d);
        sel[d].forEach(function (v) { url.searchParams.append(d, v); });
      });
      history.replaceState(null, "", url);
    }

    var inicial = new URL(location.href).searchParams;
    casillas.forEach(function (c) { c.checked = inicial.getAll(c.name).indexOf(c.value) >= 0; });
    form.addEventListener("change", actualizar);
    form.addEventListener("reset", function () { setTimeout(actualizar, 0); });
    form.addEventListener("submit", function (e) { e.preventDefault(); });
    actualizar();
  }

  function iniciar() {
    cuadroCabecera();
    var caja = document.querySelector("[data-cobro-busqueda]");
    if (caja) iniciarBusqueda(caja);
    var filtros = document.querySelector("[data-cobro-filtros]");
    if (filtros) iniciarFiltros(filtros);
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", iniciar);
  else iniciar();
})();
