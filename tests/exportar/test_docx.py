"""Word: docx-mailmerge2 combina el .docx con su CSV de ejemplo y el texto es el ejemplo."""

from __future__ import annotations

import csv
import io

from .ayudas import archivo_de, casos, exportado


def test_combinar_con_el_csv_de_ejemplo(cualquier_espec, tmp_path):
    from docx import Document
    from mailmerge import MailMerge

    resultado = exportado(cualquier_espec, "docx", tmp_path / "salida")
    for p, datos, ejemplo in casos(cualquier_espec, "carta"):
        plantilla = archivo_de(resultado, p.id, ".docx")
        origen = archivo_de(resultado, p.id, ".datos.csv")
        filas = list(csv.DictReader(io.StringIO(origen.read_text(encoding="utf-8-sig"))))
        assert len(filas) == 1 and filas[0] == {n: datos[n] for n in p.variables}
        with MailMerge(str(plantilla)) as documento:
            assert documento.get_merge_fields() == set(p.variables)
            documento.merge(**filas[0])
            combinado = tmp_path / f"{p.id}.combinado.docx"
            documento.write(str(combinado))
        texto = "\n".join(par.text for par in Document(str(combinado)).paragraphs)
        assert texto == ejemplo.cuerpo


def test_campos_reales_y_a4(espec, tmp_path):
    import zipfile

    resultado = exportado(espec, "docx", tmp_path / "salida")
    p, _datos, _ejemplo = next(casos(espec, "carta"))
    with zipfile.ZipFile(archivo_de(resultado, p.id, ".docx")) as z:
        xml = z.read("word/document.xml").decode("utf-8")
    assert xml.count("MERGEFIELD") == p.cuerpo.count("{{")
    assert 'w:w="11906"' in xml and 'w:h="16838"' in xml  # A4 en veinteavos de punto


def test_texto_hostil_es_texto(espec_hostil, tmp_path):
    import zipfile

    resultado = exportado(espec_hostil, "docx", tmp_path / "salida")
    p, _datos, _ejemplo = next(casos(espec_hostil, "carta"))
    with zipfile.ZipFile(archivo_de(resultado, p.id, ".docx")) as z:
        xml = z.read("word/document.xml").decode("utf-8")
    assert "<b>" not in xml and "&lt;b&gt;" in xml
