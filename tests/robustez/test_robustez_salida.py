"""La carpeta de salida: ninguna orden pierde un archivo que cobro no escribió, y un fallo
a mitad (disco lleno, permisos, Ctrl-C) deja la salida anterior intacta."""

from __future__ import annotations

import errno
import os
import subprocess
import sys
from pathlib import Path

import pytest

from generador import carpeta_salida

PLANTILLAS = [
    "catalogo.json",
    "ejemplos/cobro.toml",
    "ejemplos/turismo/turismo-recordatorio_previo-email-tu.txt",
    "ejemplos/turismo/turismo-recordatorio_previo-email-usted.txt",
    "ejemplos/turismo/turismo-recordatorio_previo-sms-tu.txt",
    "ejemplos/turismo/turismo-recordatorio_previo-sms-usted.txt",
    "plantillas/turismo/turismo-recordatorio_previo-email-tu.txt",
    "plantillas/turismo/turismo-recordatorio_previo-email-usted.txt",
    "plantillas/turismo/turismo-recordatorio_previo-sms-tu.txt",
    "plantillas/turismo/turismo-recordatorio_previo-sms-usted.txt",
]
AJENA = ("no está vacía y no la creó cobro; elige una carpeta vacía o nueva, o usa --forzar "
         "para escribir en ella (solo se sobrescriben los archivos que cobro genera)\n")


def _disco_lleno_tras(monkeypatch, escrituras: int) -> None:
    """Abrir para escribir en la carpeta de salida (``open`` u ``os.open``) falla con
    ENOSPC a partir de la escritura n."""
    cuenta = {"n": 0}

    def contar(ruta) -> None:
        cuenta["n"] += 1
        if cuenta["n"] > escrituras:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(ruta))

    def abrir(ruta, modo="r", *args, **kwargs):
        if "w" in modo:
            contar(ruta)
        return open(ruta, modo, *args, **kwargs)

    class OsLleno:
        """El módulo ``os`` que ve carpeta_salida, con un ``os.open`` que cuenta."""

        def __getattr__(self, nombre):
            return getattr(os, nombre)

        def open(self, ruta, banderas, *args, **kwargs):
            if banderas & (os.O_WRONLY | os.O_RDWR):
                contar(ruta)
            return os.open(ruta, banderas, *args, **kwargs)

    monkeypatch.setattr(carpeta_salida, "open", abrir, raising=False)
    monkeypatch.setattr(carpeta_salida, "os", OsLleno())


def _sin_restos(padre: Path) -> None:
    assert [p.name for p in padre.iterdir() if p.name.startswith(".cobro-")] == []


# --- sitio: lo que antes se borraba -----------------------------------------------------


def test_sitio_no_borra_un_documento_del_usuario(cobro, tmp_path, instantanea):
    salida = tmp_path / "publico"
    salida.mkdir()
    (salida / "contrato.docx").write_bytes(b"importante")
    r = cobro("sitio", "--salida", salida)
    assert r.exit_code == 2
    assert r.output == f"Error: --salida: la carpeta '{salida}' {AJENA}"
    assert instantanea(salida) == {"contrato.docx": b"importante"}


def test_sitio_no_escribe_sobre_las_especificaciones(cobro, arbol, tmp_path, instantanea):
    specs = arbol()
    antes = instantanea(specs)
    r = cobro("sitio", "--specs", specs, "--salida", tmp_path, "--forzar")
    assert r.exit_code == 2
    assert r.output == (
        f"Error: --salida: '{tmp_path}' contiene '{specs}', que esta orden lee (las "
        "especificaciones, el proyecto o el archivo de entrada); cobro no escribe ahí: elige una "
        "carpeta aparte, p. ej. salida/\n"
    )
    assert instantanea(specs) == antes


def test_sitio_en_la_carpeta_actual_se_rechaza(cobro, tmp_path, monkeypatch, instantanea):
    (tmp_path / "notas.md").write_text("mías")
    monkeypatch.chdir(tmp_path)
    r = cobro("sitio", "--salida", ".")
    assert r.exit_code == 2
    assert r.output == f"Error: --salida: la carpeta '.' {AJENA}"
    assert instantanea(tmp_path) == {"notas.md": "mías".encode()}


def test_sitio_no_borra_un_site_que_no_hizo_cobro(cobro, tmp_path, monkeypatch):
    (tmp_path / "site").mkdir()
    (tmp_path / "site" / "index.html").write_text("<p>mi web</p>")
    monkeypatch.chdir(tmp_path)
    r = cobro("sitio")
    assert r.exit_code == 2
    assert r.output == f"Error: --salida: la carpeta 'site' {AJENA}"
    assert (tmp_path / "site" / "index.html").read_text() == "<p>mi web</p>"


def test_sitio_con_disco_lleno_no_toca_la_salida_anterior(cobro, tmp_path, monkeypatch, instantanea):
    import mkdocs.commands.build as construir

    salida = tmp_path / "sitio"
    salida.mkdir()
    (salida / carpeta_salida.MARCA).write_text('{"archivos": ["index.html"]}')
    (salida / "index.html").write_text("versión anterior")

    def build_sin_espacio(config, **_):
        Path(config.site_dir, "a_medias.html").write_text("<p")
        raise OSError(errno.ENOSPC, "No space left on device", str(Path(config.site_dir, "b.html")))

    monkeypatch.setattr(construir, "build", build_sin_espacio)
    r = cobro("sitio", "--salida", salida)
    assert r.exit_code == 2
    assert r.output.startswith("Error: no se pudo construir el sitio: no queda espacio en el disco (")
    assert r.output.endswith("b.html); la carpeta de salida anterior sigue intacta\n")
    assert instantanea(salida) == {carpeta_salida.MARCA: b'{"archivos": ["index.html"]}',
                                   "index.html": "versión anterior".encode()}
    _sin_restos(tmp_path)


def test_sitio_en_una_carpeta_de_solo_lectura(cobro, tmp_path, monkeypatch):
    # Como root (CI en contenedor) chmod no impide escribir: se simula lo que dice el sistema.
    salida = tmp_path / "solo_lectura"
    salida.mkdir()
    (salida / carpeta_salida.MARCA).write_text("{}")
    acceso = os.access
    monkeypatch.setattr(carpeta_salida.os, "access",
                        lambda ruta, modo: (not modo & os.W_OK or Path(ruta) != salida)
                        and acceso(ruta, modo))
    r = cobro("sitio", "--salida", salida)
    assert r.exit_code == 2
    assert r.output == (f"Error: --salida: la carpeta '{salida}' es de solo lectura; elige otra "
                        "o cambia sus permisos (chmod u+w)\n")


# --- generar y exportar: disco lleno, nombres largos, restos -------------------------


@pytest.mark.parametrize("orden", [["generar"], ["exportar", "--formato", "todos"]])
def test_disco_lleno_a_mitad_deja_la_salida_anterior(cobro, arbol, tmp_path, monkeypatch, orden, instantanea):
    specs = arbol()
    salida = tmp_path / "s"
    assert cobro(*orden, "--specs", specs, "--salida", salida).exit_code == 0
    antes = instantanea(salida)
    _disco_lleno_tras(monkeypatch, 3)
    r = cobro(*orden, "--specs", specs, "--salida", salida, "--locale", "es_MX")
    assert r.exit_code == 2
    # el archivo se nombra como lo verá el usuario (dentro de --salida), no la temporal
    assert r.output.startswith(f"Error: --salida '{salida}': no se pudo escribir la salida: "
                               f"no queda espacio en el disco ({salida}/")
    assert r.output.endswith("); la carpeta de salida anterior sigue intacta.\n")
    assert ".cobro-tmp-" not in r.output
    assert instantanea(salida) == antes
    _sin_restos(tmp_path)


def test_disco_lleno_en_la_primera_ejecucion_no_deja_nada(cobro, arbol, tmp_path, monkeypatch):
    specs = arbol()
    _disco_lleno_tras(monkeypatch, 0)
    r = cobro("generar", "--specs", specs, "--salida", tmp_path / "nueva")
    assert r.exit_code == 2
    assert r.output.endswith("); no se ha creado nada.\n")
    assert not (tmp_path / "nueva").exists()
    _sin_restos(tmp_path)


def test_una_salida_en_un_sistema_de_archivos_virtual_se_nombra(cobro, arbol, tmp_path,
                                                                  monkeypatch):
    import shutil

    specs = arbol()
    monkeypatch.setattr(carpeta_salida.shutil, "disk_usage",
                        lambda _ruta: shutil._ntuple_diskusage(0, 0, 0))
    r = cobro("generar", "--specs", specs, "--salida", tmp_path / "s")
    assert r.exit_code == 2
    assert r.output == (
        f"Error: --salida: '{tmp_path}' es un sistema de archivos virtual del sistema operativo "
        "(como /proc o /sys), donde no se pueden guardar archivos; elige una carpeta en el "
        "disco, p. ej. salida/. No se ha tocado nada.\n"
    )
    assert not (tmp_path / "s").exists()


def test_sin_espacio_libre_no_empieza(cobro, arbol, tmp_path, monkeypatch):
    import shutil

    specs = arbol()
    monkeypatch.setattr(carpeta_salida.shutil, "disk_usage",
                        lambda _ruta: shutil._ntuple_diskusage(10**9, 10**9 - 1000, 1000))
    r = cobro("generar", "--specs", specs, "--salida", tmp_path / "s")
    assert r.exit_code == 2
    assert r.output == (
        f"Error: --salida: no hay espacio suficiente en '{tmp_path}' (libres 0,0 MB; hacen falta "
        "unos 1,0 MB); libera espacio o elige otra carpeta. No se ha tocado nada.\n"
    )
    assert not (tmp_path / "s").exists()


def test_ctrl_c_a_mitad_sale_con_130_y_no_deja_nada(cobro, arbol, tmp_path, monkeypatch, instantanea):
    specs = arbol()
    salida = tmp_path / "s"
    assert cobro("generar", "--specs", specs, "--salida", salida).exit_code == 0
    antes = instantanea(salida)
    cuenta = {"n": 0}
    escribir = carpeta_salida.Salida.escribir

    def interrumpir(self, relativa, contenido):
        cuenta["n"] += 1
        if cuenta["n"] == 2:
            raise KeyboardInterrupt
        return escribir(self, relativa, contenido)

    monkeypatch.setattr(carpeta_salida.Salida, "escribir", interrumpir)
    r = cobro("generar", "--specs", specs, "--salida", salida)
    assert r.exit_code == 130
    # Dice qué pasó con la salida, sin hablar de carpetas temporales.
    assert r.output == (f"\nInterrumpido (Ctrl-C): no se ha escrito nada en {salida}; lo que "
                        "hubiera allí sigue como estaba.\n")
    assert instantanea(salida) == antes
    _sin_restos(tmp_path)


def test_restos_de_una_ejecucion_matada_se_limpian(cobro, arbol, tmp_path):
    specs = arbol()
    salida = tmp_path / "s"
    assert cobro("generar", "--specs", specs, "--salida", salida).exit_code == 0
    muerto = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                            capture_output=True, text=True, check=True).stdout.strip()
    resto = tmp_path / ".cobro-tmp-s-abc123"
    (resto / "plantillas").mkdir(parents=True)
    (resto / ".cobro-proceso").write_text(muerto)
    (resto / "plantillas" / "a_medias.txt").write_text("---\nid: x")
    (salida / "plantillas" / ".tmp-q1w2e3").write_text("a medi")  # de la versión anterior
    vivo = tmp_path / ".cobro-tmp-s-vivo99"  # de otra ejecución que sigue en marcha
    vivo.mkdir()
    (vivo / ".cobro-proceso").write_text(str(os.getppid()))
    assert cobro("generar", "--specs", specs, "--salida", salida).exit_code == 0
    assert not resto.exists()
    assert vivo.is_dir()
    assert not list(salida.rglob(".tmp-*"))


def test_forzar_conserva_lo_ajeno_y_regenerar_quita_solo_lo_propio(cobro, arbol, tmp_path, instantanea):
    specs = arbol()
    salida = tmp_path / "mezcla"
    salida.mkdir()
    (salida / "notas.txt").write_text("mías")
    (salida / "plantillas").mkdir()
    (salida / "plantillas" / "mia.txt").write_text("también mía")
    assert cobro("generar", "--specs", specs, "--salida", salida, "--forzar").exit_code == 0
    assert cobro("generar", "--specs", specs, "--salida", salida, "--canal", "email").exit_code == 0
    archivos = sorted(instantanea(salida))
    emails = [a for a in PLANTILLAS if "-sms-" not in a]  # y catalogo.json, cobro.toml
    assert archivos == sorted([carpeta_salida.MARCA, "notas.txt", "plantillas/mia.txt", *emails])
    assert (salida / "notas.txt").read_text() == "mías"


def test_regenerar_una_salida_propia_la_reemplaza_entera(cobro, arbol, tmp_path, instantanea):
    specs = arbol()
    salida = tmp_path / "s"
    assert cobro("generar", "--specs", specs, "--salida", salida).exit_code == 0
    assert sorted(instantanea(salida)) == sorted([carpeta_salida.MARCA, *PLANTILLAS])
    assert cobro("generar", "--specs", specs, "--salida", salida, "--canal", "sms").exit_code == 0
    assert sorted(instantanea(salida)) == sorted(
        [carpeta_salida.MARCA, *(a for a in PLANTILLAS if "-email-" not in a)])
    _sin_restos(tmp_path)


def test_salida_con_nombre_demasiado_largo(cobro, arbol, tmp_path):
    specs = arbol()
    salida = tmp_path / ("x" * 300)
    r = cobro("generar", "--specs", specs, "--salida", salida)
    assert r.exit_code == 2
    assert r.output.startswith(f"Error: --salida '{salida}': no se pudo preparar la carpeta de "
                               "salida: el nombre es demasiado largo para el sistema de archivos")
    assert r.output.endswith("; no se ha creado nada.\n")


def test_salida_dentro_de_un_archivo_lo_dice_y_no_lo_toca(cobro, arbol, tmp_path):
    """--salida facturas.csv/envios: el problema es que facturas.csv es un archivo (antes:
    «no hay permiso para escribir»)."""
    facturas = tmp_path / "facturas.csv"
    facturas.write_text("referencia\n", encoding="utf-8")
    r = cobro("generar", "--specs", arbol(), "--salida", facturas / "envios")
    assert r.exit_code == 2
    assert r.output == (f"Error: --salida: '{facturas}' es un archivo, no una carpeta: no puede "
                        f"contener '{facturas / 'envios'}'; elige otra ruta\n")
    assert facturas.read_text(encoding="utf-8") == "referencia\n"


def test_salida_vacia(cobro, arbol):
    r = cobro("generar", "--specs", arbol(), "--salida", "")
    assert r.exit_code == 2
    assert r.output.endswith("Error: Valor no válido para '--salida' / '-o': está vacío; indica "
                             "un valor o quita la opción\n")


def test_regenerar_en_la_carpeta_actual_no_la_aparta(cobro, arbol, tmp_path, monkeypatch, instantanea):
    specs = arbol()
    salida = tmp_path / "s"
    assert cobro("generar", "--specs", specs, "--salida", salida).exit_code == 0
    monkeypatch.chdir(salida)
    assert cobro("generar", "--specs", specs, "--salida", ".", "--canal", "sms").exit_code == 0
    assert Path.cwd() == salida and salida.is_dir()
    assert sorted(instantanea(salida)) == sorted(
        [carpeta_salida.MARCA, *(a for a in PLANTILLAS if "-email-" not in a)])


@pytest.mark.parametrize("dentro", ["", "mensajes/.."])
def test_generar_no_escribe_sobre_las_especificaciones(cobro, arbol, dentro, instantanea):
    specs = arbol()
    antes = instantanea(specs)
    r = cobro("generar", "--specs", specs, "--salida", specs / dentro, "--forzar")
    assert r.exit_code == 2
    assert r.output == (f"Error: --salida: '{specs / dentro}' contiene '{specs}', que esta orden "
                        "lee (las especificaciones, el proyecto o el archivo de entrada); cobro no "
                        "escribe ahí: elige una carpeta aparte, p. ej. salida/\n")
    assert instantanea(specs) == antes


def test_regenerar_con_archivos_ajenos_no_deja_carpetas_vacias(tmp_path):
    """Con archivos del usuario en la salida, cobro sustituye los suyos uno a uno y quita los
    que ya no genera; las carpetas que así quedan vacías (la de un sector que ya no se pide)
    también se van. Las del usuario, aunque estén vacías, se quedan."""
    salida = tmp_path / "s"
    salida.mkdir()
    (salida / "notas.txt").write_text("mías")
    (salida / "vacia_mia").mkdir()
    with carpeta_salida.Salida(salida, forzar=True) as s:
        s.escribir("plantillas/es/turismo/a.txt", "a")
        s.escribir("plantillas/es/seguros/b.txt", "b")
    with carpeta_salida.Salida(salida) as s:
        s.escribir("plantillas/es/seguros/b.txt", "b2")
    assert sorted(str(p.relative_to(salida)) for p in salida.rglob("*")) == [
        carpeta_salida.MARCA, "notas.txt", "plantillas", "plantillas/es",
        "plantillas/es/seguros", "plantillas/es/seguros/b.txt", "vacia_mia"]
    assert (salida / "plantillas/es/seguros/b.txt").read_text() == "b2"


# --- la salida dentro de las carpetas que se leen como especificación ---------------------


@pytest.mark.parametrize("orden", [("generar",), ("exportar", "--formato", "json"), ("sitio",)])
@pytest.mark.parametrize("carpeta", ["mensajes", "sectores", "reglas"])
def test_la_salida_dentro_de_mensajes_sectores_o_reglas_se_rechaza(
        cobro, arbol, tmp_path, monkeypatch, instantanea, orden, carpeta):
    """Lo que cobro escribiera en ``mensajes/salida`` se leería como especificación en la
    próxima ejecución: se rechaza antes de tocar nada, con la carpeta como la ve el usuario."""
    specs = arbol()
    antes = instantanea(specs)
    monkeypatch.chdir(tmp_path)
    r = cobro(*orden, "--specs", "specs", "--salida", f"specs/{carpeta}/salida")
    assert r.exit_code == 2
    assert r.output == (
        f"Error: --salida: 'specs/{carpeta}/salida' está dentro de 'specs/{carpeta}', la "
        f"carpeta {carpeta}/ del árbol de especificaciones que lee esta orden; lo que cobro "
        "escribiera ahí se leería como especificación en la próxima ejecución y se mezclaría con "
        "tus archivos. Elige una carpeta fuera de mensajes/, sectores/ y reglas/, p. ej. salida/. "
        "No se ha tocado nada.\n")
    assert instantanea(specs) == antes
    assert not (specs / carpeta / "salida").exists()


def test_la_salida_que_es_la_carpeta_sectores_se_rechaza_aunque_se_fuerce(
        cobro, arbol, tmp_path, monkeypatch, instantanea):
    specs = arbol()
    antes = instantanea(specs)
    monkeypatch.chdir(specs)
    r = cobro("generar", "--salida", "sectores", "--forzar")
    assert r.exit_code == 2
    assert r.output.startswith("Error: --salida: 'sectores' es la carpeta sectores/ del árbol de "
                               "especificaciones que lee esta orden;")
    assert instantanea(specs) == antes


def test_la_salida_junto_a_las_carpetas_del_arbol_si_vale(cobro, arbol, monkeypatch):
    specs = arbol()
    monkeypatch.chdir(specs)
    r = cobro("exportar", "--formato", "json", "--salida", "salida")
    assert r.exit_code == 0, r.output
    assert (specs / "salida" / "json").is_dir()
