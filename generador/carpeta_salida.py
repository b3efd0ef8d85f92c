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
import queue
import shutil
import tempfile
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from generador.errores import ErrorCobro, describir_so, enlace_roto

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


def _hilos_por_defecto() -> int:
    """Hilos de escritura de :class:`Salida` cuando la orden los pide (``hilos=None``):
    ``COBRO_HILOS_ESCRITURA`` (0 = escribir en el hilo principal) o 2."""
    try:
        return max(0, min(16, int(os.environ.get("COBRO_HILOS_ESCRITURA", "2"))))
    except ValueError:
        return 2


def _escribir_archivo(fisica: Path, datos: bytes) -> None:
    """Crea ``fisica`` con ``datos``. La temporal es nueva y solo la llena cobro: no hace
    falta un temporal y un renombrado por archivo (el paso atómico es poner la carpeta
    entera en su sitio). Tres llamadas al sistema (abrir, escribir, cerrar) en vez de siete
    con open() y chmod: el modo de creación ya es MODO_ARCHIVO (0o666 menos la máscara del
    proceso), el mismo que daba el chmod."""
    descriptor = os.open(fisica, _ABRIR_NUEVO, MODO_ARCHIVO)
    try:
        vista = memoryview(datos)
        while vista:
            vista = vista[os.write(descriptor, vista):]
    finally:
        os.close(descriptor)


class _Escritoras:
    """Hilos que crean los archivos de la temporal mientras el hilo principal compone los
    siguientes.

    Crear un archivo en ext4 cuesta unos 0,3 ms de núcleo (inodo, entrada de carpeta,
    bloque), y las llamadas al sistema sueltan el GIL: en dos núcleos ese coste se solapa
    con el trabajo en Python de la orden. Cada carpeta va siempre al mismo hilo (el
    reparto es por carpeta): dos hilos no compiten por el cerrojo de una misma carpeta, y
    los archivos de una carpeta se crean en el orden en que se pidieron.

    El primer error se guarda y se informa en la siguiente escritura o al terminar; tras
    él no se escribe nada más. La carpeta temporal no se publica hasta :meth:`terminar`."""

    def __init__(self, hilos: int) -> None:
        self.fallo: OSError | None = None
        # Cola acotada: si el disco va más lento que la orden, la orden espera en vez de
        # acumular en memoria todo lo que falta por escribir.
        self._colas = [queue.SimpleQueue() for _ in range(hilos)]
        self._pendientes = threading.BoundedSemaphore(256 * hilos)
        self._parar = False
        self._hilos = [threading.Thread(target=self._trabajar, args=(c,), daemon=True,
                                        name=f"cobro-escritura-{i}")
                       for i, c in enumerate(self._colas)]
        for hilo in self._hilos:
            hilo.start()

    def _trabajar(self, cola: queue.SimpleQueue) -> None:
        while True:
            tarea = cola.get()
            if tarea is None:
                return
            try:
                if self.fallo is None and not self._parar:
                    _escribir_archivo(*tarea)
            except OSError as exc:
                if self.fallo is None:
                    self.fallo = exc
            except Exception as exc:  # un hilo no puede callar un fallo
                # Cualquier otro error (p. ej. MemoryError) también impide publicar: si el
                # hilo muriera en silencio, la salida saldría con archivos de menos.
                if self.fallo is None:
                    self.fallo = OSError(0, f"{type(exc).__name__}: {exc}", str(tarea[0]))
            finally:
                self._pendientes.release()

    def poner(self, carpeta: Path, fisica: Path, datos: bytes) -> None:
        self._pendientes.acquire()
        self._colas[hash(carpeta) % len(self._colas)].put((fisica, datos))

    def terminar(self, descartar: bool = False) -> None:
        """Espera a que todo lo pedido esté escrito (o, con ``descartar``, a que los hilos
        dejen lo que queda sin escribir) y los cierra."""
        if descartar:
            self._parar = True
        for cola in self._colas:
            cola.put(None)
        for hilo in self._hilos:
            hilo.join()


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


def _orden_de_marca(carpeta: Path) -> str | None:
    """La orden que escribió la carpeta de cobro (``cobro exportar --formato json``...), o
    None si la marca no la dice (marcas anteriores a esta clave)."""
    try:
        orden = json.loads((carpeta / MARCA).read_text(encoding="utf-8")).get("orden")
    except (OSError, ValueError, AttributeError, RecursionError):
        return None
    return orden if isinstance(orden, str) else None


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
                 protegidas: tuple[Path | str, ...] | list[Path | str] = (),
                 hilos: int | None = 0, arbol: Path | str | None = None,
                 orden: str | None = None) -> None:
        # ``orden``: quién escribe (``cobro generar``, ``cobro exportar --formato json``...).
        # Queda en la marca; otra orden no reemplaza esa salida sin --forzar.
        self.orden = orden
        if str(ruta).strip() == "":
            raise ErrorCobro("--salida: la ruta está vacía; indica una carpeta (p. ej. salida/)")
        self.ruta = Path(ruta)
        enlace = enlace_roto(self.ruta)
        if enlace:  # no se escribe a través de un enlace roto (ni se resuelve uno en bucle)
            raise ErrorCobro(f"--salida: '{self.ruta}': {enlace}")
        self.forzar = forzar
        self.escritos: set[str] = set()
        self._confirmada = False
        try:
            self._raiz_final = self.ruta.resolve()
            if arbol is not None:
                self._fuera_del_arbol(Path(arbol))
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
        self._carpetas_resueltas: dict[Path, tuple[Path, str]] = {}
        self._carpetas_creadas: set[Path] = set()
        # Con ``hilos`` (None: los de COBRO_HILOS_ESCRITURA, 2 si no se fija), ``escribir``
        # encola y unos hilos crean los archivos; solo para órdenes que no leen la
        # temporal antes de confirmar (generar: sitio se la pasa a mkdocs).
        self._hilos = _hilos_por_defecto() if hilos is None else hilos
        self._escritoras: _Escritoras | None = None

    # -- comprobaciones ----------------------------------------------------------------

    def _comprobar(self, protegidas) -> None:
        final = self._raiz_final
        if final.exists() and not final.is_dir():
            raise ErrorCobro(f"--salida: '{self.ruta}' existe y no es una carpeta; elige otra ruta")
        for protegida in protegidas:
            try:
                p = Path(protegida).resolve()
            except (RuntimeError, OSError):  # un enlace en bucle no contiene la salida
                continue
            if final == p or final in p.parents:
                raise ErrorCobro(
                    f"--salida: '{self.ruta}' contiene '{protegida}', que esta orden lee (las "
                    "especificaciones, el proyecto o el archivo de entrada); cobro no escribe "
                    "ahí: elige una carpeta aparte, p. ej. salida/"
                )
        self._propia = _leer_marca(final) if final.is_dir() else None
        self._contenido = _archivos(final) if final.is_dir() else []
        ajenos = [a for a in self._contenido if a != MARCA]
        previa = _orden_de_marca(final) if self._propia is not None and self.orden else None
        if previa and previa != self.orden and ajenos and not self.forzar:
            raise ErrorCobro(
                f"--salida: la carpeta '{self.ruta}' tiene la salida de '{previa}', y "
                f"'{self.orden}' la reemplazaría (se perderían sus archivos); elige otra "
                "carpeta o usa --forzar para reemplazarla"
            )
        if self._propia is None and ajenos and not self.forzar:
            raise ErrorCobro(
                f"--salida: la carpeta '{self.ruta}' no está vacía y no la creó cobro; "
                "elige una carpeta vacía o nueva, o usa --forzar para escribir en ella "
                "(solo se sobrescriben los archivos que cobro genera)"
            )
        existente = _existente(final)
        if existente != final and not existente.is_dir():
            raise ErrorCobro(f"--salida: '{existente}' es un archivo, no una carpeta: no puede "
                             f"contener '{self.ruta}'; elige otra ruta")
        if final.is_dir() and not os.access(final, os.W_OK | os.X_OK):
            raise ErrorCobro(f"--salida: la carpeta '{self.ruta}' es de solo lectura; elige otra "
                             "o cambia sus permisos (chmod u+w)")
        if not os.access(existente.parent if existente == final else existente, os.W_OK | os.X_OK):
            raise ErrorCobro(f"--salida: no hay permiso para escribir en '{existente}'; elige "
                             "otra carpeta o cambia sus permisos")
        necesario = max(ESPACIO_MINIMO, _tamano(final) if final.is_dir() else 0)
        try:
            uso = shutil.disk_usage(existente)
        except OSError:
            return
        libre = uso.free
        if uso.total == 0:  # /proc, /sys...: sin bloques, no guarda archivos
            raise ErrorCobro(
                f"--salida: '{existente}' es un sistema de archivos virtual del sistema operativo "
                "(como /proc o /sys), donde no se pueden guardar archivos; elige una carpeta en "
                "el disco, p. ej. salida/. No se ha tocado nada."
            )
        if libre < necesario:
            raise ErrorCobro(
                f"--salida: no hay espacio suficiente en '{existente}' (libres "
                f"{_mb(libre)} MB; hacen falta unos {_mb(necesario)} MB); "
                "libera espacio o elige otra carpeta. No se ha tocado nada."
            )

    def _fuera_del_arbol(self, arbol: Path) -> None:
        """La salida no puede ir dentro de ``mensajes/``, ``sectores/`` ni ``reglas/`` del
        árbol de especificaciones que lee la orden: lo escrito ahí se leería como
        especificación (o regla) en la siguiente ejecución y se mezclaría con los archivos
        del usuario. Junto a ellas (``<árbol>/salida/``) sí puede."""
        from generador.arbol import CARPETAS

        final = self._raiz_final
        for nombre in CARPETAS:
            try:
                leida = (arbol / nombre).resolve()
            except (RuntimeError, OSError):
                continue
            if final == leida or leida in final.parents:
                try:  # como la escribiría el usuario desde donde está
                    visible = leida.relative_to(Path.cwd().resolve())
                except ValueError:
                    visible = leida
                donde = "es" if final == leida else f"está dentro de '{visible}',"
                raise ErrorCobro(
                    f"--salida: '{self.ruta}' {donde} la carpeta "
                    f"{nombre}/ del árbol de especificaciones que lee esta orden; lo que cobro "
                    "escribiera ahí se leería como especificación en la próxima ejecución y se "
                    "mezclaría con tus archivos. Elige una carpeta fuera de mensajes/, sectores/ "
                    "y reglas/, p. ej. salida/. No se ha tocado nada."
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
        return self._carpeta_de(relativa)[0] / nombre

    def _carpeta_de(self, relativa: Path) -> tuple[Path, str]:
        """La carpeta física de ``relativa`` y su ruta relativa a la temporal (con «/» al
        final, o vacía en la raíz), resueltas una vez por carpeta."""
        resuelta = self._carpetas_resueltas.get(relativa.parent)
        if resuelta is None:
            try:
                carpeta = (self._raiz_trabajo / relativa.parent).resolve()
            except OSError as exc:
                raise self._error_so(exc, "escribir") from None
            if carpeta != self._raiz_trabajo and self._raiz_trabajo not in carpeta.parents:
                raise ErrorCobro(f"ruta de salida no permitida: '{relativa}' queda fuera de --salida")
            prefijo = carpeta.relative_to(self._raiz_trabajo).as_posix()
            resuelta = (carpeta, "" if prefijo == "." else prefijo + "/")
            self._carpetas_resueltas[relativa.parent] = resuelta
        return resuelta

    def escribir(self, relativa: str | Path, contenido: str | bytes) -> Path:
        """Escribe un archivo en la temporal; devuelve su ruta final."""
        relativa = Path(relativa)
        fisica = self._trabajo_de(relativa)
        carpeta, prefijo = self._carpetas_resueltas[relativa.parent]
        datos = contenido.encode("utf-8") if isinstance(contenido, str) else contenido
        escritoras = self._escritoras
        if escritoras is not None and escritoras.fallo is not None:
            self._fallo_de_escritura(escritoras.fallo)
        try:
            if carpeta not in self._carpetas_creadas:
                carpeta.mkdir(parents=True, exist_ok=True)
                self._carpetas_creadas.add(carpeta)
            if self._hilos:
                if escritoras is None:
                    escritoras = self._escritoras = _Escritoras(self._hilos)
                escritoras.poner(carpeta, fisica, datos)
            else:
                _escribir_archivo(fisica, datos)
        except OSError as exc:
            self.abortar()
            raise self._error_so(exc, "escribir") from None
        self.escritos.add(prefijo + fisica.name)
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

    def _esperar_escrituras(self) -> None:
        """Que todo lo encolado esté en la temporal; si algo falló, se aborta y se informa."""
        escritoras, self._escritoras = self._escritoras, None
        if escritoras is not None:
            escritoras.terminar()
            if escritoras.fallo is not None:
                self._fallo_de_escritura(escritoras.fallo)

    def _fallo_de_escritura(self, fallo: OSError) -> None:
        self.abortar()
        raise self._error_so(fallo, "escribir") from None

    def abortar(self) -> None:
        """Descarta lo construido; la salida anterior no se toca."""
        escritoras, self._escritoras = getattr(self, "_escritoras", None), None
        if escritoras is not None:  # que ningún hilo cree archivos mientras se borra
            escritoras.terminar(descartar=True)
        shutil.rmtree(self.trabajo, ignore_errors=True)

    def confirmar(self) -> Path:
        """Pone lo construido en ``ruta`` y devuelve ``ruta``."""
        if self._confirmada:
            return self.ruta
        self._esperar_escrituras()
        trabajo, final = self.trabajo, self._raiz_final
        try:
            (trabajo / _DUENO).unlink()
            nuevos = [a for a in _archivos(trabajo) if a != MARCA]
            marca = {"cobro": "Carpeta generada por cobro. Se puede regenerar sin --forzar.",
                     **({"orden": self.orden} if self.orden else {}), "archivos": nuevos}
            (trabajo / MARCA).write_text(json.dumps(marca, ensure_ascii=False, indent=1) + "\n",
                                         encoding="utf-8")
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
        quitados = anteriores - set(nuevos)
        for rel in quitados:
            with contextlib.suppress(OSError):
                (final / rel).unlink()
        # Las carpetas que así quedan vacías (p. ej. la de un sector que ya no se genera)
        # también sobran; ``rmdir`` solo quita una carpeta vacía: lo ajeno sigue intacto.
        carpetas = {padre for rel in quitados for padre in Path(rel).parents if padre != Path(".")}
        for carpeta in sorted(carpetas, key=lambda c: len(c.parts), reverse=True):
            with contextlib.suppress(OSError):
                (final / carpeta).rmdir()
        shutil.rmtree(trabajo, ignore_errors=True)

    def __enter__(self) -> Salida:
        return self

    def __exit__(self, tipo, valor, traza) -> None:
        if tipo is None:
            self.confirmar()
        else:
            self.abortar()
