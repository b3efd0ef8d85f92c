"""La dimensión país: reglas de la ley de cada país, ``--pais``, configuración, front matter,
``cobro reglas --pais`` y un país nuevo que es solo YAML."""

from __future__ import annotations

import datetime as dt
import json
import re
import shutil
import textwrap
from pathlib import Path

import pytest

from generador import dominio
from generador.errores import ruta_desde_aqui as aqui  # la ruta como se abre desde aquí

RAIZ = Path(__file__).resolve().parents[2]
PAISES = ("mx", "co", "pe", "cl", "ar", "es", "us")


def _codigos(hallazgos) -> set[str]:
    return {h.regla for h in hallazgos}


# -- Los paquetes de país ---------------------------------------------------------------


def test_cada_pais_tiene_al_menos_tres_reglas_con_su_fuente_legal(reglamento):
    modelo = dominio.modelo_de_cobro()
    assert set(PAISES) <= set(modelo.paises)
    for pais in PAISES:
        propias = [r for r in reglamento.reglas if r.paises == [pais]]
        assert len(propias) >= 3, pais
        for r in propias:
            assert r.referencia and r.url.startswith("http"), r.codigo
            assert dt.date.fromisoformat(r.verificado).isoformat() == r.verificado, r.codigo
            assert r.archivo.endswith(f"reglas/paises/{pais}.yml")


def test_las_reglas_de_ley_dudosa_son_avisos(reglamento):
    dudosas = [r for r in reglamento.reglas if r.paises and (
        "pendiente" in r.descripcion + (r.referencia or "") or "no se ha leído" in r.descripcion
        or "confianza media-baja" in r.descripcion)]
    assert {r.codigo for r in dudosas} >= {"ARG001", "ARG002", "ARG003", "USA001"}
    assert {r.severidad for r in dudosas} == {"aviso"}


@pytest.mark.parametrize(("texto", "contexto", "codigo", "pais_mal", "pais_bien"), [
    ("Su cuota venció ayer: se le aplicarán gastos de cobranza desde hoy.",
     {"etapa": "vencimiento"}, "CHL001", "cl", "es"),
    ("¿Podría contarnos por qué no ha pagado la factura de marzo?", {}, "COL001", "co", "mx"),
    ("Un asesor visitará su domicilio esta semana para recoger el pago.", {}, "COL002", "co", "es"),
    ("Si no paga, incluiremos sus datos en un fichero de morosos.", {}, "ESP001", "es", "mx"),
    ("Un gestor le visitará el sábado para cobrar la cuota.", {}, "PER001", "pe", "mx"),
    ("Se sumarán gastos de cobranza del 15 % sobre el total adeudado.", {}, "CHL002", "cl", "pe"),
])
def test_el_mismo_mensaje_falla_en_un_pais_y_pasa_en_otro(hallazgos_de, texto, contexto, codigo,
                                                         pais_mal, pais_bien):
    assert codigo in _codigos(hallazgos_de(texto, pais=pais_mal, **contexto))
    assert codigo not in _codigos(hallazgos_de(texto, pais=pais_bien, **contexto))
    assert codigo not in _codigos(hallazgos_de(texto, **contexto))  # sin país, no se aplica


def test_los_40_euros_solo_fallan_con_un_consumidor(hallazgos_de):
    texto = "A la factura se sumarán 40 euros por costes de cobro."
    (h,) = [h for h in hallazgos_de(texto, pais="es", audiencia="b2c") if h.regla == "ESP002"]
    assert (h.texto, h.severidad, h.linea, h.columna) == (
        "40 euros por costes", "error", 1, 25)
    assert "ESP002" not in _codigos(hallazgos_de(texto, pais="es", audiencia="b2b"))
    assert "ESP002" not in _codigos(hallazgos_de(texto, pais="es"))


def test_los_gastos_de_cobranza_en_chile_pasan_a_partir_de_los_20_dias(hallazgos_de):
    texto = "Se aplicarán los gastos de cobranza que permite la ley."
    assert "CHL001" in _codigos(hallazgos_de(texto, pais="cl", etapa="segundo_recordatorio"))
    assert "CHL001" not in _codigos(hallazgos_de(texto, pais="cl", etapa="reclamacion_formal"))


def test_el_reporte_en_colombia_pasa_si_avisa_con_20_dias(hallazgos_de):
    sin_aviso = "Si no paga, le reportaremos a las centrales de riesgo."
    (h,) = [h for h in hallazgos_de(sin_aviso, pais="co") if h.regla == "COL003"]
    assert h.texto == "centrales de riesgo" and h.severidad == "aviso"
    con_aviso = ("Le avisamos con 20 días de antelación: si el pago sigue pendiente, podremos "
                 "reportar la obligación a las centrales de riesgo.")
    assert "COL003" not in _codigos(hallazgos_de(con_aviso, pais="co"))


def test_la_regla_requiere_senala_el_principio_del_cuerpo(hallazgos_de):
    texto = "Le reclamamos 1,250.00 dólares de la cuenta 4471. Pague antes del 30 de junio."
    (h,) = [h for h in hallazgos_de(texto, pais="us", etapa="reclamacion_formal")
            if h.regla == "USA001"]
    assert (h.linea, h.columna, h.categoria) == (1, 1, "faltante.aviso_legal")
    disputa = texto + " Puede disputar la deuda por escrito."
    assert "USA001" not in _codigos(hallazgos_de(disputa, pais="us", etapa="reclamacion_formal"))


@pytest.mark.parametrize(("pais", "ejemplo"), [
    ("es", "p. ej. 1.234,50 €"),
    ("mx", "p. ej. $24,690.00"),    # en la escala de México (x20) y con el formato es_MX
    ("cl", "p. ej. $1.234.500"),    # pesos chilenos: sin decimales
    ("us", "p. ej. $1,357.95"),
    (None, "la cifra con su moneda"),  # sin país, ningún formato de un país ajeno
])
def test_fal001_pone_el_ejemplo_de_importe_en_la_moneda_y_el_formato_del_pais(
        hallazgos_de, pais, ejemplo):
    texto = "Hola Ana: tu factura F-1 vence mañana. Paga en https://pagos.ejemplo.es. Ejemplo S.L."
    contexto = {"pais": pais} if pais else {}
    (h,) = [h for h in hallazgos_de(texto, **contexto) if h.regla == "FAL001"]
    assert h.mensaje == f"falta el importe: di cuánto hay que pagar ({ejemplo} o {{{{ importe }}}})"


# -- CLI, configuración y front matter --------------------------------------------------


def test_lint_pais_en_la_linea_de_ordenes(lint, tmp_path):
    archivo = tmp_path / "m.txt"
    archivo.write_text("¿Podría contarnos por qué no ha pagado la factura de marzo?\n", encoding="utf-8")
    resultado = lint(archivo, "--pais", "co", "--selecciona", "COL001")
    assert resultado.exit_code == 1
    assert f"{archivo}:1:19: error COL001 " in resultado.stdout
    assert lint(archivo, "--pais", "mx", "--selecciona", "COL001").exit_code == 0


def test_pais_desconocido_en_la_linea_de_ordenes_sale_con_2(lint, tmp_path):
    archivo = tmp_path / "m.txt"
    archivo.write_text("Hola.\n", encoding="utf-8")
    resultado = lint(archivo, "--pais", "mxx")
    assert resultado.exit_code == 2
    assert "Error: --pais: el país 'mxx' no existe; ¿quisiste decir 'mx'?" in resultado.stderr


def test_pais_en_tool_cobro(lint, tmp_path):
    (tmp_path / "pyproject.toml").write_text('[tool.cobro]\npais = "cl"\n', encoding="utf-8")
    archivo = tmp_path / "m.txt"
    archivo.write_text("Se sumarán gastos de cobranza del 15 % sobre el total adeudado.\n",
                       encoding="utf-8")
    resultado = lint(archivo, "-f", "json")
    datos = json.loads(resultado.stdout)
    assert "CHL002" in {h["regla"] for a in datos["archivos"] for h in a["hallazgos"]}
    assert "CHL002" in datos["reglas"] and "COL001" not in datos["reglas"]
    # --pais manda sobre la configuración
    datos = json.loads(lint(archivo, "-f", "json", "--pais", "es").stdout)
    assert "CHL002" not in {h["regla"] for a in datos["archivos"] for h in a["hallazgos"]}


def test_pais_desconocido_en_la_configuracion_dice_donde(lint, tmp_path):
    (tmp_path / "cobro.toml").write_text('pais = "chile"\n', encoding="utf-8")
    archivo = tmp_path / "m.txt"
    archivo.write_text("Hola.\n", encoding="utf-8")
    resultado = lint(archivo)
    assert resultado.exit_code == 2
    assert f"el país 'chile' (en {aqui(tmp_path / 'cobro.toml')}) no existe" in resultado.stderr


def test_pais_en_el_front_matter(lint, tmp_path):
    archivo = tmp_path / "p.txt"
    archivo.write_text(textwrap.dedent("""\
        ---
        canal: email
        pais: pe
        asunto: Cuota pendiente
        ---
        Un gestor le visitará el sábado para cobrar la cuota.
        """), encoding="utf-8")
    resultado = lint(archivo, "--selecciona", "PER001")
    assert resultado.exit_code == 1
    assert f"{archivo}:6:14: error PER001 " in resultado.stdout
    archivo.write_text(archivo.read_text(encoding="utf-8").replace("pais: pe", "pais: pr"),
                       encoding="utf-8")
    resultado = lint(archivo)
    assert resultado.exit_code == 2
    assert resultado.stderr == (f"Error: {archivo}:3: pais: 'pr' no existe; valores posibles: "
                                "mx, co, pe, cl, ar, es, us (si el país está en tu árbol "
                                "de especificaciones, pasa --specs CARPETA o ejecuta cobro "
                                "dentro de esa carpeta)\n")


def test_reglas_pais_en_json(cobro):
    resultado = cobro("reglas", "--pais", "cl", "--formato", "json")
    assert resultado.exit_code == 0
    datos = json.loads(resultado.stdout)
    campos = {"codigo", "nombre", "categoria", "severidad", "paises", "referencia", "url", "verificado"}
    assert all(campos <= set(d) for d in datos)
    por_codigo = {d["codigo"]: d for d in datos}
    assert {"CHL001", "CHL002", "CHL003", "TON001"} <= set(por_codigo)
    assert not {c for c in por_codigo if c[:3] in ("MEX", "COL", "PER", "ARG", "ESP", "USA")}
    chl001 = por_codigo["CHL001"]
    assert chl001["paises"] == ["cl"] and chl001["verificado"] == "2026-11-30"
    assert chl001["url"] == "https://www.bcn.cl/leychile/navegar?idNorma=61438"
    assert chl001["etapas"] == ["preaviso", "vencimiento", "primer_recordatorio", "segundo_recordatorio"]
    assert por_codigo["TON001"]["paises"] == []


def test_reglas_pais_en_texto_y_explicacion(cobro):
    salida = cobro("reglas", "--pais", "es").stdout
    assert "ESP002  error       -  es     tono.falso_legal.es_40_euros_a_consumidores" in salida
    assert "ESP003  aviso       c  es     tono.consecuencia_prematura.es_fichero_antes_de_vencer" in salida
    assert "MEX001" not in salida
    explicacion = cobro("reglas", "ESP002").stdout
    assert "Cuándo se aplica:\n  audiencias: b2c; países: es\n" in explicacion
    # La Ley 3/2004 es BOE-A-2004-21830 (la URL anterior, BOE-A-2004-21614, era de otra norma).
    assert "https://www.boe.es/buscar/act.php?id=BOE-A-2004-21830\n  leída el 2026-11-30" in explicacion


# -- Un país nuevo es YAML --------------------------------------------------------------


def _arbol(tmp_path: Path) -> Path:
    specs = tmp_path / "specs"
    for carpeta in ("mensajes", "sectores", "reglas"):
        shutil.copytree(RAIZ / carpeta, specs / carpeta)
    return specs


PAQUETE_ZZ = """\
pais: zz

reglas:
  - codigo: ZZZ001
    nombre: tono.agresivo.zz_lunes
    categoria: tono.agresivo
    severidad: aviso
    tipo: frases
    mensaje: "en Zedlandia no se cobra en lunes: '{texto}'"
    descripcion: Ejemplo de un país ficticio.
    por_que: Ley ficticia de prueba.
    referencia: "Ley 1 de Zedlandia, art. 2"
    url: "https://zedlandia.example/ley/1"
    verificado: 2026-11-30
    incorrecto: "Le llamaremos el lunes."
    correcto: "Le llamaremos el martes."
    frases: [lunes]

contacto:
  horario: {desde: "09:00", hasta: "18:00"}
  dias: [martes, miercoles]
"""


DATOS_ZZ = """\
pais: zz
nombre: Zedlandia
locale: es_GQ
moneda: XAF
zona_horaria: Africa/Malabo
festivos: GQ
lugar: Malabo
"""


def test_un_pais_nuevo_es_su_archivo_y_su_ley_otro(tmp_path, cobro, monkeypatch):
    specs = _arbol(tmp_path)
    (specs / "mensajes/paises/zz.yml").write_text(DATOS_ZZ, encoding="utf-8")  # solo sus datos
    (specs / "reglas/paises/zz.yml").write_text(PAQUETE_ZZ, encoding="utf-8")
    mensaje = tmp_path / "m.txt"
    mensaje.write_text("Le llamaremos el lunes.\n", encoding="utf-8")
    resultado = cobro("generar", "--specs", specs, "--pais", "zz", "-o", tmp_path / "sin_texto")
    assert resultado.exit_code == 2  # sin su texto de país, nunca el de otro país
    assert ("--pais zz: Zedlandia todavía no tiene su texto (vocabulario, vías de pago, frases "
            "legales); crea mensajes/paises/zz.yml") in resultado.stderr
    texto_es = (specs / "mensajes/paises/es.yml").read_text(encoding="utf-8")
    (specs / "mensajes/paises/zz.yml").write_text(  # sus datos y el texto de España
        re.sub(r"^pais: es\n(?:(?:nombre|locale|moneda|zona_horaria|festivos|lugar):.*\n)+",
               DATOS_ZZ, texto_es, flags=re.M), encoding="utf-8")
    monkeypatch.chdir(tmp_path)  # fuera del árbol: todo sale de --specs

    modelo = dominio.modelo(specs)
    zz = modelo.paises["zz"]
    assert (zz.nombre, zz.locale, zz.moneda, zz.lugar) == ("Zedlandia", "es_GQ", "XAF", "Malabo")
    assert zz.contacto == {"horario": {"desde": "09:00", "hasta": "18:00"},
                           "dias": ["martes", "miercoles"]}
    assert zz.contacto.linea_de("dias") == 21 and zz.linea_contacto == 19
    assert modelo.locales["es_GQ"].pais == "Zedlandia"

    resultado = cobro("lint", "--specs", specs, "--pais", "zz", "--selecciona", "ZZZ001", mensaje)
    assert resultado.exit_code == 0  # un aviso no falla con --falla-en error
    assert "m.txt:1:18: aviso ZZZ001 en Zedlandia no se cobra en lunes: 'lunes'" in resultado.stdout
    datos = json.loads(cobro("reglas", "--specs", specs, "--pais", "zz", "-f", "json").stdout)
    (zzz,) = [d for d in datos if d["codigo"] == "ZZZ001"]
    assert (zzz["paises"], zzz["verificado"]) == (["zz"], "2026-11-30")
    salida = tmp_path / "salida"
    resultado = cobro("generar", "--specs", specs, "--pais", "zz", "-o", salida,
                      "--sector", "seguros", "--tipo", "aviso_vencimiento", "--canal", "email")
    assert resultado.exit_code == 0, resultado.output
    assert "(es_GQ, Zedlandia)" in resultado.stdout


def test_un_paquete_de_ley_sin_archivo_del_pais_es_un_error_con_su_linea(tmp_path, cobro):
    specs = _arbol(tmp_path)
    (specs / "reglas/paises/zz.yml").write_text(PAQUETE_ZZ, encoding="utf-8")
    resultado = cobro("generar", "--specs", specs, "-o", tmp_path / "salida")
    assert resultado.exit_code == 2
    assert ("reglas/paises/zz.yml:1: pais: el país 'zz' no tiene su archivo: crea "
            "mensajes/paises/zz.yml (nombre, locale, moneda...)") in resultado.stderr


def test_una_regla_de_pais_sin_fuente_no_se_carga(tmp_path, cobro):
    specs = _arbol(tmp_path)
    (specs / "mensajes/paises/zz.yml").write_text(DATOS_ZZ, encoding="utf-8")
    sin_fuente = PAQUETE_ZZ.replace('    url: "https://zedlandia.example/ley/1"\n', "").replace(
        "    verificado: 2026-11-30\n", "    verificado: ayer\n")
    (specs / "reglas/paises/zz.yml").write_text(sin_fuente, encoding="utf-8")
    resultado = cobro("reglas", "--specs", specs)
    assert resultado.exit_code == 2
    assert "zz.yml:4: url: falta esta clave (regla ZZZ001)" in resultado.stderr
    assert ("zz.yml:13: verificado: debe ser una fecha AAAA-MM-DD, no 'ayer' (regla ZZZ001)"
            in resultado.stderr)


# -- Un tipo nuevo en YAML vale en filtros y --tipo, desde cualquier carpeta ------------


def test_un_tipo_nuevo_vale_en_filtros_de_reglas_y_en_tipo(tmp_path, cobro, monkeypatch):
    specs = _arbol(tmp_path)
    base = (specs / "mensajes/tipos/aviso_vencimiento.yml").read_text(encoding="utf-8")
    (specs / "mensajes/tipos/aviso_corte.yml").write_text(
        base.replace("nombre: aviso_vencimiento", "nombre: aviso_corte"), encoding="utf-8")
    import yaml

    for ruta in (specs / "sectores").glob("*.yml"):
        datos = yaml.safe_load(ruta.read_text(encoding="utf-8"))
        for perfil in datos["audiencias"].values():
            if "aviso_vencimiento" in perfil.get("textos", {}):
                perfil["textos"]["aviso_corte"] = perfil["textos"]["aviso_vencimiento"]
        ruta.write_text(yaml.safe_dump(datos, allow_unicode=True), encoding="utf-8")
    propias = tmp_path / "propias.yml"
    propias.write_text(textwrap.dedent("""\
        reglas:
          - codigo: CRT001
            nombre: tono.agresivo.corte
            categoria: tono.agresivo
            severidad: error
            tipo: frases
            mensaje: "no anuncies el corte así: '{texto}'"
            descripcion: Prueba de un tipo nuevo.
            por_que: Prueba.
            tipos: [aviso_corte]
            incorrecto: {texto: "Cortaremos ya.", tipo: aviso_corte}
            correcto: {texto: "Cortaremos ya.", tipo: aviso_vencimiento}
            frases: [cortaremos]
        """), encoding="utf-8")
    mensaje = tmp_path / "m.txt"
    mensaje.write_text("Cortaremos ya.\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    resultado = cobro("lint", "--specs", specs, "--tipo", "aviso_corte", "--reglas-propias",
                      propias, "--selecciona", "CRT001", mensaje)
    assert resultado.exit_code == 1
    assert "m.txt:1:1: error CRT001 no anuncies el corte así: 'Cortaremos'" in resultado.stdout
    # la etapa del tipo nuevo sale de su YAML
    assert dominio.modelo(specs).etapa_de_tipo("aviso_corte") == "vencimiento"
    # con el árbol de cobro, el tipo no existe: error claro
    resultado = cobro("lint", "--tipo", "aviso_corte", mensaje)
    assert resultado.exit_code == 2
    assert "tipo 'aviso_corte' no existe" in resultado.stderr


def test_un_paquete_sin_contacto_llega_como_none_y_el_plan_lo_dice(tmp_path, cobro):
    specs = _arbol(tmp_path)
    paquete = specs / "reglas/paises/pe.yml"
    texto = paquete.read_text(encoding="utf-8")
    paquete.write_text(texto[:texto.index("\ncontacto:")] + "\n", encoding="utf-8")
    modelo = dominio.modelo(specs)
    assert modelo.paises["pe"].contacto is None
    assert modelo.paises["mx"].contacto["horarios"]  # los demás, intactos
    resultado = cobro("plan", "--specs", specs, "--pais", "pe", "--vencimiento", "2026-05-04")
    assert resultado.exit_code == 2
    assert ("reglas/paises/pe.yml:1: contacto: falta esta sección: cobro plan necesita los "
            "horarios y límites del país") in resultado.stderr
