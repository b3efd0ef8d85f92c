"""El esquema de la sección ``contacto`` y los paquetes de país que trae cobro."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from generador.errores import ErrorEspecificacion
from generador.plan.limites import validar_contacto
from generador.yaml_lineas import cargar_texto

RAIZ = Path(__file__).resolve().parents[2]
PAISES = tuple(ruta.stem for ruta in sorted((RAIZ / "mensajes" / "paises").glob("*.yml")))


def test_los_paises_traen_los_siete_de_la_referencia_legal_cada_uno_con_su_ley():
    assert set(PAISES) >= {"mx", "co", "pe", "cl", "ar", "es", "us"}
    assert all((RAIZ / "reglas" / "paises" / f"{codigo}.yml").is_file() for codigo in PAISES)


def test_los_limites_prudentes_de_un_pais_sin_ley_no_citan_ninguna_ley():
    """generador/plan/limites_prudentes.yml: todo es recomendación, sin fuente, y lo dice."""
    from generador.plan.limites import limites_prudentes

    prudentes = limites_prudentes()
    assert prudentes.sin_ley
    assert [(h.nombre, [str(v) if v else None for v in h.dias], h.excluye_festivos)
            for h in prudentes.horarios] == [
        ("prudente_horario", ["09:00-20:00"] * 5 + ["10:00-14:00", None], True)]
    assert [(x.clase, x.valor, x.en_dias) for x in prudentes.limites] == [("maximo", 1, 1),
                                                                          ("maximo", 3, 7)]
    exigencias = [*prudentes.horarios, *prudentes.limites]
    assert all(x.es_recomendacion and x.fuente is None for x in exigencias)
    assert {x.cita() for x in exigencias} == {
        f"el límite prudente «{x.nombre}» (sin ley verificada en este país)" for x in exigencias}
    assert prudentes.resumen.startswith("límites prudentes por defecto, que no son ninguna ley")


@pytest.mark.parametrize("codigo", PAISES)
def test_cada_pais_declara_horarios_y_limites_con_su_fuente(pais, codigo):
    contacto = pais(codigo).reglas_contacto
    assert contacto.horarios, codigo
    for x in (*contacto.horarios, *contacto.limites):
        assert x.fuente.url.startswith("https://"), x.nombre
        assert x.fuente.ley and x.fuente.articulo, x.nombre
        assert isinstance(x.fuente.verificado, dt.date), x.nombre
        assert x.nombre.startswith(f"{codigo}_"), x.nombre
        assert x.caracter in ("ley", "recomendacion")


def test_espana_no_tiene_ley_de_horarios_y_todo_es_recomendacion(pais):
    contacto = pais("es").reglas_contacto
    assert {x.caracter for x in (*contacto.horarios, *contacto.limites)} == {"recomendacion"}
    assert "no hay una ley general de horarios" in contacto.resumen


def test_argentina_caba_tiene_confianza_media_baja_y_lo_dice(pais):
    (caba, *_), _ = pais("ar").reglas_contacto.horarios, None
    assert caba.nombre == "ar_caba_horario_ley_6171"
    assert caba.confianza == "media-baja"
    assert "Ciudad de Buenos Aires" in caba.nota
    assert str(caba.dias[5]) == "10:00-12:00"  # sábado


def test_los_limites_de_frecuencia_de_la_referencia_legal(pais):
    def resumen(codigo):
        return {(x.nombre, x.clase, x.valor, x.en_dias, x.canales)
                for x in pais(codigo).reglas_contacto.limites}

    assert resumen("co") == {("co_un_contacto_al_dia", "maximo", 1, 1, None),
                             ("co_un_canal_por_semana", "canales_distintos", 1, 7, None)}
    escritos = ("email", "sms", "carta", "whatsapp")
    assert resumen("cl") == {("cl_una_llamada_o_visita_por_semana", "maximo", 1, 7, ("llamada", "visita")),
                             ("cl_dos_escritos_por_semana", "maximo", 2, 7, escritos),
                             ("cl_dos_dias_entre_escritos", "dias_entre", 2, 1, escritos)}
    assert resumen("us") == {("us_siete_llamadas_en_siete_dias", "maximo", 7, 7, ("llamada",)),
                             ("us_siete_dias_tras_conversacion", "dias_tras_conversacion", 7, 1,
                              ("llamada",))}


VALIDO = """\
contacto:
  resumen: Prueba.
  horarios:
    - nombre: h
      descripcion: Horario.
      caracter: ley
      confianza: alta
      dias: {lunes: "07:00-19:00", martes: null, miercoles: null, jueves: null, viernes: null,
             sabado: null, domingo: null}
      excluye_festivos: true
      fuente: {ley: Ley 1, articulo: art. 1, url: "https://ejemplo.org/ley", verificado: 2026-11-30}
  limites: []
"""


def _validar(texto: str):
    datos, problemas = cargar_texto(texto, "zz.yml")
    assert not problemas
    return validar_contacto(datos["contacto"], "zz.yml", linea=datos.linea_de("contacto"))


def _problemas(texto: str) -> list[str]:
    with pytest.raises(ErrorEspecificacion) as exc:
        _validar(texto)
    return [str(p) for p in exc.value.problemas]


def test_un_contacto_valido_da_su_modelo():
    reglas = _validar(VALIDO)
    (h,) = reglas.horarios
    assert str(h.dias[0]) == "07:00-19:00"
    assert h.dias[1:] == (None,) * 6
    assert h.fuente.cita() == "Ley 1 art. 1"


def test_una_ventana_mal_escrita_se_senala_con_su_linea_y_clave():
    texto = VALIDO.replace('lunes: "07:00-19:00"', 'lunes: "7-19"')
    assert _problemas(texto) == [
        "zz.yml:8: contacto.horarios[0].dias: ningún día tiene ventana: no quedaría ningún momento "
        "para contactar",
        "zz.yml:8: contacto.horarios[0].dias.lunes: '7-19' no es una ventana HH:MM-HH:MM "
        "(p. ej. 07:00-19:00) con 'desde' antes de 'hasta'; usa null si ese día no se contacta",
    ]


def test_un_dia_que_falta_y_una_clave_desconocida_se_reportan_juntos():
    texto = VALIDO.replace("domingo: null}", "}").replace("excluye_festivos", "excluye_festivo")
    problemas = _problemas(texto)
    assert problemas == [
        "zz.yml:4: contacto.horarios[0].excluye_festivos: falta esta clave",
        "zz.yml:8: contacto.horarios[0].dias.domingo: falta esta clave",
        "zz.yml:10: contacto.horarios[0].excluye_festivo: clave desconocida; "
        "¿quisiste decir 'excluye_festivos'?",
    ]


def test_un_limite_necesita_exactamente_una_clase_y_su_periodo():
    texto = VALIDO.replace("  limites: []", """\
  limites:
    - nombre: l
      descripcion: Límite.
      maximo: 1
      dias_entre: 2
      caracter: ley
      confianza: alta
      fuente: {ley: Ley 1, articulo: art. 2, url: "https://ejemplo.org/ley", verificado: 2026-11-30}
    - nombre: m
      descripcion: Límite.
      maximo: 1
      caracter: ley
      confianza: alta
      fuente: {ley: Ley 1, articulo: art. 2, url: "ejemplo.org", verificado: 2026-11-30}
""")
    assert _problemas(texto) == [
        "zz.yml:13: contacto.limites[0]: declara exactamente una de estas claves: maximo, "
        "canales_distintos, dias_entre, dias_tras_conversacion (tiene maximo, dias_entre)",
        "zz.yml:20: contacto.limites[1].en_dias: falta esta clave: 'maximo' cuenta contactos en un "
        "periodo de en_dias días",
        "zz.yml:25: contacto.limites[1].fuente.url: 'ejemplo.org' no es una URL http(s)",
    ]


def test_una_seccion_contacto_vacia_dice_que_declarar():
    problemas = _problemas("contacto: {}\n")
    assert problemas == ["zz.yml:1: contacto: está vacía: declara resumen, horarios y limites "
                         "(ver sitio/guia/plan.md)"]


def test_los_festivos_de_un_anio_se_guardan_en_la_cache(pais, tmp_path, monkeypatch):
    from generador.plan.calendario import festivos_del_anio

    monkeypatch.setenv("COBRO_CACHE_DIR", str(tmp_path))
    monkeypatch.delenv("COBRO_SIN_CACHE", raising=False)
    colombia = pais("co")
    primero = festivos_del_anio(colombia, None, 2026)
    assert primero["2026-03-23"] == "Día de San José (observado)"
    (guardado,) = tmp_path.glob("festivos-*.json")
    guardado.write_text('{"2026-03-24": "de la caché"}', encoding="utf-8")
    assert festivos_del_anio(colombia, None, 2026) == {"2026-03-24": "de la caché"}
    monkeypatch.setenv("COBRO_SIN_CACHE", "1")
    assert festivos_del_anio(colombia, None, 2026) == primero


def test_la_guia_del_plan_describe_cada_pais(pais):
    guia = (RAIZ / "sitio" / "guia" / "plan.md").read_text(encoding="utf-8")
    faltan = [codigo for codigo in PAISES if f"| {pais(codigo).nombre} |" not in guia]
    assert faltan == []
