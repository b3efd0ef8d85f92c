"""La política de carpeta de salida de cobro: una sola para ``generar``, ``exportar`` y ``sitio``.

Reglas (en este orden):

1. **Nada ajeno se pierde.** Una carpeta que existe, no está vacía y no tiene la marca
   ``.cobro-salida`` (no la creó cobro) se rechaza, salvo con ``--forzar``. Ni siquiera
   con ``--forzar`` se borra un archivo que cobro no escribió: solo se sobrescriben los
   que cobro genera con el mismo nombre. Una salida que contiene el árbol de
   especificaciones (o el proyecto) se rechaza siempre.
2. **Todo o nada.** Se construye en una carpeta temporal hermana
   (``.cobro-tmp-<nombre>-XXXX``, en el mismo disco) y, solo si todo fue bien, se pone en
   su sitio: con un renombrado si la salida no existía o era solo de cobro; copiando
   archivo a archivo (cada uno con ``os.replace``) si tiene archivos ajenos, que se
   conservan. Si algo falla (disco lleno, permisos, Ctrl-C), se borra la temporal y la
   salida anterior queda intacta.
3. **Se comprueba antes de empezar** que se puede escribir y que hay al menos tanto
   espacio libre como ocupa la salida anterior.
4. **Los restos de una ejecución interrumpida se limpian**: temporales cuyo proceso ya no
   existe y ``.tmp-*`` dentro de una carpeta de cobro.

La marca ``.cobro-salida`` es JSON y lista los archivos que cobro escribió: así, al
regenerar, cobro sabe qué puede reemplazar o quitar y qué es del usuario.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from generador.errores import ErrorCobro, describir_so

MARCA = ".cobro-salida"
PREFIJO_TEMPORAL = ".cobro-tmp-"
PREFIJO_ANTERIOR = ".cobro-anterior-"
_DUENO = ".cobro-proceso"
#: Espacio libre mínimo para empezar a escribir, aunque no haya salida anterior.
ESPACIO_MINIMO = 1024 * 1024


def _mascara() -> int:
    mascara = os.umask(0)
    os.umask(mascara)
    return mascara


MODO_ARCHIVO = 0o666 & ~_mascara()
MODO_CARPETA = 0o777 & ~_mascara()
#: Cómo se abre cada archivo en la temporal: nuevo o truncado, sin heredarse a procesos hijos.
_ABRIR_NUEVO = os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_CLOEXEC", 0) | getattr(
    os, "O_BINARY", 0)


def _proceso_vivo(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _leer_marca(carpeta: Path) -> set[str] | None:
    """Archivos que cobro escribió en ``carpeta`` (None si no la creó cobro)."""
    marca = carpeta / MARCA
    if not marca.is_file():
        return None
    try:
        datos = json.loads(marca.read_text(encoding="utf-8"))
        return {str(a) for a in datos.get("archivos", [])}
    except (OSError, ValueError, AttributeError, RecursionError):
        return set()  # marca antigua (texto) o dañada: de cobro, sin lista


def _recorrer(carpeta: Path | str, prefijo: str = "") -> Iterator[tuple[str, os.DirEntry]]:
    """(ruta relativa con «/», entrada) de cada archivo o enlace bajo ``carpeta``.

    Lo mismo que ``rglob("*")`` filtrado con ``is_file() or is_symlink()`` (no entra en
    enlaces a carpetas; una carpeta sin permiso de lectura se salta), pero con
    ``os.scandir``, que ya sabe el tipo de cada entrada: sin un ``stat`` por archivo ni un
    objeto ``Path`` por ruta (en miles de archivos, decenas de milisegundos)."""
    try:
        with os.scandir(carpeta) as entradas:
            lista = list(entradas)
    except (PermissionError, FileNotFoundError, NotADirectoryError):
        return
    for entrada in lista:
        try:
            if entrada.is_symlink():
                yield prefijo + entrada.name, entrada
            elif entrada.is_dir():
                yield from _recorrer(entrada.path, f"{prefijo}{entrada.name}/")
            elif entrada.is_file():
                yield prefijo + entrada.name, entrada
        except OSError:
            continue


def _archivos(carpeta: Path) -> list[str]:
    return sorted(relativa for relativa, _ in _recorrer(carpeta))


def _tamano(carpeta: Path) -> int:
    total = 0
    for _, entrada in _recorrer(carpeta):
        with contextlib.suppress(OSError):
            if not entrada.is_symlink():
                total += entrada.stat(follow_symlinks=False).st_size
    return total


def _existente(ruta: Path) -> Path:
    """El antepasado más cercano de ``ruta`` que existe."""
    for candidata in (ruta, *ruta.parents):
        if candidata.exists():
            return candidata
    return Path("/")


def limpiar_restos(padre: Path, nombre: str) -> list[Path]:
    """Borra las carpetas temporales de ``nombre`` que dejó una ejecución interrumpida.

    Solo toca carpetas con el prefijo de cobro que llevan dentro el archivo de dueño de
    cobro y cuyo proceso ya no existe. Si una salida anterior quedó apartada y la salida
    no existe (el proceso murió entre los dos renombrados), la devuelve a su sitio.
    """
    quitadas = []
    if not padre.is_dir():
        return quitadas
    for prefijo in (PREFIJO_TEMPORAL, PREFIJO_ANTERIOR):
        for resto in padre.glob(f"{prefijo}{_corto(nombre)}-*"):
            dueno = resto / _DUENO
            try:
                pid = int(dueno.read_text(encoding="utf-8").strip())
            except (OSError, ValueError):
                continue
            if _proceso_vivo(pid) and pid != os.getpid():
                continue
            destino = padre / nombre
            if prefijo == PREFIJO_ANTERIOR and not destino.exists():
                with contextlib.suppress(OSError):
                    dueno.unlink()
                    resto.rename(destino)
                    continue
            shutil.rmtree(resto, ignore_errors=True)
            quitadas.append(resto)
    return quitadas


def _mb(n: int) -> str:
    return f"{n / 1048576:.1f}".replace(".", ",")


def _corto(nombre: str) -> str:
    return nombre[:40]


class Salida:
    """Una carpeta de salida en construcción. Úsala como gestor de contexto::

        with Salida(ruta, forzar=False, protegidas=[raiz_specs]) as salida:
            salida.escribir("catalogo.json", texto)
        # aquí ya está en ``ruta``; si hubo una excepción, ``ruta`` no cambió.

    ``trabajo`` es la carpeta temporal donde se escribe (la que recibe mkdocs).
    """

    def __init__(self, ruta: Path | str, forzar: bool = False,
                 protegidas: tuple[Path | str, ...] | list[Path | str] = ()) -> None:
        if str(ruta).strip() == "":
            raise ErrorCobro("--salida: la ruta está vacía; indica una carpeta (p. ej. salida/)")
        self.ruta = Path(ruta)
        self.forzar = forzar
        self.escritos: set[str] = set()
        self._confirmada = False
        try:
            self._raiz_final = self.ruta.resolve()
            self._comprobar(protegidas)
            padre = self._raiz_final.parent
            padre.mkdir(parents=True, exist_ok=True)
            limpiar_restos(padre, self._raiz_final.name)
            if self._propia is not None:
                self._limpiar_temporales_sueltos()
            self.trabajo = Path(tempfile.mkdtemp(
                prefix=f"{PREFIJO_TEMPORAL}{_corto(self._raiz_final.name)}-", dir=padre))
            (self.trabajo / _DUENO).write_text(str(os.getpid()), encoding="utf-8")
        except OSError as exc:
            raise self._error_so(exc, "preparar") from None
        self._raiz_trabajo = self.trabajo.resolve()
        self._carpetas_resueltas: dict[Path, Path] = {}
        self._carpetas_creadas: set[Path] = set()

    # -- comprobaciones ----------------------------------------------------------------

    def _comprobar(self, protegidas) -> None:
        final = self._raiz_final
        if final.exists() and not final.is_dir():
            raise ErrorCobro(f"--salida: '{self.ruta}' existe y no es una carpeta; elige otra ruta")
        for protegida in protegidas:
            p = Path(protegida).resolve()
            if final == p or final in p.parents:
                raise ErrorCobro(
                    f"--salida: '{self.ruta}' contiene '{protegida}' (las especificaciones o el "
                    "proyecto); cobro no escribe ahí: elige una carpeta aparte, p. ej. salida/"
                )
        self._propia = _leer_marca(final) if final.is_dir() else None
        self._contenido = _archivos(final) if final.is_dir() else []
        ajenos = [a for a in self._contenido if a != MARCA]
        if self._propia is None and ajenos and not self.forzar:
            raise ErrorCobro(
                f"--salida: la carpeta '{self.ruta}' no está vacía y no la creó cobro; "
                "elige una carpeta vacía o nueva, o usa --forzar para escribir en ella "
                "(solo se sobrescriben los archivos que cobro genera)"
            )
        existente = _existente(final)
        if final.is_dir() and not os.access(final, os.W_OK | os.X_OK):
            raise ErrorCobro(f"--salida: la carpeta '{self.ruta}' es de solo lectura; elige otra "
                             "o cambia sus permisos (chmod u+w)")
        if not os.access(existente.parent if existente == final else existente, os.W_OK | os.X_OK):
            raise ErrorCobro(f"--salida: no hay permiso para escribir en '{existente}'; elige "
                             "otra carpeta o cambia sus permisos")
        necesario = max(ESPACIO_MINIMO, _tamano(final) if final.is_dir() else 0)
        try:
            libre = shutil.disk_usage(existente).free
        except OSError:
            return
        if libre < necesario:
            raise ErrorCobro(
                f"--salida: no hay espacio suficiente en '{existente}' (libres "
                f"{_mb(libre)} MB; hacen falta unos {_mb(necesario)} MB); "
                "libera espacio o elige otra carpeta. No se ha tocado nada."
            )

    def _limpiar_temporales_sueltos(self) -> None:
        """``.tmp-*`` que dejó dentro de la salida una versión anterior interrumpida."""
        for resto in self._raiz_final.rglob(".tmp-*"):
            rel = resto.relative_to(self._raiz_final).as_posix()
            if resto.is_file() and rel not in (self._propia or ()):
                with contextlib.suppress(OSError):
                    resto.unlink()

    def _error_so(self, exc: OSError, fase: str) -> ErrorCobro:
        detalle = describir_so(exc)
        nombre = str(getattr(exc, "filename", None) or "")
        trabajo = getattr(self, "trabajo", None)
        if trabajo is not None and nombre.startswith(str(trabajo)):
            nombre = str(self.ruta / nombre[len(str(trabajo)):].lstrip("/"))  # como lo verá
        archivo = f" ({nombre})" if nombre else ""
        if len(archivo) > 160:
            archivo = f" ({str(exc.filename)[:150]}…)"
        try:
            existia = self._raiz_final.is_dir()
        except OSError:
            existia = False
        intacta = "la carpeta de salida anterior sigue intacta" if existia else "no se ha creado nada"
        que = {"preparar": "no se pudo preparar la carpeta de salida",
               "escribir": "no se pudo escribir la salida",
               "confirmar": "no se pudo poner la salida en su sitio"}[fase]
        return ErrorCobro(f"--salida '{self.ruta}': {que}: {detalle}{archivo}; {intacta}.")

    # -- escritura ---------------------------------------------------------------------

    def destino(self, relativa: str | Path) -> Path:
        """Ruta final de ``relativa`` (válida tras confirmar); rechaza salir de la salida."""
        self._trabajo_de(relativa)
        return self.ruta / relativa

    def _trabajo_de(self, relativa: str | Path) -> Path:
        """La ruta física de ``relativa`` en la carpeta de trabajo; rechaza salir de ella.

        La carpeta de trabajo es nueva y solo la llena cobro, así que basta resolver cada
        carpeta una vez (miles de archivos comparten unas pocas carpetas): el nombre final
        no puede ser un enlace que apunte fuera."""
        relativa = Path(relativa)
        nombre = relativa.name
        if nombre in ("", ".", ".."):
            raise ErrorCobro(f"ruta de salida no permitida: '{relativa}' no nombra un archivo")
        carpeta = self._carpetas_resueltas.get(relativa.parent)
        if carpeta is None:
            try:
                carpeta = (self._raiz_trabajo / relativa.parent).resolve()
            except OSError as exc:
                raise self._error_so(exc, "escribir") from None
            if carpeta != self._raiz_trabajo and self._raiz_trabajo not in carpeta.parents:
                raise ErrorCobro(f"ruta de salida no permitida: '{relativa}' queda fuera de --salida")
            self._carpetas_resueltas[relativa.parent] = carpeta
        return carpeta / nombre

    def escribir(self, relativa: str | Path, contenido: str | bytes) -> Path:
        """Escribe un archivo en la temporal; devuelve su ruta final."""
        fisica = self._trabajo_de(relativa)
        datos = contenido.encode("utf-8") if isinstance(contenido, str) else contenido
        try:
            if fisica.parent not in self._carpetas_creadas:
                fisica.parent.mkdir(parents=True, exist_ok=True)
                self._carpetas_creadas.add(fisica.parent)
            # La temporal es nueva y solo la llena cobro: no hace falta un temporal y un
            # renombrado por archivo (el paso atómico es poner la carpeta entera en su
            # sitio). Tres llamadas al sistema por archivo (abrir, escribir, cerrar) en vez
            # de siete con open() y chmod: el modo de creación ya es MODO_ARCHIVO (0o666
            # menos la máscara del proceso), el mismo que daba el chmod.
            descriptor = os.open(fisica, _ABRIR_NUEVO, MODO_ARCHIVO)
            try:
                vista = memoryview(datos)
                while vista:
                    vista = vista[os.write(descriptor, vista):]
            finally:
                os.close(descriptor)
        except OSError as exc:
            self.abortar()
            raise self._error_so(exc, "escribir") from None
        self.escritos.add(fisica.relative_to(self._raiz_trabajo).as_posix())
        return self.ruta / relativa

    @contextlib.contextmanager
    def en_flujo(self, relativa: str | Path, binario: bool = False) -> Iterator[IO]:
        """Un archivo que se escribe poco a poco (salidas que no caben en memoria).

        Se escribe en la temporal, como todo lo demás: aparece en ``ruta`` al confirmar, y
        si la orden falla o se interrumpe, no aparece y la salida anterior queda intacta."""
        fisica = self._trabajo_de(relativa)
        modo = "wb" if binario else "w"
        opciones = {} if binario else {"encoding": "utf-8", "newline": ""}
        try:
            fisica.parent.mkdir(parents=True, exist_ok=True)
            with open(fisica, modo, **opciones) as archivo:
                yield archivo
            os.chmod(fisica, MODO_ARCHIVO)
        except OSError as exc:
            self.abortar()
            raise self._error_so(exc, "escribir") from None
        self.escritos.add(fisica.relative_to(self._raiz_trabajo).as_posix())

    # -- final -------------------------------------------------------------------------

    def abortar(self) -> None:
        """Descarta lo construido; la salida anterior no se toca."""
        shutil.rmtree(self.trabajo, ignore_errors=True)

    def confirmar(self) -> Path:
        """Pone lo construido en ``ruta`` y devuelve ``ruta``."""
        if self._confirmada:
            return self.ruta
        trabajo, final = self.trabajo, self._raiz_final
        try:
            (trabajo / _DUENO).unlink()
            nuevos = [a for a in _archivos(trabajo) if a != MARCA]
            (trabajo / MARCA).write_text(json.dumps(
                {"cobro": "Carpeta generada por cobro. Se puede regenerar sin --forzar.",
                 "archivos": nuevos}, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
            os.chmod(trabajo, MODO_CARPETA)  # mkdtemp la crea con 0700
            ajenos = [a for a in self._ajenos_actuales() if a != MARCA]
            if not final.exists():
                os.rename(trabajo, final)
            elif not ajenos and not self._es_carpeta_de_trabajo(final):
                self._intercambiar(trabajo, final)
            else:
                self._mezclar(trabajo, final, nuevos)
        except OSError as exc:
            self.abortar()
            raise self._error_so(exc, "confirmar") from None
        self._confirmada = True
        return self.ruta

    @staticmethod
    def _es_carpeta_de_trabajo(final: Path) -> bool:
        """Si ``final`` es (o contiene) la carpeta actual: apartarla dejaría al proceso y a
        la consola del usuario en una carpeta borrada; se reemplaza archivo a archivo."""
        try:
            actual = Path.cwd().resolve()
        except OSError:
            return True
        return final == actual or final in actual.parents

    def _ajenos_actuales(self) -> list[str]:
        final = self._raiz_final
        if not final.is_dir():
            return []
        propios = _leer_marca(final)
        actuales = _archivos(final)
        if propios is None:
            return actuales
        if not propios:  # marca antigua sin lista: nada se puede dar por propio
            return [a for a in actuales if a != MARCA]
        return [a for a in actuales if a not in propios and not Path(a).name.startswith(".tmp-")]

    def _intercambiar(self, trabajo: Path, final: Path) -> None:
        """La salida anterior solo tiene archivos de cobro: se aparta, se pone la nueva en
        su sitio y se borra la anterior."""
        apartada = Path(tempfile.mkdtemp(prefix=f"{PREFIJO_ANTERIOR}{_corto(final.name)}-",
                                         dir=final.parent))
        os.rmdir(apartada)
        os.rename(final, apartada)
        (apartada / _DUENO).write_text(str(os.getpid()), encoding="utf-8")
        try:
            os.rename(trabajo, final)
        except OSError:
            os.rename(apartada, final)
            (final / _DUENO).unlink(missing_ok=True)
            raise
        shutil.rmtree(apartada, ignore_errors=True)

    def _mezclar(self, trabajo: Path, final: Path, nuevos: list[str]) -> None:
        """Hay archivos ajenos: se reemplazan uno a uno los de cobro y se quitan los que
        cobro escribió la vez anterior y ya no genera. Lo ajeno no se toca."""
        anteriores = _leer_marca(final) or set()
        for rel in [*nuevos, MARCA]:
            origen, destino = trabajo / rel, final / rel
            destino.parent.mkdir(parents=True, exist_ok=True)
            if destino.is_dir() and not destino.is_symlink():
                raise IsADirectoryError(21, "es una carpeta", str(destino))
            os.replace(origen, destino)
        for rel in anteriores - set(nuevos):
            with contextlib.suppress(OSError):
                (final / rel).unlink()
        shutil.rmtree(trabajo, ignore_errors=True)

    def __enter__(self) -> Salida:
        return self

    def __exit__(self, tipo, valor, traza) -> None:
        if tipo is None:
            self.confirmar()
        else:
            self.abortar()
