"""``cobro generar`` nunca pierde ni sobrescribe archivos del usuario."""

from __future__ import annotations

from arbol import escribir_arbol


def test_rechaza_una_carpeta_ajena_no_vacia(cobro, tmp_path):
    specs = escribir_arbol(tmp_path / "specs")
    salida = tmp_path / "mis_documentos"
    salida.mkdir()
    (salida / "contrato.docx").write_text("importante")
    resultado = cobro("generar", "--specs", specs, "--salida", salida)
    assert resultado.exit_code == 2
    assert resultado.output == (
        f"Error: --salida: la carpeta '{salida}' no está vacía y no la creó cobro; elige una "
        "carpeta vacía o nueva, o usa --forzar para escribir en ella (solo se sobrescriben los "
        "archivos que cobro genera)\n"
    )
    assert [p.name for p in salida.iterdir()] == ["contrato.docx"]


def test_con_forzar_escribe_y_conserva_lo_ajeno(cobro, tmp_path):
    specs = escribir_arbol(tmp_path / "specs")
    salida = tmp_path / "s"
    salida.mkdir()
    (salida / "notas.txt").write_text("mías")
    assert cobro("generar", "--specs", specs, "--salida", salida, "--forzar").exit_code == 0
    assert (salida / "notas.txt").read_text() == "mías"
    assert (salida / "catalogo.json").is_file()


def test_regenerar_en_su_propia_carpeta_no_necesita_forzar(cobro, tmp_path):
    specs = escribir_arbol(tmp_path / "specs")
    assert cobro("generar", "--specs", specs, "--salida", tmp_path / "s").exit_code == 0
    assert cobro("generar", "--specs", specs, "--salida", tmp_path / "s").exit_code == 0


def test_no_deja_temporales(cobro, tmp_path):
    specs = escribir_arbol(tmp_path / "specs")
    cobro("generar", "--specs", specs, "--salida", tmp_path / "s")
    assert not list((tmp_path / "s").rglob(".tmp-*"))


def test_salida_que_es_un_archivo(cobro, tmp_path):
    specs = escribir_arbol(tmp_path / "specs")
    (tmp_path / "f").write_text("x")
    resultado = cobro("generar", "--specs", specs, "--salida", tmp_path / "f")
    assert resultado.exit_code == 2
    assert resultado.output == (
        f"Error: --salida: '{tmp_path / 'f'}' existe y no es una carpeta; elige otra ruta\n"
    )


def test_una_ruta_fuera_de_la_salida_se_rechaza(tmp_path):
    import pytest

    from generador.errores import ErrorCobro
    from generador.escribir import CarpetaSalida

    carpeta = CarpetaSalida(tmp_path / "s")
    with pytest.raises(ErrorCobro, match="queda fuera de --salida"):
        carpeta.escribir("../fuera.txt", "x")
    assert not (tmp_path / "fuera.txt").exists()


def test_los_archivos_generados_se_pueden_leer_como_cualquier_otro(cobro, tmp_path):
    import os

    specs = escribir_arbol(tmp_path / "specs")
    cobro("generar", "--specs", specs, "--salida", tmp_path / "s")
    mascara = os.umask(0)
    os.umask(mascara)
    assert (tmp_path / "s/catalogo.json").stat().st_mode & 0o777 == 0o666 & ~mascara
