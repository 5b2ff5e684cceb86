<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>Tr</name>
    <message>
        <source>step %1 asks &quot;%2&quot;: answer with --answer %1=TEXT or --yes</source>
        <translation>el paso %1 pregunta «%2»: responda con --answer %1=TEXT o --yes</translation>
    </message>
    <message>
        <source>no database connection for this run</source>
        <translation>no hay conexión a la base de datos para esta ejecución</translation>
    </message>
    <message>
        <source>the profile has no replica to run this check on</source>
        <translation>el perfil no tiene ninguna réplica en la que ejecutar esta comprobación</translation>
    </message>
    <message>
        <source>%1 may not purge caches: the role lacks the %2 right. Nothing was purged.</source>
        <translation>%1 no puede purgar cachés: al rol le falta el permiso %2. No se purgó nada.</translation>
    </message>
    <message>
        <source>the profile names no Varnish instance</source>
        <translation>el perfil no indica ninguna instancia de Varnish</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Operations console for online stores: catalog, stock, orders, caches, runbooks.</source>
        <translation>Consola de operaciones para tiendas online: catálogo, inventario, pedidos, cachés, runbooks.</translation>
    </message>
    <message>
        <source>Open the connection profile in FILE (profile.json).</source>
        <translation>Abrir el perfil de conexión de FILE (profile.json).</translation>
    </message>
    <message>
        <source>Headless check: wait until the window shows live data, save a screenshot to SHOT.png, exit 0 (1 after 60 s).</source>
        <translation>Comprobación sin pantalla: esperar hasta que la ventana muestre datos en vivo, guardar una captura en SHOT.png, salir con 0 (1 tras 60 s).</translation>
    </message>
    <message>
        <source>With --check: then show each workspace for a few seconds and save SHOT-&lt;workspace&gt;.png.</source>
        <translation>Con --check: después mostrar cada área de trabajo unos segundos y guardar SHOT-&lt;área&gt;.png.</translation>
    </message>
    <message>
        <source>On exit, print the largest GUI-thread stall as JSON.</source>
        <translation>Al salir, mostrar el mayor bloqueo del hilo de la GUI en JSON.</translation>
    </message>
    <message>
        <source>Startup benchmark: print the time to the first paint and to connected as JSON, then exit.</source>
        <translation>Benchmark de arranque: mostrar en JSON el tiempo hasta el primer dibujado y hasta la conexión, y salir.</translation>
    </message>
</context>
<context>
    <name>qm::Async</name>
    <message>
        <source>The operation was cancelled.</source>
        <translation>La operación se ha cancelado.</translation>
    </message>
</context>
<context>
    <name>qm::AuditLogModel</name>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Actor</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Destino</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Solicitud</translation>
    </message>
</context>
<context>
    <name>qm::AuditPage</name>
    <message>
        <source>database role, e.g. oncall</source>
        <translation>rol de la base de datos, p. ej. oncall</translation>
    </message>
    <message>
        <source>starts with, e.g. catalog.</source>
        <translation>empieza por, p. ej. catalog.</translation>
    </message>
    <message>
        <source>contains</source>
        <translation>contiene</translation>
    </message>
    <message>
        <source>any time</source>
        <translation>cualquier momento</translation>
    </message>
    <message>
        <source>now</source>
        <translation>ahora</translation>
    </message>
    <message>
        <source>&amp;Actor:</source>
        <translation>Ac&amp;tor:</translation>
    </message>
    <message>
        <source>Act&amp;ion:</source>
        <translation>Acc&amp;ión:</translation>
    </message>
    <message>
        <source>Tar&amp;get:</source>
        <translation>D&amp;estino:</translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation>&amp;Hasta:</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Actor</translation>
    </message>
    <message>
        <source>Action starts with</source>
        <translation>La acción empieza por</translation>
    </message>
    <message>
        <source>Target contains</source>
        <translation>El destino contiene</translation>
    </message>
    <message>
        <source>From time</source>
        <translation>Desde la hora</translation>
    </message>
    <message>
        <source>Until time</source>
        <translation>Hasta la hora</translation>
    </message>
    <message>
        <source>Entries at or after this time (the lowest value: any time).</source>
        <translation>Entradas en esta hora o posteriores (el valor mínimo: cualquier momento).</translation>
    </message>
    <message>
        <source>Entries before this time (the lowest value: up to now).</source>
        <translation>Entradas anteriores a esta hora (el valor mínimo: hasta ahora).</translation>
    </message>
    <message>
        <source>No profile open</source>
        <translation>Ningún perfil abierto</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Actualiza&amp;r</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Exportar &amp;CSV…</translation>
    </message>
    <message>
        <source>Export &amp;JSON…</source>
        <translation>Exportar &amp;JSON…</translation>
    </message>
    <message>
        <source>Verif&amp;y chain</source>
        <translation>Verificar cade&amp;na</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>Cance&amp;lar</translation>
    </message>
    <message>
        <source>Progress of the export or the verification</source>
        <translation>Progreso de la exportación o de la verificación</translation>
    </message>
    <message>
        <source>Write every entry the filter finds, with the chain fields, to a CSV file.</source>
        <translation>Escribir cada entrada que encuentre el filtro, con los campos de la cadena, en un archivo CSV.</translation>
    </message>
    <message>
        <source>Write every entry the filter finds, with the chain fields, to a JSON file.</source>
        <translation>Escribir cada entrada que encuentre el filtro, con los campos de la cadena, en un archivo JSON.</translation>
    </message>
    <message>
        <source>Recompute the whole hash chain on the server, in ranges, and report the first entry that does not match.</source>
        <translation>Recalcular toda la cadena de hashes en el servidor, por tramos, e informar de la primera entrada que no coincida.</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <source>Select an entry to see its plan and outcome.</source>
        <translation>Seleccione una entrada para ver su plan y su resultado.</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>&amp;Plan</translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation>Res&amp;ultado</translation>
    </message>
    <message numerus="yes">
        <source>%n entries shown, newest first; scroll for older ones.</source>
        <translation>
            <numerusform>%n entrada mostrada, la más reciente primero; desplácese para ver las anteriores.</numerusform>
            <numerusform>%n entradas mostradas, las más recientes primero; desplácese para ver las anteriores.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries.</source>
        <translation>
            <numerusform>%n entrada.</numerusform>
            <numerusform>%n entradas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the audit log…</source>
        <translation>Leyendo el registro de auditoría…</translation>
    </message>
    <message>
        <source>The role %1 may not read the audit log on this store. An administrator can grant it (the console&apos;s roles qm_merchandiser, qm_store_manager and qm_oncall may read it).</source>
        <translation>El rol %1 no puede leer el registro de auditoría en esta tienda. Un administrador puede concedérselo (los roles de la consola qm_merchandiser, qm_store_manager y qm_oncall pueden leerlo).</translation>
    </message>
    <message>
        <source>The audit log is not readable with this role.</source>
        <translation>El registro de auditoría no se puede leer con este rol.</translation>
    </message>
    <message>
        <source>Cannot read the audit log: %1</source>
        <translation>No se puede leer el registro de auditoría: %1</translation>
    </message>
    <message>
        <source>Entry %1 at %2 by %3: %4 on %5
Request: %6
Hash: %7
Previous hash: %8</source>
        <translation>Entrada %1 a las %2 por %3: %4 en %5
Solicitud: %6
Hash: %7
Hash anterior: %8</translation>
    </message>
    <message>
        <source>(no target)</source>
        <translation>(sin destino)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguna)</translation>
    </message>
    <message>
        <source>(first entry)</source>
        <translation>(primera entrada)</translation>
    </message>
    <message>
        <source>Export the audit log to CSV</source>
        <translation>Exportar el registro de auditoría a CSV</translation>
    </message>
    <message>
        <source>Export the audit log to JSON</source>
        <translation>Exportar el registro de auditoría a JSON</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Archivos JSON (*.json)</translation>
    </message>
    <message>
        <source>Exporting: %1 of %2 entries…</source>
        <translation>Exportando: %1 de %2 entradas…</translation>
    </message>
    <message>
        <source>Exporting: %1 entries…</source>
        <translation>Exportando: %1 entradas…</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Exportando a %1…</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n entries to %1.</source>
        <translation>
            <numerusform>Se exportó %n entrada a %1.</numerusform>
            <numerusform>Se exportaron %n entradas a %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Exportación cancelada; no se escribió ningún archivo.</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>La exportación falló: %1</translation>
    </message>
    <message>
        <source>Verifying the chain: %1 entries checked…</source>
        <translation>Verificando la cadena: %1 entradas comprobadas…</translation>
    </message>
    <message>
        <source>Verifying the chain…</source>
        <translation>Verificando la cadena…</translation>
    </message>
    <message numerus="yes">
        <source>Chain OK: %n entries checked.</source>
        <translation>
            <numerusform>Cadena correcta: %n entrada comprobada.</numerusform>
            <numerusform>Cadena correcta: %n entradas comprobadas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Verification cancelled after %n entries.</source>
        <translation>
            <numerusform>Verificación cancelada tras %n entrada.</numerusform>
            <numerusform>Verificación cancelada tras %n entradas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Chain BROKEN: entry %1 does not match its hash or its predecessor (%2 entries checked). Someone changed or removed audit entries outside the console.</source>
        <translation>Cadena ROTA: la entrada %1 no coincide con su hash o con su predecesora (%2 entradas comprobadas). Alguien cambió o eliminó entradas de auditoría fuera de la consola.</translation>
    </message>
    <message>
        <source>The role %1 may not verify the audit chain on this store.</source>
        <translation>El rol %1 no puede verificar la cadena de auditoría en esta tienda.</translation>
    </message>
    <message>
        <source>Could not verify the chain: %1</source>
        <translation>No se pudo verificar la cadena: %1</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>error desconocido</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Auditoría</translation>
    </message>
</context>
<context>
    <name>qm::AuditSpoolNotice</name>
    <message>
        <source>Re&amp;play</source>
        <translation>&amp;Reenviar</translation>
    </message>
    <message>
        <source>Write the waiting entries into the audit log, each once. The log records you as the one who wrote them and keeps who spooled them.</source>
        <translation>Escribir las entradas en espera en el registro de auditoría, cada una una vez. El registro le anota a usted como quien las escribió y conserva quién las dejó en cola.</translation>
    </message>
    <message numerus="yes">
        <source>%n audit entries written while the database was down are waiting.</source>
        <translation>
            <numerusform>%n entrada de auditoría escrita mientras la base de datos no estaba disponible está en espera.</numerusform>
            <numerusform>%n entradas de auditoría escritas mientras la base de datos no estaba disponible están en espera.</numerusform>
        </translation>
    </message>
    <message>
        <source>Replaying them needs the on-call or admin role (qmctl audit spool replay).</source>
        <translation>Para reenviarlas se necesita el rol de guardia o de administrador (qmctl audit spool replay).</translation>
    </message>
    <message numerus="yes">
        <source>Writing %n waiting audit entries…</source>
        <translation>
            <numerusform>Escribiendo %n entrada de auditoría en espera…</numerusform>
            <numerusform>Escribiendo %n entradas de auditoría en espera…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n spooled audit entries written to the audit log</source>
        <translation>
            <numerusform>%n entrada de auditoría en cola escrita en el registro de auditoría</numerusform>
            <numerusform>%n entradas de auditoría en cola escritas en el registro de auditoría</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n were there already</source>
        <translation>
            <numerusform>%n ya estaba</numerusform>
            <numerusform>%n ya estaban</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The audit log refused the replay: %1. %n entries are still waiting.</source>
        <translation>
            <numerusform>El registro de auditoría rechazó el reenvío: %1. %n entrada sigue en espera.</numerusform>
            <numerusform>El registro de auditoría rechazó el reenvío: %1. %n entradas siguen en espera.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Replay stopped: %1. %n entries are still waiting.</source>
        <translation>
            <numerusform>Reenvío detenido: %1. %n entrada sigue en espera.</numerusform>
            <numerusform>Reenvío detenido: %1. %n entradas siguen en espera.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qm::Backend</name>
    <message>
        <source>Vendure</source>
        <translation>Vendure</translation>
    </message>
    <message>
        <source>Reference store</source>
        <translation>Tienda de referencia</translation>
    </message>
    <message>
        <source>Vendure has no price history: it keeps only the current price.</source>
        <translation>Vendure no guarda historial de precios: solo conserva el precio actual.</translation>
    </message>
    <message>
        <source>Vendure holds no cart reservations: it allocates stock when an order is placed.</source>
        <translation>Vendure no guarda reservas de carrito: asigna el stock cuando se hace un pedido.</translation>
    </message>
    <message>
        <source>Vendure keeps its own stock movements: the console does not write them behind Vendure&apos;s back.</source>
        <translation>Vendure lleva sus propios movimientos de stock: la consola no los escribe a espaldas de Vendure.</translation>
    </message>
    <message>
        <source>Catalog changes on Vendure go through its Admin API, which this console build does not call yet.</source>
        <translation>Los cambios de catálogo en Vendure pasan por su Admin API, que esta versión de la consola aún no usa.</translation>
    </message>
    <message>
        <source>Stock counts on Vendure go through its Admin API, which this console build does not call yet: adjust by the difference instead.</source>
        <translation>Los recuentos de stock en Vendure pasan por su Admin API, que esta versión de la consola aún no usa para ello: ajuste la diferencia en su lugar.</translation>
    </message>
    <message>
        <source>%1 cannot do this.</source>
        <translation>%1 no puede hacer esto.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>No se cambió nada.</translation>
    </message>
    <message>
        <source>On Vendure the console edits a variant&apos;s price and name only: change this in Vendure&apos;s own admin.</source>
        <translation>En Vendure la consola solo edita el precio y el nombre de una variante: cámbielo en la propia administración de Vendure.</translation>
    </message>
</context>
<context>
    <name>qm::BulkEditDialog</name>
    <message>
        <source>Bulk edit</source>
        <translation>Edición masiva</translation>
    </message>
    <message numerus="yes">
        <source>The %n selected product(s)</source>
        <translation>
            <numerusform>El %n producto seleccionado</numerusform>
            <numerusform>Los %n productos seleccionados</numerusform>
        </translation>
    </message>
    <message>
        <source>Every product the filter matches (%1%2)</source>
        <translation>Todos los productos que coinciden con el filtro (%1%2)</translation>
    </message>
    <message>
        <source>Change price by percent</source>
        <translation>Cambiar el precio en un porcentaje</translation>
    </message>
    <message>
        <source>Change price by amount</source>
        <translation>Cambiar el precio en un importe</translation>
    </message>
    <message>
        <source>Set status</source>
        <translation>Establecer estado</translation>
    </message>
    <message>
        <source>Set category</source>
        <translation>Establecer categoría</translation>
    </message>
    <message>
        <source>Add tag</source>
        <translation>Añadir etiqueta</translation>
    </message>
    <message>
        <source>Remove tag</source>
        <translation>Quitar etiqueta</translation>
    </message>
    <message>
        <source>Set currency</source>
        <translation>Establecer moneda</translation>
    </message>
    <message>
        <source>Merge attributes (JSON)</source>
        <translation>Combinar atributos (JSON)</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Productos</translation>
    </message>
    <message>
        <source>&amp;Change</source>
        <translation>&amp;Cambio</translation>
    </message>
    <message>
        <source>&amp;Value</source>
        <translation>&amp;Valor</translation>
    </message>
    <message>
        <source>&amp;Preview...</source>
        <translation>Vista &amp;previa...</translation>
    </message>
    <message>
        <source>&amp;Rounding</source>
        <translation>&amp;Redondeo</translation>
    </message>
    <message>
        <source>To the cent</source>
        <translation>Al céntimo</translation>
    </message>
    <message>
        <source>Nearest .99</source>
        <translation>Al ,99 más cercano</translation>
    </message>
    <message>
        <source>Nearest .95</source>
        <translation>Al ,95 más cercano</translation>
    </message>
    <message>
        <source>e.g. 5 or -10 (percent)</source>
        <translation>p. ej. 5 o -10 (porcentaje)</translation>
    </message>
    <message>
        <source>e.g. 2.50 or -1</source>
        <translation>p. ej. 2.50 o -1</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Estado</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivado</translation>
    </message>
    <message>
        <source>Ca&amp;tegory</source>
        <translation>Ca&amp;tegoría</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguna)</translation>
    </message>
    <message>
        <source>tag</source>
        <translation>etiqueta</translation>
    </message>
    <message>
        <source>EUR</source>
        <translation>EUR</translation>
    </message>
    <message>
        <source>{&quot;material&quot;: &quot;oak&quot;}</source>
        <translation>{&quot;material&quot;: &quot;oak&quot;}</translation>
    </message>
    <message>
        <source>Enter a number such as 5, -10 or 2.50.</source>
        <translation>Introduzca un número como 5, -10 o 2.50.</translation>
    </message>
    <message>
        <source>A price cannot go down by more than 100 %.</source>
        <translation>Un precio no puede bajar más de un 100 %.</translation>
    </message>
    <message>
        <source>Enter a tag.</source>
        <translation>Introduzca una etiqueta.</translation>
    </message>
    <message>
        <source>A currency is a 3-letter ISO code, e.g. EUR.</source>
        <translation>Una moneda es un código ISO de 3 letras, p. ej. EUR.</translation>
    </message>
    <message>
        <source>Attributes must be a JSON object, e.g. {&quot;material&quot;: &quot;oak&quot;}.</source>
        <translation>Los atributos deben ser un objeto JSON, p. ej. {&quot;material&quot;: &quot;oak&quot;}.</translation>
    </message>
</context>
<context>
    <name>qm::CacheKeyListModel</name>
    <message>
        <source>no expiry</source>
        <translation>sin caducidad</translation>
    </message>
    <message>
        <source>gone</source>
        <translation>eliminada</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>TTL</source>
        <translation>TTL</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Memoria</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Nodo</translation>
    </message>
</context>
<context>
    <name>qm::CacheKeyTreeModel</name>
    <message>
        <source>%1 more namespaces below this one are counted but not listed.</source>
        <translation>Otros %1 espacios de nombres por debajo de este se cuentan pero no se listan.</translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation>Espacio de nombres</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Claves</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Proporción</translation>
    </message>
</context>
<context>
    <name>qm::CachePage</name>
    <message>
        <source>No profile open</source>
        <translation>Ningún perfil abierto</translation>
    </message>
    <message>
        <source>Browse keys matching (glob), default *</source>
        <translation>Explorar claves que coincidan con (glob), por defecto *</translation>
    </message>
    <message>
        <source>Scan keys</source>
        <translation>Escanear claves</translation>
    </message>
    <message>
        <source>Purge…</source>
        <translation>Purgar…</translation>
    </message>
    <message>
        <source>Select a key to see the start of its value.</source>
        <translation>Seleccione una clave para ver el comienzo de su valor.</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Claves</translation>
    </message>
    <message>
        <source>Stats</source>
        <translation>Estadísticas</translation>
    </message>
    <message>
        <source>No Varnish in this profile.</source>
        <translation>Este perfil no tiene Varnish.</translation>
    </message>
    <message>
        <source>Ban list (newest first):</source>
        <translation>Lista de bans (la más reciente primero):</translation>
    </message>
    <message>
        <source>Varnish</source>
        <translation>Varnish</translation>
    </message>
    <message>
        <source>Purge Redis keys or Varnish pages, after a plan you confirm.</source>
        <translation>Purgar claves de Redis o páginas de Varnish, tras un plan que usted confirma.</translation>
    </message>
    <message>
        <source>Purging is off until the console knows what your role may do.</source>
        <translation>La purga está desactivada hasta que la consola sepa qué puede hacer su rol.</translation>
    </message>
    <message>
        <source>Your role may not purge caches (it lacks the %1 right): ask an on-call engineer.</source>
        <translation>Su rol no puede purgar cachés (le falta el permiso %1): pídalo a un ingeniero de guardia.</translation>
    </message>
    <message>
        <source>Redis: %1</source>
        <translation>Redis: %1</translation>
    </message>
    <message>
        <source>Redis: %1 → %2</source>
        <translation>Redis: %1 → %2</translation>
    </message>
    <message>
        <source>Redis: %1 — %2</source>
        <translation>Redis: %1 — %2</translation>
    </message>
    <message>
        <source>Not scanned yet: press Scan keys (or Enter in the filter) to count the keys by namespace with an incremental, paced SCAN.</source>
        <translation>Aún no escaneado: pulse «Escanear claves» (o Intro en el filtro) para contar las claves por espacio de nombres con un SCAN incremental y pausado.</translation>
    </message>
    <message>
        <source>Scanning… %1 keys</source>
        <translation>Escaneando… %1 claves</translation>
    </message>
    <message>
        <source>%1 keys (SCAN may count a key twice while Redis resizes its table)</source>
        <translation>%1 claves (SCAN puede contar una clave dos veces mientras Redis redimensiona su tabla)</translation>
    </message>
    <message>
        <source>Scan stopped: %1</source>
        <translation>Escaneo detenido: %1</translation>
    </message>
    <message>
        <source>Stop scan</source>
        <translation>Detener escaneo</translation>
    </message>
    <message>
        <source>Scanning…</source>
        <translation>Escaneando…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source> · showing the start</source>
        <translation> · se muestra el comienzo</translation>
    </message>
    <message>
        <source>%1: unreachable (%2)</source>
        <translation>%1: inaccesible (%2)</translation>
    </message>
    <message>
        <source>%1: %2 objects, ban list length %3, hits %4, misses %5</source>
        <translation>%1: %2 objetos, longitud de la lista de bans %3, aciertos %4, fallos %5</translation>
    </message>
    <message>
        <source>Cache</source>
        <translation>Caché</translation>
    </message>
    <message>
        <source>Key pattern</source>
        <translation>Patrón de claves</translation>
    </message>
    <message>
        <source>Key tree</source>
        <translation>Árbol de claves</translation>
    </message>
    <message>
        <source>Value preview</source>
        <translation>Vista previa del valor</translation>
    </message>
    <message>
        <source>Server statistics</source>
        <translation>Estadísticas del servidor</translation>
    </message>
    <message>
        <source>Varnish bans</source>
        <translation>Bans de Varnish</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n element(s)%2

</source>
        <translation>
            <numerusform>%1 · %n elemento%2

</numerusform>
            <numerusform>%1 · %n elementos%2

</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qm::CacheStatsCharts</name>
    <message>
        <source>Hit ratio</source>
        <translation>Tasa de aciertos</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Memoria</translation>
    </message>
    <message>
        <source>Operations</source>
        <translation>Operaciones</translation>
    </message>
    <message>
        <source>ops/s</source>
        <translation>ops/s</translation>
    </message>
</context>
<context>
    <name>qm::CacheStatsModel</name>
    <message>
        <source>down</source>
        <translation>caído</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>%1/s (total %2)</source>
        <translation>%1/s (total %2)</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Nodo</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Memoria</translation>
    </message>
    <message>
        <source>Hit ratio</source>
        <translation>Tasa de aciertos</translation>
    </message>
    <message>
        <source>Ops/s</source>
        <translation>Ops/s</translation>
    </message>
    <message>
        <source>Evictions</source>
        <translation>Desalojos</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Claves</translation>
    </message>
</context>
<context>
    <name>qm::CapacityPage</name>
    <message>
        <source>Orders per minute</source>
        <translation>Pedidos por minuto</translation>
    </message>
    <message>
        <source>Orders/min</source>
        <translation>Pedidos/min</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Esperados</translation>
    </message>
    <message>
        <source>Checkout mean</source>
        <translation>Checkout medio</translation>
    </message>
    <message>
        <source>Payment failure rate</source>
        <translation>Tasa de pagos fallidos</translation>
    </message>
    <message>
        <source>Failed payments</source>
        <translation>Pagos fallidos</translation>
    </message>
    <message>
        <source>Order queue backlog</source>
        <translation>Atasco de la cola de pedidos</translation>
    </message>
    <message>
        <source>Messages waiting</source>
        <translation>Mensajes en espera</translation>
    </message>
    <message>
        <source>DB connections</source>
        <translation>Conexiones a la BD</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Conexiones</translation>
    </message>
    <message>
        <source>Transactions per second</source>
        <translation>Transacciones por segundo</translation>
    </message>
    <message>
        <source>TPS</source>
        <translation>TPS</translation>
    </message>
    <message>
        <source>Replication lag</source>
        <translation>Retraso de replicación</translation>
    </message>
    <message>
        <source>Lag</source>
        <translation>Retraso</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>CPU busy</source>
        <translation>CPU ocupada</translation>
    </message>
    <message>
        <source>Redis memory</source>
        <translation>Memoria de Redis</translation>
    </message>
    <message>
        <source>Used memory</source>
        <translation>Memoria usada</translation>
    </message>
    <message>
        <source>Redis hit ratio</source>
        <translation>Tasa de aciertos de Redis</translation>
    </message>
    <message>
        <source>Hit ratio</source>
        <translation>Tasa de aciertos</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Negocio</translation>
    </message>
    <message>
        <source>Infrastructure</source>
        <translation>Infraestructura</translation>
    </message>
    <message>
        <source>DB connections, TPS, replication lag, CPU, Redis memory and hit ratio</source>
        <translation>Conexiones a la BD, TPS, retraso de replicación, CPU, memoria y tasa de aciertos de Redis</translation>
    </message>
    <message>
        <source>15 min</source>
        <translation>15 min</translation>
    </message>
    <message>
        <source>1 h</source>
        <translation>1 h</translation>
    </message>
    <message>
        <source>6 h</source>
        <translation>6 h</translation>
    </message>
    <message>
        <source>24 h</source>
        <translation>24 h</translation>
    </message>
    <message>
        <source>7 d</source>
        <translation>7 d</translation>
    </message>
    <message>
        <source>30 d</source>
        <translation>30 d</translation>
    </message>
    <message>
        <source>Show the last %1</source>
        <translation>Mostrar los últimos %1</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>En vivo</translation>
    </message>
    <message>
        <source>Follow the latest data (Home in a chart comes back here)</source>
        <translation>Seguir los datos más recientes (Inicio en un gráfico vuelve aquí)</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Previsión</translation>
    </message>
    <message>
        <source>Draw a forecast band and the time until each limit is reached</source>
        <translation>Dibujar una banda de previsión y el tiempo hasta alcanzar cada límite</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>Exportar PNG…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <source>Save the last chart you clicked as an image</source>
        <translation>Guardar como imagen el último gráfico en el que hizo clic</translation>
    </message>
    <message>
        <source>Save the visible data of the last chart you clicked as CSV</source>
        <translation>Guardar como CSV los datos visibles del último gráfico en el que hizo clic</translation>
    </message>
    <message>
        <source>Export chart as PNG</source>
        <translation>Exportar el gráfico como PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Imágenes PNG (*.png)</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>No se pudo escribir %1.</translation>
    </message>
    <message>
        <source>Export chart data as CSV</source>
        <translation>Exportar los datos del gráfico como CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 guardado.</translation>
    </message>
    <message>
        <source>No data source configured.
Add a Prometheus URL to the profile, or open a profile so the console can sample PostgreSQL and Redis directly.</source>
        <translation>No hay ninguna fuente de datos configurada.
Añada una URL de Prometheus al perfil o abra un perfil para que la consola pueda muestrear PostgreSQL y Redis directamente.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>Updated %1 · %2</source>
        <translation>Actualizado %1 · %2</translation>
    </message>
    <message>
        <source>Source down: %1</source>
        <translation>Fuente caída: %1</translation>
    </message>
    <message>
        <source>%1 is above %2: %3 (since %4)</source>
        <translation>%1 está por encima de %2: %3 (desde %4)</translation>
    </message>
    <message>
        <source>%1 is below %2: %3 (since %4)</source>
        <translation>%1 está por debajo de %2: %3 (desde %4)</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n limit(s) crossed:</source>
        <translation>
            <numerusform>⚠ %n límite superado:</numerusform>
            <numerusform>⚠ %n límites superados:</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: no limit to reach; forecast by %2.</source>
        <translation>%1: ningún límite a la vista; previsión por %2.</translation>
    </message>
    <message>
        <source>Audit log annotations: %1</source>
        <translation>Anotaciones del registro de auditoría: %1</translation>
    </message>
    <message>
        <source>Audit entry #%1</source>
        <translation>Entrada de auditoría n.º %1</translation>
    </message>
    <message>
        <source>Audit entry #%1
When: %2
Who: %3
Action: %4 (%5)
Target: %6

Plan:
%7
Outcome:
%8</source>
        <translation>Entrada de auditoría n.º %1
Cuándo: %2
Quién: %3
Acción: %4 (%5)
Destino: %6

Plan:
%7
Resultado:
%8</translation>
    </message>
    <message>
        <source>There is no chart to export.</source>
        <translation>No hay ningún gráfico que exportar.</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacidad</translation>
    </message>
    <message>
        <source>Checkout latency (p95 and mean)</source>
        <translation>Latencia del checkout (p95 y media)</translation>
    </message>
    <message>
        <source>Checkout p95</source>
        <translation>Checkout p95</translation>
    </message>
    <message>
        <source>Orders/min vs expected, checkout p95 and mean, payment failures, queue backlog</source>
        <translation>Pedidos/min frente a lo esperado, checkout p95 y media, pagos fallidos, atasco de la cola</translation>
    </message>
    <message>
        <source>Load test…</source>
        <translation>Prueba de carga…</translation>
    </message>
    <message>
        <source>Run the storefront simulator along a ramp of order rates and find the highest stable rate (sandbox and staging only)</source>
        <translation>Ejecutar el simulador de tienda a lo largo de una rampa de tasas de pedidos y hallar la tasa estable más alta (solo sandbox y staging)</translation>
    </message>
    <message>
        <source>%1 went above %2 at %3 (peak %4), back at %5</source>
        <translation>%1 superó %2 a las %3 (pico %4), volvió a las %5</translation>
    </message>
    <message>
        <source>%1 went below %2 at %3 (lowest %4), back at %5</source>
        <translation>%1 bajó de %2 a las %3 (mínimo %4), volvió a las %5</translation>
    </message>
    <message numerus="yes">
        <source>… and %n earlier crossing(s)</source>
        <translation>
            <numerusform>… y %n cruce anterior</numerusform>
            <numerusform>… y %n cruces anteriores</numerusform>
        </translation>
    </message>
    <message>
        <source>Open a sandbox or staging profile to run a load test.</source>
        <translation>Abra un perfil de sandbox o staging para ejecutar una prueba de carga.</translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation>Preparando…</translation>
    </message>
    <message>
        <source>no database connection</source>
        <translation>sin conexión a la base de datos</translation>
    </message>
    <message>
        <source>The load test is not in the audit log: %1</source>
        <translation>La prueba de carga no está en el registro de auditoría: %1</translation>
    </message>
</context>
<context>
    <name>qm::CatalogDelegate</name>
    <message>
        <source>(none)</source>
        <translation>(ninguna)</translation>
    </message>
</context>
<context>
    <name>qm::CatalogFilterBar</name>
    <message>
        <source>SKU starts with</source>
        <translation>SKU empieza por</translation>
    </message>
    <message>
        <source>SKU prefix</source>
        <translation>Prefijo de SKU</translation>
    </message>
    <message>
        <source>Name contains (Ctrl+F)</source>
        <translation>Nombre contiene (Ctrl+F)</translation>
    </message>
    <message>
        <source>Name search</source>
        <translation>Búsqueda por nombre</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivado</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Any category</source>
        <translation>Cualquier categoría</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Price from</source>
        <translation>Precio desde</translation>
    </message>
    <message>
        <source>Minimum price</source>
        <translation>Precio mínimo</translation>
    </message>
    <message>
        <source>to</source>
        <translation>hasta</translation>
    </message>
    <message>
        <source>Maximum price</source>
        <translation>Precio máximo</translation>
    </message>
    <message>
        <source>Any stock</source>
        <translation>Cualquier stock</translation>
    </message>
    <message>
        <source>In stock</source>
        <translation>En stock</translation>
    </message>
    <message>
        <source>Low stock</source>
        <translation>Stock bajo</translation>
    </message>
    <message>
        <source>Out of stock</source>
        <translation>Agotado</translation>
    </message>
    <message>
        <source>Stock state</source>
        <translation>Estado del stock</translation>
    </message>
</context>
<context>
    <name>qm::CatalogPage</name>
    <message>
        <source>&amp;Bulk edit...</source>
        <translation>&amp;Edición masiva...</translation>
    </message>
    <message>
        <source>&amp;Import CSV...</source>
        <translation>&amp;Importar CSV...</translation>
    </message>
    <message>
        <source>E&amp;xport CSV...</source>
        <translation>E&amp;xportar CSV...</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>Pending changes</source>
        <translation>Cambios pendientes</translation>
    </message>
    <message>
        <source>Change many products at once, with a preview first (Ctrl+B)</source>
        <translation>Cambiar muchos productos a la vez, con vista previa (Ctrl+B)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Pending changes discarded.</source>
        <translation>Cambios pendientes descartados.</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>Catálogo</translation>
    </message>
    <message numerus="yes">
        <source>Restored %n unapplied change(s) from the last session.</source>
        <translation>
            <numerusform>Se ha restaurado %n cambio no aplicado de la última sesión.</numerusform>
            <numerusform>Se han restaurado %n cambios no aplicados de la última sesión.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> %n had already been applied.</source>
        <translation>
            <numerusform> %n ya se había aplicado.</numerusform>
            <numerusform> %n ya se habían aplicado.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 products</source>
        <translation>%1 productos</translation>
    </message>
    <message>
        <source>about %1 products</source>
        <translation>unos %1 productos</translation>
    </message>
    <message numerus="yes">
        <source> | %n with pending changes</source>
        <translation>
            <numerusform> | %n con cambios pendientes</numerusform>
            <numerusform> | %n con cambios pendientes</numerusform>
        </translation>
    </message>
    <message>
        <source>Pending changes (%1)</source>
        <translation>Cambios pendientes (%1)</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Editar %1</translation>
    </message>
    <message numerus="yes">
        <source>Staged %n change(s) to %1: Apply (Ctrl+S) writes them.</source>
        <translation>
            <numerusform>%n cambio preparado en %1: Aplicar (Ctrl+S) lo guarda.</numerusform>
            <numerusform>%n cambios preparados en %1: Aplicar (Ctrl+S) los guarda.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Applying %n product(s)...</source>
        <translation>
            <numerusform>Aplicando %n producto...</numerusform>
            <numerusform>Aplicando %n productos...</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 Your changes are still pending; Apply again is safe (each change is applied at most once).</source>
        <translation>%1 Sus cambios siguen pendientes; volver a aplicar es seguro (cada cambio se aplica como máximo una vez).</translation>
    </message>
    <message numerus="yes">
        <source>Applied changes to %n product(s).</source>
        <translation>
            <numerusform>Cambios aplicados a %n producto.</numerusform>
            <numerusform>Cambios aplicados a %n productos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was applied: %n product(s) had changed. Your choices are pending; press Apply to write them.</source>
        <translation>
            <numerusform>No se ha aplicado nada: %n producto había cambiado. Sus elecciones están pendientes; pulse Aplicar para guardarlas.</numerusform>
            <numerusform>No se ha aplicado nada: %n productos habían cambiado. Sus elecciones están pendientes; pulse Aplicar para guardarlas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was applied: %n product(s) had changed meanwhile. Your changes are still pending.</source>
        <translation>
            <numerusform>No se ha aplicado nada: %n producto había cambiado entretanto. Sus cambios siguen pendientes.</numerusform>
            <numerusform>No se ha aplicado nada: %n productos habían cambiado entretanto. Sus cambios siguen pendientes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export products</source>
        <translation>Exportar productos</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exporting the filtered products to %1...</source>
        <translation>Exportando los productos filtrados a %1...</translation>
    </message>
    <message>
        <source>Exported %1 products to %2 in %3 s.</source>
        <translation>%1 productos exportados a %2 en %3 s.</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Productos</translation>
    </message>
    <message>
        <source>Exporting every Vendure variant to %1...</source>
        <translation>Exportando todas las variantes de Vendure a %1...</translation>
    </message>
    <message>
        <source>Exported %1 variants to %2 in %3 s.</source>
        <translation>Se exportaron %1 variantes a %2 en %3 s.</translation>
    </message>
    <message numerus="yes">
        <source>Counting took longer than %n ms, so this is PostgreSQL&apos;s estimate.</source>
        <translation>
            <numerusform>El recuento tardó más de %n ms, así que esta es la estimación de PostgreSQL.</numerusform>
            <numerusform>El recuento tardó más de %n ms, así que esta es la estimación de PostgreSQL.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qm::ConfirmDialog</name>
    <message>
        <source>Confirm</source>
        <translation>Confirmar</translation>
    </message>
</context>
<context>
    <name>qm::ConfirmPanel</name>
    <message>
        <source>I understand what this changes</source>
        <translation>Entiendo lo que esto cambia</translation>
    </message>
    <message>
        <source>Type &lt;b&gt;%1&lt;/b&gt; to confirm:</source>
        <translation>Escriba &lt;b&gt;%1&lt;/b&gt; para confirmar:</translation>
    </message>
</context>
<context>
    <name>qm::ConflictDialog</name>
    <message>
        <source>Someone else changed these products</source>
        <translation>Otra persona ha cambiado estos productos</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) changed in the database after you started editing. Nothing was applied. For each field you changed, keep yours or take theirs, then apply again.</source>
        <translation>
            <numerusform>%n producto cambió en la base de datos después de que empezara a editar. No se ha aplicado nada. Para cada campo que cambió, conserve su valor o tome el otro y vuelva a aplicar.</numerusform>
            <numerusform>%n productos cambiaron en la base de datos después de que empezara a editar. No se ha aplicado nada. Para cada campo que cambió, conserve su valor o tome el otro y vuelva a aplicar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>When you started</source>
        <translation>Al empezar</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Mío</translation>
    </message>
    <message>
        <source>Theirs (now)</source>
        <translation>El otro (ahora)</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Conservar</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>El otro</translation>
    </message>
    <message>
        <source>Use my choices</source>
        <translation>Usar mis elecciones</translation>
    </message>
</context>
<context>
    <name>qm::ConnectionTester</name>
    <message>
        <source>replica</source>
        <translation>réplica</translation>
    </message>
    <message>
        <source>primary</source>
        <translation>primario</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2), but database %3 has no console schema: connect and let the console install it, or run qmctl migrate.</source>
        <translation>Sesión iniciada como %1 (%2), pero la base de datos %3 no tiene el esquema de la consola: conéctese y deje que la consola lo instale, o ejecute qmctl migrate.</translation>
    </message>
    <message>
        <source>%1 · signed in as %2 · PostgreSQL %3 · console schema present</source>
        <translation>%1 · sesión iniciada como %2 · PostgreSQL %3 · esquema de la consola presente</translation>
    </message>
    <message>
        <source>Redis at %1 answered: %2</source>
        <translation>Redis en %1 respondió: %2</translation>
    </message>
    <message>
        <source>Redis answered PING in %1 ms</source>
        <translation>Redis respondió a PING en %1 ms</translation>
    </message>
</context>
<context>
    <name>qm::Credentials</name>
    <message>
        <source>Password from the pgpass file %1 (%2).</source>
        <translation>Contraseña del archivo pgpass %1 (%2).</translation>
    </message>
    <message>
        <source>Asking for the password each time (%1; %2).</source>
        <translation>Se pide la contraseña cada vez (%1; %2).</translation>
    </message>
    <message>
        <source>keychain</source>
        <translation>llavero</translation>
    </message>
    <message>
        <source>pgpass file</source>
        <translation>archivo pgpass</translation>
    </message>
    <message>
        <source>asked each time</source>
        <translation>se pide cada vez</translation>
    </message>
    <message>
        <source>typed</source>
        <translation>escrita</translation>
    </message>
    <message>
        <source>no pgpass file at %1</source>
        <translation>no hay archivo pgpass en %1</translation>
    </message>
    <message>
        <source>libpq ignores %1 because others may read it: run chmod 600 %1</source>
        <translation>libpq ignora %1 porque otros pueden leerlo: ejecute chmod 600 %1</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 has no entry for %2@%3</source>
        <translation>%1 no tiene entrada para %2@%3</translation>
    </message>
    <message>
        <source>no keychain: %1</source>
        <translation>sin llavero: %1</translation>
    </message>
    <message>
        <source>Password from the system keychain.</source>
        <translation>Contraseña del llavero del sistema.</translation>
    </message>
    <message>
        <source>the keychain has no password for %1</source>
        <translation>el llavero no tiene contraseña para %1</translation>
    </message>
</context>
<context>
    <name>qm::ElevationDialog</name>
    <message>
        <source>Elevate to write on production</source>
        <translation>Elevar permisos para escribir en producción</translation>
    </message>
    <message>
        <source>Production opens read-only. Say why you need to change it: the reason goes to the audit log, and writing ends by itself when the time is up.</source>
        <translation>Producción se abre en solo lectura. Indique por qué necesita cambiarla: el motivo va al registro de auditoría, y la escritura termina sola cuando se acaba el tiempo.</translation>
    </message>
    <message>
        <source>e.g. INC-1234: restock after the warehouse recount</source>
        <translation>p. ej. INC-1234: reposición tras el recuento del almacén</translation>
    </message>
    <message>
        <source>Reason for the elevation</source>
        <translation>Motivo de la elevación</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Elevation duration in minutes</source>
        <translation>Duración de la elevación en minutos</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>&amp;Duración:</translation>
    </message>
    <message>
        <source>&amp;Elevate</source>
        <translation>&amp;Elevar</translation>
    </message>
    <message>
        <source>Recording the reason in the audit log…</source>
        <translation>Registrando el motivo en el registro de auditoría…</translation>
    </message>
</context>
<context>
    <name>qm::EnvironmentBanner</name>
    <message>
        <source>Production: changes here reach real customers. Destructive actions ask you to type the target&apos;s name.</source>
        <translation>Producción: los cambios aquí llegan a clientes reales. Las acciones destructivas le piden escribir el nombre del destino.</translation>
    </message>
    <message>
        <source>Staging: a rehearsal environment, not the live store.</source>
        <translation>Staging: un entorno de ensayo, no la tienda real.</translation>
    </message>
    <message>
        <source>Development: a local or test store.</source>
        <translation>Desarrollo: una tienda local o de pruebas.</translation>
    </message>
    <message>
        <source>NOT CONNECTED</source>
        <translation>NO CONECTADO</translation>
    </message>
    <message>
        <source>Choose a connection profile (File ▸ Profiles…)</source>
        <translation>Elija un perfil de conexión (Archivo ▸ Perfiles…)</translation>
    </message>
    <message>
        <source>Vendure store: the console reads its own views beside Vendure&apos;s tables (%1) and writes through Vendure&apos;s Admin API (%2).</source>
        <translation>Tienda Vendure: la consola lee sus propias vistas junto a las tablas de Vendure (%1) y escribe a través de la Admin API de Vendure (%2).</translation>
    </message>
    <message>
        <source>The console&apos;s reference store (schema %1).</source>
        <translation>La tienda de referencia de la consola (esquema %1).</translation>
    </message>
    <message>
        <source>Elevate…</source>
        <translation>Elevar…</translation>
    </message>
    <message>
        <source>End elevation</source>
        <translation>Terminar elevación</translation>
    </message>
    <message>
        <source>Elevate to write on production</source>
        <translation>Elevar permisos para escribir en producción</translation>
    </message>
    <message>
        <source>Production is read-only. Give a reason to write for a limited time (View ▸ Elevate…, Ctrl+Shift+E).</source>
        <translation>Producción está en solo lectura. Indique un motivo para escribir durante un tiempo limitado (Ver ▸ Elevar…, Ctrl+Mayús+E).</translation>
    </message>
    <message>
        <source>End the elevation now</source>
        <translation>Terminar la elevación ahora</translation>
    </message>
    <message>
        <source>Back to read-only now, before the time is up.</source>
        <translation>Volver a solo lectura ahora, antes de que se acabe el tiempo.</translation>
    </message>
    <message>
        <source>ELEVATED %1:%2</source>
        <translation>ELEVADO %1:%2</translation>
    </message>
    <message>
        <source>Writing is allowed until %1. Reason: %2</source>
        <translation>Se permite escribir hasta las %1. Motivo: %2</translation>
    </message>
    <message numerus="yes">
        <source>Elevated: %n minute(s) left</source>
        <translation>
            <numerusform>Elevado: queda %n minuto</numerusform>
            <numerusform>Elevado: quedan %n minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>READ-ONLY</source>
        <translation>SOLO LECTURA</translation>
    </message>
    <message>
        <source>Production is read-only: every change is refused until you elevate with a reason.</source>
        <translation>Producción está en solo lectura: se rechaza todo cambio hasta que eleve los permisos con un motivo.</translation>
    </message>
    <message>
        <source>Production is read-only</source>
        <translation>Producción está en solo lectura</translation>
    </message>
    <message>
        <source>⚠ UNVERIFIED TLS</source>
        <translation>⚠ TLS SIN VERIFICAR</translation>
    </message>
    <message>
        <source>Warning: connections are not verified: %1</source>
        <translation>Aviso: las conexiones no están verificadas: %1</translation>
    </message>
</context>
<context>
    <name>qm::FlowDialog</name>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Planning: finding exactly what this would change. Nothing is changed yet.</source>
        <translation>Planificación: averiguando exactamente qué cambiaría esto. Todavía no se cambia nada.</translation>
    </message>
    <message>
        <source>Recording the plan in the audit log before anything runs…</source>
        <translation>Registrando el plan en el registro de auditoría antes de ejecutar nada…</translation>
    </message>
    <message>
        <source>Verifying: checking what is left…</source>
        <translation>Verificando: comprobando lo que queda…</translation>
    </message>
    <message>
        <source>Recording the audit entry…</source>
        <translation>Registrando la entrada de auditoría…</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <source>Stopping after the current batch…</source>
        <translation>Deteniendo tras el lote actual…</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Rechazado</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Shoppers&apos; round trip now: %1 ms</source>
        <translation>Tiempo de respuesta para los compradores ahora: %1 ms</translation>
    </message>
    <message>
        <source>  ·  slowing down: %1 ms between batches</source>
        <translation>  ·  frenando: %1 ms entre lotes</translation>
    </message>
    <message>
        <source>Not done: %1</source>
        <translation>No completado: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Stopped:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Detenido:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Done.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Hecho.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Verified: %1</source>
        <translation>Verificado: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Verification:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Verificación:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Intent and outcome recorded in the audit log (request %1).</source>
        <translation>Intención y resultado registrados en el registro de auditoría (solicitud %1).</translation>
    </message>
    <message>
        <source>&lt;b&gt;The audit log refused the outcome&lt;/b&gt; (%1); it was kept in %2. Tell whoever keeps the audit log.</source>
        <translation>&lt;b&gt;El registro de auditoría rechazó el resultado&lt;/b&gt; (%1); se guardó en %2. Avise a quien mantenga el registro de auditoría.</translation>
    </message>
</context>
<context>
    <name>qm::HealthModel</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 s · %2</source>
        <translation>%1 s · %2</translation>
    </message>
    <message>
        <source>Redis</source>
        <translation>Redis</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>Primario</translation>
    </message>
    <message>
        <source>Replica</source>
        <translation>Réplica</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation>Degradado</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Caído</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Replication lag</source>
        <translation>Retraso de replicación</translation>
    </message>
    <message>
        <source>Round trip</source>
        <translation>Tiempo de respuesta</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalle</translation>
    </message>
</context>
<context>
    <name>qm::HealthMonitor</name>
    <message>
        <source>No answer within %1 s</source>
        <translation>Sin respuesta en %1 s</translation>
    </message>
</context>
<context>
    <name>qm::HealthStrip</name>
    <message>
        <source>Not checked yet</source>
        <translation>Aún no comprobado</translation>
    </message>
    <message>
        <source>Primary %1</source>
        <translation>Primario %1</translation>
    </message>
    <message>
        <source>Primary down</source>
        <translation>Primario caído</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>Primario</translation>
    </message>
    <message>
        <source>Round trip %1 · WAL %2</source>
        <translation>Tiempo de respuesta %1 · WAL %2</translation>
    </message>
    <message>
        <source>No primary</source>
        <translation>Sin primario</translation>
    </message>
    <message>
        <source>up</source>
        <translation>activo</translation>
    </message>
    <message>
        <source>No server answers as the primary.</source>
        <translation>Ningún servidor responde como primario.</translation>
    </message>
    <message>
        <source>Replica %1</source>
        <translation>Réplica %1</translation>
    </message>
    <message>
        <source>Replica</source>
        <translation>Réplica</translation>
    </message>
    <message>
        <source>%1 lag %2</source>
        <translation>%1 retraso %2</translation>
    </message>
    <message>
        <source>%1 down</source>
        <translation>%1 caído</translation>
    </message>
    <message>
        <source>Lag %1 · round trip %2</source>
        <translation>Retraso %1 · tiempo de respuesta %2</translation>
    </message>
    <message>
        <source>Redis %1</source>
        <translation>Redis %1</translation>
    </message>
    <message>
        <source>Redis down</source>
        <translation>Redis caído</translation>
    </message>
    <message>
        <source>Redis</source>
        <translation>Redis</translation>
    </message>
    <message>
        <source>PING round trip %1</source>
        <translation>Tiempo de respuesta de PING %1</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>No conectado</translation>
    </message>
    <message>
        <source>Open a connection profile to see the servers&apos; health.</source>
        <translation>Abra un perfil de conexión para ver el estado de los servidores.</translation>
    </message>
</context>
<context>
    <name>qm::IdleLock</name>
    <message>
        <source>Un&amp;lock</source>
        <translation>&amp;Desbloquear</translation>
    </message>
    <message>
        <source>Quartermaster is locked</source>
        <translation>Quartermaster está bloqueado</translation>
    </message>
    <message>
        <source>Database password</source>
        <translation>Contraseña de la base de datos</translation>
    </message>
    <message>
        <source>Database pass&amp;word:</source>
        <translation>&amp;Contraseña de la base de datos:</translation>
    </message>
    <message numerus="yes">
        <source>The console locked itself after %n minute(s) without input on %1 (%2). Type the database password of %3 to go on: nothing was closed, and unsaved changes are kept.</source>
        <translation>
            <numerusform>La consola se bloqueó tras %n minuto sin actividad en %1 (%2). Escriba la contraseña de la base de datos de %3 para continuar: no se cerró nada y los cambios sin guardar se conservan.</numerusform>
            <numerusform>La consola se bloqueó tras %n minutos sin actividad en %1 (%2). Escriba la contraseña de la base de datos de %3 para continuar: no se cerró nada y los cambios sin guardar se conservan.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking the password with the database…</source>
        <translation>Comprobando la contraseña con la base de datos…</translation>
    </message>
    <message>
        <source>Wrong password for %1. The console stays locked.</source>
        <translation>Contraseña incorrecta para %1. La consola sigue bloqueada.</translation>
    </message>
    <message>
        <source>Could not check the password: %1 The console stays locked.</source>
        <translation>No se pudo comprobar la contraseña: %1 La consola sigue bloqueada.</translation>
    </message>
</context>
<context>
    <name>qm::ImportDialog</name>
    <message>
        <source>&amp;Browse...</source>
        <translation>&amp;Examinar...</translation>
    </message>
    <message>
        <source>C&amp;heck</source>
        <translation>C&amp;omprobar</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Import products from CSV</source>
        <translation>Importar productos desde CSV</translation>
    </message>
    <message>
        <source>CSV file: sku,name,price[,description,status,currency,category,tags,attributes]</source>
        <translation>Archivo CSV: sku,name,price[,description,status,currency,category,tags,attributes]</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>Automático</translation>
    </message>
    <message>
        <source>Comma</source>
        <translation>Coma</translation>
    </message>
    <message>
        <source>Semicolon</source>
        <translation>Punto y coma</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulador</translation>
    </message>
    <message>
        <source>What separates the columns. Auto reads it from the header line (spreadsheets in German or French write semicolons).</source>
        <translation>Lo que separa las columnas. «Automático» lo lee de la línea de cabecera (las hojas de cálculo en alemán o francés escriben punto y coma).</translation>
    </message>
    <message>
        <source>Column separator</source>
        <translation>Separador de columnas</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>&amp;Separator</source>
        <translation>&amp;Separador</translation>
    </message>
    <message>
        <source>Import products</source>
        <translation>Importar productos</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Archivos CSV (*.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Reading... %1 rows</source>
        <translation>Leyendo... %1 filas</translation>
    </message>
    <message>
        <source>%1
Nothing or everything was imported. Press Import again to retry: the same request is applied at most once.</source>
        <translation>%1
Se importó todo o nada. Pulse Importar de nuevo para reintentar: la misma solicitud se aplica como máximo una vez.</translation>
    </message>
    <message>
        <source>Stopped: nothing was imported.</source>
        <translation>Detenido: no se ha importado nada.</translation>
    </message>
    <message>
        <source>%1 new, %2 changed, %3 unchanged</source>
        <translation>%1 nuevos, %2 modificados, %3 sin cambios</translation>
    </message>
    <message>
        <source>Columns separated by %1 (detected).</source>
        <translation>Columnas separadas por %1 (detectado).</translation>
    </message>
    <message>
        <source>Columns separated by %1.</source>
        <translation>Columnas separadas por %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in %1 rows: nothing was imported. Fix the file and check again.</source>
        <translation>
            <numerusform>%n problema en %1 filas: no se ha importado nada. Corrija el archivo y vuelva a comprobarlo.</numerusform>
            <numerusform>%n problemas en %1 filas: no se ha importado nada. Corrija el archivo y vuelva a comprobarlo.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file is fine: importing would make %1 (%2 price changes).</source>
        <translation>El archivo es correcto: la importación daría %1 (%2 cambios de precio).</translation>
    </message>
    <message>
        <source>This import had already been applied (%1): nothing was done twice.</source>
        <translation>Esta importación ya se había aplicado (%1): no se ha hecho nada dos veces.</translation>
    </message>
    <message>
        <source>Imported: %1 in %2 s.</source>
        <translation>Importado: %1 en %2 s.</translation>
    </message>
    <message>
        <source>%1 (%2): &quot;%3&quot; -&gt; &quot;%4&quot;</source>
        <translation>%1 (%2): «%3» -&gt; «%4»</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) changed in the store after the check: left as they are (listed).</source>
        <translation>
            <numerusform>%n fila cambió en la tienda después de la comprobación: se deja como está (en la lista).</numerusform>
            <numerusform>%n filas cambiaron en la tienda después de la comprobación: se dejan como están (en la lista).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qm::LoadTestDialog</name>
    <message>
        <source>Load test</source>
        <translation>Prueba de carga</translation>
    </message>
    <message>
        <source>Drives the storefront simulator along a ramp of order rates and reads each step back: the highest stable rate is the last step whose checkout p95 and error rate stay under the limits.</source>
        <translation>Ejecuta el simulador de tienda a lo largo de una rampa de tasas de pedidos y lee cada paso: la tasa estable más alta es el último paso cuyo p95 de checkout y tasa de errores se mantienen bajo los límites.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Each step:</source>
        <translation>Cada paso:</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Checkout p95 limit:</source>
        <translation>Límite de p95 del checkout:</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Error limit:</source>
        <translation>Límite de errores:</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Iniciar</translation>
    </message>
    <message>
        <source>Cancel run</source>
        <translation>Cancelar ejecución</translation>
    </message>
    <message>
        <source>Target/s</source>
        <translation>Objetivo/s</translation>
    </message>
    <message>
        <source>Achieved/s</source>
        <translation>Logrado/s</translation>
    </message>
    <message>
        <source>p50 ms</source>
        <translation>p50 ms</translation>
    </message>
    <message>
        <source>p95 ms</source>
        <translation>p95 ms</translation>
    </message>
    <message>
        <source>Errors %</source>
        <translation>Errores %</translation>
    </message>
    <message>
        <source>DB conns</source>
        <translation>Conex. BD</translation>
    </message>
    <message>
        <source>CPU %</source>
        <translation>CPU %</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Veredicto</translation>
    </message>
    <message>
        <source>Recording the load test in the audit log…</source>
        <translation>Registrando la prueba de carga en el registro de auditoría…</translation>
    </message>
    <message>
        <source>The audit log refused the load test, so it did not start: %1</source>
        <translation>El registro de auditoría rechazó la prueba de carga, así que no se inició: %1</translation>
    </message>
    <message>
        <source>no answer from the database</source>
        <translation>sin respuesta de la base de datos</translation>
    </message>
    <message>
        <source>stable</source>
        <translation>estable</translation>
    </message>
    <message>
        <source>broke: %1</source>
        <translation>falló: %1</translation>
    </message>
    <message>
        <source>Cancelled: the simulator was stopped.</source>
        <translation>Cancelado: se detuvo el simulador.</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Hecho.</translation>
    </message>
    <message>
        <source>One step each: orders per second, or percentages of the recorded peak order rate</source>
        <translation>Un valor por paso: pedidos por segundo, o porcentajes del pico registrado de la tasa de pedidos</translation>
    </message>
    <message>
        <source>orders/s</source>
        <translation>pedidos/s</translation>
    </message>
    <message>
        <source>% of the recorded peak</source>
        <translation>% del pico registrado</translation>
    </message>
    <message>
        <source>Ramp:</source>
        <translation>Rampa:</translation>
    </message>
    <message>
        <source> orders/s</source>
        <translation> pedidos/s</translation>
    </message>
    <message>
        <source>recorded</source>
        <translation>registrado</translation>
    </message>
    <message>
        <source>The peak a percentage ramp is based on; &quot;recorded&quot; uses the busiest minute in the store&apos;s history</source>
        <translation>El pico en el que se basa una rampa porcentual; «registrado» usa el minuto con más pedidos del historial de la tienda</translation>
    </message>
    <message>
        <source>Looking up the recorded peak…</source>
        <translation>Buscando el pico registrado…</translation>
    </message>
    <message>
        <source>Peak:</source>
        <translation>Pico:</translation>
    </message>
    <message>
        <source>Checkout p99 target:</source>
        <translation>Objetivo de p99 del checkout:</translation>
    </message>
    <message>
        <source>Orders and errors</source>
        <translation>Pedidos y errores</translation>
    </message>
    <message>
        <source>Orders/s</source>
        <translation>Pedidos/s</translation>
    </message>
    <message>
        <source>Errors/s</source>
        <translation>Errores/s</translation>
    </message>
    <message>
        <source>Checkout latency</source>
        <translation>Latencia del checkout</translation>
    </message>
    <message>
        <source>p95</source>
        <translation>p95</translation>
    </message>
    <message>
        <source>p99</source>
        <translation>p99</translation>
    </message>
    <message>
        <source>DB connections</source>
        <translation>Conexiones a la BD</translation>
    </message>
    <message>
        <source>Redis memory</source>
        <translation>Memoria de Redis</translation>
    </message>
    <message>
        <source>Redis ops</source>
        <translation>Operaciones de Redis</translation>
    </message>
    <message>
        <source>Redis ops/s</source>
        <translation>Operaciones de Redis/s</translation>
    </message>
    <message>
        <source>Typed by hand (instead of the recorded peak).</source>
        <translation>Escrito a mano (en lugar del pico registrado).</translation>
    </message>
    <message>
        <source>No recorded peak: %1</source>
        <translation>No hay pico registrado: %1</translation>
    </message>
    <message>
        <source>Recorded peak %1 orders/s%2: %3</source>
        <translation>Pico registrado %1 pedidos/s%2: %3</translation>
    </message>
    <message>
        <source> at %1</source>
        <translation> el %1</translation>
    </message>
    <message>
        <source>max_connections (%1)</source>
        <translation>max_connections (%1)</translation>
    </message>
    <message>
        <source>maxmemory (%1 MB)</source>
        <translation>maxmemory (%1 MB)</translation>
    </message>
    <message>
        <source>typed by hand</source>
        <translation>escrito a mano</translation>
    </message>
    <message>
        <source>A percentage ramp needs a peak: none was recorded yet, so type one.</source>
        <translation>Una rampa porcentual necesita un pico: aún no se registró ninguno, así que escriba uno.</translation>
    </message>
    <message>
        <source>First to saturate: nothing measured against a limit.</source>
        <translation>Primero en saturarse: no se midió nada frente a un límite.</translation>
    </message>
    <message>
        <source>First to saturate: %1 at %2 orders/s.</source>
        <translation>Primero en saturarse: %1 a %2 pedidos/s.</translation>
    </message>
    <message>
        <source>Nothing reached its limit; closest: %1 at %2 orders/s.</source>
        <translation>Nada alcanzó su límite; el más cercano: %1 a %2 pedidos/s.</translation>
    </message>
</context>
<context>
    <name>qm::MainWindow</name>
    <message>
        <source>Not connected. Open a profile with File ▸ Profiles…</source>
        <translation>No conectado. Abra un perfil con Archivo ▸ Perfiles…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Profiles…</source>
        <translation>&amp;Perfiles…</translation>
    </message>
    <message>
        <source>&amp;Reconnect</source>
        <translation>&amp;Reconectar</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>&amp;Desconectar</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;About Quartermaster</source>
        <translation>&amp;Acerca de Quartermaster</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <source>About Quartermaster</source>
        <translation>Acerca de Quartermaster</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Quartermaster %1&lt;/h3&gt;&lt;p&gt;An operations console for online stores: catalog, stock, orders, caches and runbooks over PostgreSQL, Redis, Varnish and Prometheus.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Quartermaster %1&lt;/h3&gt;&lt;p&gt;Una consola de operaciones para tiendas online: catálogo, inventario, pedidos, cachés y runbooks sobre PostgreSQL, Redis, Varnish y Prometheus.&lt;/p&gt;&lt;p&gt;Creado con Qt %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Looking up the credentials for %1…</source>
        <translation>Buscando las credenciales de %1…</translation>
    </message>
    <message>
        <source>Password typed for this session.</source>
        <translation>Contraseña escrita para esta sesión.</translation>
    </message>
    <message>
        <source>Password for %1</source>
        <translation>Contraseña de %1</translation>
    </message>
    <message>
        <source>%1

Password for %2 on %3:</source>
        <translation>%1

Contraseña de %2 en %3:</translation>
    </message>
    <message>
        <source>Waiting for the password of %1 (%2)</source>
        <translation>Esperando la contraseña de %1 (%2)</translation>
    </message>
    <message>
        <source>Password typed for this session (%1)</source>
        <translation>Contraseña escrita para esta sesión (%1)</translation>
    </message>
    <message>
        <source>Not connected: no password given. Set up a pgpass file or the keychain in File ▸ Profiles…, or reconnect and type it.</source>
        <translation>No conectado: no se ha dado contraseña. Configure un archivo pgpass o el llavero en Archivo ▸ Perfiles…, o reconecte y escríbala.</translation>
    </message>
    <message>
        <source>%1@%2 · password: %3</source>
        <translation>%1@%2 · contraseña: %3</translation>
    </message>
    <message>
        <source>%1 may: %2</source>
        <translation>%1 puede: %2</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Conectando con %1…</translation>
    </message>
    <message>
        <source>Connected to %1 as %2.</source>
        <translation>Conectado a %1 como %2.</translation>
    </message>
    <message>
        <source>Not connected: %1 The console retries when the primary answers.</source>
        <translation>No conectado: %1 La consola lo reintenta cuando responda el primario.</translation>
    </message>
    <message>
        <source>Quartermaster</source>
        <translation>Quartermaster</translation>
    </message>
    <message>
        <source>%1 (%2) — Quartermaster</source>
        <translation>%1 (%2) — Quartermaster</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>A&amp;tajos de teclado</translation>
    </message>
    <message>
        <source>Main window</source>
        <translation>Ventana principal</translation>
    </message>
    <message>
        <source>&amp;Elevate…</source>
        <translation>&amp;Elevar…</translation>
    </message>
    <message>
        <source>E&amp;nd elevation</source>
        <translation>&amp;Terminar elevación</translation>
    </message>
    <message>
        <source>Choose &amp;columns…</source>
        <translation>Elegir &amp;columnas…</translation>
    </message>
    <message>
        <source>This workspace has no table whose columns can be chosen.</source>
        <translation>Esta área de trabajo no tiene ninguna tabla cuyas columnas se puedan elegir.</translation>
    </message>
    <message>
        <source>&amp;User guide…</source>
        <translation>&amp;Guía del usuario…</translation>
    </message>
    <message>
        <source>Idle lock</source>
        <translation>Bloqueo por inactividad</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Abriendo %1…</translation>
    </message>
</context>
<context>
    <name>qm::MigrateDialog</name>
    <message>
        <source>Install the console schema</source>
        <translation>Instalar el esquema de la consola</translation>
    </message>
    <message>
        <source>Update the console schema</source>
        <translation>Actualizar el esquema de la consola</translation>
    </message>
    <message>
        <source>Migrations to apply, in order:</source>
        <translation>Migraciones que se aplicarán, en orden:</translation>
    </message>
    <message>
        <source>Migrations create schemas, views and functions: sign in as the database&apos;s schema owner.</source>
        <translation>Las migraciones crean esquemas, vistas y funciones: inicie sesión como propietario del esquema de la base de datos.</translation>
    </message>
    <message>
        <source>from the pgpass file</source>
        <translation>del archivo pgpass</translation>
    </message>
    <message>
        <source>Run as &amp;user:</source>
        <translation>Ejecutar como &amp;usuario:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>Type &quot;%1&quot; to confirm:</source>
        <translation>Escriba «%1» para confirmar:</translation>
    </message>
    <message>
        <source>&amp;Migrate</source>
        <translation>&amp;Migrar</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <source>Database &lt;b&gt;%1&lt;/b&gt; on %2 has console schema version &lt;b&gt;%3&lt;/b&gt;; this console needs version &lt;b&gt;%4&lt;/b&gt;. Nothing changes until you press Migrate.</source>
        <translation>La base de datos &lt;b&gt;%1&lt;/b&gt; en %2 tiene el esquema de la consola en la versión &lt;b&gt;%3&lt;/b&gt;; esta consola necesita la versión &lt;b&gt;%4&lt;/b&gt;. No cambia nada hasta que pulse Migrar.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguna)</translation>
    </message>
    <message>
        <source>Migrating as %1…</source>
        <translation>Migrando como %1…</translation>
    </message>
    <message>
        <source>Migration failed; nothing after the failing file was applied: %1</source>
        <translation>La migración falló; no se aplicó nada después del archivo que falló: %1</translation>
    </message>
    <message>
        <source>Nothing to apply: another console migrated meanwhile.</source>
        <translation>Nada que aplicar: otra consola migró entretanto.</translation>
    </message>
    <message>
        <source>Applied %1.</source>
        <translation>Aplicado: %1.</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>C&amp;ontinuar</translation>
    </message>
</context>
<context>
    <name>qm::OrderActionDialog</name>
    <message>
        <source>Cancel order</source>
        <translation>Cancelar pedido</translation>
    </message>
    <message>
        <source>Refund order</source>
        <translation>Reembolsar pedido</translation>
    </message>
    <message>
        <source>Mark shipped</source>
        <translation>Marcar como enviado</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Añadir nota</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Cancel %1 (%2 %3, %4)? Its goods go back on hand%5.</source>
        <translation>¿Cancelar %1 (%2 %3, %4)? Sus artículos vuelven al stock disponible%5.</translation>
    </message>
    <message>
        <source> and the payment is refunded</source>
        <translation> y se reembolsa el pago</translation>
    </message>
    <message>
        <source>Reason (required, kept in the audit log):</source>
        <translation>Motivo (obligatorio, se guarda en el registro de auditoría):</translation>
    </message>
    <message>
        <source>Refund %1 %2 for %3?</source>
        <translation>¿Reembolsar %1 %2 de %3?</translation>
    </message>
    <message>
        <source>Mark %1 as shipped?</source>
        <translation>¿Marcar %1 como enviado?</translation>
    </message>
    <message>
        <source>Tracking number (optional):</source>
        <translation>Número de seguimiento (opcional):</translation>
    </message>
    <message>
        <source>Add a note to %1.</source>
        <translation>Añadir una nota a %1.</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Nota:</translation>
    </message>
    <message>
        <source>The goods came back: put them on hand again</source>
        <translation>Los artículos han vuelto: devolverlos al stock disponible</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
</context>
<context>
    <name>qm::OrderDetailView</name>
    <message>
        <source>#</source>
        <translation>N.º</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation>Almacén</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Cant.</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Precio</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Cronología</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Líneas</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Pagos</translation>
    </message>
    <message>
        <source>No order selected</source>
        <translation>Ningún pedido seleccionado</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 %2 · payment %3 · %4 · placed %5 · %6</source>
        <translation>%1 %2 · pago %3 · %4 · realizado %5 · %6</translation>
    </message>
    <message>
        <source>guest</source>
        <translation>invitado</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Payment %1 %2</source>
        <translation>Pago %1 %2</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
</context>
<context>
    <name>qm::OrderFlowStrip</name>
    <message>
        <source>Order flow: waiting for the first reading</source>
        <translation>Flujo de pedidos: esperando la primera lectura</translation>
    </message>
    <message>
        <source>Orders/min: %1 (expected ~%2)</source>
        <translation>Pedidos/min: %1 (esperados ~%2)</translation>
    </message>
    <message>
        <source>Payment failures: %1 %</source>
        <translation>Pagos fallidos: %1 %</translation>
    </message>
    <message>
        <source>Stuck: %1</source>
        <translation>Atascados: %1</translation>
    </message>
    <message>
        <source>Oversell risk: %1</source>
        <translation>Riesgo de sobreventa: %1</translation>
    </message>
</context>
<context>
    <name>qm::OrdersFilterBar</name>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>min total</source>
        <translation>total mín.</translation>
    </message>
    <message>
        <source>max total</source>
        <translation>total máx.</translation>
    </message>
    <message>
        <source>customer e-mail or name</source>
        <translation>correo electrónico o nombre del cliente</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>En cualquier momento</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Última hora</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Últimas 24 horas</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <source>Saved views</source>
        <translation>Vistas guardadas</translation>
    </message>
    <message>
        <source>Save view…</source>
        <translation>Guardar vista…</translation>
    </message>
    <message>
        <source>Delete view</source>
        <translation>Eliminar vista</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>%1: all</source>
        <translation>%1: todos</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n selected</source>
        <translation>
            <numerusform>%1: %n seleccionado</numerusform>
            <numerusform>%1: %n seleccionados</numerusform>
        </translation>
    </message>
    <message>
        <source>Save view</source>
        <translation>Guardar vista</translation>
    </message>
    <message>
        <source>Name of this view (%1):</source>
        <translation>Nombre de esta vista (%1):</translation>
    </message>
    <message>
        <source>Saved views…</source>
        <translation>Vistas guardadas…</translation>
    </message>
    <message>
        <source>Minimum total</source>
        <translation>Total mínimo</translation>
    </message>
    <message>
        <source>Maximum total</source>
        <translation>Total máximo</translation>
    </message>
    <message>
        <source>Customer e-mail or name</source>
        <translation>Correo o nombre del cliente</translation>
    </message>
</context>
<context>
    <name>qm::OrdersPage</name>
    <message>
        <source>Follow new orders</source>
        <translation>Seguir los pedidos nuevos</translation>
    </message>
    <message>
        <source>At the top of the list, let new orders push in instead of keeping the rows you read in place</source>
        <translation>Al principio de la lista, dejar que entren los pedidos nuevos en lugar de mantener en su sitio las filas que está leyendo</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) loaded%1</source>
        <translation>
            <numerusform>%n pedido cargado%1</numerusform>
            <numerusform>%n pedidos cargados%1</numerusform>
        </translation>
    </message>
    <message>
        <source>, more below</source>
        <translation>, hay más abajo</translation>
    </message>
    <message>
        <source>Could not load orders: %1</source>
        <translation>No se pudieron cargar los pedidos: %1</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Pedidos</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>No conectado</translation>
    </message>
    <message>
        <source>● Live</source>
        <translation>● En vivo</translation>
    </message>
    <message>
        <source>New and changed orders appear as they are committed</source>
        <translation>Los pedidos nuevos y modificados aparecen en cuanto se confirman</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <source>Reconnecting… (nothing is lost: the feed catches up)</source>
        <translation>Reconectando… (no se pierde nada: el flujo se pone al día)</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Detenido</translation>
    </message>
    <message numerus="yes">
        <source>↑ %n new order(s)</source>
        <translation>
            <numerusform>↑ %n pedido nuevo</numerusform>
            <numerusform>↑ %n pedidos nuevos</numerusform>
        </translation>
    </message>
    <message>
        <source>Order flow unavailable: %1</source>
        <translation>Flujo de pedidos no disponible: %1</translation>
    </message>
    <message>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <source>%1: done</source>
        <translation>%1: hecho</translation>
    </message>
    <message>
        <source>New orders</source>
        <translation>Pedidos nuevos</translation>
    </message>
</context>
<context>
    <name>qm::OrdersTableModel</name>
    <message>
        <source>Order</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <source>Placed</source>
        <translation>Realizado</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Pago</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Líneas</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Último cambio</translation>
    </message>
</context>
<context>
    <name>qm::OverviewPage</name>
    <message>
        <source>Overview</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Store today</source>
        <translation>La tienda hoy</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>Servidores</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>No conectado</translation>
    </message>
    <message>
        <source>Updated %1 · every %2 s</source>
        <translation>Actualizado %1 · cada %2 s</translation>
    </message>
    <message>
        <source>Loading store figures…</source>
        <translation>Cargando las cifras de la tienda…</translation>
    </message>
    <message>
        <source>No figures yet</source>
        <translation>Aún no hay cifras</translation>
    </message>
    <message>
        <source>The store figures could not be refreshed: %1</source>
        <translation>No se pudieron actualizar las cifras de la tienda: %1</translation>
    </message>
    <message>
        <source>Maintenance mode is on: the storefront shows &quot;%1&quot;.</source>
        <translation>El modo de mantenimiento está activado: la tienda muestra «%1».</translation>
    </message>
</context>
<context>
    <name>qm::PendingChangesPanel</name>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Aplicar</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>Discard all</source>
        <translation>Descartar todo</translation>
    </message>
    <message>
        <source>Product / field</source>
        <translation>Producto / campo</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Guardado</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nuevo</translation>
    </message>
    <message>
        <source>Pending changes</source>
        <translation>Cambios pendientes</translation>
    </message>
    <message>
        <source>Write every pending change in one transaction (Ctrl+S)</source>
        <translation>Guardar todos los cambios pendientes en una transacción (Ctrl+S)</translation>
    </message>
    <message>
        <source>Undo the last edit (Ctrl+Z)</source>
        <translation>Deshacer la última edición (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Redo (Ctrl+Shift+Z)</source>
        <translation>Rehacer (Ctrl+Mayús+Z)</translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation>%1 (versión %2)</translation>
    </message>
    <message>
        <source>No pending changes.</source>
        <translation>No hay cambios pendientes.</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) with unapplied changes</source>
        <translation>
            <numerusform>%n producto con cambios no aplicados</numerusform>
            <numerusform>%n productos con cambios no aplicados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n field(s)). They are kept on disk until applied.</source>
        <translation>
            <numerusform> (%n campo). Se guardan en disco hasta que se apliquen.</numerusform>
            <numerusform> (%n campos). Se guardan en disco hasta que se apliquen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Applying...</source>
        <translation>Aplicando...</translation>
    </message>
</context>
<context>
    <name>qm::PlanView</name>
    <message>
        <source>Sample:</source>
        <translation>Muestra:</translation>
    </message>
    <message>
        <source>%1 %2%3</source>
        <translation>%1 %2%3</translation>
    </message>
    <message>
        <source> (estimate)</source>
        <translation> (estimación)</translation>
    </message>
    <message>
        <source>Count unknown in advance</source>
        <translation>Número desconocido de antemano</translation>
    </message>
</context>
<context>
    <name>qm::ProductEditor</name>
    <message>
        <source>&amp;Stage changes</source>
        <translation>P&amp;reparar cambios</translation>
    </message>
    <message>
        <source>{&quot;color&quot;: &quot;red&quot;}</source>
        <translation>{&quot;color&quot;: &quot;red&quot;}</translation>
    </message>
    <message>
        <source>comma, separated</source>
        <translation>separadas, por comas</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Old</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nuevo</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>Turn the differences into pending changes (Ctrl+Enter); Apply writes them</source>
        <translation>Convertir las diferencias en cambios pendientes (Ctrl+Intro); Aplicar los guarda</translation>
    </message>
    <message>
        <source>S&amp;KU</source>
        <translation>S&amp;KU</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Descripción</translation>
    </message>
    <message>
        <source>Stat&amp;us</source>
        <translation>Est&amp;ado</translation>
    </message>
    <message>
        <source>&amp;Price</source>
        <translation>&amp;Precio</translation>
    </message>
    <message>
        <source>C&amp;urrency</source>
        <translation>&amp;Moneda</translation>
    </message>
    <message>
        <source>Ca&amp;tegory</source>
        <translation>Ca&amp;tegoría</translation>
    </message>
    <message>
        <source>Ta&amp;gs</source>
        <translation>E&amp;tiquetas</translation>
    </message>
    <message>
        <source>&amp;Attributes</source>
        <translation>Atri&amp;butos</translation>
    </message>
    <message>
        <source>Price history</source>
        <translation>Historial de precios</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguna)</translation>
    </message>
    <message>
        <source>Select a product to edit it here.</source>
        <translation>Seleccione un producto para editarlo aquí.</translation>
    </message>
    <message>
        <source>Loading product %1...</source>
        <translation>Cargando el producto %1...</translation>
    </message>
    <message>
        <source>%1 (version %2, updated %3)</source>
        <translation>%1 (versión %2, actualizado %3)</translation>
    </message>
    <message>
        <source>The SKU cannot be empty.</source>
        <translation>El SKU no puede estar vacío.</translation>
    </message>
    <message>
        <source>The name cannot be empty.</source>
        <translation>El nombre no puede estar vacío.</translation>
    </message>
    <message>
        <source>A currency is a 3-letter ISO code, e.g. EUR.</source>
        <translation>Una moneda es un código ISO de 3 letras, p. ej. EUR.</translation>
    </message>
    <message>
        <source>Attributes must be a JSON object: %1</source>
        <translation>Los atributos deben ser un objeto JSON: %1</translation>
    </message>
</context>
<context>
    <name>qm::Profile</name>
    <message>
        <source>Production</source>
        <translation>Producción</translation>
    </message>
    <message>
        <source>Staging</source>
        <translation>Staging</translation>
    </message>
    <message>
        <source>Development</source>
        <translation>Desarrollo</translation>
    </message>
    <message>
        <source>Give the profile a name.</source>
        <translation>Dé un nombre al perfil.</translation>
    </message>
    <message>
        <source>Redis needs a host and a port between 1 and 65535.</source>
        <translation>Redis necesita un host y un puerto entre 1 y 65535.</translation>
    </message>
    <message>
        <source>Redis Sentinel needs the master&apos;s name and at least one sentinel.</source>
        <translation>Redis Sentinel necesita el nombre del master y al menos un sentinel.</translation>
    </message>
    <message>
        <source>Redis Cluster needs at least one seed node.</source>
        <translation>Redis Cluster necesita al menos un nodo semilla.</translation>
    </message>
    <message>
        <source>Add at least one PostgreSQL server as host:port.</source>
        <translation>Añada al menos un servidor PostgreSQL como host:port.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid host:port.</source>
        <translation>«%1» no es un host:port válido.</translation>
    </message>
    <message>
        <source>Name the database.</source>
        <translation>Indique la base de datos.</translation>
    </message>
    <message>
        <source>Name the database user to sign in as.</source>
        <translation>Indique el usuario de la base de datos con el que iniciar sesión.</translation>
    </message>
    <message>
        <source>SSL mode must be one of: %1.</source>
        <translation>El modo SSL debe ser uno de estos: %1.</translation>
    </message>
    <message>
        <source>The replica lag limit (maxReplicaLagSeconds) must be 0 or more.</source>
        <translation>El límite de retraso de la réplica (maxReplicaLagSeconds) debe ser 0 o más.</translation>
    </message>
    <message>
        <source>Unknown environment &quot;%1&quot;: use production, staging or development.</source>
        <translation>Entorno desconocido «%1»: use production, staging o development.</translation>
    </message>
    <message>
        <source>postgres.maxReplicaLagSeconds must be a number of seconds.</source>
        <translation>postgres.maxReplicaLagSeconds debe ser un número de segundos.</translation>
    </message>
    <message>
        <source>Unknown Redis mode &quot;%1&quot;: use standalone, sentinel or cluster.</source>
        <translation>Modo de Redis desconocido «%1»: use standalone, sentinel o cluster.</translation>
    </message>
    <message>
        <source>The profile is not valid JSON: %1 at offset %2.</source>
        <translation>El perfil no es JSON válido: %1 en la posición %2.</translation>
    </message>
    <message>
        <source>The profile must be a JSON object.</source>
        <translation>El perfil debe ser un objeto JSON.</translation>
    </message>
    <message>
        <source>The profile %1 cannot be used: %2</source>
        <translation>El perfil %1 no se puede usar: %2</translation>
    </message>
    <message>
        <source>A Vendure profile needs vendure.adminApi, the URL of Vendure&apos;s Admin API (e.g. http://127.0.0.1:3000/admin-api).</source>
        <translation>Un perfil de Vendure necesita vendure.adminApi, la URL de la Admin API de Vendure (p. ej. http://127.0.0.1:3000/admin-api).</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not an http:// or https:// URL.</source>
        <translation>%1 «%2» no es una URL http:// ni https://.</translation>
    </message>
    <message>
        <source>&quot;backend&quot; must be a string: reference or vendure.</source>
        <translation>«backend» debe ser un texto: reference o vendure.</translation>
    </message>
    <message>
        <source>Unknown backend &quot;%1&quot;: use reference or vendure.</source>
        <translation>Backend desconocido «%1»: use reference o vendure.</translation>
    </message>
    <message>
        <source>&quot;vendure&quot; must be an object: {&quot;adminApi&quot;: url, &quot;shopApi&quot;: url, &quot;user&quot;: name, &quot;passfile&quot;: path}.</source>
        <translation>«vendure» debe ser un objeto: {&quot;adminApi&quot;: url, &quot;shopApi&quot;: url, &quot;user&quot;: name, &quot;passfile&quot;: path}.</translation>
    </message>
    <message>
        <source>vendure.%1 must be a string.</source>
        <translation>vendure.%1 debe ser un texto.</translation>
    </message>
    <message>
        <source>The Prometheus URL &quot;%1&quot; must be http:// or https:// with a host, e.g. http://prometheus:9090.</source>
        <translation>La URL de Prometheus «%1» debe ser http:// o https:// con un host, p. ej. http://prometheus:9090.</translation>
    </message>
    <message>
        <source>prometheus.url must be a URL such as http://prometheus:9090.</source>
        <translation>prometheus.url debe ser una URL como http://prometheus:9090.</translation>
    </message>
    <message>
        <source>PostgreSQL: sslmode verify-ca checks the CA but not the host name; use verify-full.</source>
        <translation>PostgreSQL: sslmode verify-ca comprueba la CA pero no el nombre de host; use verify-full.</translation>
    </message>
    <message>
        <source>PostgreSQL: sslmode disable sends passwords and data in plain text; use verify-full with the CA file.</source>
        <translation>PostgreSQL: sslmode disable envía contraseñas y datos en texto plano; use verify-full con el archivo de la CA.</translation>
    </message>
    <message>
        <source>PostgreSQL: sslmode %1 does not check who answers (no certificate or host name check); use verify-full with the CA file.</source>
        <translation>PostgreSQL: sslmode %1 no comprueba quién responde (ni el certificado ni el nombre de host); use verify-full con el archivo de la CA.</translation>
    </message>
    <message>
        <source>Redis: TLS is off; passwords and keys travel in plain text.</source>
        <translation>Redis: TLS está desactivado; las contraseñas y las claves viajan en texto plano.</translation>
    </message>
    <message>
        <source>&quot;ca_file&quot; must be the path of a PEM file.</source>
        <translation>«ca_file» debe ser la ruta de un archivo PEM.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be the path of a PEM file.</source>
        <translation>«%1» debe ser la ruta de un archivo PEM.</translation>
    </message>
</context>
<context>
    <name>qm::ProfileDialog</name>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Probar conexión</translation>
    </message>
    <message>
        <source>Connection profiles</source>
        <translation>Perfiles de conexión</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Perfiles</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Probando…</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Conectar</translation>
    </message>
    <message>
        <source>Passwords are kept in the system keychain.</source>
        <translation>Las contraseñas se guardan en el llavero del sistema.</translation>
    </message>
    <message>
        <source>No keychain here (%1): passwords come from the pgpass file, or are asked for when connecting.</source>
        <translation>No hay llavero aquí (%1): las contraseñas vienen del archivo pgpass o se piden al conectar.</translation>
    </message>
    <message>
        <source>Some profile files could not be read: %1</source>
        <translation>No se pudieron leer algunos archivos de perfil: %1</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Nuevo perfil</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copia)</translation>
    </message>
    <message>
        <source>Profile incomplete</source>
        <translation>Perfil incompleto</translation>
    </message>
    <message>
        <source>Please fix this first:

• %1</source>
        <translation>Corrija esto primero:

• %1</translation>
    </message>
    <message>
        <source>Replace profile?</source>
        <translation>¿Reemplazar el perfil?</translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; exists already. Replace it?</source>
        <translation>Ya existe un perfil llamado «%1». ¿Reemplazarlo?</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>No se pudo guardar</translation>
    </message>
    <message>
        <source>Delete profile?</source>
        <translation>¿Eliminar el perfil?</translation>
    </message>
    <message>
        <source>Delete the profile &quot;%1&quot; and its saved passwords? The servers are not touched.</source>
        <translation>¿Eliminar el perfil «%1» y sus contraseñas guardadas? Los servidores no se tocan.</translation>
    </message>
    <message>
        <source>Could not delete</source>
        <translation>No se pudo eliminar</translation>
    </message>
    <message>
        <source>Import a profile</source>
        <translation>Importar un perfil</translation>
    </message>
    <message>
        <source>Profiles (*.json)</source>
        <translation>Perfiles (*.json)</translation>
    </message>
    <message>
        <source>Could not import</source>
        <translation>No se pudo importar</translation>
    </message>
    <message>
        <source>Export the profile</source>
        <translation>Exportar el perfil</translation>
    </message>
    <message>
        <source>Could not export</source>
        <translation>No se pudo exportar</translation>
    </message>
    <message>
        <source>Using the password typed above.</source>
        <translation>Se usa la contraseña escrita arriba.</translation>
    </message>
    <message>
        <source>Redis</source>
        <translation>Redis</translation>
    </message>
    <message>
        <source>PostgreSQL</source>
        <translation>PostgreSQL</translation>
    </message>
    <message>
        <source>Ne&amp;w</source>
        <translation>N&amp;uevo</translation>
    </message>
    <message>
        <source>Dupl&amp;icate</source>
        <translation>&amp;Duplicar</translation>
    </message>
    <message>
        <source>Impo&amp;rt…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>qm::ProfileForm</name>
    <message>
        <source>e.g. Shop EU production</source>
        <translation>p. ej. Tienda UE producción</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>No&amp;mbre:</translation>
    </message>
    <message>
        <source>PostgreSQL</source>
        <translation>PostgreSQL</translation>
    </message>
    <message>
        <source>primary:5432, replica:5432</source>
        <translation>primary:5432, replica:5432</translation>
    </message>
    <message>
        <source>Every server as host:port, separated by commas, in any order: the console finds the primary itself.</source>
        <translation>Cada servidor como host:port, separados por comas, en cualquier orden: la consola encuentra el primario por sí misma.</translation>
    </message>
    <message>
        <source>from the keychain or pgpass file</source>
        <translation>del llavero o del archivo pgpass</translation>
    </message>
    <message>
        <source>Remember in the system keychain</source>
        <translation>Recordar en el llavero del sistema</translation>
    </message>
    <message>
        <source>~/.pgpass</source>
        <translation>~/.pgpass</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de datos:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>Usu&amp;ario:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Co&amp;ntraseña:</translation>
    </message>
    <message>
        <source>SSL &amp;mode:</source>
        <translation>Modo &amp;SSL:</translation>
    </message>
    <message>
        <source>pgpass &amp;file:</source>
        <translation>Archi&amp;vo pgpass:</translation>
    </message>
    <message>
        <source>Choose a pgpass file</source>
        <translation>Elegir un archivo pgpass</translation>
    </message>
    <message>
        <source>Redis</source>
        <translation>Redis</translation>
    </message>
    <message>
        <source>Standalone</source>
        <translation>Independiente</translation>
    </message>
    <message>
        <source>Sentinel</source>
        <translation>Sentinel</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Puerto:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Use TLS</source>
        <translation>Usar TLS</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>M&amp;ode:</source>
        <translation>M&amp;odo:</translation>
    </message>
    <message>
        <source>Optional endpoints</source>
        <translation>Endpoints opcionales</translation>
    </message>
    <message>
        <source>Store the passwords in the system keychain, never in the profile file.</source>
        <translation>Guardar las contraseñas en el llavero del sistema, nunca en el archivo del perfil.</translation>
    </message>
    <message>
        <source>No keychain is reachable: %1. Use a pgpass file (mode 0600) or type the password when connecting.</source>
        <translation>No hay ningún llavero accesible: %1. Use un archivo pgpass (modo 0600) o escriba la contraseña al conectar.</translation>
    </message>
    <message>
        <source>Which store&apos;s data the console works on: the console&apos;s reference store, or a Vendure store&apos;s database (reads through the console&apos;s views beside it, writes through Vendure&apos;s Admin API).</source>
        <translation>Con qué datos de tienda trabaja la consola: la tienda de referencia de la consola o la base de datos de una tienda Vendure (lee mediante las vistas de la consola junto a ella y escribe a través de la Admin API de Vendure).</translation>
    </message>
    <message>
        <source>&amp;Backend:</source>
        <translation>Bac&amp;kend:</translation>
    </message>
    <message>
        <source>Vendure</source>
        <translation>Vendure</translation>
    </message>
    <message>
        <source>a file with one line: user password (mode 0600)</source>
        <translation>un archivo con una línea: usuario contraseña (modo 0600)</translation>
    </message>
    <message>
        <source>Redis host</source>
        <translation>Host de Redis</translation>
    </message>
    <message>
        <source>Redis port</source>
        <translation>Puerto de Redis</translation>
    </message>
    <message>
        <source>Sentinel &amp;hosts:</source>
        <translation>&amp;Hosts de Sentinel:</translation>
    </message>
    <message>
        <source>Seed &amp;hosts:</source>
        <translation>&amp;Hosts semilla:</translation>
    </message>
    <message>
        <source>En&amp;vironment:</source>
        <translation>En&amp;torno:</translation>
    </message>
    <message>
        <source>Admin API:</source>
        <translation>Admin API:</translation>
    </message>
    <message>
        <source>Shop API:</source>
        <translation>API de tienda:</translation>
    </message>
    <message>
        <source>Admin user:</source>
        <translation>Usuario admin:</translation>
    </message>
    <message>
        <source>Password file:</source>
        <translation>Archivo de contraseña:</translation>
    </message>
    <message>
        <source>S&amp;ervers:</source>
        <translation>S&amp;ervidores:</translation>
    </message>
    <message>
        <source>M&amp;aster name:</source>
        <translation>Nomb&amp;re del master:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Contraseña:</translation>
    </message>
    <message>
        <source>Patroni REST:</source>
        <translation>REST de Patroni:</translation>
    </message>
    <message>
        <source>Varnish:</source>
        <translation>Varnish:</translation>
    </message>
    <message>
        <source>Prometheus:</source>
        <translation>Prometheus:</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>the system&apos;s CAs (PostgreSQL: ~/.postgresql/root.crt)</source>
        <translation>las CA del sistema (PostgreSQL: ~/.postgresql/root.crt)</translation>
    </message>
    <message>
        <source>The PEM file of the CA that signed the servers&apos; certificates. PostgreSQL, Redis (with TLS) and https endpoints trust only it, and the console checks that each certificate names the host it connects to.</source>
        <translation>El archivo PEM de la CA que firmó los certificados de los servidores. PostgreSQL, Redis (con TLS) y los endpoints https solo confían en ella, y la consola comprueba que cada certificado nombre el host al que se conecta.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>CA certificate:</source>
        <translation>Certificado de la CA:</translation>
    </message>
    <message>
        <source>Choose the CA certificate</source>
        <translation>Elegir el certificado de la CA</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificados PEM (*.pem *.crt *.cer);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>⚠ Production without verified TLS: %1</source>
        <translation>⚠ Producción sin TLS verificado: %1</translation>
    </message>
    <message>
        <source>A client certificate (PEM) for servers that sign you in by certificate: PostgreSQL (its name must be your database user) and Redis&apos;s TLS port. Name its key below.</source>
        <translation>Un certificado de cliente (PEM) para servidores que inician su sesión por certificado: PostgreSQL (su nombre debe ser su usuario de la base de datos) y el puerto TLS de Redis. Indique su clave abajo.</translation>
    </message>
    <message>
        <source>Client certificate:</source>
        <translation>Certificado de cliente:</translation>
    </message>
    <message>
        <source>Choose the client certificate</source>
        <translation>Elegir el certificado de cliente</translation>
    </message>
    <message>
        <source>The client certificate&apos;s private key (PEM, not encrypted). Only its owner may read it (chmod 600).</source>
        <translation>La clave privada del certificado de cliente (PEM, sin cifrar). Solo su propietario puede leerla (chmod 600).</translation>
    </message>
    <message>
        <source>Client key:</source>
        <translation>Clave de cliente:</translation>
    </message>
    <message>
        <source>Choose the client key</source>
        <translation>Elegir la clave de cliente</translation>
    </message>
    <message>
        <source>PEM keys (*.pem *.key);;All files (*)</source>
        <translation>Claves PEM (*.pem *.key);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>qm::ProfileStore</name>
    <message>
        <source>There is no profile named &quot;%1&quot;.</source>
        <translation>No hay ningún perfil llamado «%1».</translation>
    </message>
    <message>
        <source>A profile needs a name before it can be saved.</source>
        <translation>Un perfil necesita un nombre antes de poder guardarse.</translation>
    </message>
    <message>
        <source>Could not create the profile folder %1.</source>
        <translation>No se pudo crear la carpeta de perfiles %1.</translation>
    </message>
    <message>
        <source>Could not delete the profile file %1.</source>
        <translation>No se pudo eliminar el archivo de perfil %1.</translation>
    </message>
    <message>
        <source>Could not read the profile %1: %2.</source>
        <translation>No se pudo leer el perfil %1: %2.</translation>
    </message>
    <message>
        <source>Could not write %1: %2.</source>
        <translation>No se pudo escribir %1: %2.</translation>
    </message>
</context>
<context>
    <name>qm::PurgeInputDialog</name>
    <message>
        <source>Unlock protected namespaces (sessions, carts) for this purge</source>
        <translation>Desbloquear los espacios de nombres protegidos (sesiones, carritos) para esta purga</translation>
    </message>
    <message>
        <source>Purge the cache</source>
        <translation>Purgar la caché</translation>
    </message>
    <message>
        <source>Redis keys matching a pattern</source>
        <translation>Claves de Redis que coinciden con un patrón</translation>
    </message>
    <message>
        <source>Redis keys with a tag</source>
        <translation>Claves de Redis con una etiqueta</translation>
    </message>
    <message>
        <source>A product (Redis objects and pages, Varnish pages)</source>
        <translation>Un producto (objetos y páginas de Redis, páginas de Varnish)</translation>
    </message>
    <message>
        <source>A product (Redis objects and pages)</source>
        <translation>Un producto (objetos y páginas de Redis)</translation>
    </message>
    <message>
        <source>Varnish pages by URL regex</source>
        <translation>Páginas de Varnish por regex de URL</translation>
    </message>
    <message>
        <source>Varnish pages by host regex</source>
        <translation>Páginas de Varnish por regex de host</translation>
    </message>
    <message>
        <source>Varnish pages with an xkey tag</source>
        <translation>Páginas de Varnish con una etiqueta xkey</translation>
    </message>
    <message>
        <source>Reap expired members of tag sets</source>
        <translation>Limpiar los miembros caducados de los conjuntos de etiquetas</translation>
    </message>
    <message>
        <source>What:</source>
        <translation>Qué:</translation>
    </message>
    <message>
        <source>Which:</source>
        <translation>Cuáles:</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Redis deletions slow down while shoppers&apos; round trips are above this.</source>
        <translation>Los borrados en Redis se ralentizan mientras los tiempos de respuesta de los compradores superen este valor.</translation>
    </message>
    <message>
        <source>Shoppers&apos; latency budget:</source>
        <translation>Presupuesto de latencia de los compradores:</translation>
    </message>
    <message>
        <source>Plan…</source>
        <translation>Planificar…</translation>
    </message>
    <message>
        <source>Redis glob: * any bytes, ? one byte, [abc] [a-z] [^a] classes, \ escapes. Matched exactly as Redis&apos; SCAN MATCH does.</source>
        <translation>Glob de Redis: * cualquier secuencia de bytes, ? un byte, [abc] [a-z] [^a] clases, \ escapa. Se compara exactamente como lo hace SCAN MATCH de Redis.</translation>
    </message>
    <message>
        <source>The keys listed in the set tag:&lt;name&gt;, then the set.</source>
        <translation>Las claves listadas en el conjunto tag:&lt;name&gt;, y después el conjunto.</translation>
    </message>
    <message>
        <source>product:&lt;id&gt;, product:&lt;id&gt;:*, the pages tagged tag:product:&lt;id&gt;, and the product&apos;s Varnish pages (xkey product-&lt;id&gt;).</source>
        <translation>product:&lt;id&gt;, product:&lt;id&gt;:*, las páginas etiquetadas tag:product:&lt;id&gt; y las páginas de Varnish del producto (xkey product-&lt;id&gt;).</translation>
    </message>
    <message>
        <source>A ban on every Varnish instance: objects whose URL matches.</source>
        <translation>Un ban en cada instancia de Varnish: los objetos cuya URL coincide.</translation>
    </message>
    <message>
        <source>A ban on every Varnish instance: objects of matching hosts.</source>
        <translation>Un ban en cada instancia de Varnish: los objetos de los hosts que coinciden.</translation>
    </message>
    <message>
        <source>An xkey purge on every Varnish instance.</source>
        <translation>Una purga xkey en cada instancia de Varnish.</translation>
    </message>
    <message>
        <source>Tag sets have no TTL: remove the members whose keys expired. Optional: a glob of tag sets (default tag:*).</source>
        <translation>Los conjuntos de etiquetas no tienen TTL: quite los miembros cuyas claves caducaron. Opcional: un glob de conjuntos de etiquetas (por defecto tag:*).</translation>
    </message>
</context>
<context>
    <name>qm::QueuesPage</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>No profile open</source>
        <translation>Ningún perfil abierto</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Actualiza&amp;r</translation>
    </message>
    <message>
        <source>Re&amp;play dead letters…</source>
        <translation>Reenviar &amp;mensajes fallidos…</translation>
    </message>
    <message>
        <source>&amp;Claim stuck entries…</source>
        <translation>Reasignar entradas a&amp;tascadas…</translation>
    </message>
    <message>
        <source>&amp;Trim…</source>
        <translation>Re&amp;cortar…</translation>
    </message>
    <message>
        <source> s idle</source>
        <translation> s inactivo</translation>
    </message>
    <message>
        <source>Minimum idle time to claim</source>
        <translation>Inactividad mínima para reasignar</translation>
    </message>
    <message>
        <source>Claim only entries pending at least this long (a dead consumer&apos;s).</source>
        <translation>Reasignar solo las entradas pendientes al menos este tiempo (las de un consumidor caído).</translation>
    </message>
    <message>
        <source>Stream</source>
        <translation>Stream</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Longitud</translation>
    </message>
    <message>
        <source>Lag</source>
        <translation>Retraso</translation>
    </message>
    <message>
        <source>Entries read</source>
        <translation>Entradas leídas</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Oldest pending</source>
        <translation>Pendiente más antigua</translation>
    </message>
    <message>
        <source>Consumers</source>
        <translation>Consumidores</translation>
    </message>
    <message>
        <source>Consumer</source>
        <translation>Consumidor</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>Inactivo</translation>
    </message>
    <message>
        <source>Dead letter</source>
        <translation>Mensaje fallido</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Intentos</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Último error</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>Contenido</translation>
    </message>
    <message>
        <source>Streams and consumer groups</source>
        <translation>Streams y grupos de consumidores</translation>
    </message>
    <message>
        <source>Dead letters</source>
        <translation>Mensajes fallidos</translation>
    </message>
    <message>
        <source>Orders published per second</source>
        <translation>Pedidos publicados por segundo</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>segundos</translation>
    </message>
    <message>
        <source>entries/s</source>
        <translation>entradas/s</translation>
    </message>
    <message>
        <source>Trim the orders stream</source>
        <translation>Recortar el stream de pedidos</translation>
    </message>
    <message>
        <source>Keep the newest entries (the plan shows how many go and refuses to drop unacknowledged ones):</source>
        <translation>Conservar las entradas más recientes (el plan muestra cuántas se van y se niega a eliminar las no confirmadas):</translation>
    </message>
    <message>
        <source>Reading the queues…</source>
        <translation>Leyendo las colas…</translation>
    </message>
    <message>
        <source>Cannot read the queues: %1</source>
        <translation>No se pueden leer las colas: %1</translation>
    </message>
    <message>
        <source>(no group)</source>
        <translation>(sin grupo)</translation>
    </message>
    <message>
        <source>Hand a dead consumer&apos;s pending entries to a live one.</source>
        <translation>Pasar las entradas pendientes de un consumidor caído a uno activo.</translation>
    </message>
    <message>
        <source>Drop the oldest entries of the orders stream, after a preview.</source>
        <translation>Eliminar las entradas más antiguas del stream de pedidos, tras una vista previa.</translation>
    </message>
    <message>
        <source>Queue actions are off until the console knows what your role may do.</source>
        <translation>Las acciones de cola están desactivadas hasta que la consola sepa qué puede hacer su rol.</translation>
    </message>
    <message>
        <source>Your role may look at the queues but not replay, claim or trim: that needs the on-call right (queues.act). Redis&apos; ACL and the audit log refuse it too.</source>
        <translation>Su rol puede ver las colas, pero no reenviar, reasignar ni recortar: eso requiere el permiso de guardia (queues.act). La ACL de Redis y el registro de auditoría también lo rechazan.</translation>
    </message>
    <message>
        <source>Select a group of %1 to claim its stuck entries.</source>
        <translation>Seleccione un grupo de %1 para reasignar sus entradas atascadas.</translation>
    </message>
    <message>
        <source>Queues</source>
        <translation>Colas</translation>
    </message>
    <message>
        <source>Send dead letters back to their task, once each.</source>
        <translation>Devolver los mensajes fallidos a su tarea, una vez cada uno.</translation>
    </message>
    <message>
        <source>%1: %2 entries, %3 pending, %4 dead letters — read %5 from %6</source>
        <translation>%1: %2 entradas, %3 pendientes, %4 mensajes fallidos — leído %5 de %6</translation>
    </message>
</context>
<context>
    <name>qm::Reauthenticate</name>
    <message>
        <source>Type the password.</source>
        <translation>Escriba la contraseña.</translation>
    </message>
    <message>
        <source>Could not ask the database to check the password: %1</source>
        <translation>No se pudo pedir a la base de datos que compruebe la contraseña: %1</translation>
    </message>
</context>
<context>
    <name>qm::RunbooksPage</name>
    <message>
        <source>no one can answer</source>
        <translation>nadie puede responder</translation>
    </message>
    <message>
        <source>the question was not answered: the run was cancelled</source>
        <translation>la pregunta no se respondió: la ejecución se canceló</translation>
    </message>
    <message>
        <source>signed (key %1)</source>
        <translation>firmado (clave %1)</translation>
    </message>
    <message>
        <source>CHANGED after signing</source>
        <translation>CAMBIADO tras la firma</translation>
    </message>
    <message>
        <source>signed by an unknown key %1</source>
        <translation>firmado con una clave desconocida %1</translation>
    </message>
    <message>
        <source>signature unreadable</source>
        <translation>firma ilegible</translation>
    </message>
    <message>
        <source>unsigned</source>
        <translation>sin firmar</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>pendiente</translation>
    </message>
    <message>
        <source>running…</source>
        <translation>en ejecución…</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>verificado</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>FALLIDO</translation>
    </message>
    <message>
        <source>skipped (verified before)</source>
        <translation>omitido (verificado antes)</translation>
    </message>
    <message>
        <source>REFUSED</source>
        <translation>RECHAZADO</translation>
    </message>
    <message>
        <source>&amp;Runbooks</source>
        <translation>&amp;Runbooks</translation>
    </message>
    <message>
        <source>Runbook</source>
        <translation>Runbook</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Last run</source>
        <translation>Última ejecución</translation>
    </message>
    <message>
        <source>&amp;Topology</source>
        <translation>&amp;Topología</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Choose a runbook and press Dry run (F5).</source>
        <translation>Elija un runbook y pulse Ensayo (F5).</translation>
    </message>
    <message>
        <source>#</source>
        <translation>N.º</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Would do / preconditions</source>
        <translation>Haría / precondiciones</translation>
    </message>
    <message>
        <source>&amp;Dry run</source>
        <translation>&amp;Ensayo</translation>
    </message>
    <message>
        <source>Evaluate every precondition and plan each step; changes nothing (F5)</source>
        <translation>Evaluar cada precondición y planificar cada paso; no cambia nada (F5)</translation>
    </message>
    <message>
        <source>Ask for a&amp;pproval</source>
        <translation>Pedir a&amp;probación</translation>
    </message>
    <message>
        <source>Two-person runbooks: a second on-call role approves this run from its own console</source>
        <translation>Runbooks de dos personas: un segundo rol de guardia aprueba esta ejecución desde su propia consola</translation>
    </message>
    <message>
        <source>R&amp;un</source>
        <translation>E&amp;jecutar</translation>
    </message>
    <message>
        <source>Run the planned runbook step by step (Ctrl+Return)</source>
        <translation>Ejecutar el runbook planificado paso a paso (Ctrl+Intro)</translation>
    </message>
    <message>
        <source>Pla&amp;n</source>
        <translation>Pla&amp;n</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalle</translation>
    </message>
    <message>
        <source>answer, then Enter</source>
        <translation>responda y pulse Intro</translation>
    </message>
    <message>
        <source>Ans&amp;wer</source>
        <translation>Respon&amp;der</translation>
    </message>
    <message>
        <source>&amp;Cancel run</source>
        <translation>&amp;Cancelar ejecución</translation>
    </message>
    <message>
        <source>Stop at the next safe point; the run can be resumed (Esc)</source>
        <translation>Detenerse en el próximo punto seguro; la ejecución puede reanudarse (Esc)</translation>
    </message>
    <message>
        <source>Run &amp;log</source>
        <translation>Re&amp;gistro de ejecución</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Iniciada</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>Run id</source>
        <translation>Id de ejecución</translation>
    </message>
    <message>
        <source>Audit ids</source>
        <translation>Ids de auditoría</translation>
    </message>
    <message>
        <source>Re&amp;sume interrupted run</source>
        <translation>Re&amp;anudar ejecución interrumpida</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historial</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>Solicitada</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Caduca</translation>
    </message>
    <message>
        <source>A&amp;pprove selected run</source>
        <translation>Aprobar la ejecución &amp;seleccionada</translation>
    </message>
    <message>
        <source>Appro&amp;vals</source>
        <translation>Apro&amp;baciones</translation>
    </message>
    <message>
        <source>Runbooks</source>
        <translation>Runbooks</translation>
    </message>
    <message>
        <source>Topology</source>
        <translation>Topología</translation>
    </message>
    <message>
        <source>Plan of the dry run</source>
        <translation>Plan del ensayo</translation>
    </message>
    <message>
        <source>Steps of the run</source>
        <translation>Pasos de la ejecución</translation>
    </message>
    <message>
        <source>Run log</source>
        <translation>Registro de ejecución</translation>
    </message>
    <message>
        <source>Answer to the step&apos;s question</source>
        <translation>Respuesta a la pregunta del paso</translation>
    </message>
    <message>
        <source>Run history</source>
        <translation>Historial de ejecuciones</translation>
    </message>
    <message>
        <source>Approval requests</source>
        <translation>Solicitudes de aprobación</translation>
    </message>
    <message>
        <source>Confirmation text</source>
        <translation>Texto de confirmación</translation>
    </message>
    <message>
        <source>%1 (folder)</source>
        <translation>%1 (carpeta)</translation>
    </message>
    <message>
        <source>does not parse</source>
        <translation>no se puede analizar</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>This runbook does not parse:
%1</source>
        <translation>Este runbook no se puede analizar:
%1</translation>
    </message>
    <message>
        <source>Dry run of %1: evaluating every precondition…</source>
        <translation>Ensayo de %1: evaluando cada precondición…</translation>
    </message>
    <message>
        <source>REFUSED: %1</source>
        <translation>RECHAZADO: %1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>aviso: %1</translation>
    </message>
    <message>
        <source>precondition holds now: %1</source>
        <translation>la precondición se cumple ahora: %1</translation>
    </message>
    <message>
        <source>precondition FAILS now: %1</source>
        <translation>la precondición FALLA ahora: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — signature: %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — firma: %2</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Rechazado: %1</translation>
    </message>
    <message>
        <source>Dry run done: nothing was changed.</source>
        <translation>Ensayo terminado: no se cambió nada.</translation>
    </message>
    <message>
        <source>This runbook needs two-person approval: ask for it first.</source>
        <translation>Este runbook necesita aprobación de dos personas: pídala primero.</translation>
    </message>
    <message>
        <source>Resuming run %1 of %2</source>
        <translation>Reanudando la ejecución %1 de %2</translation>
    </message>
    <message>
        <source>Starting %1</source>
        <translation>Iniciando %1</translation>
    </message>
    <message>
        <source>Running %1…</source>
        <translation>Ejecutando %1…</translation>
    </message>
    <message>
        <source>%1: started</source>
        <translation>%1: iniciado</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1: verified (%2 ms)</source>
        <translation>%1: verificado (%2 ms)</translation>
    </message>
    <message>
        <source>%1: FAILED after %2 ms: %3</source>
        <translation>%1: FALLÓ tras %2 ms: %3</translation>
    </message>
    <message>
        <source>verified before the interruption: not run again</source>
        <translation>verificado antes de la interrupción: no se vuelve a ejecutar</translation>
    </message>
    <message>
        <source>Run %1: %2 %3</source>
        <translation>Ejecución %1: %2 %3</translation>
    </message>
    <message>
        <source>Run %1 finished: %2</source>
        <translation>Ejecución %1 terminada: %2</translation>
    </message>
    <message>
        <source>Run %1: %2 — %3</source>
        <translation>Ejecución %1: %2 — %3</translation>
    </message>
    <message>
        <source>%1 — the run waits for your answer: &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>%1 — la ejecución espera su respuesta: &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1 asks: %2</source>
        <translation>%1 pregunta: %2</translation>
    </message>
    <message>
        <source>answered: %1</source>
        <translation>respondido: %1</translation>
    </message>
    <message>
        <source>Cancelling: the current step stops at its next safe point</source>
        <translation>Cancelando: el paso actual se detiene en su próximo punto seguro</translation>
    </message>
    <message>
        <source>INTERRUPTED — resume</source>
        <translation>INTERRUMPIDA — reanudar</translation>
    </message>
    <message>
        <source>unfinished (another console)</source>
        <translation>sin terminar (otra consola)</translation>
    </message>
    <message>
        <source>The run history could not be read: %1</source>
        <translation>No se pudo leer el historial de ejecuciones: %1</translation>
    </message>
    <message>
        <source>approved by %1</source>
        <translation>aprobada por %1</translation>
    </message>
    <message>
        <source>waiting for approval</source>
        <translation>esperando aprobación</translation>
    </message>
    <message>
        <source>used</source>
        <translation>usada</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>caducada</translation>
    </message>
    <message>
        <source>Run %1 has no journal on this computer</source>
        <translation>La ejecución %1 no tiene diario en este equipo</translation>
    </message>
    <message>
        <source>Run %1 used %2, which is not in the list: restore it or add its folder in Settings</source>
        <translation>La ejecución %1 usó %2, que no está en la lista: restáurelo o añada su carpeta en Ajustes</translation>
    </message>
    <message>
        <source>Run %1 waits for a second on-call role&apos;s approval (audit id %2): they approve it in Approvals or with qmctl runbook approve %1</source>
        <translation>La ejecución %1 espera la aprobación de un segundo rol de guardia (id de auditoría %2): la aprueba en Aprobaciones o con qmctl runbook approve %1</translation>
    </message>
    <message>
        <source>Approval could not be asked for: %1</source>
        <translation>No se pudo pedir la aprobación: %1</translation>
    </message>
    <message>
        <source>Approved run %1 (audit id %2)</source>
        <translation>Ejecución %1 aprobada (id de auditoría %2)</translation>
    </message>
    <message>
        <source>Not approved: %1</source>
        <translation>No aprobada: %1</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; — %2&lt;br&gt;%n step(s). Press Dry run (F5) to see what each step would do now.</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; — %2&lt;br&gt;%n paso. Pulse Ensayo (F5) para ver qué haría ahora cada paso.</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; — %2&lt;br&gt;%n pasos. Pulse Ensayo (F5) para ver qué haría ahora cada paso.</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot read the runbook: %1</source>
        <translation>no se puede leer el runbook: %1</translation>
    </message>
</context>
<context>
    <name>qm::SchemaCheck</name>
    <message>
        <source>Could not check the console schema&apos;s version: %1</source>
        <translation>No se pudo comprobar la versión del esquema de la consola: %1</translation>
    </message>
    <message>
        <source>The console schema is up to date.</source>
        <translation>El esquema de la consola está actualizado.</translation>
    </message>
    <message>
        <source>The console schema is missing or old: some views will fail until it is migrated (File ▸ Reconnect offers it again).</source>
        <translation>El esquema de la consola falta o está desactualizado: algunas vistas fallarán hasta que se migre (Archivo ▸ Reconectar lo vuelve a ofrecer).</translation>
    </message>
    <message>
        <source>%1 store: the console&apos;s views beside it are installed with qmctl migrate --backend %2.</source>
        <translation>Tienda %1: las vistas de la consola junto a ella se instalan con qmctl migrate --backend %2.</translation>
    </message>
</context>
<context>
    <name>qm::SecretStore</name>
    <message>
        <source>the keychain is switched off (QM_NO_KEYCHAIN is set)</source>
        <translation>el llavero está desactivado (QM_NO_KEYCHAIN está definida)</translation>
    </message>
    <message>
        <source>no D-Bus session bus, so no Secret Service or KWallet (headless session?)</source>
        <translation>no hay bus de sesión D-Bus, así que no hay Secret Service ni KWallet (¿sesión sin pantalla?)</translation>
    </message>
    <message>
        <source>No keychain is reachable: %1.</source>
        <translation>No hay ningún llavero accesible: %1.</translation>
    </message>
    <message>
        <source>the keychain did not answer within %1 s</source>
        <translation>el llavero no respondió en %1 s</translation>
    </message>
    <message>
        <source>The keychain has no such entry.</source>
        <translation>El llavero no tiene esa entrada.</translation>
    </message>
    <message>
        <source>The keychain refused access: %1.</source>
        <translation>El llavero denegó el acceso: %1.</translation>
    </message>
</context>
<context>
    <name>qm::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>Predeterminado del sistema (%1)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>A new language applies the next time Quartermaster starts.</source>
        <translation>Un idioma nuevo se aplica la próxima vez que se inicie Quartermaster.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Predeterminado del sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Colores</translation>
    </message>
    <message>
        <source>&amp;Colours:</source>
        <translation>&amp;Colores:</translation>
    </message>
    <message>
        <source>Also lock s&amp;taging profiles</source>
        <translation>Bloquear también los perfiles de &amp;staging</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>Idle lock after minutes</source>
        <translation>Bloqueo por inactividad tras minutos</translation>
    </message>
    <message>
        <source>After this long without input, a production profile&apos;s window is covered until the database password is typed again.</source>
        <translation>Tras este tiempo sin actividad, la ventana de un perfil de producción se cubre hasta que se vuelva a escribir la contraseña de la base de datos.</translation>
    </message>
    <message>
        <source>&amp;Idle lock after:</source>
        <translation>Blo&amp;queo por inactividad tras:</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>&amp;Generate key in keychain…</source>
        <translation>&amp;Generar clave en el llavero…</translation>
    </message>
    <message>
        <source>I&amp;mport key file into keychain…</source>
        <translation>&amp;Importar archivo de clave al llavero…</translation>
    </message>
    <message>
        <source>Audit checkpoints</source>
        <translation>Puntos de control de auditoría</translation>
    </message>
    <message>
        <source>Checkpoint folder</source>
        <translation>Carpeta de puntos de control</translation>
    </message>
    <message>
        <source>No folder: no checkpoints</source>
        <translation>Sin carpeta: sin puntos de control</translation>
    </message>
    <message>
        <source>Choose the checkpoint folder</source>
        <translation>Elegir la carpeta de puntos de control</translation>
    </message>
    <message>
        <source>Folder for signed audit checkpoints</source>
        <translation>Carpeta para los puntos de control de auditoría firmados</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Carpeta:</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
    <message>
        <source>Key file</source>
        <translation>Archivo de clave</translation>
    </message>
    <message>
        <source>System keychain</source>
        <translation>Llavero del sistema</translation>
    </message>
    <message>
        <source>Signing key</source>
        <translation>Clave de firma</translation>
    </message>
    <message>
        <source>Signing &amp;key:</source>
        <translation>Clave de &amp;firma:</translation>
    </message>
    <message>
        <source>Ed25519 private key (PEM, mode 0600)</source>
        <translation>Clave privada Ed25519 (PEM, modo 0600)</translation>
    </message>
    <message>
        <source>Choose the key file</source>
        <translation>Elegir el archivo de clave</translation>
    </message>
    <message>
        <source>Ed25519 private key</source>
        <translation>Clave privada Ed25519</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.key);;All files (*)</source>
        <translation>Archivos PEM (*.pem *.key);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Key &amp;file:</source>
        <translation>&amp;Archivo de clave:</translation>
    </message>
    <message>
        <source>Makes a new Ed25519 key in the system keychain and saves its public half, which verifiers need, to a file you choose.</source>
        <translation>Crea una nueva clave Ed25519 en el llavero del sistema y guarda su mitad pública, que necesitan quienes verifican, en un archivo que usted elija.</translation>
    </message>
    <message>
        <source>Save the public key for verifiers</source>
        <translation>Guardar la clave pública para quienes verifican</translation>
    </message>
    <message>
        <source>Public keys (*.pub *.pem)</source>
        <translation>Claves públicas (*.pub *.pem)</translation>
    </message>
    <message>
        <source>Copies an Ed25519 private key (PEM) into the system keychain. Delete the file afterwards if the keychain is to be its only home.</source>
        <translation>Copia una clave privada Ed25519 (PEM) al llavero del sistema. Borre después el archivo si la clave solo debe quedar en el llavero.</translation>
    </message>
    <message>
        <source>Only after destructive actions</source>
        <translation>Solo tras acciones destructivas</translation>
    </message>
    <message>
        <source>Sign &amp;every:</source>
        <translation>Firmar ca&amp;da:</translation>
    </message>
    <message>
        <source>Reading the keychain…</source>
        <translation>Leyendo el llavero…</translation>
    </message>
    <message>
        <source>The keychain holds the signing key (fingerprint %1).</source>
        <translation>El llavero guarda la clave de firma (huella %1).</translation>
    </message>
    <message>
        <source>A new signing key is in the keychain (fingerprint %1); its public key is in %2.</source>
        <translation>Hay una nueva clave de firma en el llavero (huella %1); su clave pública está en %2.</translation>
    </message>
    <message>
        <source>Minutes between checkpoints</source>
        <translation>Minutos entre puntos de control</translation>
    </message>
</context>
<context>
    <name>qm::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Every shortcut of the main window and of each workspace. Type to filter.</source>
        <translation>Todos los atajos de la ventana principal y de cada área de trabajo. Escriba para filtrar.</translation>
    </message>
    <message>
        <source>Filter by action, workspace or key</source>
        <translation>Filtrar por acción, área de trabajo o tecla</translation>
    </message>
    <message>
        <source>Filter shortcuts</source>
        <translation>Filtrar atajos</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Atajo</translation>
    </message>
</context>
<context>
    <name>qm::StockChangeDialog</name>
    <message>
        <source>Adjust stock of %1</source>
        <translation>Ajustar el stock de %1</translation>
    </message>
    <message>
        <source>Count stock of %1</source>
        <translation>Contar el stock de %1</translation>
    </message>
    <message>
        <source>%1 in %2: %3 on hand, %4 reserved, %5 available</source>
        <translation>%1 en %2: %3 en existencias, %4 reservados, %5 disponibles</translation>
    </message>
    <message>
        <source>+n adds to on hand, -n removes; never an absolute number</source>
        <translation>+n suma a las existencias, -n resta; nunca un número absoluto</translation>
    </message>
    <message>
        <source>&amp;Change by</source>
        <translation>&amp;Cambiar en</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Motivo</translation>
    </message>
    <message>
        <source>&amp;Counted on the shelf</source>
        <translation>C&amp;ontado en la estantería</translation>
    </message>
    <message>
        <source>Required: what happened (delivery note, who counted...)</source>
        <translation>Obligatorio: qué ha pasado (albarán, quién contó...)</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Nota</translation>
    </message>
    <message>
        <source>&amp;Adjust</source>
        <translation>&amp;Ajustar</translation>
    </message>
    <message>
        <source>&amp;Record count</source>
        <translation>&amp;Registrar recuento</translation>
    </message>
    <message>
        <source>Enter a change other than 0 (for example +12 or -3).</source>
        <translation>Introduzca un cambio distinto de 0 (por ejemplo +12 o -3).</translation>
    </message>
    <message>
        <source>Choose a reason.</source>
        <translation>Elija un motivo.</translation>
    </message>
    <message>
        <source>Only %1 are available (the rest is reserved by carts).</source>
        <translation>Solo hay %1 disponibles (el resto está reservado en carritos).</translation>
    </message>
    <message>
        <source>A note is required: it goes to the ledger with the change.</source>
        <translation>La nota es obligatoria: va al libro de movimientos con el cambio.</translation>
    </message>
</context>
<context>
    <name>qm::StockPage</name>
    <message>
        <source>&amp;Low stock only</source>
        <translation>Solo stock &amp;bajo</translation>
    </message>
    <message>
        <source>&amp;Adjust...</source>
        <translation>&amp;Ajustar...</translation>
    </message>
    <message>
        <source>&amp;Count...</source>
        <translation>&amp;Contar...</translation>
    </message>
    <message>
        <source>E&amp;xport ledger...</source>
        <translation>E&amp;xportar movimientos...</translation>
    </message>
    <message>
        <source>&amp;Release selected</source>
        <translation>&amp;Liberar selección</translation>
    </message>
    <message>
        <source>Release all &amp;expired</source>
        <translation>Liberar todas las ca&amp;ducadas</translation>
    </message>
    <message>
        <source>C&amp;heck stock against the ledger</source>
        <translation>C&amp;omprobar el stock con los movimientos</translation>
    </message>
    <message>
        <source>&amp;Repair drift...</source>
        <translation>&amp;Reparar desviación...</translation>
    </message>
    <message>
        <source>Select a SKU on the Stock tab.</source>
        <translation>Seleccione un SKU en la pestaña Stock.</translation>
    </message>
    <message>
        <source>SKU starts with</source>
        <translation>SKU empieza por</translation>
    </message>
    <message>
        <source>All warehouses</source>
        <translation>Todos los almacenes</translation>
    </message>
    <message>
        <source>Held, expired (stuck)</source>
        <translation>Retenidas, caducadas (atascadas)</translation>
    </message>
    <message>
        <source>Held, live</source>
        <translation>Retenidas, vigentes</translation>
    </message>
    <message>
        <source>All held</source>
        <translation>Todas las retenidas</translation>
    </message>
    <message>
        <source>All (latest)</source>
        <translation>Todas (las más recientes)</translation>
    </message>
    <message>
        <source>Add or remove stock with a reason (Ctrl+D)</source>
        <translation>Añadir o quitar stock con un motivo (Ctrl+D)</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Stock</translation>
    </message>
    <message>
        <source>Ledger</source>
        <translation>Movimientos</translation>
    </message>
    <message>
        <source>Reservations</source>
        <translation>Reservas</translation>
    </message>
    <message>
        <source>Low stock</source>
        <translation>Stock bajo</translation>
    </message>
    <message>
        <source>Reconcile</source>
        <translation>Conciliación</translation>
    </message>
    <message>
        <source>released from the console</source>
        <translation>liberada desde la consola</translation>
    </message>
    <message>
        <source>Repair stock drift</source>
        <translation>Reparar la desviación de stock</translation>
    </message>
    <message>
        <source>Write a compensating ledger movement for every drifted row (on hand is kept, the ledger is corrected) and set reserved back to the live holds? The repair is audited.</source>
        <translation>¿Escribir un movimiento de compensación por cada fila con desviación (se mantienen las existencias, se corrigen los movimientos) y devolver lo reservado a las retenciones vigentes? La reparación queda auditada.</translation>
    </message>
    <message numerus="yes">
        <source>Released %n expired reservation(s).</source>
        <translation>
            <numerusform>%n reserva caducada liberada.</numerusform>
            <numerusform>%n reservas caducadas liberadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a SKU and warehouse first.</source>
        <translation>Seleccione primero un SKU y un almacén.</translation>
    </message>
    <message>
        <source>%1: %2%3, now %4 on hand, %5 available</source>
        <translation>%1: %2%3, ahora %4 en existencias, %5 disponibles</translation>
    </message>
    <message>
        <source>%1 counted: %2 on hand (change %3)</source>
        <translation>%1 contado: %2 en existencias (cambio %3)</translation>
    </message>
    <message>
        <source>Ledger of %1 (all warehouses, newest first)</source>
        <translation>Movimientos de %1 (todos los almacenes, los más recientes primero)</translation>
    </message>
    <message>
        <source>Export the ledger</source>
        <translation>Exportar los movimientos</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exported %1 ledger rows to %2.</source>
        <translation>%1 filas de movimientos exportadas a %2.</translation>
    </message>
    <message>
        <source>Released reservation %1.</source>
        <translation>Reserva %1 liberada.</translation>
    </message>
    <message>
        <source>Checking...</source>
        <translation>Comprobando...</translation>
    </message>
    <message>
        <source>All %1 stock rows agree: on hand equals the ledger sum and reserved equals the live holds.</source>
        <translation>Las %1 filas de stock cuadran: las existencias equivalen a la suma de movimientos y lo reservado a las retenciones vigentes.</translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 stock rows drifted.</source>
        <translation>
            <numerusform>%n de %1 filas de stock tiene desviación.</numerusform>
            <numerusform>%n de %1 filas de stock tienen desviación.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Repaired %n row(s) (audited).</source>
        <translation>
            <numerusform>%n fila reparada (auditada).</numerusform>
            <numerusform>%n filas reparadas (auditadas).</numerusform>
        </translation>
    </message>
    <message>
        <source>Stock levels</source>
        <translation>Niveles de stock</translation>
    </message>
    <message>
        <source>Drift</source>
        <translation>Desviación</translation>
    </message>
</context>
<context>
    <name>qm::StoreSummaryModel</name>
    <message>
        <source>Products</source>
        <translation>Productos</translation>
    </message>
    <message>
        <source>Active products</source>
        <translation>Productos activos</translation>
    </message>
    <message>
        <source>Orders today</source>
        <translation>Pedidos hoy</translation>
    </message>
    <message>
        <source>Revenue today</source>
        <translation>Ingresos hoy</translation>
    </message>
    <message>
        <source>Open reservations</source>
        <translation>Reservas abiertas</translation>
    </message>
    <message>
        <source>Low stock</source>
        <translation>Stock bajo</translation>
    </message>
    <message>
        <source>Last order</source>
        <translation>Último pedido</translation>
    </message>
    <message>
        <source>Maintenance mode</source>
        <translation>Modo de mantenimiento</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>ninguno aún</translation>
    </message>
    <message numerus="yes">
        <source>%n s ago</source>
        <translation>
            <numerusform>hace %n s</numerusform>
            <numerusform>hace %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>hace %n min</numerusform>
            <numerusform>hace %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>hace %n h</numerusform>
            <numerusform>hace %n h</numerusform>
        </translation>
    </message>
    <message>
        <source>On</source>
        <translation>Activado</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Desactivado</translation>
    </message>
    <message>
        <source>estimate from table statistics</source>
        <translation>estimación a partir de las estadísticas de la tabla</translation>
    </message>
    <message>
        <source>in the catalog</source>
        <translation>en el catálogo</translation>
    </message>
    <message>
        <source>%1 % of the catalog</source>
        <translation>%1 % del catálogo</translation>
    </message>
    <message>
        <source>since midnight (server time)</source>
        <translation>desde medianoche (hora del servidor)</translation>
    </message>
    <message>
        <source>paid orders since midnight</source>
        <translation>pedidos pagados desde medianoche</translation>
    </message>
    <message>
        <source>held in carts, not expired</source>
        <translation>retenidas en carritos, no caducadas</translation>
    </message>
    <message>
        <source>at or below their threshold</source>
        <translation>en su umbral o por debajo</translation>
    </message>
    <message>
        <source>the storefront is open</source>
        <translation>la tienda está abierta</translation>
    </message>
</context>
<context>
    <name>qm::TimeChart</name>
    <message>
        <source>no data</source>
        <translation>sin datos</translation>
    </message>
    <message>
        <source> M</source>
        <translation> M</translation>
    </message>
    <message>
        <source> k</source>
        <translation> k</translation>
    </message>
    <message>
        <source>Forecast band</source>
        <translation>Banda de previsión</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Previsión</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>forecast %1 (%2 to %3)</source>
        <translation>previsión %1 (%2 a %3)</translation>
    </message>
    <message>
        <source>forecast →</source>
        <translation>previsión →</translation>
    </message>
    <message>
        <source>%1
%2 · audit entry #%3 (click to open)</source>
        <translation>%1
%2 · entrada de auditoría n.º %3 (clic para abrir)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <source>Forecast band: %1</source>
        <translation>Banda de previsión: %1</translation>
    </message>
</context>
<context>
    <name>qm::TopologyView</name>
    <message>
        <source>%1 B</source>
        <translation>%1 B</translation>
    </message>
    <message>
        <source>%1 KiB</source>
        <translation>%1 KiB</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Lag</source>
        <translation>Retraso</translation>
    </message>
    <message>
        <source>TL</source>
        <translation>TL</translation>
    </message>
    <message>
        <source>master</source>
        <translation>master</translation>
    </message>
    <message>
        <source>up</source>
        <translation>activo</translation>
    </message>
    <message>
        <source>DOWN</source>
        <translation>CAÍDO</translation>
    </message>
    <message>
        <source>replica of %1</source>
        <translation>réplica de %1</translation>
    </message>
    <message>
        <source>sentinel</source>
        <translation>sentinel</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>respondió</translation>
    </message>
    <message>
        <source>configured</source>
        <translation>configurado</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>Patroni is paused (no automatic failover)</source>
        <translation>Patroni está en pausa (sin failover automático)</translation>
    </message>
    <message>
        <source>PostgreSQL (Patroni)</source>
        <translation>PostgreSQL (Patroni)</translation>
    </message>
    <message>
        <source>this profile names no Patroni API</source>
        <translation>este perfil no indica ninguna API de Patroni</translation>
    </message>
    <message>
        <source>Redis</source>
        <translation>Redis</translation>
    </message>
    <message>
        <source>Backups (pgBackRest)</source>
        <translation>Copias de seguridad (pgBackRest)</translation>
    </message>
    <message>
        <source>reading…</source>
        <translation>leyendo…</translation>
    </message>
    <message>
        <source>cannot read the backups: %1</source>
        <translation>no se pueden leer las copias de seguridad: %1</translation>
    </message>
    <message>
        <source>fresh</source>
        <translation>reciente</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>TOO OLD (at most %1)</source>
        <translation>DEMASIADO ANTIGUA (como mucho %1)</translation>
    </message>
    <message>
        <source>NO WAL ARCHIVED</source>
        <translation>NINGÚN WAL ARCHIVADO</translation>
    </message>
    <message>
        <source>%1 old</source>
        <translation>de hace %1</translation>
    </message>
</context>
<context>
    <name>qm::UserGuideDialog</name>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Adelante</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Índice</translation>
    </message>
    <message>
        <source>Store manager</source>
        <translation>Gerente de tienda</translation>
    </message>
    <message>
        <source>Merchandiser</source>
        <translation>Responsable de surtido</translation>
    </message>
    <message>
        <source>On-call engineer</source>
        <translation>Ingeniero de guardia</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Guía del usuario</translation>
    </message>
    <message>
        <source>Guide page</source>
        <translation>Página de la guía</translation>
    </message>
    <message>
        <source>The guide for your role</source>
        <translation>La guía para su rol</translation>
    </message>
    <message>
        <source>The page shown before (Alt+Left)</source>
        <translation>La página mostrada antes (Alt+Izquierda)</translation>
    </message>
    <message>
        <source>Alt+Right</source>
        <translation>Alt+Derecha</translation>
    </message>
    <message>
        <source>User guide page</source>
        <translation>Página de la guía del usuario</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>This page of the guide is missing: %1. Reinstall Quartermaster to restore it.</source>
        <translation>Falta esta página de la guía: %1. Reinstale Quartermaster para recuperarla.</translation>
    </message>
    <message>
        <source>User guide — %1</source>
        <translation>Guía del usuario — %1</translation>
    </message>
    <message>
        <source>&lt;h2&gt;The user guide is not installed&lt;/h2&gt;&lt;p&gt;Quartermaster looked for &lt;code&gt;index.md&lt;/code&gt; in:&lt;/p&gt;&lt;ul&gt;%1&lt;/ul&gt;&lt;p&gt;Reinstall the quartermaster package (it puts the guide in &lt;code&gt;share/quartermaster/guide&lt;/code&gt;), or set the environment variable &lt;code&gt;QM_GUIDE_DIR&lt;/code&gt; to a folder that holds the guide (&lt;code&gt;docs/guide&lt;/code&gt; in the source tree) and open it again.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;La guía del usuario no está instalada&lt;/h2&gt;&lt;p&gt;Quartermaster buscó &lt;code&gt;index.md&lt;/code&gt; en:&lt;/p&gt;&lt;ul&gt;%1&lt;/ul&gt;&lt;p&gt;Reinstale el paquete quartermaster (pone la guía en &lt;code&gt;share/quartermaster/guide&lt;/code&gt;), o defina la variable de entorno &lt;code&gt;QM_GUIDE_DIR&lt;/code&gt; con una carpeta que contenga la guía (&lt;code&gt;docs/guide&lt;/code&gt; en el árbol de fuentes) y vuelva a abrirla.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>qm::ViewState</name>
    <message>
        <source>Columns</source>
        <translation>Columnas</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Columna %1</translation>
    </message>
    <message>
        <source>Reset columns</source>
        <translation>Restablecer columnas</translation>
    </message>
</context>
<context>
    <name>qm::WorkspaceHost</name>
    <message>
        <source>Workspaces</source>
        <translation>Áreas de trabajo</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
</context>
<context>
    <name>qm::audit</name>
    <message>
        <source>read the audit log</source>
        <translation>leer el registro de auditoría</translation>
    </message>
    <message>
        <source>count audit log entries</source>
        <translation>contar las entradas del registro de auditoría</translation>
    </message>
    <message>
        <source>read the audit chain&apos;s head</source>
        <translation>leer la cabeza de la cadena de auditoría</translation>
    </message>
    <message>
        <source>verify the audit chain</source>
        <translation>verificar la cadena de auditoría</translation>
    </message>
</context>
<context>
    <name>qm::audit::AuditExport</name>
    <message>
        <source>Could not create %1.</source>
        <translation>No se pudo crear %1.</translation>
    </message>
    <message>
        <source>Could not write %1 (disk full?).</source>
        <translation>No se pudo escribir %1 (¿disco lleno?).</translation>
    </message>
    <message>
        <source>Could not rename %1 to %2.</source>
        <translation>No se pudo renombrar %1 a %2.</translation>
    </message>
</context>
<context>
    <name>qm::audit::Checkpoint</name>
    <message>
        <source>Not an audit checkpoint: %1</source>
        <translation>No es un punto de control de auditoría: %1</translation>
    </message>
    <message>
        <source>the format is not %1</source>
        <translation>el formato no es %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing or not a string</source>
        <translation>«%1» falta o no es una cadena de texto</translation>
    </message>
    <message>
        <source>&quot;id&quot; is not a positive number</source>
        <translation>«id» no es un número positivo</translation>
    </message>
    <message>
        <source>&quot;hash&quot; is not 64 hex digits</source>
        <translation>«hash» no son 64 dígitos hexadecimales</translation>
    </message>
    <message>
        <source>&quot;signature&quot; is not a base64 Ed25519 signature</source>
        <translation>«signature» no es una firma Ed25519 en base64</translation>
    </message>
    <message>
        <source>No checkpoint folder given.</source>
        <translation>No se indicó ninguna carpeta de puntos de control.</translation>
    </message>
    <message>
        <source>Cannot create the checkpoint folder %1.</source>
        <translation>No se puede crear la carpeta de puntos de control %1.</translation>
    </message>
    <message>
        <source>Cannot write the checkpoint %1.</source>
        <translation>No se puede escribir el punto de control %1.</translation>
    </message>
    <message>
        <source>The checkpoint folder %1 does not exist.</source>
        <translation>La carpeta de puntos de control %1 no existe.</translation>
    </message>
    <message>
        <source>Cannot read %1 (or it is too large to be a checkpoint).</source>
        <translation>No se puede leer %1 (o es demasiado grande para ser un punto de control).</translation>
    </message>
    <message>
        <source>Not an audit checkpoint: not a JSON object</source>
        <translation>No es un punto de control de auditoría: no es un objeto JSON</translation>
    </message>
</context>
<context>
    <name>qm::audit::CheckpointKeys</name>
    <message>
        <source>The keychain has no audit checkpoint key. Generate or import one in File ▸ Settings ▸ Audit, or run qmctl audit keygen --keychain.</source>
        <translation>El llavero no tiene clave para los puntos de control de auditoría. Genere o importe una en Archivo ▸ Configuración ▸ Auditoría, o ejecute qmctl audit keygen --keychain.</translation>
    </message>
    <message>
        <source>The audit checkpoint key could not be read from the keychain: %1</source>
        <translation>No se pudo leer del llavero la clave de los puntos de control de auditoría: %1</translation>
    </message>
    <message>
        <source>The keychain&apos;s audit checkpoint key is not an Ed25519 private key: %1</source>
        <translation>La clave de los puntos de control de auditoría del llavero no es una clave privada Ed25519: %1</translation>
    </message>
    <message>
        <source>Only a private key can sign checkpoints; this is a public key.</source>
        <translation>Solo una clave privada puede firmar puntos de control; esta es una clave pública.</translation>
    </message>
    <message>
        <source>Cannot write the public key to %1: %2</source>
        <translation>No se puede escribir la clave pública en %1: %2</translation>
    </message>
</context>
<context>
    <name>qm::audit::CheckpointWriter</name>
    <message>
        <source>No database connection for the audit checkpoint.</source>
        <translation>No hay conexión con la base de datos para el punto de control de auditoría.</translation>
    </message>
    <message>
        <source>The database did not answer in time for the audit checkpoint.</source>
        <translation>La base de datos no respondió a tiempo para el punto de control de auditoría.</translation>
    </message>
</context>
<context>
    <name>qm::audit::ConsoleCheckpoints</name>
    <message>
        <source>The audit checkpoint key has not arrived from the keychain.</source>
        <translation>La clave de los puntos de control de auditoría aún no ha llegado del llavero.</translation>
    </message>
</context>
<context>
    <name>qm::audit::Ed25519Key</name>
    <message>
        <source>Cannot read the key file %1.</source>
        <translation>No se puede leer el archivo de clave %1.</translation>
    </message>
    <message>
        <source>%1 is too large to be a key file.</source>
        <translation>%1 es demasiado grande para ser un archivo de clave.</translation>
    </message>
    <message>
        <source>Could not generate an Ed25519 key.</source>
        <translation>No se pudo generar una clave Ed25519.</translation>
    </message>
    <message>
        <source>This is not a PEM private key.</source>
        <translation>Esto no es una clave privada PEM.</translation>
    </message>
    <message>
        <source>This private key is not an Ed25519 key.</source>
        <translation>Esta clave privada no es una clave Ed25519.</translation>
    </message>
    <message>
        <source>This is not a PEM public key.</source>
        <translation>Esto no es una clave pública PEM.</translation>
    </message>
    <message>
        <source>This public key is not an Ed25519 key.</source>
        <translation>Esta clave pública no es una clave Ed25519.</translation>
    </message>
    <message>
        <source>The signing key %1 is readable by other users: run chmod 600 on it (and consider it known to them).</source>
        <translation>Otros usuarios pueden leer la clave de firma %1: ejecute chmod 600 sobre ella (y considere que la conocen).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>This key cannot sign: it is a public key.</source>
        <translation>Esta clave no puede firmar: es una clave pública.</translation>
    </message>
    <message>
        <source>Signing failed.</source>
        <translation>La firma falló.</translation>
    </message>
    <message>
        <source>There is no private key to write.</source>
        <translation>No hay ninguna clave privada que escribir.</translation>
    </message>
    <message>
        <source>%1 or %2 exists already: nothing was written (a key is never overwritten).</source>
        <translation>%1 o %2 ya existe: no se escribió nada (una clave nunca se sobrescribe).</translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation>No se puede crear %1.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>No se puede escribir %1.</translation>
    </message>
</context>
<context>
    <name>qm::audit::VerifyReport</name>
    <message>
        <source>Row %1 was changed after it was written: its hash does not match its content (first bad id %1).</source>
        <translation>La fila %1 se cambió después de escribirse: su hash no coincide con su contenido (primer id erróneo %1).</translation>
    </message>
    <message>
        <source>The rows before id %1 are gone: row %1 is the first row but does not start the chain (first bad id %1).</source>
        <translation>Las filas anteriores al id %1 han desaparecido: la fila %1 es la primera, pero no inicia la cadena (primer id erróneo %1).</translation>
    </message>
    <message>
        <source>The chain breaks between row %1 and row %2: a row between them was deleted, or row %1 was rewritten (first bad id %2).</source>
        <translation>La cadena se rompe entre la fila %1 y la fila %2: se borró una fila entre ellas o se reescribió la fila %1 (primer id erróneo %2).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Checkpoint %1 is not signed by the key %2: it was forged or changed after signing, and proves nothing.</source>
        <translation>El punto de control %1 no está firmado con la clave %2: se falsificó o se cambió después de firmarse, y no prueba nada.</translation>
    </message>
    <message>
        <source>Checkpoint %1 is for %2, not this database: skipped.</source>
        <translation>El punto de control %1 es de %2, no de esta base de datos: omitido.</translation>
    </message>
    <message>
        <source>Rows %1..%2 are gone; checkpoint %3 signed at %4.</source>
        <translation>Las filas %1..%2 han desaparecido; punto de control %3 firmado el %4.</translation>
    </message>
    <message>
        <source>Row %1 is gone; checkpoint %2 signed at %3 pins it.</source>
        <translation>La fila %1 ha desaparecido; el punto de control %2, firmado el %3, la fija.</translation>
    </message>
    <message>
        <source>The chain verifies but checkpoint %1&apos;s hash for id %2 no longer matches: the audit log was recomputed after %3.</source>
        <translation>La cadena es correcta, pero el hash del punto de control %1 para el id %2 ya no coincide: el registro de auditoría se recalculó después de %3.</translation>
    </message>
    <message>
        <source>Checkpoint %1&apos;s hash for id %2 no longer matches (signed at %3).</source>
        <translation>El hash del punto de control %1 para el id %2 ya no coincide (firmado el %3).</translation>
    </message>
    <message>
        <source>Rows after id %1 (up to %2) are not anchored by a checkpoint yet: a rewrite of those alone would not be detected.</source>
        <translation>Las filas posteriores al id %1 (hasta %2) aún no están ancladas por un punto de control: una reescritura solo de ellas no se detectaría.</translation>
    </message>
    <message>
        <source>No checkpoints given (--checkpoints DIR --pubkey FILE): a chain recomputed by a database superuser would verify.</source>
        <translation>No se indicaron puntos de control (--checkpoints DIR --pubkey FILE): una cadena recalculada por un superusuario de la base de datos se verificaría.</translation>
    </message>
</context>
<context>
    <name>qm::backend</name>
    <message>
        <source>Your database role may not %1 on this store: nothing was sent to Vendure.</source>
        <translation>Su rol de base de datos no puede %1 en esta tienda: no se envió nada a Vendure.</translation>
    </message>
    <message>
        <source>Request id %1 was already used for another action: nothing was sent to Vendure.</source>
        <translation>El id de solicitud %1 ya se usó para otra acción: no se envió nada a Vendure.</translation>
    </message>
    <message>
        <source>The audit log refused to record the intent, so nothing was sent to Vendure: %1</source>
        <translation>El registro de auditoría rechazó registrar la intención, así que no se envió nada a Vendure: %1</translation>
    </message>
    <message>
        <source>An earlier attempt of this request (%1) may have reached Vendure, but its outcome was never recorded: nothing was sent again. Reload, check, and act again as a new request.</source>
        <translation>Un intento anterior de esta solicitud (%1) puede haber llegado a Vendure, pero su resultado nunca se registró: no se volvió a enviar nada. Recargue, compruebe y vuelva a actuar como una solicitud nueva.</translation>
    </message>
    <message>
        <source>record the outcome in the audit log</source>
        <translation>registrar el resultado en el registro de auditoría</translation>
    </message>
    <message>
        <source>This request was sent to Vendure before and refused: %1 Nothing was sent again.</source>
        <translation>Esta solicitud ya se envió a Vendure y fue rechazada: %1 No se volvió a enviar nada.</translation>
    </message>
</context>
<context>
    <name>qm::backends::Gate</name>
    <message>
        <source>the catalog edit</source>
        <translation>la edición del catálogo</translation>
    </message>
    <message>
        <source>the import</source>
        <translation>la importación</translation>
    </message>
    <message>
        <source>the stock adjustment</source>
        <translation>el ajuste de stock</translation>
    </message>
    <message>
        <source>the stock count</source>
        <translation>el recuento de stock</translation>
    </message>
    <message>
        <source>releasing the reservation</source>
        <translation>la liberación de la reserva</translation>
    </message>
    <message>
        <source>releasing expired reservations</source>
        <translation>la liberación de las reservas caducadas</translation>
    </message>
    <message>
        <source>the drift repair</source>
        <translation>la reparación de la desviación</translation>
    </message>
    <message>
        <source>the order action</source>
        <translation>la acción sobre el pedido</translation>
    </message>
</context>
<context>
    <name>qm::cache::CacheConnection</name>
    <message>
        <source>The cache connection was closed.</source>
        <translation>La conexión con la caché se cerró.</translation>
    </message>
    <message>
        <source>No Redis master serves this key.</source>
        <translation>Ningún master de Redis sirve esta clave.</translation>
    </message>
    <message>
        <source>%1 is not part of this deployment.</source>
        <translation>%1 no forma parte de este despliegue.</translation>
    </message>
</context>
<context>
    <name>qm::cache::KeyspaceScan</name>
    <message>
        <source>No Redis master to scan.</source>
        <translation>No hay ningún master de Redis que escanear.</translation>
    </message>
</context>
<context>
    <name>qm::cache::RedisPurgeAction</name>
    <message>
        <source>Purge product %1 from Redis and Varnish</source>
        <translation>Purgar el producto %1 de Redis y Varnish</translation>
    </message>
    <message>
        <source>Stopped by you after %1 keys were deleted; the rest are still there.</source>
        <translation>Detenido por usted tras borrar %1 claves; el resto sigue ahí.</translation>
    </message>
    <message>
        <source>Deleting on %1</source>
        <translation>Borrando en %1</translation>
    </message>
    <message>
        <source>%1 was at times slower than the budget on its own (idle p90 up to %2 ms): paced to the idle latency + %3 ms then.</source>
        <translation>%1 fue a ratos más lento que el presupuesto por sí solo (p90 en reposo hasta %2 ms): entonces se ajustó el ritmo a la latencia en reposo + %3 ms.</translation>
    </message>
    <message>
        <source>Deleting the members of %1</source>
        <translation>Borrando los miembros de %1</translation>
    </message>
    <message>
        <source>%1 keys deleted in %2 ms</source>
        <translation>%1 claves borradas en %2 ms</translation>
    </message>
    <message>
        <source>%1 keys in protected namespaces were left alone.</source>
        <translation>Las %1 claves de espacios de nombres protegidos no se tocaron.</translation>
    </message>
    <message>
        <source>Shoppers&apos; round trip while purging: p99 %1 ms over %2 probes (budget %3 ms)</source>
        <translation>Tiempo de respuesta de los compradores durante la purga: p99 %1 ms en %2 sondeos (presupuesto %3 ms)</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>%1 is not a tag set (not a Redis set).</source>
        <translation>%1 no es un conjunto de etiquetas (no es un set de Redis).</translation>
    </message>
    <message>
        <source>Redis at %1 stopped answering after %2 keys were deleted. Nothing was rolled back; run the purge again to finish.</source>
        <translation>Redis en %1 dejó de responder tras borrar %2 claves. No se deshizo nada; vuelva a ejecutar la purga para terminar.</translation>
    </message>
    <message>
        <source>Purge the Redis keys matching %1</source>
        <translation>Purgar las claves de Redis que coinciden con %1</translation>
    </message>
    <message>
        <source>Purge the Redis keys tagged %1</source>
        <translation>Purgar las claves de Redis etiquetadas %1</translation>
    </message>
    <message>
        <source>Purge product %1 from the Redis cache</source>
        <translation>Purgar el producto %1 de la caché de Redis</translation>
    </message>
    <message>
        <source>The pattern %1 reaches into the protected namespace %2.</source>
        <translation>El patrón %1 alcanza el espacio de nombres protegido %2.</translation>
    </message>
    <message>
        <source>The pattern is empty.</source>
        <translation>El patrón está vacío.</translation>
    </message>
    <message>
        <source>The tag is empty.</source>
        <translation>La etiqueta está vacía.</translation>
    </message>
    <message>
        <source>The product id is empty.</source>
        <translation>El id del producto está vacío.</translation>
    </message>
    <message>
        <source>keys</source>
        <translation>claves</translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) on %1</source>
        <translation>
            <numerusform>%n clave en %1</numerusform>
            <numerusform>%n claves en %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 masters (%2)</source>
        <translation>%1 masters (%2)</translation>
    </message>
    <message>
        <source>Frees %1 (MEMORY USAGE of every key)</source>
        <translation>Libera %1 (MEMORY USAGE de cada clave)</translation>
    </message>
    <message>
        <source>Frees about %1 (estimated: MEMORY USAGE of %2 sampled keys, extrapolated to %3)</source>
        <translation>Libera unos %1 (estimado: MEMORY USAGE de %2 claves de muestra, extrapolado a %3)</translation>
    </message>
    <message>
        <source>%1 tag-set members point to keys that have expired; they go with the set.</source>
        <translation>%1 miembros de conjuntos de etiquetas apuntan a claves caducadas; se van con el conjunto.</translation>
    </message>
    <message>
        <source>%1 matching keys are in protected namespaces (%2)%3.</source>
        <translation>%1 claves coincidentes están en espacios de nombres protegidos (%2)%3.</translation>
    </message>
    <message>
        <source>, e.g. %1</source>
        <translation>, p. ej. %1</translation>
    </message>
    <message>
        <source>Unlock protected namespaces for this one purge to include them.</source>
        <translation>Desbloquee los espacios de nombres protegidos solo para esta purga para incluirlos.</translation>
    </message>
    <message>
        <source>Protected namespaces are unlocked for this purge: sessions and carts that match will be deleted.</source>
        <translation>Los espacios de nombres protegidos están desbloqueados para esta purga: se borrarán las sesiones y carritos que coincidan.</translation>
    </message>
    <message>
        <source>Nothing matches: the purge would delete nothing.</source>
        <translation>Nada coincide: la purga no borraría nada.</translation>
    </message>
    <message>
        <source>Verified: nothing the purge covers is left.</source>
        <translation>Verificado: no queda nada de lo que abarca la purga.</translation>
    </message>
    <message>
        <source>%1 keys still match and %2 of the %3 sampled keys exist (written again since the purge, or not reached), e.g. %4</source>
        <translation>%1 claves siguen coincidiendo y %2 de las %3 claves de muestra existen (reescritas desde la purga o no alcanzadas), p. ej. %4</translation>
    </message>
    <message>
        <source>The pattern %1 has a &apos;[&apos; at position %2 that no &apos;]&apos; closes. Close it, or write \[ for a literal &apos;[&apos;.</source>
        <translation>El patrón %1 tiene en la posición %2 un &apos;[&apos; que ningún &apos;]&apos; cierra. Ciérrelo, o escriba \[ para un &apos;[&apos; literal.</translation>
    </message>
    <message>
        <source>The pattern %1 ends in a lone &apos;\&apos; at position %2. Remove it, or write \\ for a literal backslash.</source>
        <translation>El patrón %1 termina en la posición %2 con un &apos;\&apos; suelto. Quítelo, o escriba \\ para una barra invertida literal.</translation>
    </message>
</context>
<context>
    <name>qm::cache::RedisSync</name>
    <message>
        <source>A blocking Redis call was refused on the GUI thread.</source>
        <translation>Se rechazó una llamada bloqueante a Redis en el hilo de la GUI.</translation>
    </message>
    <message>
        <source>Redis at %1 did not answer within %2 ms.</source>
        <translation>Redis en %1 no respondió en %2 ms.</translation>
    </message>
    <message>
        <source>Redis at %1 refused %2: %3</source>
        <translation>Redis en %1 rechazó %2: %3</translation>
    </message>
</context>
<context>
    <name>qm::cache::TagReapAction</name>
    <message>
        <source>Reap the members of tag sets %1 whose keys have expired</source>
        <translation>Limpiar los miembros de los conjuntos de etiquetas %1 cuyas claves han caducado</translation>
    </message>
    <message>
        <source>members</source>
        <translation>miembros</translation>
    </message>
    <message>
        <source>%1: %2 of %3 members expired</source>
        <translation>%1: %2 de %3 miembros caducados</translation>
    </message>
    <message>
        <source>%1 tag sets, %2 members, %3 of them point to expired keys</source>
        <translation>%1 conjuntos de etiquetas, %2 miembros, %3 de ellos apuntan a claves caducadas</translation>
    </message>
    <message>
        <source>Only set members are removed: no cached key is deleted.</source>
        <translation>Solo se quitan miembros de los conjuntos: no se borra ninguna clave en caché.</translation>
    </message>
    <message>
        <source>Stopped by you.</source>
        <translation>Detenido por usted.</translation>
    </message>
    <message>
        <source>Reaping %1</source>
        <translation>Limpiando %1</translation>
    </message>
    <message>
        <source>%1 expired members removed</source>
        <translation>%1 miembros caducados quitados</translation>
    </message>
    <message>
        <source>Verified: the reaped tag sets hold no expired member.</source>
        <translation>Verificado: los conjuntos de etiquetas limpiados no contienen ningún miembro caducado.</translation>
    </message>
    <message>
        <source>%1 members expired since (keys expire all the time).</source>
        <translation>%1 miembros han caducado desde entonces (las claves caducan continuamente).</translation>
    </message>
</context>
<context>
    <name>qm::cache::TopologyResolver</name>
    <message>
        <source>The profile names no Redis server.</source>
        <translation>El perfil no indica ningún servidor Redis.</translation>
    </message>
    <message>
        <source>%1 does not monitor a master named %2.</source>
        <translation>%1 no supervisa ningún master llamado %2.</translation>
    </message>
    <message>
        <source>%1 answered %2.</source>
        <translation>%1 respondió %2.</translation>
    </message>
    <message>
        <source>%1 names %2 as master, but it is not one (yet).</source>
        <translation>%1 indica %2 como master, pero (aún) no lo es.</translation>
    </message>
    <message>
        <source>No Sentinel could name the Redis master %1.</source>
        <translation>Ningún Sentinel pudo indicar el master de Redis %1.</translation>
    </message>
    <message>
        <source>No Redis Cluster seed answered.</source>
        <translation>No respondió ningún nodo semilla del Redis Cluster.</translation>
    </message>
    <message>
        <source>Unexpected CLUSTER SHARDS reply.</source>
        <translation>Respuesta inesperada de CLUSTER SHARDS.</translation>
    </message>
    <message>
        <source>The cluster reports no master serving slotRanges.</source>
        <translation>El clúster no informa de ningún master que sirva slotRanges.</translation>
    </message>
    <message>
        <source>Unexpected CLUSTER SLOTS reply.</source>
        <translation>Respuesta inesperada de CLUSTER SLOTS.</translation>
    </message>
</context>
<context>
    <name>qm::cache::VarnishClient</name>
    <message>
        <source>A Varnish ban regex may not contain quotes or line breaks.</source>
        <translation>Una regex de ban de Varnish no puede contener comillas ni saltos de línea.</translation>
    </message>
    <message>
        <source>Not a valid regular expression: %1</source>
        <translation>No es una expresión regular válida: %1</translation>
    </message>
    <message>
        <source>A blocking Varnish call was refused on the GUI thread.</source>
        <translation>Se rechazó una llamada bloqueante a Varnish en el hilo de la GUI.</translation>
    </message>
    <message>
        <source>%1 did not answer /.qm/varnish with JSON.</source>
        <translation>%1 no respondió a /.qm/varnish con JSON.</translation>
    </message>
    <message>
        <source>A ban needs a URL or a host regex.</source>
        <translation>Un ban necesita una regex de URL o de host.</translation>
    </message>
    <message>
        <source>Varnish at %1 refused the ban: %2 %3</source>
        <translation>Varnish en %1 rechazó el ban: %2 %3</translation>
    </message>
    <message>
        <source>No tag to purge.</source>
        <translation>No hay ninguna etiqueta que purgar.</translation>
    </message>
    <message>
        <source>Varnish at %1 refused the purge: %2 %3</source>
        <translation>Varnish en %1 rechazó la purga: %2 %3</translation>
    </message>
    <message>
        <source>Varnish at %1 did not say how many objects it purged (no X-Purged: is the xkey VCL installed?).</source>
        <translation>Varnish en %1 no indicó cuántos objetos purgó (sin X-Purged: ¿está instalada la VCL de xkey?).</translation>
    </message>
    <message>
        <source>The Varnish call was cancelled.</source>
        <translation>Se canceló la llamada a Varnish.</translation>
    </message>
</context>
<context>
    <name>qm::cache::VarnishMonitor</name>
    <message>
        <source>not JSON</source>
        <translation>no es JSON</translation>
    </message>
</context>
<context>
    <name>qm::cache::VarnishPurgeAction</name>
    <message>
        <source>Purge the Varnish pages tagged %1</source>
        <translation>Purgar las páginas de Varnish etiquetadas %1</translation>
    </message>
    <message>
        <source>Ban the Varnish pages of hosts %1 with URLs %2</source>
        <translation>Aplicar un ban a las páginas de Varnish de los hosts %1 con URL %2</translation>
    </message>
    <message>
        <source>Ban the Varnish pages of hosts matching %1</source>
        <translation>Aplicar un ban a las páginas de Varnish de los hosts que coinciden con %1</translation>
    </message>
    <message>
        <source>Ban the Varnish pages with URLs matching %1</source>
        <translation>Aplicar un ban a las páginas de Varnish con URL que coinciden con %1</translation>
    </message>
    <message>
        <source>The profile names no Varnish instance.</source>
        <translation>El perfil no indica ninguna instancia de Varnish.</translation>
    </message>
    <message>
        <source>A ban needs a URL or a host regex.</source>
        <translation>Un ban necesita una regex de URL o de host.</translation>
    </message>
    <message>
        <source>No tag to purge.</source>
        <translation>No hay ninguna etiqueta que purgar.</translation>
    </message>
    <message>
        <source>objects</source>
        <translation>objetos</translation>
    </message>
    <message>
        <source>%1: no ban list or counters (%2)</source>
        <translation>%1: sin lista de bans ni contadores (%2)</translation>
    </message>
    <message>
        <source>%1: %2 objects cached, ban list length %3</source>
        <translation>%1: %2 objetos en caché, longitud de la lista de bans %3</translation>
    </message>
    <message>
        <source>This regex matches every URL: the whole cache is invalidated and the origin serves every page again.</source>
        <translation>Esta regex coincide con todas las URL: se invalida toda la caché y el origen vuelve a servir todas las páginas.</translation>
    </message>
    <message>
        <source>Stopped by you after %1 of %2 instances.</source>
        <translation>Detenido por usted tras %1 de %2 instancias.</translation>
    </message>
    <message>
        <source>Invalidating on %1</source>
        <translation>Invalidando en %1</translation>
    </message>
    <message>
        <source>%1: %2 objects purged</source>
        <translation>%1: %2 objetos purgados</translation>
    </message>
    <message>
        <source>%1: ban added (%2)</source>
        <translation>%1: ban añadido (%2)</translation>
    </message>
    <message>
        <source>%1 (after %2 of %3 instances)</source>
        <translation>%1 (tras %2 de %3 instancias)</translation>
    </message>
    <message>
        <source>%1: cannot read the ban list (%2)</source>
        <translation>%1: no se puede leer la lista de bans (%2)</translation>
    </message>
    <message>
        <source>%1: the ban is not in the ban list</source>
        <translation>%1: el ban no está en la lista de bans</translation>
    </message>
    <message>
        <source>%1%2: %3</source>
        <translation>%1%2: %3</translation>
    </message>
    <message>
        <source>%1%2 is still served from the cache</source>
        <translation>%1%2 todavía se sirve desde la caché</translation>
    </message>
    <message numerus="yes">
        <source>Verified on %n check(s).</source>
        <translation>
            <numerusform>Verificado en %n comprobación.</numerusform>
            <numerusform>Verificado en %n comprobaciones.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not every instance was invalidated.</source>
        <translation>No se invalidaron todas las instancias.</translation>
    </message>
    <message numerus="yes">
        <source>Varnish cannot count in advance what this invalidates: at most the %1 objects cached on %n instance(s).</source>
        <translation>
            <numerusform>Varnish no puede contar de antemano lo que esto invalida: como mucho los %1 objetos en caché en %n instancia.</numerusform>
            <numerusform>Varnish no puede contar de antemano lo que esto invalida: como mucho los %1 objetos en caché en %n instancias.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qm::capacity::Annotations</name>
    <message>
        <source>Purge</source>
        <translation>Purga</translation>
    </message>
    <message>
        <source>Bulk edit</source>
        <translation>Edición masiva</translation>
    </message>
    <message>
        <source>Switchover</source>
        <translation>Switchover</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>Mantenimiento</translation>
    </message>
    <message>
        <source>Load test</source>
        <translation>Prueba de carga</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 por %2</translation>
    </message>
    <message>
        <source>: %1</source>
        <translation>: %1</translation>
    </message>
    <message>
        <source>Highest stable rate: %1 orders/s</source>
        <translation>Tasa estable más alta: %1 pedidos/s</translation>
    </message>
    <message>
        <source> (recorded peak %1 orders/s)</source>
        <translation> (pico registrado %1 pedidos/s)</translation>
    </message>
    <message>
        <source>First to saturate: %1</source>
        <translation>Primero en saturarse: %1</translation>
    </message>
    <message>
        <source>Closest to its limit: %1</source>
        <translation>Más cerca de su límite: %1</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
</context>
<context>
    <name>qm::capacity::DirectSampler</name>
    <message>
        <source>sampling PostgreSQL and Redis every %1 s</source>
        <translation>muestreando PostgreSQL y Redis cada %1 s</translation>
    </message>
    <message>
        <source>sampling PostgreSQL every %1 s</source>
        <translation>muestreando PostgreSQL cada %1 s</translation>
    </message>
    <message>
        <source>capacity sample</source>
        <translation>muestra de capacidad</translation>
    </message>
    <message>
        <source>capacity sample (replica lag)</source>
        <translation>muestra de capacidad (retraso de la réplica)</translation>
    </message>
    <message>
        <source>Redis refused INFO: %1</source>
        <translation>Redis rechazó INFO: %1</translation>
    </message>
    <message>
        <source>Redis did not answer INFO in time.</source>
        <translation>Redis no respondió a INFO a tiempo.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs Prometheus: add its URL to the connection profile.</source>
        <translation>«%1» necesita Prometheus: añada su URL al perfil de conexión.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a series the direct sampler records (%2).</source>
        <translation>«%1» no es una serie que registre el muestreo directo (%2).</translation>
    </message>
    <message>
        <source>max_connections (%1)</source>
        <translation>max_connections (%1)</translation>
    </message>
    <message>
        <source>maxmemory (%1 MB)</source>
        <translation>maxmemory (%1 MB)</translation>
    </message>
</context>
<context>
    <name>qm::capacity::ForecastText</name>
    <message numerus="yes">
        <source>Too little history for a forecast (%n samples).</source>
        <translation>
            <numerusform>Demasiado poco historial para una previsión (%n muestra).</numerusform>
            <numerusform>Demasiado poco historial para una previsión (%n muestras).</numerusform>
        </translation>
    </message>
    <message>
        <source>linear trend</source>
        <translation>tendencia lineal</translation>
    </message>
    <message>
        <source>Holt-Winters (additive, %1 season)</source>
        <translation>Holt-Winters (aditivo, temporada %1)</translation>
    </message>
    <message>
        <source>, MAPE %1 %</source>
        <translation>, MAPE %1 %</translation>
    </message>
    <message>
        <source>, RMSE %1</source>
        <translation>, RMSE %1</translation>
    </message>
    <message>
        <source>weekly</source>
        <translation>semanal</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>diaria</translation>
    </message>
    <message>
        <source>less than a minute</source>
        <translation>menos de un minuto</translation>
    </message>
    <message>
        <source>~%1 min</source>
        <translation>~%1 min</translation>
    </message>
    <message>
        <source>~%1 h %2 min</source>
        <translation>~%1 h %2 min</translation>
    </message>
    <message>
        <source>~%1 h</source>
        <translation>~%1 h</translation>
    </message>
    <message>
        <source>~%1 d %2 h</source>
        <translation>~%1 d %2 h</translation>
    </message>
    <message>
        <source>~%1 d</source>
        <translation>~%1 d</translation>
    </message>
    <message>
        <source>No forecast for %1.</source>
        <translation>No hay previsión para %1.</translation>
    </message>
    <message>
        <source>%1 is at or above %2 now (%3).</source>
        <translation>%1 está ahora en %2 o por encima (%3).</translation>
    </message>
    <message>
        <source>%1 is at or below %2 now (%3).</source>
        <translation>%1 está ahora en %2 o por debajo (%3).</translation>
    </message>
    <message>
        <source>%1 stays below %2 for the next %3 at this trend</source>
        <translation>%1 se mantiene por debajo de %2 durante los próximos %3 con esta tendencia</translation>
    </message>
    <message>
        <source>%1 stays above %2 for the next %3 at this trend</source>
        <translation>%1 se mantiene por encima de %2 durante los próximos %3 con esta tendencia</translation>
    </message>
    <message>
        <source> (the band reaches it in %1)</source>
        <translation> (la banda lo alcanza en %1)</translation>
    </message>
    <message>
        <source> (%1).</source>
        <translation> (%1).</translation>
    </message>
    <message>
        <source>%1 reaches %2 in %3 at this trend</source>
        <translation>%1 alcanza %2 en %3 con esta tendencia</translation>
    </message>
    <message>
        <source>%1 falls to %2 in %3 at this trend</source>
        <translation>%1 baja a %2 en %3 con esta tendencia</translation>
    </message>
    <message>
        <source>beyond %1</source>
        <translation>más allá de %1</translation>
    </message>
    <message>
        <source> (between %1 and %2; %3).</source>
        <translation> (entre %1 y %2; %3).</translation>
    </message>
</context>
<context>
    <name>qm::capacity::KnownSeries</name>
    <message>
        <source>DB connections</source>
        <translation>Conexiones a la BD</translation>
    </message>
    <message>
        <source>DB transactions/s</source>
        <translation>Transacciones de la BD/s</translation>
    </message>
    <message>
        <source>DB cache hit ratio</source>
        <translation>Tasa de aciertos de caché de la BD</translation>
    </message>
    <message>
        <source>Replication lag</source>
        <translation>Retraso de replicación</translation>
    </message>
    <message>
        <source>Redis operations/s</source>
        <translation>Operaciones de Redis/s</translation>
    </message>
    <message>
        <source>Redis memory</source>
        <translation>Memoria de Redis</translation>
    </message>
    <message>
        <source>Redis hit ratio</source>
        <translation>Tasa de aciertos de Redis</translation>
    </message>
    <message>
        <source>Redis evictions/s</source>
        <translation>Desalojos de Redis/s</translation>
    </message>
    <message>
        <source>CPU busy</source>
        <translation>CPU ocupada</translation>
    </message>
    <message>
        <source>Disk used</source>
        <translation>Disco usado</translation>
    </message>
    <message>
        <source>Orders/min</source>
        <translation>Pedidos/min</translation>
    </message>
    <message>
        <source>Revenue/min</source>
        <translation>Ingresos/min</translation>
    </message>
    <message>
        <source>Payment failure rate</source>
        <translation>Tasa de pagos fallidos</translation>
    </message>
    <message>
        <source>Cart abandonment</source>
        <translation>Abandono de carritos</translation>
    </message>
    <message>
        <source>Checkout time (mean)</source>
        <translation>Tiempo de checkout (media)</translation>
    </message>
    <message>
        <source>Expected orders/min</source>
        <translation>Pedidos/min esperados</translation>
    </message>
    <message>
        <source>Order queue backlog</source>
        <translation>Atasco de la cola de pedidos</translation>
    </message>
    <message>
        <source>Checkout time (p95)</source>
        <translation>Tiempo de checkout (p95)</translation>
    </message>
    <message>
        <source>Checkout time (median)</source>
        <translation>Tiempo de checkout (mediana)</translation>
    </message>
</context>
<context>
    <name>qm::capacity::LoadTestRunner</name>
    <message>
        <source>%1 orders/s</source>
        <translation>%1 pedidos/s</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n/d</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>A ramp is a list of order rates per second such as 10,20,40; &quot;%1&quot; is not a positive number.</source>
        <translation>Una rampa es una lista de tasas de pedidos por segundo como 10,20,40; «%1» no es un número positivo.</translation>
    </message>
    <message>
        <source>A ramp is a list of order rates per second such as 10,20,40.</source>
        <translation>Una rampa es una lista de tasas de pedidos por segundo como 10,20,40.</translation>
    </message>
    <message>
        <source>The load test failed: %1</source>
        <translation>La prueba de carga falló: %1</translation>
    </message>
    <message>
        <source>Highest stable rate: %1 (achieved %2, checkout p95 %3, %4 errors).</source>
        <translation>Tasa estable más alta: %1 (lograda %2, p95 del checkout %3, %4 de errores).</translation>
    </message>
    <message>
        <source>No step held: the lowest rate tested already broke.</source>
        <translation>Ningún paso aguantó: ya falló la tasa más baja probada.</translation>
    </message>
    <message>
        <source>Broke at %1: %2.</source>
        <translation>Falló a %1: %2.</translation>
    </message>
    <message>
        <source>Every step held: the breaking point is above %1; extend the ramp.</source>
        <translation>Todos los pasos aguantaron: el punto de ruptura está por encima de %1; amplíe la rampa.</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled after %n step(s).</source>
        <translation>
            <numerusform>Cancelado tras %n paso.</numerusform>
            <numerusform>Cancelado tras %n pasos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Provision slightly above the highest tested stable limit: plan for peaks up to %1 and keep the store able to sustain more than that (re-run at 150 % of the recorded peak after changes).</source>
        <translation>Dimensione un poco por encima del límite estable más alto probado: prevea picos de hasta %1 y mantenga la tienda capaz de soportar más que eso (vuelva a ejecutar al 150 % del pico registrado tras los cambios).</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Paso %1 de %2: %3</translation>
    </message>
    <message>
        <source>Load tests place real orders and load the servers: they run only on sandbox and staging profiles, never on production.</source>
        <translation>Las pruebas de carga hacen pedidos reales y cargan los servidores: solo se ejecutan en perfiles de sandbox y staging, nunca en producción.</translation>
    </message>
    <message>
        <source>no ramp, metrics port or simulator to run</source>
        <translation>no hay rampa, puerto de métricas ni simulador que ejecutar</translation>
    </message>
    <message>
        <source>cannot start %1: %2</source>
        <translation>no se puede iniciar %1: %2</translation>
    </message>
    <message>
        <source>the simulator exited with code %1 during the step at %2: %3</source>
        <translation>el simulador terminó con el código %1 durante el paso a %2: %3</translation>
    </message>
    <message>
        <source>no answer from the simulator&apos;s metrics on port %1: %2</source>
        <translation>sin respuesta de las métricas del simulador en el puerto %1: %2</translation>
    </message>
    <message>
        <source>no checkout in the step</source>
        <translation>ningún checkout en el paso</translation>
    </message>
    <message>
        <source>checkout p95 %1 over %2</source>
        <translation>p95 del checkout %1 por encima de %2</translation>
    </message>
    <message>
        <source>%1 of checkouts failed (limit %2)</source>
        <translation>%1 de los checkouts fallaron (límite %2)</translation>
    </message>
    <message>
        <source>the store placed %1 of the %2 asked</source>
        <translation>la tienda colocó %1 de los %2 solicitados</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>%1 %2 of %3 (%4 of its limit)</source>
        <translation>%1 %2 de %3 (%4 de su límite)</translation>
    </message>
    <message>
        <source>A percentage ramp is a list of shares of the recorded peak such as 25,50,100,150; &quot;%1&quot; is not a positive percentage.</source>
        <translation>Una rampa porcentual es una lista de fracciones del pico registrado como 25,50,100,150; «%1» no es un porcentaje positivo.</translation>
    </message>
    <message>
        <source>A percentage ramp is a list of shares of the recorded peak such as 25,50,100,150.</source>
        <translation>Una rampa porcentual es una lista de fracciones del pico registrado como 25,50,100,150.</translation>
    </message>
    <message>
        <source>Recorded peak: %1 (%2).</source>
        <translation>Pico registrado: %1 (%2).</translation>
    </message>
    <message>
        <source>First to saturate: %1 at %2.</source>
        <translation>Primero en saturarse: %1 a %2.</translation>
    </message>
    <message>
        <source>No resource reached its limit; closest: %1 at %2.</source>
        <translation>Ningún recurso alcanzó su límite; el más cercano: %1 a %2.</translation>
    </message>
    <message>
        <source>the store</source>
        <translation>la tienda</translation>
    </message>
    <message>
        <source>Recommendation: no tested rate held; add capacity to %1 before the next peak.</source>
        <translation>Recomendación: ninguna tasa probada se mantuvo estable; añada capacidad a %1 antes del próximo pico.</translation>
    </message>
    <message>
        <source>Recommendation: provision above %1.</source>
        <translation>Recomendación: dimensione por encima de %1.</translation>
    </message>
    <message>
        <source>Recommendation: provision above %1 (%2 of the recorded peak); that is below 150 % of the peak, so add capacity to %3 first.</source>
        <translation>Recomendación: dimensione por encima de %1 (%2 del pico registrado); eso está por debajo del 150 % del pico, así que añada primero capacidad a %3.</translation>
    </message>
    <message>
        <source>Recommendation: provision above %1 (%2 of the recorded peak, enough for 150 % of it).</source>
        <translation>Recomendación: dimensione por encima de %1 (%2 del pico registrado, suficiente para el 150 % de él).</translation>
    </message>
    <message>
        <source>checkout p99 %1 over its target %2</source>
        <translation>p99 del checkout %1 por encima de su objetivo %2</translation>
    </message>
    <message>
        <source>DB connections</source>
        <translation>Conexiones a la BD</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Redis memory</source>
        <translation>Memoria de Redis</translation>
    </message>
    <message>
        <source>Checkout p99</source>
        <translation>p99 del checkout</translation>
    </message>
    <message>
        <source>Error rate</source>
        <translation>Tasa de errores</translation>
    </message>
</context>
<context>
    <name>qm::capacity::MemorySource</name>
    <message numerus="yes">
        <source>in-memory series (%n series)</source>
        <translation>
            <numerusform>series en memoria (%n serie)</numerusform>
            <numerusform>series en memoria (%n series)</numerusform>
        </translation>
    </message>
    <message>
        <source>Orders/min</source>
        <translation>Pedidos/min</translation>
    </message>
    <message>
        <source>Expected orders/min</source>
        <translation>Pedidos/min esperados</translation>
    </message>
    <message>
        <source>Checkout mean</source>
        <translation>Checkout medio</translation>
    </message>
    <message>
        <source>Payment failure rate</source>
        <translation>Tasa de pagos fallidos</translation>
    </message>
    <message>
        <source>Queue backlog</source>
        <translation>Atasco de la cola</translation>
    </message>
    <message>
        <source>DB connections</source>
        <translation>Conexiones a la BD</translation>
    </message>
    <message>
        <source>TPS</source>
        <translation>TPS</translation>
    </message>
    <message>
        <source>Replication lag</source>
        <translation>Retraso de replicación</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Redis memory</source>
        <translation>Memoria de Redis</translation>
    </message>
    <message>
        <source>Redis hit ratio</source>
        <translation>Tasa de aciertos de Redis</translation>
    </message>
    <message>
        <source>max_connections (100)</source>
        <translation>max_connections (100)</translation>
    </message>
    <message>
        <source>maxmemory (1 GiB)</source>
        <translation>maxmemory (1 GiB)</translation>
    </message>
    <message>
        <source>hit ratio floor (90 %)</source>
        <translation>mínimo de tasa de aciertos (90 %)</translation>
    </message>
    <message>
        <source>payment failures (3 %)</source>
        <translation>pagos fallidos (3 %)</translation>
    </message>
    <message>
        <source>CPU (90 %)</source>
        <translation>CPU (90 %)</translation>
    </message>
    <message>
        <source>Checkout p95</source>
        <translation>Checkout p95</translation>
    </message>
</context>
<context>
    <name>qm::capacity::PeakFinder</name>
    <message numerus="yes">
        <source>the busiest minute in %1 over the last %n day(s)</source>
        <translation>
            <numerusform>el minuto con más pedidos en %1 en el último %n día</numerusform>
            <numerusform>el minuto con más pedidos en %1 en los últimos %n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the highest qm_business_orders_per_minute in %1 over the last %n day(s)</source>
        <translation>
            <numerusform>el valor más alto de qm_business_orders_per_minute en %1 en el último %n día</numerusform>
            <numerusform>el valor más alto de qm_business_orders_per_minute en %1 en los últimos %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>No order was recorded in the history the console can read: pass a peak by hand.</source>
        <translation>No hay ningún pedido registrado en el historial que la consola puede leer: indique un pico a mano.</translation>
    </message>
</context>
<context>
    <name>qm::capacity::PrometheusSource</name>
    <message>
        <source>Prometheus answered something that is not a query result: %1.</source>
        <translation>Prometheus respondió algo que no es un resultado de consulta: %1.</translation>
    </message>
    <message>
        <source>Prometheus refused the query: %1 (%2).</source>
        <translation>Prometheus rechazó la consulta: %1 (%2).</translation>
    </message>
    <message>
        <source>Prometheus at %1</source>
        <translation>Prometheus en %1</translation>
    </message>
    <message>
        <source>A range query needs an expression, a positive step and an end after its start.</source>
        <translation>Una consulta de rango necesita una expresión, un paso positivo y un final posterior a su inicio.</translation>
    </message>
    <message>
        <source>That range at that step is %1 points per series; at most %2 are asked for. Choose a coarser step or a shorter range.</source>
        <translation>Ese rango con ese paso son %1 puntos por serie; se piden como mucho %2. Elija un paso más grueso o un rango más corto.</translation>
    </message>
    <message>
        <source>The query to %1 was cancelled.</source>
        <translation>Se canceló la consulta a %1.</translation>
    </message>
    <message>
        <source>invalid JSON (%1 at byte %2)</source>
        <translation>JSON no válido (%1 en el byte %2)</translation>
    </message>
    <message>
        <source>no &quot;status&quot;: &quot;success&quot;</source>
        <translation>falta &quot;status&quot;: &quot;success&quot;</translation>
    </message>
    <message>
        <source>a scalar that is not [time, &quot;value&quot;]</source>
        <translation>un escalar que no es [time, &quot;value&quot;]</translation>
    </message>
    <message>
        <source>result type &quot;%1&quot;</source>
        <translation>tipo de resultado «%1»</translation>
    </message>
    <message>
        <source>a result that is not a list</source>
        <translation>un resultado que no es una lista</translation>
    </message>
    <message>
        <source>The query returned %1 series; at most %2 are charted. Narrow it with label matchers or aggregate it (sum by (...)).</source>
        <translation>La consulta devolvió %1 series; se dibujan como mucho %2. Acótela con selectores de etiquetas o agréguela (sum by (...)).</translation>
    </message>
    <message>
        <source>The answer has %1 points; at most %2 are charted. Choose a shorter range, a coarser step or fewer series.</source>
        <translation>La respuesta tiene %1 puntos; se dibujan como mucho %2. Elija un rango más corto, un paso más grueso o menos series.</translation>
    </message>
    <message>
        <source>a sample that is not [time, &quot;value&quot;]</source>
        <translation>una muestra que no es [time, &quot;value&quot;]</translation>
    </message>
    <message>
        <source>max_connections (%1)</source>
        <translation>max_connections (%1)</translation>
    </message>
    <message>
        <source>maxmemory (%1 MB)</source>
        <translation>maxmemory (%1 MB)</translation>
    </message>
    <message>
        <source>disk size (%1 GB)</source>
        <translation>tamaño del disco (%1 GB)</translation>
    </message>
</context>
<context>
    <name>qm::catalog::BulkChange</name>
    <message>
        <source>price %1%2 % (rounding: %3)</source>
        <translation>precio %1%2 % (redondeo: %3)</translation>
    </message>
    <message>
        <source>price %1%2 (rounding: %3)</source>
        <translation>precio %1%2 (redondeo: %3)</translation>
    </message>
    <message>
        <source>%1 = %2</source>
        <translation>%1 = %2</translation>
    </message>
</context>
<context>
    <name>qm::catalog::BulkEditAction</name>
    <message>
        <source>Bulk edit (%1) of every product the filter matches</source>
        <translation>Edición masiva (%1) de todos los productos que coinciden con el filtro</translation>
    </message>
    <message numerus="yes">
        <source>Bulk edit (%1) of %n selected product(s)</source>
        <translation>
            <numerusform>Edición masiva (%1) de %n producto seleccionado</numerusform>
            <numerusform>Edición masiva (%1) de %n productos seleccionados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change %1 of %n product(s)</source>
        <translation>
            <numerusform>Cambiar %1 de %n producto</numerusform>
            <numerusform>Cambiar %1 de %n productos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n products</source>
        <translation>
            <numerusform>%n producto</numerusform>
            <numerusform>%n productos</numerusform>
        </translation>
    </message>
    <message>
        <source>products</source>
        <translation>productos</translation>
    </message>
    <message>
        <source>%1  %2: %3 -&gt; %4</source>
        <translation>%1  %2: %3 -&gt; %4</translation>
    </message>
    <message>
        <source>%1 of %2 products would change.</source>
        <translation>Cambiarían %1 de %2 productos.</translation>
    </message>
    <message>
        <source>Total of the prices: %1 -&gt; %2</source>
        <translation>Suma de los precios: %1 -&gt; %2</translation>
    </message>
    <message>
        <source>One transaction: Stop rolls everything back. Audited per chunk by the database (request %1).</source>
        <translation>Una transacción: Detener lo revierte todo. Auditado por bloques por la base de datos (solicitud %1).</translation>
    </message>
    <message numerus="yes">
        <source>%n price(s) would go below 0: choose a smaller decrease.</source>
        <translation>
            <numerusform>%n precio quedaría por debajo de 0: elija una reducción menor.</numerusform>
            <numerusform>%n precios quedarían por debajo de 0: elija una reducción menor.</numerusform>
        </translation>
    </message>
    <message>
        <source>No product matches: nothing to change.</source>
        <translation>Ningún producto coincide: nada que cambiar.</translation>
    </message>
    <message>
        <source>Changing products (one transaction)</source>
        <translation>Cambiando productos (una transacción)</translation>
    </message>
    <message>
        <source>Nothing was changed: the transaction was rolled back.</source>
        <translation>No se cambió nada: la transacción se revirtió.</translation>
    </message>
    <message>
        <source>This request had already been applied: nothing was done twice.</source>
        <translation>Esta solicitud ya se había aplicado: no se hizo nada dos veces.</translation>
    </message>
    <message>
        <source>Rolled back: no product was changed.</source>
        <translation>Revertido: no se cambió ningún producto.</translation>
    </message>
    <message>
        <source>The database has no record of request %1: the change did not commit.</source>
        <translation>La base de datos no tiene constancia de la solicitud %1: el cambio no se confirmó.</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) changed in one committed transaction (request %1).</source>
        <translation>
            <numerusform>%n producto cambiado en una transacción confirmada (solicitud %1).</numerusform>
            <numerusform>%n productos cambiados en una transacción confirmada (solicitud %1).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qm::catalog::BulkEditor</name>
    <message>
        <source>Cannot bulk-set the field &quot;%1&quot;.</source>
        <translation>No se puede establecer de forma masiva el campo «%1».</translation>
    </message>
    <message>
        <source>preview bulk edit</source>
        <translation>vista previa de la edición masiva</translation>
    </message>
    <message>
        <source>apply bulk edit</source>
        <translation>aplicar la edición masiva</translation>
    </message>
    <message>
        <source>The bulk edit was cancelled: nothing was changed.</source>
        <translation>La edición masiva se canceló: no se cambió nada.</translation>
    </message>
    <message>
        <source>check a bulk edit</source>
        <translation>comprobar una edición masiva</translation>
    </message>
</context>
<context>
    <name>qm::catalog::CatalogService</name>
    <message>
        <source>Product %1 no longer exists.</source>
        <translation>El producto %1 ya no existe.</translation>
    </message>
</context>
<context>
    <name>qm::catalog::CsvExporter</name>
    <message>
        <source>export products</source>
        <translation>exportar productos</translation>
    </message>
    <message>
        <source>Cannot write to standard output.</source>
        <translation>No se puede escribir en la salida estándar.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Writing %1 failed: %2</source>
        <translation>Error al escribir %1: %2</translation>
    </message>
    <message>
        <source>The server sent a row the export cannot read.</source>
        <translation>El servidor envió una fila que la exportación no puede leer.</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>La exportación se canceló.</translation>
    </message>
    <message>
        <source>Saving %1 failed: %2</source>
        <translation>Error al guardar %1: %2</translation>
    </message>
</context>
<context>
    <name>qm::catalog::CsvImporter</name>
    <message>
        <source>import products</source>
        <translation>importar productos</translation>
    </message>
    <message>
        <source>the connection closed during the import</source>
        <translation>la conexión se cerró durante la importación</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>No se puede abrir %1: %2</translation>
    </message>
    <message>
        <source>the file is empty: it needs a header line (sku,name,price,...) and rows</source>
        <translation>el archivo está vacío: necesita una línea de cabecera (sku,name,price,...) y filas</translation>
    </message>
    <message>
        <source>The import was cancelled: nothing was imported.</source>
        <translation>La importación se canceló: no se importó nada.</translation>
    </message>
    <message>
        <source>the file has a header but no rows</source>
        <translation>el archivo tiene cabecera pero no filas</translation>
    </message>
</context>
<context>
    <name>qm::catalog::EditApplier</name>
    <message>
        <source>apply product edits</source>
        <translation>aplicar las ediciones de productos</translation>
    </message>
    <message>
        <source>%1: %2 Nothing in this batch was applied.</source>
        <translation>%1: %2 No se aplicó nada de este lote.</translation>
    </message>
    <message>
        <source>check applied edits</source>
        <translation>comprobar las ediciones aplicadas</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a price. Nothing in this batch was applied.</source>
        <translation>%1: «%2» no es un precio. No se aplicó nada de este lote.</translation>
    </message>
    <message>
        <source>%1: a price cannot be negative (%2); Vendure would refuse it. Nothing in this batch was applied.</source>
        <translation>%1: un precio no puede ser negativo (%2); Vendure lo rechazaría. No se aplicó nada de este lote.</translation>
    </message>
    <message>
        <source>%1: a name cannot be empty. Nothing in this batch was applied.</source>
        <translation>%1: un nombre no puede estar vacío. No se aplicó nada de este lote.</translation>
    </message>
    <message>
        <source>%1: on Vendure the console edits a variant&apos;s price and name only; %2 is changed in Vendure&apos;s own admin. Nothing in this batch was applied.</source>
        <translation>%1: en Vendure la consola solo edita el precio y el nombre de una variante; %2 se cambia en la propia administración de Vendure. No se aplicó nada de este lote.</translation>
    </message>
    <message>
        <source>%1: product variant %2 is not in Vendure any more. Nothing in this batch was applied.</source>
        <translation>%1: la variante de producto %2 ya no está en Vendure. No se aplicó nada de este lote.</translation>
    </message>
    <message>
        <source>read the variants to edit</source>
        <translation>leer las variantes que se van a editar</translation>
    </message>
    <message>
        <source>%1 changed in Vendure after you read it (its price is now %2 in minor units). Nothing in this batch was written: reload it and edit again.</source>
        <translation>%1 cambió en Vendure después de que usted leyera la variante (su precio es ahora %2 en unidades mínimas). No se escribió nada de este lote: vuelva a cargarla y edítela de nuevo.</translation>
    </message>
    <message>
        <source>Vendure refused the edits: %1 Nothing in this batch was applied.</source>
        <translation>Vendure rechazó las ediciones: %1 No se aplicó nada de este lote.</translation>
    </message>
</context>
<context>
    <name>qm::catalog::EditJournal</name>
    <message>
        <source>Cannot remove the applied edits&apos; journal %1.</source>
        <translation>No se puede eliminar el diario de ediciones aplicadas %1.</translation>
    </message>
    <message>
        <source>Cannot write the pending edits to %1: %2</source>
        <translation>No se pueden escribir las ediciones pendientes en %1: %2</translation>
    </message>
    <message>
        <source>Cannot save the pending edits to %1: %2</source>
        <translation>No se pueden guardar las ediciones pendientes en %1: %2</translation>
    </message>
    <message>
        <source>Cannot read the pending edits in %1: %2</source>
        <translation>No se pueden leer las ediciones pendientes de %1: %2</translation>
    </message>
    <message>
        <source>The pending edits in %1 are damaged (%2); the file was left as it is.</source>
        <translation>Las ediciones pendientes de %1 están dañadas (%2); el archivo se dejó como estaba.</translation>
    </message>
</context>
<context>
    <name>qm::catalog::ImportRowValidator</name>
    <message>
        <source>semicolons</source>
        <translation>punto y coma</translation>
    </message>
    <message>
        <source>tabs</source>
        <translation>tabuladores</translation>
    </message>
    <message>
        <source>commas</source>
        <translation>comas</translation>
    </message>
    <message>
        <source>a quoted field is never closed (it runs to the end of the file)</source>
        <translation>un campo entre comillas nunca se cierra (llega hasta el final del archivo)</translation>
    </message>
    <message>
        <source>a quote inside a field: quote the whole field and double the quotes in it</source>
        <translation>comillas dentro de un campo: ponga todo el campo entre comillas y duplique las comillas que contiene</translation>
    </message>
    <message>
        <source>a field is longer than 256 KiB</source>
        <translation>un campo ocupa más de 256 KiB</translation>
    </message>
    <message>
        <source>the row has more than 512 fields</source>
        <translation>la fila tiene más de 512 campos</translation>
    </message>
    <message>
        <source>the text is not valid UTF-8 (save the file as UTF-8)</source>
        <translation>el texto no es UTF-8 válido (guarde el archivo como UTF-8)</translation>
    </message>
    <message>
        <source>the field holds a NUL byte (0x00), which PostgreSQL text cannot store: remove it (a file full of them is UTF-16: save it as UTF-8)</source>
        <translation>el campo contiene un byte NUL (0x00), que el texto de PostgreSQL no puede almacenar: elimínelo (un archivo lleno de ellos es UTF-16: guárdelo como UTF-8)</translation>
    </message>
    <message>
        <source>the header line holds NUL bytes: the file is UTF-16 (or binary), not UTF-8 text; save it as UTF-8 (&quot;CSV UTF-8&quot;)</source>
        <translation>la línea de cabecera contiene bytes NUL: el archivo es UTF-16 (o binario), no texto UTF-8; guárdelo como UTF-8 («CSV UTF-8»)</translation>
    </message>
    <message>
        <source> - the columns seem to be separated by %1: choose that delimiter (or Auto)</source>
        <translation> - las columnas parecen estar separadas por %1: elija ese delimitador (o Automático)</translation>
    </message>
    <message>
        <source>unknown column &quot;%1&quot; (known: %2)%3</source>
        <translation>columna desconocida «%1» (conocidas: %2)%3</translation>
    </message>
    <message>
        <source>the column &quot;%1&quot; appears twice</source>
        <translation>la columna «%1» aparece dos veces</translation>
    </message>
    <message>
        <source>the required column &quot;%1&quot; is missing</source>
        <translation>falta la columna obligatoria «%1»</translation>
    </message>
    <message>
        <source>expected %1 fields, found %2</source>
        <translation>se esperaban %1 campos, se encontraron %2</translation>
    </message>
    <message>
        <source>%1 is longer than %2 characters (%3)</source>
        <translation>%1 tiene más de %2 caracteres (%3)</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>%1 está vacío</translation>
    </message>
    <message>
        <source>status &quot;%1&quot; is not draft, active or archived</source>
        <translation>el estado «%1» no es draft, active ni archived</translation>
    </message>
    <message>
        <source>currency &quot;%1&quot; is not an ISO 4217 code (EUR, USD, GBP...)</source>
        <translation>la moneda «%1» no es un código ISO 4217 (EUR, USD, GBP...)</translation>
    </message>
    <message>
        <source>tag &quot;%1...&quot; is longer than %2 characters</source>
        <translation>la etiqueta «%1...» tiene más de %2 caracteres</translation>
    </message>
    <message>
        <source>attributes must be a JSON object like {&quot;color&quot;: &quot;red&quot;}%1</source>
        <translation>los atributos deben ser un objeto JSON como {&quot;color&quot;: &quot;red&quot;}%1</translation>
    </message>
    <message>
        <source>attributes contain a NUL character (\u0000), which PostgreSQL cannot store</source>
        <translation>los atributos contienen un carácter NUL (\u0000), que PostgreSQL no puede almacenar</translation>
    </message>
    <message>
        <source>attributes contain \u%1, half of a UTF-16 surrogate pair, which PostgreSQL refuses</source>
        <translation>los atributos contienen \u%1, la mitad de un par suplente UTF-16, que PostgreSQL rechaza</translation>
    </message>
</context>
<context>
    <name>qm::catalog::PriceText</name>
    <message>
        <source>The price is empty.</source>
        <translation>El precio está vacío.</translation>
    </message>
    <message>
        <source>The price %1 is negative: prices are 0 or more.</source>
        <translation>El precio %1 es negativo: los precios son 0 o más.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a price: use digits and one decimal point or comma, e.g. 19.90 or 19,90.</source>
        <translation>«%1» no es un precio: use dígitos y un punto o una coma decimal, p. ej. 19.90 o 19,90.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has a thousands separator: write the price without one, e.g. 1234.50 or 1234,50.</source>
        <translation>«%1» tiene un separador de miles: escriba el precio sin él, p. ej. 1234.50 o 1234,50.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a price: it needs digits on both sides of the decimal separator, e.g. 0.50.</source>
        <translation>«%1» no es un precio: necesita dígitos a ambos lados del separador decimal, p. ej. 0.50.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is ambiguous: a thousands separator or 3 decimals? Write prices with at most 2 decimals and no thousands separator.</source>
        <translation>«%1» es ambiguo: ¿separador de miles o 3 decimales? Escriba los precios con 2 decimales como máximo y sin separador de miles.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has %2 decimals: a price has at most %3.</source>
        <translation>«%1» tiene %2 decimales: un precio tiene como máximo %3.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too large: a price is below 10000000000.</source>
        <translation>«%1» es demasiado grande: un precio es inferior a 10000000000.</translation>
    </message>
</context>
<context>
    <name>qm::db</name>
    <message>
        <source>&quot;%1&quot; was cancelled.</source>
        <translation>«%1» se canceló.</translation>
    </message>
    <message>
        <source>The connection to PostgreSQL at %1 broke while &quot;%2&quot; was committing: the change may or may not have been saved. Reload before trying again.</source>
        <translation>La conexión con PostgreSQL en %1 se cortó mientras se confirmaba «%2»: puede que el cambio se haya guardado o no. Recargue antes de volver a intentarlo.</translation>
    </message>
    <message>
        <source>The connection to PostgreSQL at %1 was lost during &quot;%2&quot;. The server may have restarted or failed over; the console reconnects by itself. Try again.</source>
        <translation>Se perdió la conexión con PostgreSQL en %1 durante «%2». Puede que el servidor se haya reiniciado o haya hecho failover; la consola se reconecta sola. Inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Wrong password for user %1 at %2. Check the password in the keychain or the pgpass file.</source>
        <translation>Contraseña incorrecta para el usuario %1 en %2. Compruebe la contraseña en el llavero o en el archivo pgpass.</translation>
    </message>
    <message>
        <source>PostgreSQL at %1 asks for a password for user %2 and none was found. Enter it, or add it to the pgpass file (mode 0600).</source>
        <translation>PostgreSQL en %1 pide una contraseña para el usuario %2 y no se encontró ninguna. Introdúzcala o añádala al archivo pgpass (modo 0600).</translation>
    </message>
    <message>
        <source>PostgreSQL at %1 has no login role %2. Check the user name in the profile.</source>
        <translation>PostgreSQL en %1 no tiene el rol de inicio de sesión %2. Compruebe el nombre de usuario en el perfil.</translation>
    </message>
    <message>
        <source>PostgreSQL at %1 does not accept user %2 from this machine (pg_hba.conf). Ask the database administrator to allow it.</source>
        <translation>PostgreSQL en %1 no acepta al usuario %2 desde esta máquina (pg_hba.conf). Pida al administrador de la base de datos que lo permita.</translation>
    </message>
    <message>
        <source>The database %1 does not exist on %2. Check the profile&apos;s database name.</source>
        <translation>La base de datos %1 no existe en %2. Compruebe el nombre de la base de datos en el perfil.</translation>
    </message>
    <message>
        <source>PostgreSQL at %1 has no free connection slots (max_connections). Close other sessions or try again shortly.</source>
        <translation>PostgreSQL en %1 no tiene conexiones libres (max_connections). Cierre otras sesiones o inténtelo de nuevo en breve.</translation>
    </message>
    <message>
        <source>PostgreSQL at %1 is starting up or shutting down. Try again in a moment.</source>
        <translation>PostgreSQL en %1 se está iniciando o apagando. Inténtelo de nuevo en un momento.</translation>
    </message>
    <message>
        <source>Cannot reach PostgreSQL at %1: connection refused. Is the server running and is the port right?</source>
        <translation>No se puede acceder a PostgreSQL en %1: conexión rechazada. ¿Está el servidor en marcha y es correcto el puerto?</translation>
    </message>
    <message>
        <source>PostgreSQL at %1 did not answer within %2 s. Is the host up and reachable (firewall, VPN)?</source>
        <translation>PostgreSQL en %1 no respondió en %2 s. ¿Está el host activo y accesible (cortafuegos, VPN)?</translation>
    </message>
    <message>
        <source>Cannot resolve the host name %1. Check the host in the profile.</source>
        <translation>No se puede resolver el nombre de host %1. Compruebe el host en el perfil.</translation>
    </message>
    <message>
        <source>Cannot connect to PostgreSQL at %1: %2</source>
        <translation>No se puede conectar a PostgreSQL en %1: %2</translation>
    </message>
    <message>
        <source>PostgreSQL at %1 refused user %2: %3. Check the user name and password.</source>
        <translation>PostgreSQL en %1 rechazó al usuario %2: %3. Compruebe el nombre de usuario y la contraseña.</translation>
    </message>
    <message>
        <source>The role %1 is not allowed to do &quot;%2&quot;: %3. Sign in with a role that may, or ask an administrator for the grant.</source>
        <translation>El rol %1 no tiene permiso para «%2»: %3. Inicie sesión con un rol que lo tenga o pida el permiso (GRANT) a un administrador.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; ran longer than the server&apos;s statement timeout and was stopped.</source>
        <translation>«%1» superó el statement timeout del servidor y se detuvo.</translation>
    </message>
    <message>
        <source>The database %1 has no console schema, or an older one (%2). Run &quot;qmctl migrate&quot;, or let the console migrate it.</source>
        <translation>La base de datos %1 no tiene el esquema de la consola, o tiene uno más antiguo (%2). Ejecute «qmctl migrate» o deje que la consola la migre.</translation>
    </message>
    <message>
        <source>The database refused &quot;%1&quot;: %2</source>
        <translation>La base de datos rechazó «%1»: %2</translation>
    </message>
    <message>
        <source>Invalid value in &quot;%1&quot;: %2</source>
        <translation>Valor no válido en «%1»: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; collided with another change (%2). Try again.</source>
        <translation>«%1» entró en conflicto con otro cambio (%2). Inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; failed: %2 (SQLSTATE %3)</source>
        <translation>«%1» falló: %2 (SQLSTATE %3)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; failed: %2</source>
        <translation>«%1» falló: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; failed: the console misused the database library.</source>
        <translation>«%1» falló: la consola usó mal la biblioteca de la base de datos.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; returned a value the console cannot read.</source>
        <translation>«%1» devolvió un valor que la consola no puede leer.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; returned an unexpected number of rows.</source>
        <translation>«%1» devolvió un número inesperado de filas.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; failed for an unknown reason.</source>
        <translation>«%1» falló por un motivo desconocido.</translation>
    </message>
    <message>
        <source>PostgreSQL at %1</source>
        <translation>PostgreSQL en %1</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>el archivo no existe</translation>
    </message>
    <message>
        <source>libpq cannot read it</source>
        <translation>libpq no puede leerlo</translation>
    </message>
    <message>
        <source>; the profile names no CA file, so libpq looked in its default place</source>
        <translation>; el perfil no indica ningún archivo de CA, así que libpq buscó en su ubicación predeterminada</translation>
    </message>
    <message>
        <source>%1 refused: its certificate could not be verified (expired, or not signed by the CA you chose). Check the CA file in the connection profile, or ask the server&apos;s administrator.</source>
        <translation>%1 rechazado: no se pudo verificar su certificado (caducado o no firmado por la CA elegida). Compruebe el archivo de la CA en el perfil de conexión o consulte al administrador del servidor.</translation>
    </message>
    <message>
        <source>The client key %1 can be read by other users; libpq refuses it. Keep it to its owner: chmod 600 %1</source>
        <translation>Otros usuarios pueden leer la clave de cliente %1; libpq la rechaza. Restrínjala a su propietario: chmod 600 %1</translation>
    </message>
    <message>
        <source>%1 did not accept the client certificate %2 for user %3: the certificate&apos;s name (CN) must be the database user. Use the certificate issued for %3.</source>
        <translation>%1 no aceptó el certificado de cliente %2 para el usuario %3: el nombre del certificado (CN) debe ser el usuario de la base de datos. Use el certificado emitido para %3.</translation>
    </message>
    <message>
        <source>libpq cannot use the client certificate %1 or its key %2. Check both paths in the connection profile and that the key belongs to the certificate.</source>
        <translation>libpq no puede usar el certificado de cliente %1 ni su clave %2. Compruebe ambas rutas en el perfil de conexión y que la clave corresponda al certificado.</translation>
    </message>
</context>
<context>
    <name>qm::db::Cluster</name>
    <message>
        <source>The replica has not replayed the latest change yet.</source>
        <translation>La réplica aún no ha reproducido el último cambio.</translation>
    </message>
    <message>
        <source>%1: up, a replica</source>
        <translation>%1: activo, una réplica</translation>
    </message>
    <message>
        <source>No primary among the configured servers: every server that answered is a replica. Is a failover in progress?</source>
        <translation>No hay primario entre los servidores configurados: todos los que respondieron son réplicas. ¿Hay un failover en curso?</translation>
    </message>
    <message>
        <source>Cannot reach any PostgreSQL server of the profile: %1</source>
        <translation>No se puede acceder a ningún servidor PostgreSQL del perfil: %1</translation>
    </message>
    <message>
        <source>closing</source>
        <translation>cerrando</translation>
    </message>
    <message>
        <source>no answer to the previous health check yet</source>
        <translation>aún no hay respuesta a la comprobación de estado anterior</translation>
    </message>
    <message>
        <source>health check</source>
        <translation>comprobación de estado</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>sin respuesta en %1 s</translation>
    </message>
</context>
<context>
    <name>qm::db::Migrator</name>
    <message>
        <source>Migration %1 was changed after it was applied to this database. Migrations are append-only: restore the original file and put the change in a new migration.</source>
        <translation>La migración %1 se modificó después de aplicarse a esta base de datos. Las migraciones solo se añaden: restaure el archivo original y ponga el cambio en una migración nueva.</translation>
    </message>
    <message>
        <source>checksum applied %1, file %2</source>
        <translation>checksum aplicado %1, archivo %2</translation>
    </message>
    <message>
        <source>The migrations folder %1 does not exist.</source>
        <translation>La carpeta de migraciones %1 no existe.</translation>
    </message>
    <message>
        <source>Two migrations share version %1: %2 and %3.</source>
        <translation>Dos migraciones comparten la versión %1: %2 y %3.</translation>
    </message>
    <message>
        <source>Cannot read the migration %1: %2</source>
        <translation>No se puede leer la migración %1: %2</translation>
    </message>
    <message>
        <source>migration %1</source>
        <translation>migración %1</translation>
    </message>
    <message>
        <source>Migration %1 failed and was rolled back; later migrations were not applied. %2</source>
        <translation>La migración %1 falló y se revirtió; no se aplicaron las migraciones posteriores. %2</translation>
    </message>
    <message>
        <source>read the schema version</source>
        <translation>leer la versión del esquema</translation>
    </message>
    <message>
        <source>migrate the database</source>
        <translation>migrar la base de datos</translation>
    </message>
    <message>
        <source>The migrations&apos; bookkeeping schema &quot;%1&quot; is not a lower-case SQL name.</source>
        <translation>El esquema de registro de las migraciones «%1» no es un nombre SQL en minúsculas.</translation>
    </message>
</context>
<context>
    <name>qm::db::Seeder</name>
    <message>
        <source>Cannot read the seed script %1: %2</source>
        <translation>No se puede leer el script de seed %1: %2</translation>
    </message>
    <message>
        <source>seed the sandbox</source>
        <translation>poblar el sandbox</translation>
    </message>
</context>
<context>
    <name>qm::ha::PatroniClient</name>
    <message>
        <source>Patroni answered without a member list.</source>
        <translation>Patroni respondió sin lista de miembros.</translation>
    </message>
    <message numerus="yes">
        <source>No Patroni member answers (%n API(s) asked).</source>
        <translation>
            <numerusform>Ningún miembro de Patroni responde (%n API consultada).</numerusform>
            <numerusform>Ningún miembro de Patroni responde (%n API consultadas).</numerusform>
        </translation>
    </message>
    <message>
        <source>Patroni refused the request (HTTP %1).</source>
        <translation>Patroni rechazó la solicitud (HTTP %1).</translation>
    </message>
    <message>
        <source>Patroni refused the request: %1</source>
        <translation>Patroni rechazó la solicitud: %1</translation>
    </message>
    <message>
        <source>The leader last reached etcd %1 s ago (more than the leader lock&apos;s ttl of %2 s): without etcd nothing can switch over. Check etcd first.</source>
        <translation>El líder contactó con etcd por última vez hace %1 s (más que el ttl del bloqueo de líder, %2 s): sin etcd no se puede conmutar nada. Revise etcd primero.</translation>
    </message>
    <message>
        <source>Patroni is paused (maintenance mode): someone is working on this cluster and automatic failover is off. Resume it (patronictl resume) before a planned switchover.</source>
        <translation>Patroni está en pausa (modo de mantenimiento): alguien trabaja en este clúster y el failover automático está desactivado. Reanúdelo (patronictl resume) antes de un switchover planificado.</translation>
    </message>
    <message>
        <source>The cluster has no leader: a switchover needs one. Use a failover to a chosen candidate instead.</source>
        <translation>El clúster no tiene líder: un switchover necesita uno. Use en su lugar un failover a un candidato elegido.</translation>
    </message>
    <message>
        <source>There is no member named &quot;%1&quot; (members: %2).</source>
        <translation>No hay ningún miembro llamado «%1» (miembros: %2).</translation>
    </message>
    <message>
        <source>%1 is already the leader.</source>
        <translation>%1 ya es el líder.</translation>
    </message>
    <message>
        <source>%1 is not running (state &quot;%2&quot;): only a running replica can take over.</source>
        <translation>%1 no está en marcha (estado «%2»): solo una réplica en marcha puede tomar el relevo.</translation>
    </message>
    <message>
        <source>%1 has the tag nofailover: Patroni never promotes it. Remove the tag from its configuration (and reload) or choose another candidate.</source>
        <translation>%1 tiene la etiqueta nofailover: Patroni nunca lo promueve. Quite la etiqueta de su configuración (y recárguela) o elija otro candidato.</translation>
    </message>
    <message>
        <source>%1&apos;s replication lag is unknown (it does not stream from the leader): Patroni cannot tell whether it has all the data.</source>
        <translation>Se desconoce el retraso de replicación de %1 (no recibe el stream del líder): Patroni no puede saber si tiene todos los datos.</translation>
    </message>
    <message>
        <source>%1 lags %2 MiB behind the leader, more than maximum_lag_on_failover (%3 MiB): wait until it catches up.</source>
        <translation>%1 va %2 MiB por detrás del líder, más que maximum_lag_on_failover (%3 MiB): espere a que se ponga al día.</translation>
    </message>
    <message>
        <source>%1 is on timeline %2 but the leader %3 is on timeline %4: it follows an older history and must be rebuilt (patronictl reinit) before it can take over.</source>
        <translation>%1 está en la timeline %2, pero el líder %3 está en la timeline %4: sigue un historial anterior y debe reconstruirse (patronictl reinit) antes de poder tomar el relevo.</translation>
    </message>
    <message>
        <source>No Patroni member answers: check that Patroni runs (%1).</source>
        <translation>Ningún miembro de Patroni responde: compruebe que Patroni esté en marcha (%1).</translation>
    </message>
    <message>
        <source>it last reached etcd %1 s ago</source>
        <translation>contactó con etcd por última vez hace %1 s</translation>
    </message>
    <message>
        <source>it has not reached etcd</source>
        <translation>no ha contactado con etcd</translation>
    </message>
    <message>
        <source>Patroni answers on %1 but cannot read the cluster from etcd (%2): without etcd there is no leader lock to hand over. Bring etcd back first.</source>
        <translation>Patroni responde en %1, pero no puede leer el clúster desde etcd (%2): sin etcd no hay bloqueo de líder que traspasar. Recupere etcd primero.</translation>
    </message>
    <message>
        <source>The leader %1 does not answer on its REST API (%2): Patroni cannot hand over from it.</source>
        <translation>El líder %1 no responde en su API REST (%2): Patroni no puede traspasar desde él.</translation>
    </message>
    <message>
        <source>%1 The last one: %2</source>
        <translation>%1 El último: %2</translation>
    </message>
</context>
<context>
    <name>qm::http::JsonClient</name>
    <message>
        <source>%1 did not answer within %2 ms.</source>
        <translation>%1 no respondió en %2 ms.</translation>
    </message>
    <message>
        <source>%1 closed the connection before answering. Try again.</source>
        <translation>%1 cerró la conexión antes de responder. Inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Cannot reach %1: connection refused. Is the service running?</source>
        <translation>No se puede acceder a %1: conexión rechazada. ¿Está el servicio en marcha?</translation>
    </message>
    <message>
        <source>Cannot reach %1: host not found. Check the address in the connection profile.</source>
        <translation>No se puede acceder a %1: host no encontrado. Compruebe la dirección en el perfil de conexión.</translation>
    </message>
    <message>
        <source>Cannot reach %1: the TLS handshake failed. Check the certificate settings in the connection profile.</source>
        <translation>No se puede acceder a %1: falló el handshake TLS. Compruebe la configuración de certificados en el perfil de conexión.</translation>
    </message>
    <message>
        <source>%1 answered something that is not valid HTTP.</source>
        <translation>%1 respondió algo que no es HTTP válido.</translation>
    </message>
    <message>
        <source>Cannot reach %1: %2.</source>
        <translation>No se puede acceder a %1: %2.</translation>
    </message>
    <message>
        <source>%1 answered with invalid JSON (%2 at byte %3).</source>
        <translation>%1 respondió con JSON no válido (%2 en el byte %3).</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 %3.</source>
        <translation>%1 respondió HTTP %2 %3.</translation>
    </message>
    <message>
        <source>The request to %1 was cancelled.</source>
        <translation>La solicitud a %1 se canceló.</translation>
    </message>
    <message>
        <source>%1 answered with more than %2 MB: refused. Ask for a shorter time range, a coarser step or fewer series.</source>
        <translation>%1 respondió con más de %2 MB: rechazado. Pida un intervalo de tiempo más corto, un paso más grueso o menos series.</translation>
    </message>
</context>
<context>
    <name>qm::inventory::StockService</name>
    <message>
        <source>load stock</source>
        <translation>cargar el stock</translation>
    </message>
    <message>
        <source>load the stock ledger</source>
        <translation>cargar los movimientos de stock</translation>
    </message>
    <message>
        <source>load reservations</source>
        <translation>cargar las reservas</translation>
    </message>
    <message>
        <source>load low stock</source>
        <translation>cargar el stock bajo</translation>
    </message>
    <message>
        <source>check stock against the ledger</source>
        <translation>comprobar el stock con los movimientos</translation>
    </message>
    <message>
        <source>load movement reasons</source>
        <translation>cargar los motivos de movimiento</translation>
    </message>
    <message>
        <source>load warehouses</source>
        <translation>cargar los almacenes</translation>
    </message>
    <message>
        <source>read my permissions</source>
        <translation>leer mis permisos</translation>
    </message>
    <message>
        <source>export the stock ledger</source>
        <translation>exportar los movimientos de stock</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>The server sent a ledger row the export cannot read.</source>
        <translation>El servidor envió una fila de movimientos que la exportación no puede leer.</translation>
    </message>
    <message>
        <source>Saving %1 failed: %2</source>
        <translation>Error al guardar %1: %2</translation>
    </message>
    <message>
        <source>adjust stock</source>
        <translation>ajustar el stock</translation>
    </message>
    <message>
        <source>record a stock count</source>
        <translation>registrar un recuento de stock</translation>
    </message>
    <message>
        <source>release a reservation</source>
        <translation>liberar una reserva</translation>
    </message>
    <message>
        <source>release expired reservations</source>
        <translation>liberar las reservas caducadas</translation>
    </message>
    <message>
        <source>repair stock drift</source>
        <translation>reparar la desviación de stock</translation>
    </message>
    <message>
        <source>Vendure took the change, but variant %1 has no stock level at location %2 in the console&apos;s views.</source>
        <translation>Vendure aceptó el cambio, pero la variante %1 no tiene nivel de stock en la ubicación %2 en las vistas de la consola.</translation>
    </message>
</context>
<context>
    <name>qm::models::CatalogModel</name>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Precio</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>Existencias</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>Reservado</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Actualizado</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Not sortable: sorting needs an index on the server (SKU, name, price, updated)</source>
        <translation>No ordenable: ordenar requiere un índice en el servidor (SKU, nombre, precio, actualizado)</translation>
    </message>
    <message>
        <source>Not applied yet. Saved value: %1</source>
        <translation>Aún no aplicado. Valor guardado: %1</translation>
    </message>
    <message>
        <source>A SKU has 1 to 64 characters.</source>
        <translation>Un SKU tiene de 1 a 64 caracteres.</translation>
    </message>
    <message>
        <source>A name has 1 to 300 characters.</source>
        <translation>Un nombre tiene de 1 a 300 caracteres.</translation>
    </message>
    <message>
        <source>Status is draft, active or archived.</source>
        <translation>El estado es borrador (draft), activo (active) o archivado (archived).</translation>
    </message>
    <message>
        <source>A currency is a 3-letter ISO code, e.g. EUR.</source>
        <translation>Una moneda es un código ISO de 3 letras, p. ej. EUR.</translation>
    </message>
    <message>
        <source>This column cannot be edited.</source>
        <translation>Esta columna no se puede editar.</translation>
    </message>
</context>
<context>
    <name>qm::models::SetFieldCommand</name>
    <message>
        <source>Edit %1 of %2</source>
        <translation>Editar %1 de %2</translation>
    </message>
</context>
<context>
    <name>qm::models::StockLevelsModel</name>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation>Almacén</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>Existencias</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>Reservado</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <source>Low at</source>
        <translation>Bajo desde</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Actualizado</translation>
    </message>
</context>
<context>
    <name>qm::models::StockListModel</name>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation>Almacén</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Cart</source>
        <translation>Carrito</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Cant.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creada</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Caduca</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>Existencias</translation>
    </message>
    <message>
        <source>Ledger sum</source>
        <translation>Suma de movimientos</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>Reservado</translation>
    </message>
    <message>
        <source>Held by carts</source>
        <translation>Retenido en carritos</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <source>Low at</source>
        <translation>Bajo desde</translation>
    </message>
    <message>
        <source>held, expired</source>
        <translation>retenida, caducada</translation>
    </message>
</context>
<context>
    <name>qm::orders</name>
    <message>
        <source>Order %1 was not found.</source>
        <translation>No se encontró el pedido %1.</translation>
    </message>
    <message>
        <source>load orders</source>
        <translation>cargar los pedidos</translation>
    </message>
    <message>
        <source>load order %1</source>
        <translation>cargar el pedido %1</translation>
    </message>
    <message>
        <source>update order %1</source>
        <translation>actualizar el pedido %1</translation>
    </message>
    <message>
        <source>read permissions</source>
        <translation>leer los permisos</translation>
    </message>
    <message>
        <source>read order flow</source>
        <translation>leer el flujo de pedidos</translation>
    </message>
</context>
<context>
    <name>qm::orders::OrderFlowHealth</name>
    <message>
        <source>Checkout looks broken: %1 orders in the last minute, about %2 expected</source>
        <translation>El checkout parece roto: %1 pedidos en el último minuto, se esperaban unos %2</translation>
    </message>
    <message>
        <source>Orders are slow: %1 in the last minute, about %2 expected</source>
        <translation>Los pedidos van lentos: %1 en el último minuto, se esperaban unos %2</translation>
    </message>
    <message>
        <source>%1 % of payments are failing</source>
        <translation>El %1 % de los pagos están fallando</translation>
    </message>
    <message>
        <source>%1 % of payments failed in the last 15 minutes</source>
        <translation>El %1 % de los pagos fallaron en los últimos 15 minutos</translation>
    </message>
    <message numerus="yes">
        <source>%n paid order(s) not picked in time</source>
        <translation>
            <numerusform>%n pedido pagado no preparado a tiempo</numerusform>
            <numerusform>%n pedidos pagados no preparados a tiempo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) held by more open carts than are in stock</source>
        <translation>
            <numerusform>%n artículo retenido en más carritos abiertos de los que hay en stock</numerusform>
            <numerusform>%n artículos retenidos en más carritos abiertos de los que hay en stock</numerusform>
        </translation>
    </message>
    <message>
        <source>Order flow normal</source>
        <translation>Flujo de pedidos normal</translation>
    </message>
</context>
<context>
    <name>qm::orders::OrdersFilter</name>
    <message>
        <source>≥ %1</source>
        <translation>≥ %1</translation>
    </message>
    <message>
        <source>≤ %1</source>
        <translation>≤ %1</translation>
    </message>
    <message>
        <source>customer “%1”</source>
        <translation>cliente «%1»</translation>
    </message>
    <message numerus="yes">
        <source>last %n hour(s)</source>
        <translation>
            <numerusform>última %n hora</numerusform>
            <numerusform>últimas %n horas</numerusform>
        </translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>desde %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>hasta %1</translation>
    </message>
    <message>
        <source>All orders</source>
        <translation>Todos los pedidos</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Pagado</translation>
    </message>
    <message>
        <source>Picking</source>
        <translation>En preparación</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Entregado</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Reembolsado</translation>
    </message>
</context>
<context>
    <name>qm::payments::PaymentStatus</name>
    <message>
        <source>%1 has no maintenance mode or payment providers the console can switch: they belong to the reference store&apos;s storefront.</source>
        <translation>%1 no tiene modo de mantenimiento ni proveedores de pago que la consola pueda conmutar: pertenecen al frontal de la tienda de referencia.</translation>
    </message>
</context>
<context>
    <name>qm::queues</name>
    <message>
        <source>Stopped by the user.</source>
        <translation>Detenido por el usuario.</translation>
    </message>
</context>
<context>
    <name>qm::queues::ClaimPendingAction</name>
    <message>
        <source>Claim the entries of %1 pending for over %2 s</source>
        <translation>Reasignar las entradas de %1 pendientes desde hace más de %2 s</translation>
    </message>
    <message>
        <source>read the pending entries of %1</source>
        <translation>leer las entradas pendientes de %1</translation>
    </message>
    <message>
        <source>entries</source>
        <translation>entradas</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2, idle %3 s, delivered %n time(s)</source>
        <translation>
            <numerusform>%1 de %2, inactiva %3 s, entregada %n vez</numerusform>
            <numerusform>%1 de %2, inactiva %3 s, entregada %n veces</numerusform>
        </translation>
    </message>
    <message>
        <source>read the consumers of %1</source>
        <translation>leer los consumidores de %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 holds %n of them</source>
        <translation>
            <numerusform>%1 tiene %n de ellas</numerusform>
            <numerusform>%1 tiene %n de ellas</numerusform>
        </translation>
    </message>
    <message>
        <source>No entry of %1 has been pending that long.</source>
        <translation>Ninguna entrada de %1 lleva tanto tiempo pendiente.</translation>
    </message>
    <message>
        <source>No live consumer in %1 to take the entries over: start a worker first.</source>
        <translation>No hay ningún consumidor activo en %1 que pueda tomar las entradas: inicie primero un worker.</translation>
    </message>
    <message>
        <source>They go to %1, which processes them on its next pending read.</source>
        <translation>Van a %1, que las procesa en su próxima lectura de pendientes.</translation>
    </message>
    <message>
        <source>claim entries</source>
        <translation>reasignar entradas</translation>
    </message>
    <message>
        <source>Claiming for %1</source>
        <translation>Reasignando a %1</translation>
    </message>
    <message numerus="yes">
        <source>%n entries claimed for %1</source>
        <translation>
            <numerusform>%n entrada reasignada a %1</numerusform>
            <numerusform>%n entradas reasignadas a %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pending entries no longer existed (removed from the group)</source>
        <translation>
            <numerusform>%n entrada pendiente ya no existía (eliminada del grupo)</numerusform>
            <numerusform>%n entradas pendientes ya no existían (eliminadas del grupo)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries of %1 are still pending that long</source>
        <translation>
            <numerusform>%n entrada de %1 sigue pendiente tanto tiempo</numerusform>
            <numerusform>%n entradas de %1 siguen pendientes tanto tiempo</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qm::queues::QueueReader</name>
    <message>
        <source>The Redis user may not %1 (the server&apos;s ACL refuses it).</source>
        <translation>El usuario de Redis no puede %1 (la ACL del servidor lo rechaza).</translation>
    </message>
    <message>
        <source>Redis refused to %1.</source>
        <translation>Redis se negó a %1.</translation>
    </message>
    <message>
        <source>read the stream %1</source>
        <translation>leer el stream %1</translation>
    </message>
    <message>
        <source>read the groups of %1</source>
        <translation>leer los grupos de %1</translation>
    </message>
    <message>
        <source>read the dead letters</source>
        <translation>leer los mensajes fallidos</translation>
    </message>
</context>
<context>
    <name>qm::queues::ReplayDeadLettersAction</name>
    <message>
        <source>Replay the dead letters of %1</source>
        <translation>Reenviar los mensajes fallidos de %1</translation>
    </message>
    <message>
        <source>every task</source>
        <translation>todas las tareas</translation>
    </message>
    <message numerus="yes">
        <source>Replay %n dead letter(s)</source>
        <translation>
            <numerusform>Reenviar %n mensaje fallido</numerusform>
            <numerusform>Reenviar %n mensajes fallidos</numerusform>
        </translation>
    </message>
    <message>
        <source>dead letters</source>
        <translation>mensajes fallidos</translation>
    </message>
    <message numerus="yes">
        <source>%1: order %2, %3 after %n attempt(s): %4</source>
        <translation>
            <numerusform>%1: pedido %2, %3 tras %n intento: %4</numerusform>
            <numerusform>%1: pedido %2, %3 tras %n intentos: %4</numerusform>
        </translation>
    </message>
    <message>
        <source>Each dead letter goes back to %1 for its task only (attempt 1), once: a marker records it, and the workers skip an order&apos;s task that is done.</source>
        <translation>Cada mensaje fallido vuelve a %1 solo para su tarea (intento 1), una vez: un marcador lo registra y los workers omiten la tarea ya hecha de un pedido.</translation>
    </message>
    <message>
        <source>There are no dead letters to replay.</source>
        <translation>No hay mensajes fallidos que reenviar.</translation>
    </message>
    <message>
        <source>replay a dead letter</source>
        <translation>reenviar un mensaje fallido</translation>
    </message>
    <message>
        <source>Replaying dead letters</source>
        <translation>Reenviando mensajes fallidos</translation>
    </message>
    <message numerus="yes">
        <source>%n dead letter(s) replayed</source>
        <translation>
            <numerusform>%n mensaje fallido reenviado</numerusform>
            <numerusform>%n mensajes fallidos reenviados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n had been replayed before (not added again)</source>
        <translation>
            <numerusform>%n ya se había reenviado antes (no se añadió de nuevo)</numerusform>
            <numerusform>%n ya se habían reenviado antes (no se añadieron de nuevo)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n were gone already</source>
        <translation>
            <numerusform>%n ya no estaba</numerusform>
            <numerusform>%n ya no estaban</numerusform>
        </translation>
    </message>
    <message>
        <source>read the dead letters</source>
        <translation>leer los mensajes fallidos</translation>
    </message>
    <message>
        <source>%1 of %2 planned dead letters are still there; %3 have no replay marker</source>
        <translation>%1 de %2 mensajes fallidos previstos siguen ahí; %3 no tienen marcador de reenvío</translation>
    </message>
    <message>
        <source>read a replay marker</source>
        <translation>leer una marca de reenvío</translation>
    </message>
    <message>
        <source>The Redis master changed during the replay; followed it to %1.</source>
        <translation>El master de Redis cambió durante el reenvío; se le siguió hasta %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n replay(s) lost in the failover were done again</source>
        <translation>
            <numerusform>%n reenvío perdido en el failover se volvió a hacer</numerusform>
            <numerusform>%n reenvíos perdidos en el failover se volvieron a hacer</numerusform>
        </translation>
    </message>
    <message>
        <source>No replica has acknowledged the replays yet.</source>
        <translation>Ninguna réplica ha confirmado aún los reenvíos.</translation>
    </message>
</context>
<context>
    <name>qm::queues::StreamClient</name>
    <message>
        <source>No Redis master serves the key %1 (the cluster is missing slots).</source>
        <translation>Ningún master de Redis sirve la clave %1 (al clúster le faltan slots).</translation>
    </message>
    <message>
        <source>The Redis master for %1 did not answer within %2 s: %3</source>
        <translation>El master de Redis para %1 no respondió en %2 s: %3</translation>
    </message>
</context>
<context>
    <name>qm::queues::TrimStreamAction</name>
    <message>
        <source>Trim %1 to its newest %2 entries</source>
        <translation>Recortar %1 a sus %2 entradas más recientes</translation>
    </message>
    <message>
        <source>entries</source>
        <translation>entradas</translation>
    </message>
    <message>
        <source>read %1</source>
        <translation>leer %1</translation>
    </message>
    <message>
        <source>Group %1 has entries that would go before it acknowledged them (oldest pending %2, last delivered %3).</source>
        <translation>El grupo %1 tiene entradas que se irían antes de confirmarlas (pendiente más antigua %2, última entregada %3).</translation>
    </message>
    <message>
        <source>%1 has %2 entries; %3 would go.</source>
        <translation>%1 tiene %2 entradas; se irían %3.</translation>
    </message>
    <message>
        <source>Nothing to trim: the stream has %1 entries.</source>
        <translation>Nada que recortar: el stream tiene %1 entradas.</translation>
    </message>
    <message>
        <source>Trimming would drop entries that a group has not acknowledged. Claim or process them first, or force the trim.</source>
        <translation>Recortar eliminaría entradas que un grupo no ha confirmado. Reasígnelas o procéselas primero, o fuerce el recorte.</translation>
    </message>
    <message>
        <source>trim the stream</source>
        <translation>recortar el stream</translation>
    </message>
    <message numerus="yes">
        <source>%n entries trimmed</source>
        <translation>
            <numerusform>%n entrada recortada</numerusform>
            <numerusform>%n entradas recortadas</numerusform>
        </translation>
    </message>
    <message>
        <source>read the stream&apos;s length</source>
        <translation>leer la longitud del stream</translation>
    </message>
    <message>
        <source>%1 has %2 entries now</source>
        <translation>%1 tiene ahora %2 entradas</translation>
    </message>
</context>
<context>
    <name>qm::redis::Client</name>
    <message>
        <source>The Redis client was closed before the command was sent.</source>
        <translation>El cliente de Redis se cerró antes de enviar el comando.</translation>
    </message>
    <message>
        <source>The Redis connection to %1 was closed before the reply arrived.</source>
        <translation>La conexión de Redis con %1 se cerró antes de que llegara la respuesta.</translation>
    </message>
    <message>
        <source>Disconnected from Redis at %1 before the reply arrived.</source>
        <translation>Desconectado de Redis en %1 antes de que llegara la respuesta.</translation>
    </message>
    <message>
        <source>This Redis client cannot run %1: it needs a dedicated connection.</source>
        <translation>Este cliente de Redis no puede ejecutar %1: necesita una conexión dedicada.</translation>
    </message>
    <message>
        <source>This Redis client cannot run %1 in a pipeline.</source>
        <translation>Este cliente de Redis no puede ejecutar %1 en un pipeline.</translation>
    </message>
    <message>
        <source>A blocking Redis call was refused on the GUI thread.</source>
        <translation>Se rechazó una llamada bloqueante a Redis en el hilo de la GUI.</translation>
    </message>
    <message>
        <source>Redis at %1 did not answer within %2 ms.</source>
        <translation>Redis en %1 no respondió en %2 ms.</translation>
    </message>
    <message>
        <source> for user %1</source>
        <translation> para el usuario %1</translation>
    </message>
    <message>
        <source>Redis at %1 refused the credentials%2. Check the user name and password in the connection profile.</source>
        <translation>Redis en %1 rechazó las credenciales%2. Compruebe el nombre de usuario y la contraseña en el perfil de conexión.</translation>
    </message>
    <message>
        <source>Redis at %1 refused to select database %2. Check the database number in the connection profile.</source>
        <translation>Redis en %1 se negó a seleccionar la base de datos %2. Compruebe el número de base de datos en el perfil de conexión.</translation>
    </message>
    <message>
        <source>a reply nobody asked for</source>
        <translation>una respuesta que nadie pidió</translation>
    </message>
    <message>
        <source>Redis at %1 sent something that is not a valid reply (%2). The connection was closed; the next command reconnects.</source>
        <translation>Redis en %1 envió algo que no es una respuesta válida (%2). La conexión se cerró; el siguiente comando se reconecta.</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>conexión rechazada</translation>
    </message>
    <message>
        <source>host not found</source>
        <translation>host no encontrado</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>tiempo de espera agotado</translation>
    </message>
    <message>
        <source>the server closed the connection</source>
        <translation>el servidor cerró la conexión</translation>
    </message>
    <message>
        <source>network error</source>
        <translation>error de red</translation>
    </message>
    <message>
        <source>TLS handshake failed</source>
        <translation>falló el handshake TLS</translation>
    </message>
    <message>
        <source>socket error</source>
        <translation>error de socket</translation>
    </message>
    <message>
        <source>Cannot reach Redis at %1: %2. Check the host name in the connection profile.</source>
        <translation>No se puede acceder a Redis en %1: %2. Compruebe el nombre de host en el perfil de conexión.</translation>
    </message>
    <message>
        <source>Cannot reach Redis at %1: %2. Is redis-server running?</source>
        <translation>No se puede acceder a Redis en %1: %2. ¿Está redis-server en marcha?</translation>
    </message>
    <message>
        <source>Lost the connection to Redis at %1: %2. Commands in flight may or may not have run; check before retrying. The next command reconnects.</source>
        <translation>Se perdió la conexión con Redis en %1: %2. Puede que los comandos en curso se hayan ejecutado o no; compruébelo antes de reintentar. El siguiente comando se reconecta.</translation>
    </message>
    <message>
        <source>no answer within %1 ms</source>
        <translation>sin respuesta en %1 ms</translation>
    </message>
    <message>
        <source>Redis at %1 did not answer within %2 ms. The connection was reset; commands in flight may or may not have run.</source>
        <translation>Redis en %1 no respondió en %2 ms. La conexión se restableció; puede que los comandos en curso se hayan ejecutado o no.</translation>
    </message>
    <message>
        <source>Redis at %1</source>
        <translation>Redis en %1</translation>
    </message>
</context>
<context>
    <name>qm::redis::RespReader</name>
    <message>
        <source>out of memory</source>
        <translation>memoria agotada</translation>
    </message>
</context>
<context>
    <name>qm::redis::Scanner</name>
    <message>
        <source>Redis at %1 refused SCAN: %2</source>
        <translation>Redis en %1 rechazó SCAN: %2</translation>
    </message>
    <message>
        <source>Redis at %1 answered SCAN with something unexpected.</source>
        <translation>Redis en %1 respondió a SCAN con algo inesperado.</translation>
    </message>
    <message>
        <source>The scan of %1 was cancelled after %2 keys.</source>
        <translation>El escaneo de %1 se canceló tras %2 claves.</translation>
    </message>
    <message>
        <source>Redis refused UNLINK: %1</source>
        <translation>Redis rechazó UNLINK: %1</translation>
    </message>
</context>
<context>
    <name>qm::runbooks::BackupSteps</name>
    <message>
        <source>no pgBackRest stanza: give the step a &quot;stanza&quot; (and &quot;config&quot;), or run it against an HA sandbox (QM_SANDBOX_DIR with ha.json)</source>
        <translation>no hay stanza de pgBackRest: dé al paso una «stanza» (y «config»), o ejecútelo contra un sandbox HA (QM_SANDBOX_DIR con ha.json)</translation>
    </message>
    <message>
        <source>there is no user account &quot;%1&quot; to run pgBackRest and PostgreSQL as</source>
        <translation>no existe la cuenta de usuario «%1» con la que ejecutar pgBackRest y PostgreSQL</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>pgBackRest could not be started (is it installed?)</source>
        <translation>no se pudo iniciar pgBackRest (¿está instalado?)</translation>
    </message>
    <message>
        <source>pgbackrest info failed (exit code %1)</source>
        <translation>pgbackrest info falló (código de salida %1)</translation>
    </message>
    <message>
        <source>pgbackrest info gave no stanza</source>
        <translation>pgbackrest info no devolvió ninguna stanza</translation>
    </message>
    <message>
        <source>stanza %1 has no backup (%2)</source>
        <translation>la stanza %1 no tiene copia de seguridad (%2)</translation>
    </message>
    <message>
        <source>the latest pgBackRest backup: its age, type and the WAL archive range</source>
        <translation>la copia de seguridad más reciente de pgBackRest: su antigüedad, su tipo y el rango del archivo WAL</translation>
    </message>
    <message>
        <source>latest backup %1 (%2), %3 old; WAL archive %4 … %5</source>
        <translation>última copia %1 (%2), de hace %3; archivo WAL %4 … %5</translation>
    </message>
    <message>
        <source> (at most %1 expected)</source>
        <translation> (se esperaba como mucho %1)</translation>
    </message>
    <message>
        <source>; no WAL is archived</source>
        <translation>; no hay WAL archivado</translation>
    </message>
    <message>
        <source>Read pgBackRest&apos;s latest backup and expect it at most %1 old</source>
        <translation>Leer la última copia de seguridad de pgBackRest y esperar que tenga como mucho %1</translation>
    </message>
    <message>
        <source>Read pgBackRest&apos;s latest backup</source>
        <translation>Leer la última copia de seguridad de pgBackRest</translation>
    </message>
    <message>
        <source>now: %1 (%2)</source>
        <translation>ahora: %1 (%2)</translation>
    </message>
    <message>
        <source>would pass</source>
        <translation>pasaría</translation>
    </message>
    <message>
        <source>would fail</source>
        <translation>fallaría</translation>
    </message>
    <message>
        <source>now: cannot run it: %1</source>
        <translation>ahora: no se puede ejecutar: %1</translation>
    </message>
    <message>
        <source>&quot;ports&quot; must be a port or a range such as 23440-23449, not %1</source>
        <translation>«ports» debe ser un puerto o un rango como 23440-23449, no %1</translation>
    </message>
    <message>
        <source>no free loopback port in %1 for the scratch server</source>
        <translation>ningún puerto de loopback libre en %1 para el servidor temporal</translation>
    </message>
    <message>
        <source>pg_ctl stop: %1</source>
        <translation>pg_ctl stop: %1</translation>
    </message>
    <message>
        <source>the scratch server (pid %1) did not stop</source>
        <translation>el servidor temporal (pid %1) no se detuvo</translation>
    </message>
    <message>
        <source>%1 could not be removed</source>
        <translation>no se pudo eliminar %1</translation>
    </message>
    <message>
        <source>scratch server stopped and %1 removed</source>
        <translation>servidor temporal detenido y %1 eliminado</translation>
    </message>
    <message>
        <source>restore the latest backup into a scratch PostgreSQL, check it, measure RTO and RPO, remove it</source>
        <translation>restaurar la última copia de seguridad en un PostgreSQL temporal, comprobarla, medir RTO y RPO, eliminarla</translation>
    </message>
    <message>
        <source>&quot;ports&quot; is a port or a range such as 23440-23449</source>
        <translation>«ports» es un puerto o un rango como 23440-23449</translation>
    </message>
    <message>
        <source>%1 is missing: PostgreSQL %2&apos;s server is needed for the scratch copy</source>
        <translation>falta %1: se necesita el servidor de PostgreSQL %2 para la copia temporal</translation>
    </message>
    <message>
        <source>the scratch folder %1 does not exist</source>
        <translation>la carpeta temporal %1 no existe</translation>
    </message>
    <message>
        <source>Restore drill of stanza %1: no backup to restore</source>
        <translation>Simulacro de restauración de la stanza %1: no hay copia de seguridad que restaurar</translation>
    </message>
    <message>
        <source>Restore backup %1 (%2, %3 old) with recovery to the end of the WAL archive into a scratch PostgreSQL, check it, measure RTO and RPO, remove it</source>
        <translation>Restaurar la copia %1 (%2, de hace %3) con recuperación hasta el final del archivo WAL en un PostgreSQL temporal, comprobarla, medir RTO y RPO, eliminarla</translation>
    </message>
    <message>
        <source>scratch folder under %1, a free loopback port%2, WAL archiving off</source>
        <translation>carpeta temporal en %1, un puerto de loopback libre%2, archivado de WAL desactivado</translation>
    </message>
    <message>
        <source> in %1</source>
        <translation> en %1</translation>
    </message>
    <message>
        <source>WAL archive %1 … %2</source>
        <translation>archivo WAL %1 … %2</translation>
    </message>
    <message>
        <source>checks: %1</source>
        <translation>comprobaciones: %1</translation>
    </message>
    <message>
        <source>nothing on the store&apos;s servers changes; the restored copy is removed afterwards, also when the drill fails or is cancelled</source>
        <translation>nada cambia en los servidores de la tienda; la copia restaurada se elimina después, también si el simulacro falla o se cancela</translation>
    </message>
    <message>
        <source>cannot make a scratch folder under %1: %2</source>
        <translation>no se puede crear una carpeta temporal en %1: %2</translation>
    </message>
    <message>
        <source>cancelled; the scratch copy is removed</source>
        <translation>cancelado; la copia temporal se elimina</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>cannot prepare %1 for PostgreSQL&apos;s account</source>
        <translation>no se puede preparar %1 para la cuenta de PostgreSQL</translation>
    </message>
    <message>
        <source>cannot write the scratch server&apos;s configuration</source>
        <translation>no se puede escribir la configuración del servidor temporal</translation>
    </message>
    <message>
        <source>restoring backup %1 (%2) of stanza %3 into %4, port %5</source>
        <translation>restaurando la copia %1 (%2) de la stanza %3 en %4, puerto %5</translation>
    </message>
    <message>
        <source>pgbackrest restore did not finish before the deadline</source>
        <translation>pgbackrest restore no terminó antes del plazo</translation>
    </message>
    <message>
        <source>pgbackrest restore failed (exit code %1)</source>
        <translation>pgbackrest restore falló (código de salida %1)</translation>
    </message>
    <message>
        <source>files restored in %1 s; starting PostgreSQL to replay the archived WAL</source>
        <translation>archivos restaurados en %1 s; iniciando PostgreSQL para reproducir el WAL archivado</translation>
    </message>
    <message>
        <source>the scratch PostgreSQL did not start</source>
        <translation>el PostgreSQL temporal no arrancó</translation>
    </message>
    <message>
        <source>the restored copy did not become queryable before the deadline</source>
        <translation>la copia restaurada no pudo consultarse antes del plazo</translation>
    </message>
    <message>
        <source>the scratch PostgreSQL stopped during recovery</source>
        <translation>el PostgreSQL temporal se detuvo durante la recuperación</translation>
    </message>
    <message>
        <source>the copy answers read-only queries after %1 s; replaying WAL</source>
        <translation>la copia responde a consultas de solo lectura tras %1 s; reproduciendo WAL</translation>
    </message>
    <message>
        <source>recovery ended; the restored copy is queryable: RTO %1 s</source>
        <translation>recuperación terminada; la copia restaurada puede consultarse: RTO %1 s</translation>
    </message>
    <message>
        <source>the restored copy runs with archive_mode=%1: it could write into the backup repository; stopped</source>
        <translation>la copia restaurada se ejecuta con archive_mode=%1: podría escribir en el repositorio de copias; detenida</translation>
    </message>
    <message>
        <source>the check query failed on the restored copy</source>
        <translation>la consulta de comprobación falló en la copia restaurada</translation>
    </message>
    <message>
        <source>no database connection for this run</source>
        <translation>no hay conexión a la base de datos para esta ejecución</translation>
    </message>
    <message>
        <source>unknown (no order in the copy)</source>
        <translation>desconocido (ningún pedido en la copia)</translation>
    </message>
    <message>
        <source>orders: %1 in the copy (last %2), %3 on the primary (last %4): RPO %5</source>
        <translation>pedidos: %1 en la copia (último %2), %3 en el primario (último %4): RPO %5</translation>
    </message>
    <message>
        <source>restored %1 and recovered it in %2 s (RTO); last order %3 behind the primary (RPO); %4 of %5 orders</source>
        <translation>%1 restaurada y recuperada en %2 s (RTO); último pedido %3 por detrás del primario (RPO); %4 de %5 pedidos</translation>
    </message>
    <message>
        <source>RTO above %1</source>
        <translation>RTO por encima de %1</translation>
    </message>
    <message>
        <source>RPO above %1</source>
        <translation>RPO por encima de %1</translation>
    </message>
    <message>
        <source>no RTO was measured</source>
        <translation>no se midió ningún RTO</translation>
    </message>
    <message>
        <source>%1 is still there</source>
        <translation>%1 sigue ahí</translation>
    </message>
    <message>
        <source>the scratch server (pid %1) still runs</source>
        <translation>el servidor temporal (pid %1) sigue en ejecución</translation>
    </message>
    <message>
        <source>RTO %1 s, RPO %2 s; the scratch server and its folder are gone</source>
        <translation>RTO %1 s, RPO %2 s; el servidor temporal y su carpeta ya no están</translation>
    </message>
    <message>
        <source>pgBackRest backups are read on Unix only</source>
        <translation>Las copias de seguridad de pgBackRest solo se leen en Unix</translation>
    </message>
</context>
<context>
    <name>qm::runbooks::BuiltinSteps</name>
    <message>
        <source>now: %1 (%2)</source>
        <translation>ahora: %1 (%2)</translation>
    </message>
    <message>
        <source>would pass</source>
        <translation>pasaría</translation>
    </message>
    <message>
        <source>would fail</source>
        <translation>fallaría</translation>
    </message>
    <message>
        <source>now: cannot run it: %1</source>
        <translation>ahora: no se puede ejecutar: %1</translation>
    </message>
    <message>
        <source>a read-only query on the primary or a replica, and what it must return</source>
        <translation>una consulta de solo lectura en el primario o en una réplica, y lo que debe devolver</translation>
    </message>
    <message>
        <source>&quot;params&quot; must be a list ($1, $2...)</source>
        <translation>«params» debe ser una lista ($1, $2...)</translation>
    </message>
    <message>
        <source>Run a read-only query on the %1 and expect %2</source>
        <translation>Ejecutar una consulta de solo lectura en el %1 y esperar %2</translation>
    </message>
    <message>
        <source>a read-only Redis command (PING, INFO field, ROLE...) and what it must return</source>
        <translation>un comando de Redis de solo lectura (PING, campo de INFO, ROLE...) y lo que debe devolver</translation>
    </message>
    <message>
        <source>a check runs only read-only commands (%1), not &quot;%2&quot;</source>
        <translation>una comprobación solo ejecuta comandos de solo lectura (%1), no «%2»</translation>
    </message>
    <message>
        <source>Redis has no replica to check</source>
        <translation>Redis no tiene ninguna réplica que comprobar</translation>
    </message>
    <message>
        <source>Redis has no master</source>
        <translation>Redis no tiene master</translation>
    </message>
    <message>
        <source>Ask Redis %1 and expect %2</source>
        <translation>Preguntar a Redis %1 y esperar %2</translation>
    </message>
    <message>
        <source>preview long-running or idle-in-transaction sessions, then cancel or terminate them</source>
        <translation>previsualizar sesiones de larga duración o inactivas en una transacción y luego cancelarlas o terminarlas</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>debe ser true o false</translation>
    </message>
    <message>
        <source>no database connection for this run</source>
        <translation>no hay conexión a la base de datos para esta ejecución</translation>
    </message>
    <message>
        <source>%1 may not cancel or terminate sessions: that needs the on-call role (qm_oncall). Sign in as an on-call engineer; nothing was cancelled.</source>
        <translation>%1 no puede cancelar ni terminar sesiones: eso requiere el rol de guardia (qm_oncall). Inicie sesión como ingeniero de guardia; no se canceló nada.</translation>
    </message>
    <message>
        <source>pid %1 %2@%3 %4 for %5 s: %6</source>
        <translation>pid %1 %2@%3 %4 durante %5 s: %6</translation>
    </message>
    <message numerus="yes">
        <source>Terminate %n session(s) busy or idle in a transaction for more than %1 s</source>
        <translation>
            <numerusform>Terminar %n sesión ocupada o inactiva en una transacción durante más de %1 s</numerusform>
            <numerusform>Terminar %n sesiones ocupadas o inactivas en una transacción durante más de %1 s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancel the query of %n session(s) running for more than %1 s</source>
        <translation>
            <numerusform>Cancelar la consulta de %n sesión en ejecución durante más de %1 s</numerusform>
            <numerusform>Cancelar la consulta de %n sesiones en ejecución durante más de %1 s</numerusform>
        </translation>
    </message>
    <message>
        <source>cancelling does not end an idle transaction: use mode: terminate for those sessions</source>
        <translation>cancelar no termina una transacción inactiva: use mode: terminate para esas sesiones</translation>
    </message>
    <message>
        <source>%1 sessions qualify, more than max_sessions (%2): narrow the filter or raise max_sessions</source>
        <translation>%1 sesiones cumplen el criterio, más que max_sessions (%2): acote el filtro o aumente max_sessions</translation>
    </message>
    <message>
        <source>terminated %1</source>
        <translation>terminada %1</translation>
    </message>
    <message>
        <source>cancelled %1</source>
        <translation>cancelada %1</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) terminated, %1 had already ended or changed</source>
        <translation>
            <numerusform>%n sesión terminada, %1 ya había terminado o cambiado</numerusform>
            <numerusform>%n sesiones terminadas, %1 ya habían terminado o cambiado</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n query(ies) cancelled, %1 had already ended or changed</source>
        <translation>
            <numerusform>%n consulta cancelada, %1 ya había terminado o cambiado</numerusform>
            <numerusform>%n consultas canceladas, %1 ya habían terminado o cambiado</numerusform>
        </translation>
    </message>
    <message>
        <source>not known to have signalled anything</source>
        <translation>no consta que se haya enviado ninguna señal</translation>
    </message>
    <message>
        <source>still running: %1</source>
        <translation>sigue en ejecución: %1</translation>
    </message>
    <message numerus="yes">
        <source>none of the %n previewed session(s) still qualifies</source>
        <translation>
            <numerusform>la %n sesión previsualizada ya no cumple el criterio</numerusform>
            <numerusform>ninguna de las %n sesiones previsualizadas cumple ya el criterio</numerusform>
        </translation>
    </message>
    <message>
        <source>repeat a check until it passes or a deadline</source>
        <translation>repetir una comprobación hasta que pase o venza un plazo</translation>
    </message>
    <message>
        <source>unknown check type %1</source>
        <translation>tipo de comprobación desconocido %1</translation>
    </message>
    <message>
        <source>Wait up to %1 s until %2 passes</source>
        <translation>Esperar hasta %1 s a que %2 pase</translation>
    </message>
    <message>
        <source>would pass at once</source>
        <translation>pasaría de inmediato</translation>
    </message>
    <message>
        <source>would wait</source>
        <translation>esperaría</translation>
    </message>
    <message>
        <source>cancelled while waiting</source>
        <translation>cancelado durante la espera</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>deadline passed; last: %1</source>
        <translation>plazo vencido; último: %1</translation>
    </message>
    <message>
        <source>the condition did not hold before the deadline</source>
        <translation>la condición no se cumplió antes del plazo</translation>
    </message>
    <message>
        <source>ask the operator and go on only with the expected answer</source>
        <translation>preguntar al operador y continuar solo con la respuesta esperada</translation>
    </message>
    <message>
        <source>Ask: %1 (go on with &quot;%2&quot;)</source>
        <translation>Pregunta: %1 (continuar con «%2»)</translation>
    </message>
    <message>
        <source>no operator can answer</source>
        <translation>ningún operador puede responder</translation>
    </message>
    <message>
        <source>this step needs an operator&apos;s answer</source>
        <translation>este paso necesita la respuesta de un operador</translation>
    </message>
    <message>
        <source>answered &quot;%1&quot;</source>
        <translation>respondió «%1»</translation>
    </message>
    <message>
        <source>answered &quot;%1&quot;, expected &quot;%2&quot;</source>
        <translation>respondió «%1», se esperaba «%2»</translation>
    </message>
    <message>
        <source>a line for the operator and the journal</source>
        <translation>una línea para el operador y el diario</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Nota: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be one of {equals: X}, {not_equals: X}, {at_most: N}, {at_least: N}, {rows: N}</source>
        <translation>«%1» debe ser uno de {equals: X}, {not_equals: X}, {at_most: N}, {at_least: N}, {rows: N}</translation>
    </message>
    <message>
        <source>%1 takes a number</source>
        <translation>%1 requiere un número</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s), expected %1</source>
        <translation>
            <numerusform>%n fila, se esperaba %1</numerusform>
            <numerusform>%n filas, se esperaba %1</numerusform>
        </translation>
    </message>
    <message>
        <source>got %1, expected %2 %3</source>
        <translation>se obtuvo %1, se esperaba %2 %3</translation>
    </message>
</context>
<context>
    <name>qm::runbooks::CacheSteps</name>
    <message>
        <source>no purge for these fields</source>
        <translation>ninguna purga para estos campos</translation>
    </message>
    <message>
        <source>dry run: %1 %2</source>
        <translation>ensayo: %1 %2</translation>
    </message>
    <message>
        <source>dry run: about %1 %2</source>
        <translation>ensayo: unos %1 %2</translation>
    </message>
    <message>
        <source>dry run: what it hits cannot be counted in advance</source>
        <translation>ensayo: lo que afecta no puede contarse de antemano</translation>
    </message>
    <message>
        <source>%1 %2 match, more than max_keys (%3)</source>
        <translation>%1 %2 coinciden, más que max_keys (%3)</translation>
    </message>
    <message>
        <source>%1: %2 done</source>
        <translation>%1: %2 hecho</translation>
    </message>
    <message>
        <source>a new dry run finds %1 %2</source>
        <translation>un nuevo ensayo encuentra %1 %2</translation>
    </message>
    <message>
        <source>a Redis purge by pattern, tag or product (with its Varnish pages)</source>
        <translation>una purga de Redis por patrón, etiqueta o producto (con sus páginas de Varnish)</translation>
    </message>
    <message>
        <source>cache.purge takes one of pattern, tag or product</source>
        <translation>cache.purge admite uno de pattern, tag o product</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>debe ser true o false</translation>
    </message>
    <message>
        <source>a Varnish ban by URL and/or Host regex, or an xkey purge, on every instance</source>
        <translation>un ban de Varnish por regex de URL y/o Host, o una purga xkey, en cada instancia</translation>
    </message>
    <message>
        <source>varnish.ban takes url and/or host (a ban), or xkey (a tag purge)</source>
        <translation>varnish.ban admite url y/o host (un ban) o xkey (una purga por etiqueta)</translation>
    </message>
</context>
<context>
    <name>qm::runbooks::Engine</name>
    <message>
        <source>the runbook has no parameter &quot;%1&quot;</source>
        <translation>el runbook no tiene ningún parámetro «%1»</translation>
    </message>
    <message>
        <source>the parameter &quot;%1&quot; has no value and no default: give it (%2)</source>
        <translation>el parámetro «%1» no tiene valor ni valor predeterminado: indíquelo (%2)</translation>
    </message>
    <message>
        <source>the parameter &quot;%1&quot; must be of type %2, not &quot;%3&quot;</source>
        <translation>el parámetro «%1» debe ser de tipo %2, no «%3»</translation>
    </message>
    <message>
        <source>the parameter &quot;%1&quot; must be a whole number</source>
        <translation>el parámetro «%1» debe ser un número entero</translation>
    </message>
    <message>
        <source>cannot read %1 to check its signature</source>
        <translation>no se puede leer %1 para comprobar su firma</translation>
    </message>
    <message>
        <source>%1 changed since it was read: read it again</source>
        <translation>%1 cambió desde que se leyó: léalo de nuevo</translation>
    </message>
    <message>
        <source>cancelled before the step began</source>
        <translation>cancelado antes de empezar el paso</translation>
    </message>
    <message>
        <source>precondition failed: %1</source>
        <translation>precondición no cumplida: %1</translation>
    </message>
    <message>
        <source>the audit log refused the step&apos;s intent, so it did not run: %1</source>
        <translation>el registro de auditoría rechazó la intención del paso, así que no se ejecutó: %1</translation>
    </message>
    <message>
        <source>the audit log refused the outcome of step %1: %2</source>
        <translation>el registro de auditoría rechazó el resultado del paso %1: %2</translation>
    </message>
    <message>
        <source>not verified before the deadline: %1</source>
        <translation>no verificado antes del plazo: %1</translation>
    </message>
    <message>
        <source>the action failed: %1</source>
        <translation>la acción falló: %1</translation>
    </message>
    <message>
        <source>executed before the interruption but not verified now: %1</source>
        <translation>ejecutado antes de la interrupción, pero no verificado ahora: %1</translation>
    </message>
    <message>
        <source>step %1 failed: %2</source>
        <translation>el paso %1 falló: %2</translation>
    </message>
    <message>
        <source>step %1 failed and was rolled back by %2</source>
        <translation>el paso %1 falló y %2 lo revirtió</translation>
    </message>
    <message>
        <source>step %1 failed and its rollback %2 failed too: %3</source>
        <translation>el paso %1 falló y su reversión %2 también falló: %3</translation>
    </message>
    <message>
        <source>step %1 cannot run: %2</source>
        <translation>el paso %1 no puede ejecutarse: %2</translation>
    </message>
    <message>
        <source>no audit log: a runbook runs only when its intent can be recorded</source>
        <translation>sin registro de auditoría: un runbook solo se ejecuta si su intención puede registrarse</translation>
    </message>
    <message>
        <source>not confirmed: nothing ran (%1)</source>
        <translation>no confirmado: no se ejecutó nada (%1)</translation>
    </message>
    <message>
        <source>the audit log refused the run&apos;s intent, so nothing ran: %1</source>
        <translation>el registro de auditoría rechazó la intención de la ejecución, así que no se ejecutó nada: %1</translation>
    </message>
    <message>
        <source>cannot journal the run, so nothing ran: %1</source>
        <translation>no se puede escribir la ejecución en el diario, así que no se ejecutó nada: %1</translation>
    </message>
    <message>
        <source>the audit log refused the run&apos;s outcome: %1</source>
        <translation>el registro de auditoría rechazó el resultado de la ejecución: %1</translation>
    </message>
    <message>
        <source>the journal of run %1 has no header: it cannot be resumed</source>
        <translation>el diario de la ejecución %1 no tiene cabecera: no se puede reanudar</translation>
    </message>
    <message>
        <source>the runbook file changed since run %1 started (content hash %2..., now %3...): resume refused. Restore the file the run started with, or start a new run</source>
        <translation>el archivo del runbook cambió desde que empezó la ejecución %1 (hash del contenido %2..., ahora %3...): reanudación rechazada. Restaure el archivo con el que empezó la ejecución o inicie una nueva</translation>
    </message>
    <message>
        <source>run %1 finished (%2): nothing to resume</source>
        <translation>la ejecución %1 terminó (%2): nada que reanudar</translation>
    </message>
    <message>
        <source>the audit log refused the resume&apos;s intent, so nothing ran: %1</source>
        <translation>el registro de auditoría rechazó la intención de la reanudación, así que no se ejecutó nada: %1</translation>
    </message>
    <message>
        <source>the audit log refused the resume&apos;s outcome: %1</source>
        <translation>el registro de auditoría rechazó el resultado de la reanudación: %1</translation>
    </message>
    <message>
        <source>the runbook run</source>
        <translation>la ejecución del runbook</translation>
    </message>
    <message>
        <source>the runbook resume</source>
        <translation>la reanudación del runbook</translation>
    </message>
    <message>
        <source>this runbook needs two-person approval: a second on-call role approves the run (its runbook file and parameters) before it acts</source>
        <translation>este runbook necesita aprobación de dos personas: un segundo rol de guardia aprueba la ejecución (su archivo de runbook y sus parámetros) antes de que actúe</translation>
    </message>
    <message>
        <source>no signed audit checkpoint was written after the run: %1</source>
        <translation>no se escribió ningún punto de control de auditoría firmado tras la ejecución: %1</translation>
    </message>
    <message>
        <source>this runbook needs two-person approval, which the database keeps: no database, so nothing ran</source>
        <translation>este runbook necesita aprobación de dos personas, que guarda la base de datos: sin base de datos, así que no se ejecutó nada</translation>
    </message>
    <message>
        <source>two-person approval refused, so nothing ran: %1</source>
        <translation>aprobación de dos personas rechazada, así que no se ejecutó nada: %1</translation>
    </message>
</context>
<context>
    <name>qm::runbooks::HaSteps</name>
    <message>
        <source>Patroni did not answer in time</source>
        <translation>Patroni no respondió a tiempo</translation>
    </message>
    <message>
        <source>the profile names no Patroni REST API (&quot;patroni&quot; in the profile)</source>
        <translation>el perfil no indica ninguna API REST de Patroni («patroni» en el perfil)</translation>
    </message>
    <message>
        <source>no database connection for this run</source>
        <translation>no hay conexión a la base de datos para esta ejecución</translation>
    </message>
    <message>
        <source>no PostgreSQL server answers</source>
        <translation>ningún servidor PostgreSQL responde</translation>
    </message>
    <message>
        <source>%1 may not %2: that needs the on-call role (qm_oncall). Sign in as an on-call engineer; nothing was changed.</source>
        <translation>%1 no puede %2: eso requiere el rol de guardia (qm_oncall). Inicie sesión como ingeniero de guardia; no se cambió nada.</translation>
    </message>
    <message>
        <source>%1 has the on-call role</source>
        <translation>%1 tiene el rol de guardia</translation>
    </message>
    <message>
        <source>leader</source>
        <translation>líder</translation>
    </message>
    <message>
        <source>lag unknown</source>
        <translation>retraso desconocido</translation>
    </message>
    <message>
        <source>lag %1 bytes</source>
        <translation>retraso de %1 bytes</translation>
    </message>
    <message>
        <source>%1: %2, %3, timeline %4, %5%6</source>
        <translation>%1: %2, %3, timeline %4, %5%6</translation>
    </message>
    <message>
        <source>, tagged nofailover</source>
        <translation>, marcado nofailover</translation>
    </message>
    <message>
        <source>a condition of the Patroni cluster (leader running, replicas streaming, lag, timelines, paused, etcd reachable)</source>
        <translation>una condición del clúster Patroni (líder en marcha, réplicas en streaming, retraso, timelines, en pausa, etcd accesible)</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>debe ser true o false</translation>
    </message>
    <message>
        <source>the profile names no Patroni REST API</source>
        <translation>el perfil no indica ninguna API REST de Patroni</translation>
    </message>
    <message>
        <source>the members reach etcd</source>
        <translation>los miembros alcanzan etcd</translation>
    </message>
    <message>
        <source>leader %1 is %2</source>
        <translation>el líder %1 está %2</translation>
    </message>
    <message>
        <source>no leader</source>
        <translation>sin líder</translation>
    </message>
    <message>
        <source>leader %1</source>
        <translation>líder %1</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>en pausa</translation>
    </message>
    <message>
        <source>not paused</source>
        <translation>no en pausa</translation>
    </message>
    <message>
        <source> (at most %1 bytes)</source>
        <translation> (como mucho %1 bytes)</translation>
    </message>
    <message>
        <source>%1 is %2 (expected %3): %4</source>
        <translation>%1 es %2 (se esperaba %3): %4</translation>
    </message>
    <message>
        <source>Check that Patroni&apos;s %1 is %2</source>
        <translation>Comprobar que %1 de Patroni es %2</translation>
    </message>
    <message>
        <source>now: %1 (%2)</source>
        <translation>ahora: %1 (%2)</translation>
    </message>
    <message>
        <source>would pass</source>
        <translation>pasaría</translation>
    </message>
    <message>
        <source>would fail</source>
        <translation>fallaría</translation>
    </message>
    <message>
        <source>now: cannot run it: %1</source>
        <translation>ahora: no se puede ejecutar: %1</translation>
    </message>
    <message>
        <source>promote a chosen replica when the leader is gone (Patroni failover)</source>
        <translation>promover una réplica elegida cuando el líder ya no está (failover de Patroni)</translation>
    </message>
    <message>
        <source>hand the leader role to a replica (Patroni planned switchover)</source>
        <translation>pasar el rol de líder a una réplica (switchover planificado de Patroni)</translation>
    </message>
    <message>
        <source>&quot;scheduled&quot; must be an ISO 8601 time with its offset, e.g. 2026-12-07T03:00:00+00:00</source>
        <translation>«scheduled» debe ser una hora ISO 8601 con su desfase, p. ej. 2026-12-07T03:00:00+00:00</translation>
    </message>
    <message>
        <source>fail over PostgreSQL</source>
        <translation>hacer failover de PostgreSQL</translation>
    </message>
    <message>
        <source>switch PostgreSQL over</source>
        <translation>hacer switchover de PostgreSQL</translation>
    </message>
    <message>
        <source>Patroni would refuse a failover to %1: %2</source>
        <translation>Patroni rechazaría un failover a %1: %2</translation>
    </message>
    <message>
        <source>Patroni would refuse a switchover to %1: %2</source>
        <translation>Patroni rechazaría un switchover a %1: %2</translation>
    </message>
    <message>
        <source>(no candidate)</source>
        <translation>(sin candidato)</translation>
    </message>
    <message>
        <source>pre-flight passed for %1%2</source>
        <translation>comprobación previa superada para %1%2</translation>
    </message>
    <message>
        <source>Fail over to %1 (now leading: %2)</source>
        <translation>Failover a %1 (líder ahora: %2)</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>nadie</translation>
    </message>
    <message>
        <source>Switch over from %1 to %2</source>
        <translation>Switchover de %1 a %2</translation>
    </message>
    <message>
        <source>Schedule a switchover from %1 to %2 at %3</source>
        <translation>Programar un switchover de %1 a %2 a las %3</translation>
    </message>
    <message>
        <source>candidate %1: %2, timeline %3</source>
        <translation>candidato %1: %2, timeline %3</translation>
    </message>
    <message>
        <source>maximum_lag_on_failover %1 bytes, ttl %2 s, loop_wait %3 s</source>
        <translation>maximum_lag_on_failover %1 bytes, ttl %2 s, loop_wait %3 s</translation>
    </message>
    <message>
        <source>no candidate</source>
        <translation>sin candidato</translation>
    </message>
    <message>
        <source>no replica can take over</source>
        <translation>ninguna réplica puede tomar el relevo</translation>
    </message>
    <message>
        <source>asking Patroni to fail over to %1</source>
        <translation>pidiendo a Patroni un failover a %1</translation>
    </message>
    <message>
        <source>asking Patroni to switch over from %1 to %2</source>
        <translation>pidiendo a Patroni un switchover de %1 a %2</translation>
    </message>
    <message>
        <source>no Patroni member answered</source>
        <translation>ningún miembro de Patroni respondió</translation>
    </message>
    <message>
        <source>Patroni: %1</source>
        <translation>Patroni: %1</translation>
    </message>
    <message>
        <source>Patroni has the switchover scheduled for %1</source>
        <translation>Patroni tiene el switchover programado para %1</translation>
    </message>
    <message>
        <source>no leader yet</source>
        <translation>aún no hay líder</translation>
    </message>
    <message>
        <source>%1 still leads</source>
        <translation>%1 sigue siendo el líder</translation>
    </message>
    <message>
        <source>%1 leads, not the candidate %2</source>
        <translation>el líder es %1, no el candidato %2</translation>
    </message>
    <message>
        <source>the new leader %1 is %2</source>
        <translation>el nuevo líder %1 está %2</translation>
    </message>
    <message>
        <source>the new leader %1 is still on timeline %2</source>
        <translation>el nuevo líder %1 sigue en la timeline %2</translation>
    </message>
    <message>
        <source>%1 leads on timeline %2 but no write was accepted yet: %3</source>
        <translation>%1 es líder en la timeline %2 pero aún no aceptó ninguna escritura: %3</translation>
    </message>
    <message>
        <source>the console&apos;s write went to port %1, not to the new leader %2 (port %3)</source>
        <translation>la escritura de la consola fue al puerto %1, no al nuevo líder %2 (puerto %3)</translation>
    </message>
    <message>
        <source>%1 leads on timeline %2 (was %3 on %4) and committed transaction %5</source>
        <translation>%1 es líder en la timeline %2 (antes %3 en %4) y confirmó la transacción %5</translation>
    </message>
    <message>
        <source>put Patroni in maintenance mode (no automatic failover)</source>
        <translation>poner Patroni en modo de mantenimiento (sin failover automático)</translation>
    </message>
    <message>
        <source>take Patroni out of maintenance mode (automatic failover on)</source>
        <translation>sacar Patroni del modo de mantenimiento (failover automático activado)</translation>
    </message>
    <message>
        <source>pause Patroni</source>
        <translation>pausar Patroni</translation>
    </message>
    <message>
        <source>resume Patroni</source>
        <translation>reanudar Patroni</translation>
    </message>
    <message>
        <source>no Patroni member answers: %1</source>
        <translation>ningún miembro de Patroni responde: %1</translation>
    </message>
    <message>
        <source>Pause Patroni: it stops failing over and restarting PostgreSQL until resumed</source>
        <translation>Pausar Patroni: deja de hacer failover y de reiniciar PostgreSQL hasta que se reanude</translation>
    </message>
    <message>
        <source>Resume Patroni: automatic failover on again</source>
        <translation>Reanudar Patroni: failover automático de nuevo activado</translation>
    </message>
    <message>
        <source>now: paused</source>
        <translation>ahora: en pausa</translation>
    </message>
    <message>
        <source>now: not paused</source>
        <translation>ahora: no en pausa</translation>
    </message>
    <message>
        <source>Patroni is already paused</source>
        <translation>Patroni ya está en pausa</translation>
    </message>
    <message>
        <source>Patroni is not paused</source>
        <translation>Patroni no está en pausa</translation>
    </message>
    <message>
        <source>pause requested</source>
        <translation>pausa solicitada</translation>
    </message>
    <message>
        <source>resume requested</source>
        <translation>reanudación solicitada</translation>
    </message>
    <message>
        <source>Patroni is paused</source>
        <translation>Patroni está en pausa</translation>
    </message>
    <message>
        <source>have the Redis Sentinels promote a replica of the profile&apos;s master</source>
        <translation>hacer que los Sentinels de Redis promuevan una réplica del master del perfil</translation>
    </message>
    <message>
        <source>the profile names no Sentinel</source>
        <translation>el perfil no indica ningún Sentinel</translation>
    </message>
    <message>
        <source>the profile&apos;s Redis is not managed by Sentinel: there is nothing to fail over</source>
        <translation>el Redis del perfil no lo gestiona Sentinel: no hay nada que conmutar</translation>
    </message>
    <message>
        <source>fail Redis over</source>
        <translation>hacer failover de Redis</translation>
    </message>
    <message>
        <source>no Sentinel answers: %1</source>
        <translation>ningún Sentinel responde: %1</translation>
    </message>
    <message>
        <source>the Sentinels cannot fail over %1: %2</source>
        <translation>los Sentinels no pueden hacer failover de %1: %2</translation>
    </message>
    <message>
        <source>Ask the Sentinels to fail %1 over from %2 to one of its replicas (%3)</source>
        <translation>Pedir a los Sentinels que conmuten %1 de %2 a una de sus réplicas (%3)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>%1 has no replica to promote</source>
        <translation>%1 no tiene ninguna réplica que promover</translation>
    </message>
    <message>
        <source>protected namespaces checked after: %1</source>
        <translation>espacios de nombres protegidos comprobados después: %1</translation>
    </message>
    <message>
        <source>the Sentinel refused the failover: %1</source>
        <translation>el Sentinel rechazó el failover: %1</translation>
    </message>
    <message>
        <source>Sentinel: %1</source>
        <translation>Sentinel: %1</translation>
    </message>
    <message>
        <source>Sentinel started a failover of %1 (from %2)</source>
        <translation>Sentinel inició un failover de %1 (desde %2)</translation>
    </message>
    <message>
        <source>no master yet</source>
        <translation>aún no hay master</translation>
    </message>
    <message>
        <source>%1 is still the master</source>
        <translation>%1 sigue siendo el master</translation>
    </message>
    <message>
        <source>the new master %1 refused a write: %2</source>
        <translation>el nuevo master %1 rechazó una escritura: %2</translation>
    </message>
    <message>
        <source>the write to %1 on %2 did not read back</source>
        <translation>la escritura en %1 de %2 no pudo releerse</translation>
    </message>
    <message numerus="yes">
        <source>%n protected key(s) missing on the new master, e.g. %1</source>
        <translation>
            <numerusform>falta %n clave protegida en el nuevo master, p. ej. %1</numerusform>
            <numerusform>faltan %n claves protegidas en el nuevo master, p. ej. %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is the master now (was %2), took a write to %3; %n protected key(s) intact</source>
        <translation>
            <numerusform>%1 es ahora el master (antes %2), aceptó una escritura en %3; %n clave protegida intacta</numerusform>
            <numerusform>%1 es ahora el master (antes %2), aceptó una escritura en %3; %n claves protegidas intactas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qm::runbooks::Journal</name>
    <message>
        <source>cannot create the journal folder %1</source>
        <translation>no se puede crear la carpeta del diario %1</translation>
    </message>
    <message>
        <source>a journal for run %1 exists already</source>
        <translation>ya existe un diario para la ejecución %1</translation>
    </message>
    <message>
        <source>no journal for run %1 in %2</source>
        <translation>no hay diario para la ejecución %1 en %2</translation>
    </message>
    <message>
        <source>cannot write the run journal %1</source>
        <translation>no se puede escribir el diario de ejecución %1</translation>
    </message>
    <message>
        <source>journal record %1 (%2) not yet in the database: %3</source>
        <translation>el registro %1 del diario (%2) aún no está en la base de datos: %3</translation>
    </message>
</context>
<context>
    <name>qm::runbooks::OpsSteps</name>
    <message>
        <source>no database connection for this run</source>
        <translation>no hay conexión a la base de datos para esta ejecución</translation>
    </message>
    <message>
        <source>%1 may not %2: that needs the on-call role (qm_oncall). Sign in as an on-call engineer; nothing was changed.</source>
        <translation>%1 no puede %2: eso requiere el rol de guardia (qm_oncall). Inicie sesión como ingeniero de guardia; no se cambió nada.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>switch maintenance mode on (reason, scheduled end): the storefront stops taking orders and shows its maintenance page</source>
        <translation>activar el modo de mantenimiento (motivo, fin previsto): la tienda deja de aceptar pedidos y muestra su página de mantenimiento</translation>
    </message>
    <message>
        <source>switch maintenance mode off: the storefront takes orders again</source>
        <translation>desactivar el modo de mantenimiento: la tienda vuelve a aceptar pedidos</translation>
    </message>
    <message>
        <source>&quot;until&quot; is a duration (30m, 2h) or an ISO time (2026-12-07T06:00:00Z)</source>
        <translation>«until» es una duración (30m, 2h) o una hora ISO (2026-12-07T06:00:00Z)</translation>
    </message>
    <message>
        <source>switch maintenance mode</source>
        <translation>conmutar el modo de mantenimiento</translation>
    </message>
    <message>
        <source>Switch maintenance mode on (&quot;%1&quot;) until %2: no orders are taken, the storefront shows its maintenance page</source>
        <translation>Activar el modo de mantenimiento («%1») hasta %2: no se aceptan pedidos, la tienda muestra su página de mantenimiento</translation>
    </message>
    <message>
        <source>Switch maintenance mode on (&quot;%1&quot;) with no scheduled end: no orders are taken, the storefront shows its maintenance page</source>
        <translation>Activar el modo de mantenimiento («%1») sin fin previsto: no se aceptan pedidos, la tienda muestra su página de mantenimiento</translation>
    </message>
    <message>
        <source>no scheduled end: the store stays closed until someone switches maintenance off</source>
        <translation>sin fin previsto: la tienda sigue cerrada hasta que alguien desactive el mantenimiento</translation>
    </message>
    <message>
        <source>Switch maintenance mode off: the storefront takes orders again</source>
        <translation>Desactivar el modo de mantenimiento: la tienda vuelve a aceptar pedidos</translation>
    </message>
    <message>
        <source>now: on since %1 (&quot;%2&quot;)</source>
        <translation>ahora: activado desde %1 («%2»)</translation>
    </message>
    <message>
        <source>now: off</source>
        <translation>ahora: desactivado</translation>
    </message>
    <message>
        <source>no storefront reports its state: only the database and Varnish can be verified</source>
        <translation>ninguna tienda informa de su estado: solo pueden verificarse la base de datos y Varnish</translation>
    </message>
    <message>
        <source>the profile names no Varnish: the page is not checked</source>
        <translation>el perfil no indica ningún Varnish: la página no se comprueba</translation>
    </message>
    <message>
        <source>&quot;until&quot; is a duration (30m, 2h) or an ISO time, not &quot;%1&quot;; nothing was changed</source>
        <translation>«until» es una duración (30m, 2h) o una hora ISO, no «%1»; no se cambió nada</translation>
    </message>
    <message>
        <source>maintenance mode switched on</source>
        <translation>modo de mantenimiento activado</translation>
    </message>
    <message>
        <source>maintenance mode switched off</source>
        <translation>modo de mantenimiento desactivado</translation>
    </message>
    <message>
        <source>database: on</source>
        <translation>base de datos: activado</translation>
    </message>
    <message>
        <source>database: off</source>
        <translation>base de datos: desactivado</translation>
    </message>
    <message>
        <source>storefront: refuses orders</source>
        <translation>tienda: rechaza pedidos</translation>
    </message>
    <message>
        <source>storefront: takes orders</source>
        <translation>tienda: acepta pedidos</translation>
    </message>
    <message>
        <source>storefront: not running</source>
        <translation>tienda: no está en ejecución</translation>
    </message>
    <message>
        <source>%1: maintenance page (503, Retry-After %2)</source>
        <translation>%1: página de mantenimiento (503, Retry-After %2)</translation>
    </message>
    <message>
        <source>%1: HTTP %2</source>
        <translation>%1: HTTP %2</translation>
    </message>
    <message>
        <source>route the storefront&apos;s payments to the primary or secondary provider, or automatically by their circuit breakers</source>
        <translation>dirigir los pagos de la tienda al proveedor principal o secundario, o automáticamente según sus disyuntores</translation>
    </message>
    <message>
        <source>route payments</source>
        <translation>dirigir los pagos</translation>
    </message>
    <message>
        <source>Route payments to %1 (now: %2)</source>
        <translation>Dirigir los pagos a %1 (ahora: %2)</translation>
    </message>
    <message>
        <source>the %1 provider&apos;s breaker is open: its charges fail fast until it recovers</source>
        <translation>el disyuntor del proveedor %1 está abierto: sus cobros fallan al instante hasta que se recupere</translation>
    </message>
    <message>
        <source>no storefront reports its providers now (the states above are its last report): only the database can be verified</source>
        <translation>ninguna tienda informa ahora de sus proveedores (los estados de arriba son su último informe): solo puede verificarse la base de datos</translation>
    </message>
    <message>
        <source>payments routed to %1</source>
        <translation>pagos dirigidos a %1</translation>
    </message>
    <message>
        <source>the route is %1, not %2</source>
        <translation>la ruta es %1, no %2</translation>
    </message>
    <message>
        <source>route %1 set; no storefront is running to apply it</source>
        <translation>ruta %1 fijada; no hay ninguna tienda en ejecución que la aplique</translation>
    </message>
    <message>
        <source>route %1 set; the storefront still applies %2</source>
        <translation>ruta %1 fijada; la tienda aún aplica %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>the storefront routes payments to %1 (%2)</source>
        <translation>la tienda dirige los pagos a %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%1 provider: breaker %2, failure rate %3 %, %n trip(s)</source>
        <translation>
            <numerusform>proveedor %1: disyuntor %2, tasa de fallos %3 %, %n disparo</numerusform>
            <numerusform>proveedor %1: disyuntor %2, tasa de fallos %3 %, %n disparos</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: not checked on the GUI thread</source>
        <translation>%1: no se comprueba en el hilo de la GUI</translation>
    </message>
    <message>
        <source>%1: only http:// and https:// fronts are checked</source>
        <translation>%1: solo se comprueban los frontales http:// y https://</translation>
    </message>
    <message>
        <source>%1: the check was cancelled</source>
        <translation>%1: se canceló la comprobación</translation>
    </message>
</context>
<context>
    <name>qm::runbooks::Parser</name>
    <message>
        <source>this value is %1 bytes; a runbook value may have at most %2 bytes. Keep long texts (SQL, notes) short, or move data out of the runbook</source>
        <translation>este valor tiene %1 bytes; un valor de runbook puede tener como mucho %2 bytes. Mantenga breves los textos largos (SQL, notas) o saque los datos del runbook</translation>
    </message>
    <message>
        <source>the key &quot;%1&quot; appears twice in this mapping (first at line %2): remove one</source>
        <translation>la clave «%1» aparece dos veces en este mapping (primero en la línea %2): elimine una</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot; in %2 (known: %3): check the spelling</source>
        <translation>clave desconocida «%1» en %2 (conocidas: %3): revise la ortografía</translation>
    </message>
    <message>
        <source>%1 has no &quot;%2&quot;: add it</source>
        <translation>%1 no tiene «%2»: añádalo</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a text</source>
        <translation>«%1» debe ser un texto</translation>
    </message>
    <message>
        <source>%1 must be a mapping with a &quot;type&quot; (a check)</source>
        <translation>%1 debe ser un mapping con un «type» (una comprobación)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a step type, not a check; %2 takes one of: %3</source>
        <translation>«%1» es un tipo de paso, no una comprobación; %2 admite uno de: %3</translation>
    </message>
    <message>
        <source>unknown check type &quot;%1&quot;; known checks: %2</source>
        <translation>tipo de comprobación desconocido «%1»; comprobaciones conocidas: %2</translation>
    </message>
    <message>
        <source>a runbook is a mapping with name, title and steps; this file&apos;s top level is not a mapping</source>
        <translation>un runbook es un mapping con name, title y steps; el nivel superior de este archivo no es un mapping</translation>
    </message>
    <message>
        <source>the runbook</source>
        <translation>el runbook</translation>
    </message>
    <message>
        <source>name &quot;%1&quot; must be lower case letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos; (up to 80)</source>
        <translation>el nombre «%1» debe tener letras minúsculas, dígitos, &apos;-&apos;, &apos;_&apos; o &apos;.&apos; (hasta 80)</translation>
    </message>
    <message>
        <source>approval must be &quot;none&quot; or &quot;two-person&quot;, not &quot;%1&quot;</source>
        <translation>approval debe ser «none» o «two-person», no «%1»</translation>
    </message>
    <message>
        <source>production_requires_signature must be true or false</source>
        <translation>production_requires_signature debe ser true o false</translation>
    </message>
    <message>
        <source>parameters must be a list of mappings (- name: ...)</source>
        <translation>parameters debe ser una lista de mappings (- name: ...)</translation>
    </message>
    <message>
        <source>a parameter must be a mapping with a name</source>
        <translation>un parámetro debe ser un mapping con un nombre</translation>
    </message>
    <message>
        <source>a parameter</source>
        <translation>un parámetro</translation>
    </message>
    <message>
        <source>parameter name &quot;%1&quot;: letters, digits and &apos;_&apos; only</source>
        <translation>nombre de parámetro «%1»: solo letras, dígitos y &apos;_&apos;</translation>
    </message>
    <message>
        <source>the parameter &quot;%1&quot; is declared twice</source>
        <translation>el parámetro «%1» está declarado dos veces</translation>
    </message>
    <message>
        <source>parameter type must be string, int, number or bool, not &quot;%1&quot;</source>
        <translation>el tipo de parámetro debe ser string, int, number o bool, no «%1»</translation>
    </message>
    <message>
        <source>the default of &quot;%1&quot; is not of its type %2</source>
        <translation>el valor predeterminado de «%1» no es de su tipo %2</translation>
    </message>
    <message>
        <source>the runbook has no &quot;steps&quot;: add a list of steps</source>
        <translation>el runbook no tiene «steps»: añada una lista de pasos</translation>
    </message>
    <message>
        <source>steps must be a non-empty list (- id: ...)</source>
        <translation>steps debe ser una lista no vacía (- id: ...)</translation>
    </message>
    <message>
        <source>%1 steps; a runbook may have at most %2</source>
        <translation>%1 pasos; un runbook puede tener como mucho %2</translation>
    </message>
    <message>
        <source>a step must be a mapping (id, type, title, action...)</source>
        <translation>un paso debe ser un mapping (id, type, title, action...)</translation>
    </message>
    <message>
        <source>a step</source>
        <translation>un paso</translation>
    </message>
    <message>
        <source>the step at line %1</source>
        <translation>el paso de la línea %1</translation>
    </message>
    <message>
        <source>step id &quot;%1&quot;: lower case letters, digits, &apos;-&apos; and &apos;_&apos; (up to 64)</source>
        <translation>id de paso «%1»: letras minúsculas, dígitos, &apos;-&apos; y &apos;_&apos; (hasta 64)</translation>
    </message>
    <message>
        <source>duplicate step id &quot;%1&quot; (first used at line %2): step ids must be unique</source>
        <translation>id de paso duplicado «%1» (usado primero en la línea %2): los id de paso deben ser únicos</translation>
    </message>
    <message>
        <source>unknown step type &quot;%1&quot;; known types: %2</source>
        <translation>tipo de paso desconocido «%1»; tipos conocidos: %2</translation>
    </message>
    <message>
        <source>precondition must be a list of checks (- type: ...)</source>
        <translation>precondition debe ser una lista de comprobaciones (- type: ...)</translation>
    </message>
    <message>
        <source>a precondition</source>
        <translation>una precondición</translation>
    </message>
    <message>
        <source>action must be a mapping of the step type&apos;s fields</source>
        <translation>action debe ser un mapping de los campos del tipo de paso</translation>
    </message>
    <message>
        <source>verify must be a mapping (check, deadline, interval)</source>
        <translation>verify debe ser un mapping (check, deadline, interval)</translation>
    </message>
    <message>
        <source>verify</source>
        <translation>verify</translation>
    </message>
    <message>
        <source>verify&apos;s check</source>
        <translation>la comprobación de verify</translation>
    </message>
    <message>
        <source>%1 must be a duration up to 24h such as 30s, 5m or 500ms</source>
        <translation>%1 debe ser una duración de hasta 24h como 30s, 5m o 500ms</translation>
    </message>
    <message>
        <source>a step cannot roll back to itself</source>
        <translation>un paso no puede revertirse a sí mismo</translation>
    </message>
    <message>
        <source>on_failure must be stop, continue or {rollback: &lt;step id&gt;}</source>
        <translation>on_failure debe ser stop, continue o {rollback: &lt;id de paso&gt;}</translation>
    </message>
    <message>
        <source>rollback to unknown step &quot;%1&quot;; steps are: %2</source>
        <translation>reversión a un paso desconocido «%1»; los pasos son: %2</translation>
    </message>
    <message>
        <source>&quot;${%1}&quot; names no parameter: declare it under parameters</source>
        <translation>«${%1}» no nombra ningún parámetro: declárelo en parameters</translation>
    </message>
    <message>
        <source>the file has %1 bytes; a runbook may have at most %2 bytes</source>
        <translation>el archivo tiene %1 bytes; un runbook puede tener como mucho %2 bytes</translation>
    </message>
    <message>
        <source>a tab indents this line: YAML indents with spaces only; replace the tab with spaces</source>
        <translation>un tabulador sangra esta línea: YAML solo sangra con espacios; sustituya el tabulador por espacios</translation>
    </message>
    <message>
        <source>YAML syntax error: %1. Check the indentation of this line and the line above it (keys of one mapping start in the same column; list items with &quot;- &quot;)</source>
        <translation>error de sintaxis YAML: %1. Revise la sangría de esta línea y de la anterior (las claves de un mapping empiezan en la misma columna; los elementos de lista con «- »)</translation>
    </message>
    <message>
        <source>cannot read this part of the runbook: %1</source>
        <translation>no se puede leer esta parte del runbook: %1</translation>
    </message>
    <message>
        <source>cannot read the runbook: %1</source>
        <translation>no se puede leer el runbook: %1</translation>
    </message>
    <message>
        <source>cannot read this runbook: %1</source>
        <translation>no se puede leer este runbook: %1</translation>
    </message>
    <message>
        <source>for_dead_primary must be true or false</source>
        <translation>for_dead_primary debe ser true o false</translation>
    </message>
</context>
<context>
    <name>qm::runbooks::Signing</name>
    <message>
        <source>cannot write %1</source>
        <translation>no se puede escribir %1</translation>
    </message>
    <message>
        <source>OpenSSL could not make an Ed25519 key</source>
        <translation>OpenSSL no pudo crear una clave Ed25519</translation>
    </message>
    <message>
        <source>OpenSSL could not export the Ed25519 key</source>
        <translation>OpenSSL no pudo exportar la clave Ed25519</translation>
    </message>
    <message>
        <source>%1 exists already: choose another name; a key is never overwritten</source>
        <translation>%1 ya existe: elija otro nombre; una clave nunca se sobrescribe</translation>
    </message>
    <message>
        <source>cannot read the secret key %1</source>
        <translation>no se puede leer la clave secreta %1</translation>
    </message>
    <message>
        <source>%1 is not a runbook secret key (qmctl runbook keygen makes one)</source>
        <translation>%1 no es una clave secreta de runbook (qmctl runbook keygen crea una)</translation>
    </message>
    <message>
        <source>cannot read %1</source>
        <translation>no se puede leer %1</translation>
    </message>
    <message>
        <source>OpenSSL could not sign %1</source>
        <translation>OpenSSL no pudo firmar %1</translation>
    </message>
    <message>
        <source>not signed (no %1.sig)</source>
        <translation>sin firmar (no hay %1.sig)</translation>
    </message>
    <message>
        <source>cannot read the signature file %1</source>
        <translation>no se puede leer el archivo de firma %1</translation>
    </message>
    <message>
        <source>%1 is not a runbook signature: sign the runbook again (qmctl runbook sign)</source>
        <translation>%1 no es una firma de runbook: vuelva a firmar el runbook (qmctl runbook sign)</translation>
    </message>
    <message>
        <source>signed with key %1, which is not among the trusted keys in %2: add its public key there if you trust it</source>
        <translation>firmado con la clave %1, que no está entre las claves de confianza de %2: añada allí su clave pública si confía en ella</translation>
    </message>
    <message>
        <source>signed by trusted key %1</source>
        <translation>firmado con la clave de confianza %1</translation>
    </message>
    <message>
        <source>the runbook&apos;s text changed after it was signed by key %1 (the signature does not match): refused. Restore the signed text, or have the change reviewed and signed again (qmctl runbook sign)</source>
        <translation>el texto del runbook cambió después de firmarse con la clave %1 (la firma no coincide): rechazado. Restaure el texto firmado o haga revisar y volver a firmar el cambio (qmctl runbook sign)</translation>
    </message>
    <message>
        <source>production runs only signed runbooks from trusted keys; this one is %1</source>
        <translation>producción solo ejecuta runbooks firmados con claves de confianza; este está %1</translation>
    </message>
    <message>
        <source>UNSIGNED: %1. Production would refuse it.</source>
        <translation>SIN FIRMAR: %1. Producción lo rechazaría.</translation>
    </message>
    <message>
        <source>a built-in runbook&apos;s signature goes into the trusted keys folder: give that folder</source>
        <translation>la firma de un runbook integrado va en la carpeta de claves de confianza: indique esa carpeta</translation>
    </message>
    <message>
        <source>cannot make the folder %1</source>
        <translation>no se puede crear la carpeta %1</translation>
    </message>
    <message>
        <source>built-in, not signed by a key trusted here (no %1): sign it with qmctl runbook sign %2 --key FILE</source>
        <translation>integrado, no firmado con una clave de confianza aquí (no hay %1): fírmelo con qmctl runbook sign %2 --key FILE</translation>
    </message>
</context>
<context>
    <name>qm::runbooks::StepType</name>
    <message>
        <source>%1 is not a check: it cannot be used as a precondition or verification</source>
        <translation>%1 no es una comprobación: no puede usarse como precondición ni verificación</translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; is missing: add it</source>
        <translation>falta el campo «%1»: añádalo</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a non-empty text</source>
        <translation>«%1» debe ser un texto no vacío</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be one of %2, not &quot;%3&quot;</source>
        <translation>«%1» debe ser uno de %2, no «%3»</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a number</source>
        <translation>«%1» debe ser un número</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a duration such as 30s, 5m, 500ms or a number of seconds</source>
        <translation>«%1» debe ser una duración como 30s, 5m, 500ms o un número de segundos</translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot; (this step type knows: %2)</source>
        <translation>campo desconocido «%1» (este tipo de paso conoce: %2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a check: a mapping with a type</source>
        <translation>«%1» debe ser una comprobación: un mapping con un type</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a check type (%2), not &quot;%3&quot;</source>
        <translation>«%1» necesita un tipo de comprobación (%2), no «%3»</translation>
    </message>
</context>
<context>
    <name>qm::runbooks::approval</name>
    <message>
        <source>no approval request for run %1</source>
        <translation>no hay solicitud de aprobación para la ejecución %1</translation>
    </message>
</context>
<context>
    <name>qm::safety::CompositeAction</name>
    <message>
        <source>Plan before executing.</source>
        <translation>Planifique antes de ejecutar.</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Paso %1 de %2: %3</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 falló: %2</translation>
    </message>
    <message>
        <source>%1 of %2 steps ran.</source>
        <translation>Se ejecutaron %1 de %2 pasos.</translation>
    </message>
</context>
<context>
    <name>qm::safety::DbAuditSink</name>
    <message>
        <source>No database connection for the audit log.</source>
        <translation>No hay conexión con la base de datos para el registro de auditoría.</translation>
    </message>
    <message>
        <source>The audit log did not answer in time.</source>
        <translation>El registro de auditoría no respondió a tiempo.</translation>
    </message>
</context>
<context>
    <name>qm::safety::Elevation</name>
    <message>
        <source>Production is read-only: nothing was changed.</source>
        <translation>Producción está en solo lectura: no se cambió nada.</translation>
    </message>
    <message>
        <source>Production is read-only: %1 was not done.</source>
        <translation>Producción está en solo lectura: %1 no se llevó a cabo.</translation>
    </message>
    <message>
        <source>Elevate with View ▸ Elevate… (Ctrl+Shift+E) and give a reason; the elevation ends by itself after the time you choose.</source>
        <translation>Eleve con Ver ▸ Elevar… (Ctrl+Mayús+E) e indique un motivo; la elevación termina sola tras el tiempo que elija.</translation>
    </message>
    <message>
        <source>Give a reason of at least %1 characters: it goes to the audit log.</source>
        <translation>Indique un motivo de al menos %1 caracteres: se anota en el registro de auditoría.</translation>
    </message>
    <message>
        <source>An elevation lasts from 1 to %1 minutes.</source>
        <translation>Una elevación dura de 1 a %1 minutos.</translation>
    </message>
    <message>
        <source>Only production needs an elevation: %1 may be changed as it is.</source>
        <translation>Solo producción necesita una elevación: %1 puede cambiarse sin ella.</translation>
    </message>
    <message>
        <source>No audit log: an elevation is recorded before it starts.</source>
        <translation>Sin registro de auditoría: una elevación se registra antes de empezar.</translation>
    </message>
    <message>
        <source>The audit log refused the elevation, so it did not start: %1</source>
        <translation>El registro de auditoría rechazó la elevación, así que no empezó: %1</translation>
    </message>
</context>
<context>
    <name>qm::safety::FileAuditSink</name>
    <message>
        <source>Cannot write the audit spool %1.</source>
        <translation>No se puede escribir la cola de auditoría %1.</translation>
    </message>
</context>
<context>
    <name>qm::safety::Flow</name>
    <message>
        <source>Cancelled before it started.</source>
        <translation>Cancelado antes de empezar.</translation>
    </message>
    <message>
        <source>No audit log configured: nothing was done, because every destructive action is recorded before it runs.</source>
        <translation>No hay registro de auditoría configurado: no se hizo nada, porque toda acción destructiva se registra antes de ejecutarse.</translation>
    </message>
    <message>
        <source>The %1 step failed unexpectedly: %2</source>
        <translation>El paso %1 falló inesperadamente: %2</translation>
    </message>
    <message>
        <source>an unknown exception</source>
        <translation>una excepción desconocida</translation>
    </message>
    <message>
        <source>The audit log refused to record the intent, so nothing was done: %1</source>
        <translation>El registro de auditoría se negó a registrar la intención, así que no se hizo nada: %1</translation>
    </message>
</context>
<context>
    <name>qm::safety::FrictionPolicy</name>
    <message>
        <source>This is production: type the target to confirm.</source>
        <translation>Esto es producción: escriba el destino para confirmar.</translation>
    </message>
    <message>
        <source>A large change on staging: type the target to confirm.</source>
        <translation>Un cambio grande en staging: escriba el destino para confirmar.</translation>
    </message>
    <message>
        <source>Staging: confirm that you understand what this changes.</source>
        <translation>Staging: confirme que entiende lo que esto cambia.</translation>
    </message>
    <message>
        <source>A small change on a development system.</source>
        <translation>Un cambio pequeño en un sistema de desarrollo.</translation>
    </message>
    <message>
        <source>Confirm that you understand what this changes.</source>
        <translation>Confirme que entiende lo que esto cambia.</translation>
    </message>
    <message>
        <source>More than %L1 %2 on staging: type the target to confirm.</source>
        <translation>Más de %L1 %2 en staging: escriba el destino para confirmar.</translation>
    </message>
    <message>
        <source>items</source>
        <translation>elementos</translation>
    </message>
</context>
<context>
    <name>qm::safety::SpoolingAuditSink</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <source>line %1: cut off (the writer stopped mid-line), skipped</source>
        <translation>línea %1: cortada (la escritura se detuvo a mitad de línea), omitida</translation>
    </message>
    <message>
        <source>line %1: not a JSON object (%2), skipped</source>
        <translation>línea %1: no es un objeto JSON (%2), omitida</translation>
    </message>
    <message>
        <source>line %1: no request id, phase or action, skipped</source>
        <translation>línea %1: sin id de solicitud, fase ni acción, omitida</translation>
    </message>
    <message>
        <source>No database connection for the audit log.</source>
        <translation>No hay conexión con la base de datos para el registro de auditoría.</translation>
    </message>
    <message>
        <source>The audit log did not answer in time.</source>
        <translation>El registro de auditoría no respondió a tiempo.</translation>
    </message>
    <message>
        <source>audit spool: %1 written to the audit log, %2 already there, %3 still spooled</source>
        <translation>cola local de auditoría (spool): %1 escritas en el registro de auditoría, %2 ya estaban, %3 aún en cola</translation>
    </message>
    <message>
        <source>Cannot create the audit spool&apos;s folder %1.</source>
        <translation>No se puede crear la carpeta de la cola local de auditoría (spool) %1.</translation>
    </message>
    <message>
        <source>Cannot write the audit spool %1.</source>
        <translation>No se puede escribir la cola de auditoría %1.</translation>
    </message>
    <message>
        <source>the audit log is not reachable yet: %1</source>
        <translation>el registro de auditoría aún no es accesible: %1</translation>
    </message>
    <message>
        <source>the audit log refused spooled line %1 (%2 %3): %4</source>
        <translation>el registro de auditoría rechazó la línea en cola %1 (%2 %3): %4</translation>
    </message>
    <message>
        <source>the spool was replayed but could not be renamed: %1</source>
        <translation>la cola local (spool) se reenvió, pero no se pudo renombrar: %1</translation>
    </message>
</context>
<context>
    <name>qm::tls::ClientCert</name>
    <message>
        <source>A client key is named without its certificate: name both files, or neither.</source>
        <translation>Se indica una clave de cliente sin su certificado: indique ambos archivos o ninguno.</translation>
    </message>
    <message>
        <source>A client certificate is named without its key: name both files, or neither.</source>
        <translation>Se indica un certificado de cliente sin su clave: indique ambos archivos o ninguno.</translation>
    </message>
    <message>
        <source>The client key %1 can be read by other users (group or world access). Keep it to its owner: chmod 600 %1</source>
        <translation>Otros usuarios pueden leer la clave de cliente %1 (acceso de grupo o de todos). Restrínjala a su propietario: chmod 600 %1</translation>
    </message>
    <message>
        <source>Cannot read the client certificate %1: %2. Check the path in the connection profile.</source>
        <translation>No se puede leer el certificado de cliente %1: %2. Compruebe la ruta en el perfil de conexión.</translation>
    </message>
    <message>
        <source>The client certificate %1 holds no PEM certificate.</source>
        <translation>El certificado de cliente %1 no contiene ningún certificado PEM.</translation>
    </message>
    <message>
        <source>Cannot read the client key %1: %2. Check the path in the connection profile.</source>
        <translation>No se puede leer la clave de cliente %1: %2. Compruebe la ruta en el perfil de conexión.</translation>
    </message>
    <message>
        <source>The client key %1 holds no unencrypted PEM private key (an encrypted key cannot be used here).</source>
        <translation>La clave de cliente %1 no contiene ninguna clave privada PEM sin cifrar (aquí no se puede usar una clave cifrada).</translation>
    </message>
    <message>
        <source>The client key %1 is not the key of the certificate %2.</source>
        <translation>La clave de cliente %1 no es la clave del certificado %2.</translation>
    </message>
    <message>
        <source>%1 asks for a client certificate and the profile names none. Add the certificate and key your administrator issued to the connection profile (Client certificate, Client key).</source>
        <translation>%1 pide un certificado de cliente y el perfil no indica ninguno. Añada al perfil de conexión el certificado y la clave que emitió su administrador (Certificado de cliente, Clave de cliente).</translation>
    </message>
    <message>
        <source>%1 refused the client certificate %2: it is not signed by a CA the server trusts, has expired, or is not for this user. Use the certificate your administrator issued for this server.</source>
        <translation>%1 rechazó el certificado de cliente %2: no está firmado por una CA en la que confíe el servidor, ha caducado o no es para este usuario. Use el certificado que su administrador emitió para este servidor.</translation>
    </message>
</context>
<context>
    <name>qm::tls::Tls</name>
    <message>
        <source>the file does not exist</source>
        <translation>el archivo no existe</translation>
    </message>
    <message>
        <source>the file cannot be read</source>
        <translation>el archivo no se puede leer</translation>
    </message>
    <message>
        <source>it holds no PEM certificate</source>
        <translation>no contiene ningún certificado PEM</translation>
    </message>
    <message>
        <source>%1 refused: its certificate is not signed by a CA this computer trusts (it was issued by &quot;%2&quot;). Choose the CA file that signed the server&apos;s certificate in the connection profile (CA file), or ask the server&apos;s administrator for it.</source>
        <translation>%1 rechazado: su certificado no está firmado por una CA en la que confíe este equipo (lo emitió «%2»). Elija en el perfil de conexión el archivo de la CA que firmó el certificado del servidor (archivo de CA), o pídaselo al administrador del servidor.</translation>
    </message>
    <message>
        <source>%1 refused: its certificate is not signed by the CA you chose (%2); it was issued by &quot;%3&quot;. Choose the CA file that signed the server&apos;s certificate in the connection profile, or ask the server&apos;s administrator which CA that is.</source>
        <translation>%1 rechazado: su certificado no está firmado por la CA elegida (%2); lo emitió «%3». Elija en el perfil de conexión el archivo de la CA que firmó el certificado del servidor, o pregunte al administrador del servidor qué CA es.</translation>
    </message>
    <message>
        <source>%1 refused: its certificate expired on %2. Ask the server&apos;s administrator to renew it; the console does not connect to a server with an expired certificate.</source>
        <translation>%1 rechazado: su certificado caducó el %2. Pida al administrador del servidor que lo renueve; la consola no se conecta a un servidor con un certificado caducado.</translation>
    </message>
    <message>
        <source>%1 refused: its certificate is not valid before %2. Check this computer&apos;s clock, or ask the server&apos;s administrator.</source>
        <translation>%1 rechazado: su certificado no es válido antes del %2. Compruebe el reloj de este equipo o consulte al administrador del servidor.</translation>
    </message>
    <message>
        <source>%1 refused: its certificate was revoked. Ask the server&apos;s administrator for a new one.</source>
        <translation>%1 rechazado: su certificado fue revocado. Pida uno nuevo al administrador del servidor.</translation>
    </message>
    <message>
        <source>%1 refused: its certificate could not be verified (%2). Check the CA file in the connection profile.</source>
        <translation>%1 rechazado: no se pudo verificar su certificado (%2). Compruebe el archivo de la CA en el perfil de conexión.</translation>
    </message>
    <message>
        <source>%1 refused: host name mismatch. The certificate is for %2, not for %3. Connect with a name the certificate lists, or ask the server&apos;s administrator for a certificate that names %3.</source>
        <translation>%1 rechazado: el nombre de host no coincide. El certificado es para %2, no para %3. Conéctese con un nombre que figure en el certificado o pida al administrador del servidor un certificado que nombre %3.</translation>
    </message>
    <message>
        <source>%1 refused: the server does not speak TLS (a plain-text server, or not its TLS port), and the profile requires a verified TLS connection. Use the server&apos;s TLS port or turn TLS on at the server.</source>
        <translation>%1 rechazado: el servidor no habla TLS (un servidor en texto plano, o no es su puerto TLS) y el perfil exige una conexión TLS verificada. Use el puerto TLS del servidor o active TLS en el servidor.</translation>
    </message>
    <message>
        <source>Cannot verify %1: the CA file %2 cannot be used (%3). Choose the CA certificate (PEM) that signed the server&apos;s certificate in the connection profile.</source>
        <translation>No se puede verificar %1: el archivo de CA %2 no se puede usar (%3). Elija en el perfil de conexión el certificado de la CA (PEM) que firmó el certificado del servidor.</translation>
    </message>
</context>
<context>
    <name>qm::vendure::AdminClient</name>
    <message>
        <source>Vendure&apos;s Admin API at %1 does not answer: is the server running?</source>
        <translation>La Admin API de Vendure en %1 no responde: ¿está en marcha el servidor?</translation>
    </message>
    <message>
        <source>Vendure&apos;s Admin API at %1 did not answer within %2 s: is it overloaded or stuck? Nothing is known to have changed; read again before retrying.</source>
        <translation>La Admin API de Vendure en %1 no respondió en %2 s: ¿está sobrecargada o bloqueada? No se sabe de ningún cambio; vuelva a leer antes de reintentar.</translation>
    </message>
    <message>
        <source>Vendure&apos;s Admin API at %1 closed the connection before answering: read again before retrying, the change may or may not have been made.</source>
        <translation>La Admin API de Vendure en %1 cerró la conexión antes de responder: vuelva a leer antes de reintentar; el cambio puede haberse hecho o no.</translation>
    </message>
    <message>
        <source>Vendure refused to %1: the signed-in administrator may not do this (or the sign-in was lost). Check the user&apos;s role in Vendure.</source>
        <translation>Vendure se negó a %1: el administrador conectado no puede hacerlo (o se perdió la sesión). Revise el rol del usuario en Vendure.</translation>
    </message>
    <message>
        <source>Cannot %1: %2 Check the id; it may have been deleted in Vendure.</source>
        <translation>No se puede %1: %2 Revise el id; puede haberse borrado en Vendure.</translation>
    </message>
    <message>
        <source>Vendure refused to %1: %2 Nothing was changed.</source>
        <translation>Vendure se negó a %1: %2 No se cambió nada.</translation>
    </message>
    <message>
        <source>Vendure at %1 does not understand the console&apos;s request to %2: is it Vendure 3? (%3)</source>
        <translation>Vendure en %1 no entiende la petición de la consola para %2: ¿es Vendure 3? (%3)</translation>
    </message>
    <message>
        <source>Vendure failed to %1: %2</source>
        <translation>Vendure no pudo %1: %2</translation>
    </message>
    <message>
        <source>Vendure refused to %1: %2 (the order is %3). Nothing was changed; reload the order.</source>
        <translation>Vendure se negó a %1: %2 (el pedido está en %3). No se cambió nada; vuelva a cargar el pedido.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguna)</translation>
    </message>
    <message>
        <source>Cannot read Vendure&apos;s passfile %1: %2. The connection profile names it under &quot;vendure&quot;: &quot;passfile&quot;.</source>
        <translation>No se puede leer el archivo de contraseñas de Vendure %1: %2. El perfil de conexión lo indica en &quot;vendure&quot;: &quot;passfile&quot;.</translation>
    </message>
    <message>
        <source>Vendure&apos;s passfile %1 has no password for the user %2: add a line &quot;%2 PASSWORD&quot;.</source>
        <translation>El archivo de contraseñas de Vendure %1 no tiene contraseña para el usuario %2: añada una línea &quot;%2 CONTRASEÑA&quot;.</translation>
    </message>
    <message>
        <source>The connection profile names no Vendure Admin API (&quot;vendure&quot;: &quot;adminApi&quot;).</source>
        <translation>El perfil de conexión no indica ninguna Admin API de Vendure (&quot;vendure&quot;: &quot;adminApi&quot;).</translation>
    </message>
    <message>
        <source>The connection profile names no passfile for Vendure&apos;s user %1 (&quot;vendure&quot;: &quot;passfile&quot;).</source>
        <translation>El perfil de conexión no indica ningún archivo de contraseñas para el usuario de Vendure %1 (&quot;vendure&quot;: &quot;passfile&quot;).</translation>
    </message>
    <message>
        <source>sign in as %1</source>
        <translation>iniciar sesión como %1</translation>
    </message>
    <message>
        <source>Vendure at %1 refused the sign-in of %2: %3 Check the password in %4.</source>
        <translation>Vendure en %1 rechazó el inicio de sesión de %2: %3 Revise la contraseña en %4.</translation>
    </message>
    <message>
        <source>Vendure at %1 signed %2 in but sent no vendure-auth-token header: its authOptions.tokenMethod must include &quot;bearer&quot;.</source>
        <translation>Vendure en %1 inició la sesión de %2 pero no envió la cabecera vendure-auth-token: su authOptions.tokenMethod debe incluir &quot;bearer&quot;.</translation>
    </message>
    <message>
        <source>Vendure&apos;s Admin API at %1 answered HTTP %2 to %3: is the address right (it ends in /admin-api)?</source>
        <translation>La Admin API de Vendure en %1 respondió HTTP %2 a %3: ¿es correcta la dirección (termina en /admin-api)?</translation>
    </message>
    <message>
        <source>%1 answered something that is not GraphQL to %2: is it Vendure&apos;s Admin API?</source>
        <translation>%1 respondió a %2 algo que no es GraphQL: ¿es la Admin API de Vendure?</translation>
    </message>
    <message>
        <source>run an Admin API request</source>
        <translation>ejecutar una petición a la Admin API</translation>
    </message>
    <message>
        <source>read product variant %1</source>
        <translation>leer la variante de producto %1</translation>
    </message>
    <message>
        <source>Vendure has no product variant with id %1: check the id (it may have been deleted).</source>
        <translation>Vendure no tiene ninguna variante de producto con id %1: revise el id (puede haberse borrado).</translation>
    </message>
    <message>
        <source>A price cannot be negative (%1 for product variant %2). Nothing was changed.</source>
        <translation>Un precio no puede ser negativo (%1 para la variante de producto %2). No se cambió nada.</translation>
    </message>
    <message>
        <source>%1 (product variant %2) changed in Vendure after you read it: it was updated at %3 (you saw %4) and its price is now %5 (you saw %6). Nothing was written: reload it and edit again.</source>
        <translation>%1 (variante de producto %2) cambió en Vendure después de que la leyera: se actualizó a las %3 (usted vio %4) y su precio es ahora %5 (usted vio %6). No se escribió nada: vuelva a cargarla y edítela de nuevo.</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>(no indicado)</translation>
    </message>
    <message>
        <source>set the price of %1 (product variant %2) to %3 %4</source>
        <translation>fijar el precio de %1 (variante de producto %2) en %3 %4</translation>
    </message>
    <message>
        <source>Vendure has no product variant with id %1 any more: it was deleted while you edited it.</source>
        <translation>Vendure ya no tiene ninguna variante de producto con id %1: se borró mientras la editaba.</translation>
    </message>
    <message>
        <source>A stock adjustment of 0 changes nothing: give a positive or negative number.</source>
        <translation>Un ajuste de stock de 0 no cambia nada: indique un número positivo o negativo.</translation>
    </message>
    <message>
        <source>%1 (product variant %2) is stocked at %3 locations: name one of %4.</source>
        <translation>%1 (variante de producto %2) tiene stock en %3 ubicaciones: indique una de %4.</translation>
    </message>
    <message>
        <source>%1 (product variant %2) has no stock level at stock location %3 in Vendure.</source>
        <translation>%1 (variante de producto %2) no tiene nivel de stock en la ubicación %3 de Vendure.</translation>
    </message>
    <message>
        <source>Stock of %1 at %2 changed in Vendure after you read it: on hand is now %3 (you saw %4), %5 allocated. Nothing was written: reload and adjust again.</source>
        <translation>El stock de %1 en %2 cambió en Vendure después de que lo leyera: existencias ahora %3 (usted vio %4), %5 asignadas. No se escribió nada: vuelva a cargar y ajuste de nuevo.</translation>
    </message>
    <message>
        <source>Cannot take %1 of %2 off at %3: on hand is %4 and %5 are allocated to orders, so at most %6 can go. Nothing was written.</source>
        <translation>No se pueden retirar %1 de %2 en %3: hay %4 en existencias y %5 asignadas a pedidos, así que como mucho %6. No se escribió nada.</translation>
    </message>
    <message>
        <source>set stock on hand of %1 at %2 to %3</source>
        <translation>fijar las existencias de %1 en %2 en %3</translation>
    </message>
    <message>
        <source>Vendure answered the stock write of %1 without its level at %2.</source>
        <translation>Vendure respondió a la escritura de stock de %1 sin su nivel en %2.</translation>
    </message>
    <message>
        <source>undo the stock adjustment of %1 at %2</source>
        <translation>deshacer el ajuste de stock de %1 en %2</translation>
    </message>
    <message>
        <source>Checkouts allocated %1 of %2 while on hand was being set to %3, and putting the %4 back failed: %5 Count the stock at %6 now.</source>
        <translation>Los pagos asignaron %1 de %2 mientras las existencias se fijaban en %3, y devolver las %4 falló: %5 Cuente ahora el stock en %6.</translation>
    </message>
    <message>
        <source>Checkouts allocated %1 of %2 at %3 while the stock was being written: taking %4 off would have left %5 available, so the adjustment was undone (on hand %6, allocated %7). Reload and adjust again.</source>
        <translation>Los pagos asignaron %1 de %2 en %3 mientras se escribía el stock: retirar %4 habría dejado %5 disponibles, así que se deshizo el ajuste (existencias %6, asignadas %7). Vuelva a cargar y ajuste de nuevo.</translation>
    </message>
    <message>
        <source>Stock of %1 at %2 was written (on hand %3, from %4), but orders were fulfilled or cancelled meanwhile (allocated %5, was %6): count the stock there to be sure on hand is right.</source>
        <translation>Se escribió el stock de %1 en %2 (existencias %3, antes %4), pero entretanto se completaron o cancelaron pedidos (asignadas %5, antes %6): cuente el stock allí para asegurarse de que las existencias son correctas.</translation>
    </message>
    <message>
        <source>Vendure has no product variant with id %1 any more.</source>
        <translation>Vendure ya no tiene ninguna variante de producto con id %1.</translation>
    </message>
    <message>
        <source>read order %1</source>
        <translation>leer el pedido %1</translation>
    </message>
    <message>
        <source>Vendure has no order with id %1: check the id.</source>
        <translation>Vendure no tiene ningún pedido con id %1: revise el id.</translation>
    </message>
    <message>
        <source>cancel order %1</source>
        <translation>cancelar el pedido %1</translation>
    </message>
    <message>
        <source>Cannot %1: it has nothing left to cancel (it is cancelled already). Nothing was changed.</source>
        <translation>No se puede %1: no queda nada por cancelar (ya está cancelado). No se cambió nada.</translation>
    </message>
    <message>
        <source>Order %1 (%2) has no settled payment with money left to refund: nothing was changed. Reload the order.</source>
        <translation>El pedido %1 (%2) no tiene ningún pago liquidado con importe por reembolsar: no se cambió nada. Vuelva a cargar el pedido.</translation>
    </message>
    <message>
        <source>Cannot refund %1 of order %2: between 1 and %3 (minor units) is left on its payment. Nothing was changed.</source>
        <translation>No se puede reembolsar %1 del pedido %2: en su pago quedan entre 1 y %3 (unidades mínimas). No se cambió nada.</translation>
    </message>
    <message>
        <source>refund %1 of order %2</source>
        <translation>reembolsar %1 del pedido %2</translation>
    </message>
    <message>
        <source>Order %1 (%2) has nothing left to fulfil (state %3): nothing was changed.</source>
        <translation>El pedido %1 (%2) no tiene nada pendiente de preparar (estado %3): no se cambió nada.</translation>
    </message>
    <message>
        <source>fulfil order %1</source>
        <translation>preparar el pedido %1</translation>
    </message>
    <message>
        <source>mark fulfilment %1 of order %2 %3</source>
        <translation>marcar la preparación %1 del pedido %2 como %3</translation>
    </message>
    <message>
        <source>Fulfilment %1 was created and stays in its last state.</source>
        <translation>La preparación %1 se creó y se queda en su último estado.</translation>
    </message>
    <message>
        <source>An empty note was not added.</source>
        <translation>No se añadió una nota vacía.</translation>
    </message>
    <message>
        <source>add a note to order %1</source>
        <translation>añadir una nota al pedido %1</translation>
    </message>
</context>
<context>
    <name>qm::vendure::VendureCsvExporter</name>
    <message>
        <source>Cannot write to standard output.</source>
        <translation>No se puede escribir en la salida estándar.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>export products</source>
        <translation>exportar productos</translation>
    </message>
    <message>
        <source>Writing %1 failed: %2</source>
        <translation>Falló la escritura de %1: %2</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>La exportación se canceló.</translation>
    </message>
    <message>
        <source>Saving %1 failed: %2</source>
        <translation>Falló el guardado de %1: %2</translation>
    </message>
</context>
<context>
    <name>qm::vendure::VendureCsvImporter</name>
    <message>
        <source>read the default channel</source>
        <translation>leer el canal predeterminado</translation>
    </message>
    <message>
        <source>read product variants</source>
        <translation>leer las variantes de producto</translation>
    </message>
    <message>
        <source>a price cannot be negative (%1): Vendure refuses it</source>
        <translation>un precio no puede ser negativo (%1): Vendure lo rechaza</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a price in minor units: a whole number like 1299 (12.99 in a currency with cents)</source>
        <translation>«%1» no es un precio en unidades mínimas: un número entero como 1299 (12.99 en una moneda con céntimos)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a price: digits with a point before the cents, like 12.99</source>
        <translation>«%1» no es un precio: cifras con un punto antes de los céntimos, como 12.99</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has more decimals than %2 has (%3): Vendure stores whole minor units</source>
        <translation>«%1» tiene más decimales que %2 (%3): Vendure guarda unidades mínimas enteras</translation>
    </message>
    <message>
        <source>%1 is more than Vendure can store (at most %2 in minor units)</source>
        <translation>%1 es más de lo que Vendure puede guardar (como máximo %2 en unidades mínimas)</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>No se puede abrir %1: %2</translation>
    </message>
    <message>
        <source>the file is empty: it needs a header line (id,sku,name,...,price_minor) and rows</source>
        <translation>el archivo está vacío: necesita una línea de cabecera (id,sku,name,...,price_minor) y filas</translation>
    </message>
    <message>
        <source>%1 is the default channel&apos;s language: its names go in the &quot;name&quot; column</source>
        <translation>%1 es el idioma del canal predeterminado: sus nombres van en la columna «name»</translation>
    </message>
    <message>
        <source>the default channel does not offer the language &quot;%1&quot; (it offers %2): add it to the channel in Vendure first</source>
        <translation>el canal predeterminado no ofrece el idioma «%1» (ofrece %2): añádalo primero al canal en Vendure</translation>
    </message>
    <message>
        <source>on Vendure the import sets variant names and prices only: remove the column &quot;%1&quot; (change it in Vendure&apos;s admin)</source>
        <translation>en Vendure la importación solo fija nombres y precios de variantes: quite la columna «%1» (cámbiela en la administración de Vendure)</translation>
    </message>
    <message>
        <source>unknown column &quot;%1&quot; (known: %2, name:&lt;language&gt;)</source>
        <translation>columna desconocida «%1» (conocidas: %2, name:&lt;idioma&gt;)</translation>
    </message>
    <message>
        <source>the column &quot;%1&quot; appears twice</source>
        <translation>la columna «%1» aparece dos veces</translation>
    </message>
    <message>
        <source>the file needs an &quot;id&quot; or a &quot;sku&quot; column to find the variants</source>
        <translation>el archivo necesita una columna «id» o «sku» para encontrar las variantes</translation>
    </message>
    <message>
        <source>give the price once: &quot;price_minor&quot; (minor units, as exported) or &quot;price&quot; (major units), not both</source>
        <translation>indique el precio una sola vez: «price_minor» (unidades mínimas, como se exporta) o «price» (unidades principales), no ambos</translation>
    </message>
    <message>
        <source>expected %1 fields, found %2</source>
        <translation>se esperaban %1 campos, se encontraron %2</translation>
    </message>
    <message>
        <source>id &quot;%1&quot; is not a variant id (a whole number)</source>
        <translation>el id «%1» no es un id de variante (un número entero)</translation>
    </message>
    <message>
        <source>sku is empty</source>
        <translation>sku está vacío</translation>
    </message>
    <message>
        <source>%1 is longer than %2 characters (%3)</source>
        <translation>%1 tiene más de %2 caracteres (%3)</translation>
    </message>
    <message>
        <source>currency &quot;%1&quot; is not the default channel&apos;s (%2): the import sets prices in %2 only</source>
        <translation>la moneda «%1» no es la del canal predeterminado (%2): la importación solo fija precios en %2</translation>
    </message>
    <message>
        <source>variant %1 is on line %2 too: give each variant once</source>
        <translation>la variante %1 también está en la línea %2: indique cada variante una sola vez</translation>
    </message>
    <message>
        <source>SKU &quot;%1&quot; is on line %2 too: give each variant once</source>
        <translation>el SKU «%1» también está en la línea %2: indique cada variante una sola vez</translation>
    </message>
    <message>
        <source>The import was cancelled: nothing was imported.</source>
        <translation>La importación se canceló: no se importó nada.</translation>
    </message>
    <message>
        <source>the file has a header but no rows</source>
        <translation>el archivo tiene cabecera pero ninguna fila</translation>
    </message>
    <message>
        <source>import products</source>
        <translation>importar productos</translation>
    </message>
    <message>
        <source>unknown variant id %1: Vendure has no such variant (deleted, or from another store?)</source>
        <translation>id de variante desconocido %1: Vendure no tiene esa variante (¿borrada, o de otra tienda?)</translation>
    </message>
    <message>
        <source>variant %1 has the SKU &quot;%2&quot;, not &quot;%3&quot;: the import does not change SKUs (check the row)</source>
        <translation>la variante %1 tiene el SKU «%2», no «%3»: la importación no cambia SKU (revise la fila)</translation>
    </message>
    <message>
        <source>unknown SKU &quot;%1&quot;: no variant in Vendure has it (the import changes existing variants; create new ones in Vendure)</source>
        <translation>SKU desconocido «%1»: ninguna variante de Vendure lo tiene (la importación cambia variantes existentes; cree las nuevas en Vendure)</translation>
    </message>
    <message>
        <source>the SKU &quot;%1&quot; belongs to %2 variants in Vendure: add the &quot;id&quot; column to say which</source>
        <translation>el SKU «%1» pertenece a %2 variantes en Vendure: añada la columna «id» para indicar cuál</translation>
    </message>
    <message>
        <source>variant %1 (%2) is not in Vendure&apos;s Admin API any more</source>
        <translation>la variante %1 (%2) ya no está en la Admin API de Vendure</translation>
    </message>
    <message>
        <source>%1 %2 of %3 variants were imported before this batch; nothing of it was sent.</source>
        <translation>%1 %2 de %3 variantes se importaron antes de este lote; no se envió nada de él.</translation>
    </message>
    <message>
        <source>it was deleted</source>
        <translation>se borró</translation>
    </message>
    <message>
        <source>price_minor %1 -&gt; %2</source>
        <translation>price_minor %1 -&gt; %2</translation>
    </message>
    <message>
        <source>name in %1 &quot;%2&quot; -&gt; &quot;%3&quot;</source>
        <translation>nombre en %1 «%2» -&gt; «%3»</translation>
    </message>
    <message>
        <source>updatedAt %1 -&gt; %2</source>
        <translation>updatedAt %1 -&gt; %2</translation>
    </message>
    <message>
        <source>variant %1 (%2) changed in Vendure after the plan (%3): left as the other writer made it; export again and redo this row</source>
        <translation>la variante %1 (%2) cambió en Vendure después del plan (%3): se deja como la dejó el otro escritor; exporte de nuevo y rehaga esta fila</translation>
    </message>
    <message>
        <source>The audit log refused the import&apos;s next batch, so it was not sent: %1 %2 of %3 variants were imported before it.</source>
        <translation>El registro de auditoría rechazó el siguiente lote de la importación, así que no se envió: %1 %2 de %3 variantes se importaron antes.</translation>
    </message>
    <message>
        <source>Vendure refused batch %1 of the import (lines %2-%3): %4 Nothing of this batch was applied; %5 of %6 variants were imported before it.</source>
        <translation>Vendure rechazó el lote %1 de la importación (líneas %2-%3): %4 No se aplicó nada de este lote; %5 de %6 variantes se importaron antes.</translation>
    </message>
    <message>
        <source>read back, variant %1 (%2) does not hold the file&apos;s values: another writer changed it after the import</source>
        <translation>al releerla, la variante %1 (%2) no tiene los valores del archivo: otro escritor la cambió después de la importación</translation>
    </message>
    <message>
        <source>The Vendure Admin API call was cancelled.</source>
        <translation>Se canceló la llamada a la Admin API de Vendure.</translation>
    </message>
</context>
<context>
    <name>qmctl</name>
    <message>
        <source>Connection profile (JSON). Default: $QM_SANDBOX_DIR/profile.json.</source>
        <translation>Perfil de conexión (JSON). Por defecto: $QM_SANDBOX_DIR/profile.json.</translation>
    </message>
    <message>
        <source>PostgreSQL user instead of the profile&apos;s.</source>
        <translation>Usuario de PostgreSQL en lugar del del perfil.</translation>
    </message>
    <message>
        <source>Usage: qmctl [--profile FILE] [--user NAME] &lt;command&gt; [options]

Quartermaster&apos;s command line: schema migrations, sandbox data, cluster health.

Global options:
  --profile FILE  connection profile (JSON); default $QM_SANDBOX_DIR/profile.json
  --user NAME     PostgreSQL user instead of the profile&apos;s
  -h, --help      this help; `qmctl &lt;command&gt; --help` for a command&apos;s options
  -v, --version   version

Commands:
</source>
        <translation>Uso: qmctl [--profile FILE] [--user NAME] &lt;comando&gt; [opciones]

La línea de comandos de Quartermaster: migraciones de esquema, datos del sandbox, estado del clúster.

Opciones globales:
  --profile FILE  perfil de conexión (JSON); por defecto $QM_SANDBOX_DIR/profile.json
  --user NAME     usuario de PostgreSQL en lugar del del perfil
  -h, --help      esta ayuda; `qmctl &lt;comando&gt; --help` para las opciones de un comando
  -v, --version   versión

Comandos:
</translation>
    </message>
    <message>
        <source>qmctl: unknown command &quot;%1&quot;</source>
        <translation>qmctl: comando desconocido «%1»</translation>
    </message>
</context>
<context>
    <name>qmctl::AuditCheckpointCommand</name>
    <message>
        <source>sign the audit chain&apos;s head with an Ed25519 key into a folder</source>
        <translation>firmar la cabeza de la cadena de auditoría con una clave Ed25519 en una carpeta</translation>
    </message>
    <message>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <source>The folder the checkpoint is written to.</source>
        <translation>La carpeta donde se escribe el punto de control.</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>carpeta</translation>
    </message>
    <message>
        <source>qmctl audit checkpoint: --key FILE and --dir DIR are required</source>
        <translation>qmctl audit checkpoint: --key FILE y --dir DIR son obligatorios</translation>
    </message>
    <message>
        <source>The audit log is empty: no checkpoint written.</source>
        <translation>El registro de auditoría está vacío: no se escribió ningún punto de control.</translation>
    </message>
    <message>
        <source>The Ed25519 private key (PEM, mode 0600; qmctl audit keygen makes one), or &quot;keychain&quot; for the key in the OS keychain.</source>
        <translation>La clave privada Ed25519 (PEM, modo 0600; qmctl audit keygen crea una), o «keychain» para la clave del llavero del sistema operativo.</translation>
    </message>
</context>
<context>
    <name>qmctl::AuditKeygenCommand</name>
    <message>
        <source>write a new Ed25519 checkpoint key (FILE, 0600) and FILE.pub</source>
        <translation>escribir una clave nueva Ed25519 de punto de control (FILE, 0600) y FILE.pub</translation>
    </message>
    <message>
        <source>qmctl audit keygen: give exactly one FILE</source>
        <translation>qmctl audit keygen: indique exactamente un FILE</translation>
    </message>
    <message>
        <source>Private key: %1 (mode 0600)</source>
        <translation>Clave privada: %1 (modo 0600)</translation>
    </message>
    <message>
        <source>Public key: %1.pub (fingerprint %2)</source>
        <translation>Clave pública: %1.pub (huella %2)</translation>
    </message>
    <message>
        <source>Where the private key goes (never overwritten); the public key goes to FILE.pub. Keep the private key off the database&apos;s machines. With --keychain: where the public key goes.</source>
        <translation>Dónde va la clave privada (nunca se sobrescribe); la clave pública va a FILE.pub. Mantenga la clave privada fuera de las máquinas de la base de datos. Con --keychain: dónde va la clave pública.</translation>
    </message>
    <message>
        <source>Store the private key in the OS keychain (replacing the one there) instead of a file; FILE receives the public key.</source>
        <translation>Guardar la clave privada en el llavero del sistema operativo (sustituyendo la que haya) en lugar de en un archivo; FILE recibe la clave pública.</translation>
    </message>
    <message>
        <source>The keychain did not answer.</source>
        <translation>El llavero no respondió.</translation>
    </message>
    <message>
        <source>Private key: in the keychain (entry %1)</source>
        <translation>Clave privada: en el llavero (entrada %1)</translation>
    </message>
    <message>
        <source>Public key: %1 (fingerprint %2)</source>
        <translation>Clave pública: %1 (huella %2)</translation>
    </message>
</context>
<context>
    <name>qmctl::AuditSpoolListCommand</name>
    <message>
        <source>show the audit entries spooled while the database was down</source>
        <translation>mostrar las entradas de auditoría que quedaron en cola mientras la base de datos no estaba disponible</translation>
    </message>
    <message>
        <source>Print one JSON object.</source>
        <translation>Mostrar un objeto JSON.</translation>
    </message>
    <message>
        <source>Spool: %1</source>
        <translation>Cola (spool): %1</translation>
    </message>
    <message>
        <source>Nothing is waiting.</source>
        <translation>No hay nada en espera.</translation>
    </message>
    <message numerus="yes">
        <source>%n entries waiting</source>
        <translation>
            <numerusform>%n entrada en espera</numerusform>
            <numerusform>%n entradas en espera</numerusform>
        </translation>
    </message>
    <message>
        <source>unreadable: %1</source>
        <translation>ilegible: %1</translation>
    </message>
    <message>
        <source>Write them into the audit log with: qmctl audit spool replay</source>
        <translation>Escríbalas en el registro de auditoría con: qmctl audit spool replay</translation>
    </message>
</context>
<context>
    <name>qmctl::AuditSpoolReplayCommand</name>
    <message>
        <source>write the spooled audit entries into the audit log, each once</source>
        <translation>escribir las entradas de auditoría en cola en el registro de auditoría, cada una una vez</translation>
    </message>
    <message>
        <source>Print one JSON object.</source>
        <translation>Mostrar un objeto JSON.</translation>
    </message>
    <message>
        <source>Nothing is waiting in %1.</source>
        <translation>No hay nada en espera en %1.</translation>
    </message>
    <message>
        <source>Written to the audit log: %1; already there: %2; still waiting: %3</source>
        <translation>Escritas en el registro de auditoría: %1; ya estaban: %2; aún en espera: %3</translation>
    </message>
    <message>
        <source>unreadable: %1</source>
        <translation>ilegible: %1</translation>
    </message>
    <message>
        <source>The spool is kept as %1</source>
        <translation>La cola local (spool) se conserva como %1</translation>
    </message>
    <message>
        <source>qmctl: %1</source>
        <translation>qmctl: %1</translation>
    </message>
    <message numerus="yes">
        <source>qmctl: %n entries stay in the spool. Replay as the on-call or an admin role (--user NAME), or ask one to.</source>
        <translation>
            <numerusform>qmctl: %n entrada queda en la cola (spool). Reenvíela con el rol de guardia o uno de administrador (--user NAME), o pídaselo a alguien que lo tenga.</numerusform>
            <numerusform>qmctl: %n entradas quedan en la cola (spool). Reenvíelas con el rol de guardia o uno de administrador (--user NAME), o pídaselo a alguien que lo tenga.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qmctl::AuditVerifyCommand</name>
    <message>
        <source>verify the audit log&apos;s hash chain and its signed checkpoints</source>
        <translation>verificar la cadena de hashes del registro de auditoría y sus puntos de control firmados</translation>
    </message>
    <message>
        <source>Verify the rows from this id on (default: all).</source>
        <translation>Verificar las filas a partir de este id (por defecto: todas).</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>Rows per server call (default 10000).</source>
        <translation>Filas por llamada al servidor (por defecto 10000).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Folder of signed checkpoints to check the chain against (with --pubkey).</source>
        <translation>Carpeta de puntos de control firmados con los que comprobar la cadena (con --pubkey).</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>carpeta</translation>
    </message>
    <message>
        <source>The Ed25519 public key (PEM) the checkpoints must be signed with.</source>
        <translation>La clave pública Ed25519 (PEM) con la que deben estar firmados los puntos de control.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <source>Print one JSON object.</source>
        <translation>Imprimir un solo objeto JSON.</translation>
    </message>
    <message>
        <source>qmctl audit verify: --from and --chunk take positive numbers</source>
        <translation>qmctl audit verify: --from y --chunk admiten números positivos</translation>
    </message>
    <message>
        <source>qmctl audit verify: --checkpoints and --pubkey go together</source>
        <translation>qmctl audit verify: --checkpoints y --pubkey van juntos</translation>
    </message>
    <message>
        <source>audit verify: %1 rows checked, up to id %2 of %3</source>
        <translation>audit verify: %1 filas comprobadas, hasta el id %2 de %3</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Base de datos: %1</translation>
    </message>
    <message>
        <source>Chain: %1 rows checked, intact</source>
        <translation>Cadena: %1 filas comprobadas, intacta</translation>
    </message>
    <message>
        <source>Chain: %1 rows checked, first bad id %2</source>
        <translation>Cadena: %1 filas comprobadas, primer id erróneo %2</translation>
    </message>
    <message>
        <source>Checkpoints: %1 read, %2 match</source>
        <translation>Puntos de control: %1 leídos, %2 coinciden</translation>
    </message>
    <message>
        <source>; the newest anchors id %1 (signed at %2)</source>
        <translation>; el más reciente ancla el id %1 (firmado el %2)</translation>
    </message>
    <message>
        <source>FINDING: %1</source>
        <translation>HALLAZGO: %1</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>nota: %1</translation>
    </message>
    <message>
        <source>No findings.</source>
        <translation>Sin hallazgos.</translation>
    </message>
</context>
<context>
    <name>qmctl::CachePurgeCommand</name>
    <message>
        <source>purge Redis keys / Varnish pages by pattern, tag or product, safely</source>
        <translation>purgar claves de Redis / páginas de Varnish por patrón, etiqueta o producto, con seguridad</translation>
    </message>
    <message>
        <source>Redis glob (Redis&apos; own MATCH syntax).</source>
        <translation>Glob de Redis (la sintaxis MATCH propia de Redis).</translation>
    </message>
    <message>
        <source>glob</source>
        <translation>glob</translation>
    </message>
    <message>
        <source>Tag set name (the keys of tag:&lt;name&gt;).</source>
        <translation>Nombre del conjunto de etiquetas (las claves de tag:&lt;name&gt;).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>Product id: its Redis objects and pages, and its Varnish pages.</source>
        <translation>Id de producto: sus objetos y páginas de Redis, y sus páginas de Varnish.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>Varnish ban by URL regex.</source>
        <translation>Ban de Varnish por regex de URL.</translation>
    </message>
    <message>
        <source>regex</source>
        <translation>regex</translation>
    </message>
    <message>
        <source>Varnish ban by Host regex.</source>
        <translation>Ban de Varnish por regex de Host.</translation>
    </message>
    <message>
        <source>Varnish xkey purge of a tag.</source>
        <translation>Purga xkey de Varnish de una etiqueta.</translation>
    </message>
    <message>
        <source>tag</source>
        <translation>etiqueta</translation>
    </message>
    <message>
        <source>Remove tag-set members whose keys expired.</source>
        <translation>Quitar los miembros de conjuntos de etiquetas cuyas claves caducaron.</translation>
    </message>
    <message>
        <source>Show the plan; change nothing.</source>
        <translation>Mostrar el plan; no cambiar nada.</translation>
    </message>
    <message>
        <source>Do not ask (development and staging).</source>
        <translation>No preguntar (desarrollo y staging).</translation>
    </message>
    <message>
        <source>The target, typed: required for production without a terminal.</source>
        <translation>El destino, escrito: obligatorio para producción sin terminal.</translation>
    </message>
    <message>
        <source>target</source>
        <translation>destino</translation>
    </message>
    <message>
        <source>Allow this one purge to delete sessions and carts (session:*, cart:*).</source>
        <translation>Permitir que esta purga borre sesiones y carritos (session:*, cart:*).</translation>
    </message>
    <message>
        <source>Latency budget for shoppers while deleting (default 2 ms).</source>
        <translation>Presupuesto de latencia para los compradores durante el borrado (por defecto 2 ms).</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>Print the report as one JSON object.</source>
        <translation>Mostrar el informe como un objeto JSON.</translation>
    </message>
    <message>
        <source>qmctl cache purge: give exactly one of --pattern, --tag, --product, --ban-url/--ban-host, --varnish-tag, --reap-tags</source>
        <translation>qmctl cache purge: indique exactamente uno de --pattern, --tag, --product, --ban-url/--ban-host, --varnish-tag, --reap-tags</translation>
    </message>
    <message>
        <source>qmctl cache purge: --budget-ms takes a number of milliseconds above 0, not &quot;%1&quot;</source>
        <translation>qmctl cache purge: --budget-ms admite un número de milisegundos mayor que 0, no «%1»</translation>
    </message>
    <message>
        <source>%1 may not purge caches: the role lacks the %2 right. Nothing was planned or changed.</source>
        <translation>%1 no puede purgar cachés: al rol le falta el permiso %2. No se planificó ni cambió nada.</translation>
    </message>
    <message>
        <source>this role may: %1</source>
        <translation>este rol puede: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>  shopper p90 %1 ms</source>
        <translation>  compradores p90 %1 ms</translation>
    </message>
    <message>
        <source>  pacing %1 ms</source>
        <translation>  ritmo %1 ms</translation>
    </message>
    <message>
        <source>  hits: %1 %2%3</source>
        <translation>  coincidencias: %1 %2%3</translation>
    </message>
    <message>
        <source> (exact)</source>
        <translation> (exacto)</translation>
    </message>
    <message>
        <source> (estimate)</source>
        <translation> (estimación)</translation>
    </message>
    <message>
        <source>  sample:</source>
        <translation>  muestra:</translation>
    </message>
    <message>
        <source>  warning: %1</source>
        <translation>  aviso: %1</translation>
    </message>
    <message>
        <source>  REFUSED: %1</source>
        <translation>  RECHAZADO: %1</translation>
    </message>
    <message>
        <source>qmctl: not confirmed (%1 Use --yes, or --confirm TARGET for a production profile.)</source>
        <translation>qmctl: no confirmado (%1 Use --yes, o --confirm TARGET para un perfil de producción.)</translation>
    </message>
    <message>
        <source>Proceed? [y/N] </source>
        <translation>¿Continuar? (y = sí) [y/N] </translation>
    </message>
    <message>
        <source>Type %1 to confirm: </source>
        <translation>Escriba %1 para confirmar: </translation>
    </message>
    <message>
        <source>qmctl: %1</source>
        <translation>qmctl: %1</translation>
    </message>
    <message>
        <source>verify: ok  </source>
        <translation>verificación: ok  </translation>
    </message>
    <message>
        <source>verify: NOT OK  </source>
        <translation>verificación: NO OK  </translation>
    </message>
    <message>
        <source>audit: recorded (request %1)</source>
        <translation>auditoría: registrada (solicitud %1)</translation>
    </message>
    <message>
        <source>qmctl: the purge ran, but the audit log refused its outcome (%1); it was kept in %2</source>
        <translation>qmctl: la purga se ejecutó, pero el registro de auditoría rechazó su resultado (%1); se guardó en %2</translation>
    </message>
</context>
<context>
    <name>qmctl::CapacityForecastCommand</name>
    <message>
        <source>forecast a capacity series and the time until it reaches its limit</source>
        <translation>prever una serie de capacidad y el tiempo hasta que alcance su límite</translation>
    </message>
    <message>
        <source>PromQL, or a series id (pg.connections, redis.memory, node.disk_used, ...).</source>
        <translation>PromQL o un id de serie (pg.connections, redis.memory, node.disk_used, ...).</translation>
    </message>
    <message>
        <source>EXPR</source>
        <translation>EXPR</translation>
    </message>
    <message>
        <source>History the model learns from: 6h, 2d, 30d. Default 2d.</source>
        <translation>Historial del que aprende el modelo: 6h, 2d, 30d. Por defecto 2d.</translation>
    </message>
    <message>
        <source>DURATION</source>
        <translation>DURACIÓN</translation>
    </message>
    <message>
        <source>How far ahead to forecast. Default 24h.</source>
        <translation>Hasta dónde prever. Por defecto 24h.</translation>
    </message>
    <message>
        <source>The limit to reach (default: the servers&apos; own for the series, if any).</source>
        <translation>El límite a alcanzar (por defecto: el propio de los servidores para la serie, si lo hay).</translation>
    </message>
    <message>
        <source>VALUE</source>
        <translation>VALOR</translation>
    </message>
    <message>
        <source>The limit is a floor (falling below it is the problem, e.g. a hit ratio).</source>
        <translation>El límite es un mínimo (el problema es bajar de él, p. ej. una tasa de aciertos).</translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation>Mostrar JSON en lugar de texto.</translation>
    </message>
    <message>
        <source>qmctl capacity forecast: --expr is required</source>
        <translation>qmctl capacity forecast: --expr es obligatorio</translation>
    </message>
    <message>
        <source>qmctl capacity forecast: --range and --horizon take durations such as 2d or 24h</source>
        <translation>qmctl capacity forecast: --range y --horizon esperan duraciones como 2d o 24h</translation>
    </message>
    <message>
        <source>qmctl capacity forecast: --limit takes a number</source>
        <translation>qmctl capacity forecast: --limit espera un número</translation>
    </message>
    <message>
        <source>Forecasts need history: this profile has no Prometheus (&quot;prometheus&quot;: {&quot;url&quot;: ...}). qmctl capacity query samples the servers directly.</source>
        <translation>Las previsiones necesitan historial: este perfil no tiene Prometheus (&quot;prometheus&quot;: {&quot;url&quot;: ...}). qmctl capacity query muestrea los servidores directamente.</translation>
    </message>
    <message>
        <source>limit %1</source>
        <translation>límite %1</translation>
    </message>
    <message>
        <source>%1: no forecast: %2</source>
        <translation>%1: sin previsión: %2</translation>
    </message>
    <message>
        <source>%1: no limit to reach; forecast by %2.</source>
        <translation>%1: ningún límite a la vista; previsión por %2.</translation>
    </message>
    <message>
        <source>no series: %1 returned nothing over the range</source>
        <translation>sin serie: %1 no devolvió nada en el rango</translation>
    </message>
</context>
<context>
    <name>qmctl::CapacityQueryCommand</name>
    <message>
        <source>a capacity series over a time range, from Prometheus or sampled directly</source>
        <translation>una serie de capacidad en un intervalo de tiempo, de Prometheus o muestreada directamente</translation>
    </message>
    <message>
        <source>PromQL, or a series id (pg.connections, pg.tps, pg.cache_hit, pg.replication_lag_s, redis.ops, redis.memory, redis.hit_ratio, redis.evictions, node.cpu, node.disk_used, biz.orders_per_min, ...).</source>
        <translation>PromQL, o un id de serie (pg.connections, pg.tps, pg.cache_hit, pg.replication_lag_s, redis.ops, redis.memory, redis.hit_ratio, redis.evictions, node.cpu, node.disk_used, biz.orders_per_min, ...).</translation>
    </message>
    <message>
        <source>EXPR</source>
        <translation>EXPR</translation>
    </message>
    <message>
        <source>How far back (Prometheus) or how long to sample (direct): 90s, 15m, 6h, 30d. Default 15m.</source>
        <translation>Cuánto hacia atrás (Prometheus) o cuánto tiempo muestrear (directo): 90s, 15m, 6h, 30d. Por defecto 15m.</translation>
    </message>
    <message>
        <source>DURATION</source>
        <translation>DURACIÓN</translation>
    </message>
    <message>
        <source>Prometheus resolution (default: 2s, coarser when the range needs it).</source>
        <translation>Resolución de Prometheus (por defecto: 2s, más gruesa cuando el rango lo requiere).</translation>
    </message>
    <message>
        <source>Without Prometheus: sample every N seconds (default 2).</source>
        <translation>Sin Prometheus: muestrear cada N segundos (por defecto 2).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation>Mostrar JSON en lugar de texto.</translation>
    </message>
    <message>
        <source>qmctl capacity query: --expr is required</source>
        <translation>qmctl capacity query: --expr es obligatorio</translation>
    </message>
    <message>
        <source>qmctl capacity query: --range takes a duration such as 15m, not &quot;%1&quot;</source>
        <translation>qmctl capacity query: --range requiere una duración como 15m, no «%1»</translation>
    </message>
    <message>
        <source>qmctl capacity query: --step takes a duration such as 2s</source>
        <translation>qmctl capacity query: --step requiere una duración como 2s</translation>
    </message>
    <message>
        <source>qmctl capacity query: --sample takes seconds (0.1 or more)</source>
        <translation>qmctl capacity query: --sample requiere segundos (0.1 o más)</translation>
    </message>
    <message>
        <source>qmctl capacity query: cannot read %1</source>
        <translation>qmctl capacity query: no se puede leer %1</translation>
    </message>
    <message>
        <source>%1  %2 points (%3 with a value)  last %4  min %5  max %6 %7</source>
        <translation>%1  %2 puntos (%3 con valor)  último %4  mín %5  máx %6 %7</translation>
    </message>
    <message>
        <source>limit %1: %2</source>
        <translation>límite %1: %2</translation>
    </message>
</context>
<context>
    <name>qmctl::CatalogExportCommand</name>
    <message>
        <source>export products (a filter of them) as CSV</source>
        <translation>exportar productos (un filtro de ellos) como CSV</translation>
    </message>
    <message>
        <source>Filter, repeatable: sku=PREFIX, search=TEXT, category=ID[,ID], status=active[,draft], price-min=N, price-max=N, stock=in|low|out.</source>
        <translation>Filtro, repetible: sku=PREFIJO, search=TEXTO, category=ID[,ID], status=active[,draft], price-min=N, price-max=N, stock=in|low|out.</translation>
    </message>
    <message>
        <source>key=value</source>
        <translation>clave=valor</translation>
    </message>
    <message>
        <source>sku, name, price, updated or id; :desc to reverse.</source>
        <translation>sku, name, price, updated o id; :desc para invertir.</translation>
    </message>
    <message>
        <source>column</source>
        <translation>columna</translation>
    </message>
    <message>
        <source>Output file (default: standard output).</source>
        <translation>Archivo de salida (por defecto: salida estándar).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <source>exported %1 products (%2 MB) in %3 s%4</source>
        <translation>%1 productos (%2 MB) exportados en %3 s%4</translation>
    </message>
    <message>
        <source> to %1</source>
        <translation> a %1</translation>
    </message>
    <message>
        <source>category takes category ids: %1</source>
        <translation>category admite ids de categoría: %1</translation>
    </message>
    <message>
        <source>%1 takes a number: %2</source>
        <translation>%1 admite un número: %2</translation>
    </message>
    <message>
        <source>stock is in, low or out</source>
        <translation>stock es in, low u out</translation>
    </message>
    <message>
        <source>unknown filter &quot;%1&quot;</source>
        <translation>filtro desconocido «%1»</translation>
    </message>
    <message>
        <source>cannot sort by &quot;%1&quot; (sku, name, price, updated, id)</source>
        <translation>no se puede ordenar por «%1» (sku, name, price, updated, id)</translation>
    </message>
    <message>
        <source>qmctl catalog export: on Vendure the export writes every variant in id order: --filter and --sort do not apply</source>
        <translation>qmctl catalog export: en Vendure la exportación escribe todas las variantes en orden de id: --filter y --sort no se aplican</translation>
    </message>
</context>
<context>
    <name>qmctl::CatalogImportCommand</name>
    <message>
        <source>import products from CSV: every bad row reported, then all or nothing</source>
        <translation>importar productos desde CSV: se informa de cada fila incorrecta, y luego todo o nada</translation>
    </message>
    <message>
        <source>Check and count; change nothing.</source>
        <translation>Comprobar y contar; no cambiar nada.</translation>
    </message>
    <message>
        <source>Reuse a request id to retry safely (applied at most once).</source>
        <translation>Reutilizar un id de solicitud para reintentar con seguridad (se aplica como máximo una vez).</translation>
    </message>
    <message>
        <source>uuid</source>
        <translation>uuid</translation>
    </message>
    <message>
        <source>Issues to list (default 1000).</source>
        <translation>Problemas que listar (por defecto 1000).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Print the report as JSON.</source>
        <translation>Mostrar el informe en JSON.</translation>
    </message>
    <message>
        <source>Column separator: auto (from the header line; the default), comma, semicolon or tab.</source>
        <translation>Separador de columnas: auto (de la línea de cabecera; por defecto), comma, semicolon o tab.</translation>
    </message>
    <message>
        <source>sep</source>
        <translation>sep</translation>
    </message>
    <message>
        <source>qmctl catalog import: give exactly one CSV file</source>
        <translation>qmctl catalog import: indique exactamente un archivo CSV</translation>
    </message>
    <message>
        <source>qmctl catalog import: --delimiter is auto, comma, semicolon or tab</source>
        <translation>qmctl catalog import: --delimiter es auto, comma, semicolon o tab</translation>
    </message>
    <message>
        <source>qmctl catalog import: --request-id is not a UUID</source>
        <translation>qmctl catalog import: --request-id no es un UUID</translation>
    </message>
    <message>
        <source>To retry safely, run the same import with --request-id %1 (a request is applied at most once).</source>
        <translation>Para reintentar con seguridad, ejecute la misma importación con --request-id %1 (una solicitud se aplica como máximo una vez).</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s), columns %2%3</source>
        <translation>
            <numerusform>%1: %n fila, columnas %2%3</numerusform>
            <numerusform>%1: %n filas, columnas %2%3</numerusform>
        </translation>
    </message>
    <message>
        <source> (UTF-8 BOM)</source>
        <translation> (BOM UTF-8)</translation>
    </message>
    <message numerus="yes">
        <source>%n issue(s); nothing was imported:</source>
        <translation>
            <numerusform>%n problema; no se importó nada:</numerusform>
            <numerusform>%n problemas; no se importó nada:</numerusform>
        </translation>
    </message>
    <message>
        <source>  ... and %1 more</source>
        <translation>  ... y %1 más</translation>
    </message>
    <message>
        <source>%1 new, %2 updated, %3 unchanged</source>
        <translation>%1 nuevos, %2 actualizados, %3 sin cambios</translation>
    </message>
    <message>
        <source>already imported by request %1 (%2): nothing done now</source>
        <translation>ya importado por la solicitud %1 (%2): no se hace nada ahora</translation>
    </message>
    <message>
        <source>dry run: would import %1 (%2 price changes); nothing changed</source>
        <translation>simulación: importaría %1 (%2 cambios de precio); no se cambió nada</translation>
    </message>
    <message>
        <source>imported: %1 in %2 s (request %3)</source>
        <translation>importado: %1 en %2 s (solicitud %3)</translation>
    </message>
    <message>
        <source>columns separated by %1 (detected)</source>
        <translation>columnas separadas por %1 (detectado)</translation>
    </message>
    <message>
        <source>columns separated by %1 (--delimiter)</source>
        <translation>columnas separadas por %1 (--delimiter)</translation>
    </message>
    <message>
        <source>CSV with a header: sku,name,price[,description,status,currency,category,tags,attributes]; on a Vendure profile id,sku,name[,name:LANG...],price_minor,currency (as catalog export writes it)</source>
        <translation>CSV con cabecera: sku,name,price[,description,status,currency,category,tags,attributes]; en un perfil de Vendure id,sku,name[,name:LANG...],price_minor,currency (como lo escribe catalog export)</translation>
    </message>
    <message>
        <source>  ... and %1 more changes</source>
        <translation>  ... y %1 cambios más</translation>
    </message>
    <message>
        <source>  conflict, line %1: %2</source>
        <translation>  conflicto, línea %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>stopped after %n batch(es): those stay applied</source>
        <translation>
            <numerusform>detenido tras %n lote: queda aplicado</numerusform>
            <numerusform>detenido tras %n lotes: quedan aplicados</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qmctl::Context</name>
    <message>
        <source>No profile: pass --profile FILE, or set QM_SANDBOX_DIR to a sandbox.</source>
        <translation>Sin perfil: indique --profile FILE o defina QM_SANDBOX_DIR con un sandbox.</translation>
    </message>
    <message>
        <source>Production: lift read-only mode for this command, with a reason for the audit log (at least %1 characters).</source>
        <translation>Producción: quitar el modo de solo lectura para este comando, con un motivo para el registro de auditoría (al menos %1 caracteres).</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>motivo</translation>
    </message>
    <message>
        <source>How long the elevation lasts (default %1).</source>
        <translation>Cuánto dura la elevación (por defecto %1).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Production is read-only: nothing was changed. Pass --elevate &quot;REASON&quot; (recorded in the audit log) to write.</source>
        <translation>Producción está en solo lectura: no se cambió nada. Pase --elevate &quot;MOTIVO&quot; (se anota en el registro de auditoría) para escribir.</translation>
    </message>
    <message>
        <source>qmctl: --elevate-minutes takes a number</source>
        <translation>qmctl: --elevate-minutes requiere un número</translation>
    </message>
    <message>
        <source>The keychain did not answer.</source>
        <translation>El llavero no respondió.</translation>
    </message>
</context>
<context>
    <name>qmctl::LoadTestCommand</name>
    <message>
        <source>run a load test along a ramp of order rates and report the highest stable rate (sandbox and staging only)</source>
        <translation>ejecutar una prueba de carga a lo largo de una rampa de tasas de pedidos e informar de la tasa estable más alta (solo sandbox y staging)</translation>
    </message>
    <message>
        <source>Order rates per second, one step each, e.g. 10,20,40.</source>
        <translation>Tasas de pedidos por segundo, un paso cada una, p. ej. 10,20,40.</translation>
    </message>
    <message>
        <source>RATES</source>
        <translation>TASAS</translation>
    </message>
    <message>
        <source>Length of each step (default 20s).</source>
        <translation>Duración de cada paso (por defecto 20s).</translation>
    </message>
    <message>
        <source>DURATION</source>
        <translation>DURACIÓN</translation>
    </message>
    <message>
        <source>Start of each step that is not measured (default 3s).</source>
        <translation>Inicio de cada paso que no se mide (por defecto 3s).</translation>
    </message>
    <message>
        <source>A step whose checkout p95 is above this breaks (default 500ms).</source>
        <translation>Un paso cuyo p95 del checkout supere esto falla (por defecto 500ms).</translation>
    </message>
    <message>
        <source>A step with a larger share of failed checkouts breaks (default 0.01).</source>
        <translation>Un paso con una proporción mayor de checkouts fallidos falla (por defecto 0.01).</translation>
    </message>
    <message>
        <source>SHARE</source>
        <translation>PROPORCIÓN</translation>
    </message>
    <message>
        <source>Shopper threads of the simulator (default: 4 + rate / 8).</source>
        <translation>Hilos de compradores del simulador (por defecto: 4 + tasa / 8).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Port of the simulator&apos;s /metrics (default: the sandbox&apos;s, the primary&apos;s port + 26).</source>
        <translation>Puerto de /metrics del simulador (por defecto: el del sandbox, el puerto del primario + 26).</translation>
    </message>
    <message>
        <source>PORT</source>
        <translation>PUERTO</translation>
    </message>
    <message>
        <source>The simulator (default: qm-storefront beside qmctl, or $QM_STOREFRONT).</source>
        <translation>El simulador (por defecto: qm-storefront junto a qmctl, o $QM_STOREFRONT).</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>RUTA</translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation>Mostrar JSON en lugar de texto.</translation>
    </message>
    <message>
        <source>--error-limit takes a share between 0 and 1</source>
        <translation>--error-limit espera una proporción entre 0 y 1</translation>
    </message>
    <message>
        <source>--metrics-port is needed (the profile names no port)</source>
        <translation>se necesita --metrics-port (el perfil no indica ningún puerto)</translation>
    </message>
    <message>
        <source>qmctl loadtest: the audit log refused the run&apos;s intent, so nothing ran: %1</source>
        <translation>qmctl loadtest: el registro de auditoría rechazó la intención de la ejecución, así que no se ejecutó nada: %1</translation>
    </message>
    <message>
        <source>step %1/%2: %3 orders/s for %4 s …</source>
        <translation>paso %1/%2: %3 pedidos/s durante %4 s …</translation>
    </message>
    <message>
        <source>qmctl loadtest: the run is not in the audit log: %1</source>
        <translation>qmctl loadtest: la ejecución no está en el registro de auditoría: %1</translation>
    </message>
    <message>
        <source>%1 orders/s: achieved %2/s, checkout p50 %3 ms p95 %4 ms p99 %5 ms, errors %6 %, DB connections %7, CPU %8 % — %9</source>
        <translation>%1 pedidos/s: logrado %2/s, checkout p50 %3 ms p95 %4 ms p99 %5 ms, errores %6 %, conexiones BD %7, CPU %8 % — %9</translation>
    </message>
    <message>
        <source>stable</source>
        <translation>estable</translation>
    </message>
    <message>
        <source>broke: %1</source>
        <translation>falló: %1</translation>
    </message>
    <message>
        <source>The ramp as percentages of the recorded peak order rate, e.g. 25,50,100,150.</source>
        <translation>La rampa como porcentajes del pico registrado de la tasa de pedidos, p. ej. 25,50,100,150.</translation>
    </message>
    <message>
        <source>PERCENTS</source>
        <translation>PORCENTAJES</translation>
    </message>
    <message>
        <source>The peak order rate (orders/s) --ramp-percent is based on, instead of the recorded one.</source>
        <translation>La tasa de pedidos pico (pedidos/s) en la que se basa --ramp-percent, en lugar de la registrada.</translation>
    </message>
    <message>
        <source>RATE</source>
        <translation>TASA</translation>
    </message>
    <message>
        <source>How many days of history the recorded peak is looked up in (default 30).</source>
        <translation>En cuántos días de historial se busca el pico registrado (por defecto 30).</translation>
    </message>
    <message>
        <source>DAYS</source>
        <translation>DÍAS</translation>
    </message>
    <message>
        <source>A step whose checkout p99 is above this breaks (default 1s).</source>
        <translation>Un paso cuyo p99 del checkout supere este valor falla (por defecto 1s).</translation>
    </message>
    <message>
        <source>give either --ramp (orders/s) or --ramp-percent (of the recorded peak)</source>
        <translation>indique o bien --ramp (pedidos/s) o bien --ramp-percent (del pico registrado)</translation>
    </message>
    <message>
        <source>--peak takes a positive order rate per second</source>
        <translation>--peak espera una tasa de pedidos positiva por segundo</translation>
    </message>
    <message>
        <source>--peak-days takes a number of days (1 to 3660)</source>
        <translation>--peak-days espera un número de días (de 1 a 3660)</translation>
    </message>
    <message>
        <source>--step, --warmup, --p95-limit and --p99-target take durations such as 20s or 500ms</source>
        <translation>--step, --warmup, --p95-limit y --p99-target esperan duraciones como 20s o 500ms</translation>
    </message>
    <message>
        <source>given with --peak</source>
        <translation>indicado con --peak</translation>
    </message>
    <message>
        <source>recorded peak: %1 orders/s (%2)</source>
        <translation>pico registrado: %1 pedidos/s (%2)</translation>
    </message>
    <message>
        <source>Prometheus at %1</source>
        <translation>Prometheus en %1</translation>
    </message>
    <message>
        <source>servers&apos; figures: %1</source>
        <translation>cifras de los servidores: %1</translation>
    </message>
</context>
<context>
    <name>qmctl::MigrateCommand</name>
    <message>
        <source>apply pending schema migrations (--status: only report them)</source>
        <translation>aplicar las migraciones de esquema pendientes (--status: solo informar de ellas)</translation>
    </message>
    <message>
        <source>Report the schema version and pending migrations; change nothing. Exit code 3 when migrations are pending.</source>
        <translation>Informar de la versión del esquema y de las migraciones pendientes; no cambiar nada. Código de salida 3 si hay migraciones pendientes.</translation>
    </message>
    <message>
        <source>Read migrations from this folder instead of the embedded ones.</source>
        <translation>Leer las migraciones de esta carpeta en lugar de las integradas.</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>carpeta</translation>
    </message>
    <message>
        <source>schema version %1 (this build requires %2)</source>
        <translation>versión del esquema %1 (esta compilación requiere %2)</translation>
    </message>
    <message>
        <source>up to date</source>
        <translation>actualizado</translation>
    </message>
    <message>
        <source>pending: %1</source>
        <translation>pendientes: %1</translation>
    </message>
    <message>
        <source>none, already up to date</source>
        <translation>ninguna, ya actualizado</translation>
    </message>
    <message>
        <source>schema version %1 (applied: %2)</source>
        <translation>versión del esquema %1 (aplicadas: %2)</translation>
    </message>
    <message>
        <source>Which store&apos;s migrations: reference (the console&apos;s own store, default) or vendure (read views in schema qm_vendure of a Vendure database).</source>
        <translation>Qué migraciones: reference (la tienda propia de la consola, por defecto) o vendure (vistas de lectura en el esquema qm_vendure de una base de datos de Vendure).</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>tipo</translation>
    </message>
    <message>
        <source>Migrate this database on the profile&apos;s servers instead of the profile&apos;s.</source>
        <translation>Migrar esta base de datos en los servidores del perfil en lugar de la del perfil.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>qmctl: --backend must be reference or vendure, not &quot;%1&quot;</source>
        <translation>qmctl: --backend debe ser reference o vendure, no «%1»</translation>
    </message>
    <message>
        <source>look for Vendure&apos;s tables</source>
        <translation>buscar las tablas de Vendure</translation>
    </message>
    <message>
        <source>This database has no Vendure tables (public.product_variant, public.&quot;order&quot;): migrate --backend vendure needs the Vendure store&apos;s database (--database, or a profile that names it), with Vendure&apos;s schema already created.</source>
        <translation>Esta base de datos no tiene tablas de Vendure (public.product_variant, public.&quot;order&quot;): migrate --backend vendure necesita la base de datos de la tienda Vendure (--database, o un perfil que la indique), con el esquema de Vendure ya creado.</translation>
    </message>
</context>
<context>
    <name>qmctl::OrdersTailCommand</name>
    <message>
        <source>print orders as they change (the console&apos;s live feed), until Ctrl+C</source>
        <translation>mostrar los pedidos a medida que cambian (el flujo en vivo de la consola), hasta Ctrl+C</translation>
    </message>
    <message>
        <source>First print the latest N orders.</source>
        <translation>Mostrar primero los últimos N pedidos.</translation>
    </message>
    <message>
        <source>One JSON object per line.</source>
        <translation>Un objeto JSON por línea.</translation>
    </message>
    <message>
        <source>Exit after N rows.</source>
        <translation>Salir tras N filas.</translation>
    </message>
    <message>
        <source>Exit after S seconds.</source>
        <translation>Salir tras S segundos.</translation>
    </message>
    <message>
        <source>orders tail: reconnecting: %1</source>
        <translation>orders tail: reconectando: %1</translation>
    </message>
    <message>
        <source>orders tail: live</source>
        <translation>orders tail: en vivo</translation>
    </message>
</context>
<context>
    <name>qmctl::PaymentsStatusCommand</name>
    <message>
        <source>payment route, providers&apos; circuit breakers and maintenance mode</source>
        <translation>ruta de pagos, disyuntores de los proveedores y modo de mantenimiento</translation>
    </message>
    <message>
        <source>One JSON object (keys in English).</source>
        <translation>Un objeto JSON (claves en inglés).</translation>
    </message>
    <message>
        <source>route:        %1 (set by %2 at %3%4)</source>
        <translation>ruta:           %1 (fijada por %2 el %3%4)</translation>
    </message>
    <message>
        <source>storefront:   not reporting</source>
        <translation>tienda:         no informa</translation>
    </message>
    <message>
        <source>storefront:   not reporting since %1 (its last report below)</source>
        <translation>tienda:         no informa desde %1 (su último informe abajo)</translation>
    </message>
    <message>
        <source>storefront:   applies %1</source>
        <translation>tienda:         aplica %1</translation>
    </message>
    <message>
        <source>storefront:   still applies %1</source>
        <translation>tienda:         aún aplica %1</translation>
    </message>
    <message>
        <source>%1  breaker %2  failure rate %3 % of %4 calls  trips %5  last trip %6  ok %7  failed %8  rejected %9</source>
        <translation>%1  disyuntor %2  tasa de fallos %3 % de %4 llamadas  disparos %5  último disparo %6  ok %7  fallidas %8  rechazadas %9</translation>
    </message>
    <message>
        <source>maintenance:  on since %1 until %2: %3</source>
        <translation>mantenimiento:  activado desde %1 hasta %2: %3</translation>
    </message>
    <message>
        <source>switched off</source>
        <translation>desactivado</translation>
    </message>
    <message>
        <source>maintenance:  off</source>
        <translation>mantenimiento:  desactivado</translation>
    </message>
</context>
<context>
    <name>qmctl::QueuesCommand</name>
    <message>
        <source>the order pipeline&apos;s streams: list, replay dead letters, claim, trim</source>
        <translation>los streams del pipeline de pedidos: listar, reenviar mensajes fallidos, reasignar, recortar</translation>
    </message>
    <message>
        <source>list, replay, claim or trim</source>
        <translation>list, replay, claim o trim</translation>
    </message>
    <message>
        <source>Consumer group (task).</source>
        <translation>Grupo de consumidores (tarea).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>Dead letter id to replay (repeatable).</source>
        <translation>Id del mensaje fallido que reenviar (repetible).</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>claim: entries pending at least this long (ms).</source>
        <translation>claim: entradas pendientes al menos este tiempo (ms).</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>claim: the consumer that gets them.</source>
        <translation>claim: el consumidor que las recibe.</translation>
    </message>
    <message>
        <source>trim: entries to keep.</source>
        <translation>trim: entradas que conservar.</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>key</source>
        <translation>clave</translation>
    </message>
    <message>
        <source>trim: even entries not yet acknowledged.</source>
        <translation>trim: incluso entradas aún no confirmadas.</translation>
    </message>
    <message>
        <source>Show the plan; change nothing.</source>
        <translation>Mostrar el plan; no cambiar nada.</translation>
    </message>
    <message>
        <source>Do not ask (development and staging).</source>
        <translation>No preguntar (desarrollo y staging).</translation>
    </message>
    <message>
        <source>The target, typed (production).</source>
        <translation>El destino, escrito (producción).</translation>
    </message>
    <message>
        <source>target</source>
        <translation>destino</translation>
    </message>
    <message>
        <source>Print one JSON object.</source>
        <translation>Mostrar un objeto JSON.</translation>
    </message>
    <message>
        <source>%1: %2 entries</source>
        <translation>%1: %2 entradas</translation>
    </message>
    <message>
        <source>  %1: lag %2, pending %3 (oldest idle %4 ms), %5 consumers</source>
        <translation>  %1: retraso %2, pendientes %3 (la más antigua inactiva %4 ms), %5 consumidores</translation>
    </message>
    <message>
        <source>dead %1 %2 order %3: %4</source>
        <translation>fallido %1 %2 pedido %3: %4</translation>
    </message>
    <message>
        <source>qmctl queues claim: --group is required</source>
        <translation>qmctl queues claim: --group es obligatorio</translation>
    </message>
    <message>
        <source>qmctl queues trim: --maxlen N is required</source>
        <translation>qmctl queues trim: --maxlen N es obligatorio</translation>
    </message>
    <message>
        <source>qmctl queues: give list, replay, claim or trim</source>
        <translation>qmctl queues: indique list, replay, claim o trim</translation>
    </message>
    <message>
        <source>REFUSED: %1</source>
        <translation>RECHAZADO: %1</translation>
    </message>
    <message>
        <source>verify: ok  </source>
        <translation>verificación: ok  </translation>
    </message>
    <message>
        <source>verify: NOT OK  </source>
        <translation>verificación: NO OK  </translation>
    </message>
    <message>
        <source>trim: the stream (default qm:{orders}:placed).</source>
        <translation>trim: el stream (por defecto qm:{orders}:placed).</translation>
    </message>
</context>
<context>
    <name>qmctl::RunbookCommand</name>
    <message>
        <source>Print the result as one JSON object.</source>
        <translation>Mostrar el resultado como un objeto JSON.</translation>
    </message>
    <message>
        <source>Folder of trusted public keys (default $QM_RUNBOOK_TRUSTED_KEYS or &lt;config&gt;/quartermaster/runbook-keys).</source>
        <translation>Carpeta de claves públicas de confianza (por defecto $QM_RUNBOOK_TRUSTED_KEYS o &lt;config&gt;/quartermaster/runbook-keys).</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>carpeta</translation>
    </message>
    <message>
        <source>A parameter&apos;s value (repeatable).</source>
        <translation>El valor de un parámetro (repetible).</translation>
    </message>
    <message>
        <source>name=value</source>
        <translation>nombre=valor</translation>
    </message>
    <message>
        <source>Do not ask (development and staging); answer &quot;yes&quot; to confirm steps.</source>
        <translation>No preguntar (desarrollo y staging); responder «yes» a los pasos de confirmación.</translation>
    </message>
    <message>
        <source>The confirmation text: the profile&apos;s name for a production profile.</source>
        <translation>El texto de confirmación: el nombre del perfil en un perfil de producción.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <source>The answer of a confirm step (repeatable).</source>
        <translation>La respuesta de un paso de confirmación (repetible).</translation>
    </message>
    <message>
        <source>step=text</source>
        <translation>paso=texto</translation>
    </message>
    <message>
        <source>Where run journals are written (default $XDG_STATE_HOME/quartermaster/runbooks).</source>
        <translation>Dónde se escriben los diarios de ejecución (por defecto $XDG_STATE_HOME/quartermaster/runbooks).</translation>
    </message>
    <message numerus="yes">
        <source>qmctl: the runbook has %n error(s); nothing ran</source>
        <translation>
            <numerusform>qmctl: el runbook tiene %n error; no se ejecutó nada</numerusform>
            <numerusform>qmctl: el runbook tiene %n errores; no se ejecutó nada</numerusform>
        </translation>
    </message>
    <message>
        <source>[%1] %2: started</source>
        <translation>[%1] %2: iniciado</translation>
    </message>
    <message>
        <source>    %1: verified (%2 ms)</source>
        <translation>    %1: verificado (%2 ms)</translation>
    </message>
    <message>
        <source>    %1: FAILED after %2 ms: %3</source>
        <translation>    %1: FALLÓ tras %2 ms: %3</translation>
    </message>
    <message>
        <source>  signature: %1 - %2</source>
        <translation>  firma: %1 - %2</translation>
    </message>
    <message>
        <source>  warning: %1</source>
        <translation>  aviso: %1</translation>
    </message>
    <message>
        <source>precondition ok:</source>
        <translation>precondición correcta:</translation>
    </message>
    <message>
        <source>precondition FAILS now:</source>
        <translation>la precondición FALLA ahora:</translation>
    </message>
    <message>
        <source>        warning: %1</source>
        <translation>        aviso: %1</translation>
    </message>
    <message>
        <source>      REFUSED: %1</source>
        <translation>      RECHAZADO: %1</translation>
    </message>
    <message>
        <source>  REFUSED: %1</source>
        <translation>  RECHAZADO: %1</translation>
    </message>
    <message>
        <source>  confirmation: %1</source>
        <translation>  confirmación: %1</translation>
    </message>
    <message>
        <source>qmctl: not confirmed (%1 Use --yes, or --confirm TEXT for a production profile.)</source>
        <translation>qmctl: no confirmado (%1 Use --yes, o --confirm TEXT en un perfil de producción.)</translation>
    </message>
    <message>
        <source>Type %1 to confirm: </source>
        <translation>Escriba %1 para confirmar: </translation>
    </message>
    <message>
        <source>Run it? [y/N] </source>
        <translation>¿Ejecutarlo? [y/N] </translation>
    </message>
    <message>
        <source>qmctl runbook %1: give one runbook</source>
        <translation>qmctl runbook %1: indique un runbook</translation>
    </message>
    <message>
        <source>qmctl runbook %1: --param takes name=value, not &quot;%2&quot;</source>
        <translation>qmctl runbook %1: --param requiere nombre=valor, no «%2»</translation>
    </message>
    <message>
        <source>run %1: %2</source>
        <translation>ejecución %1: %2</translation>
    </message>
    <message>
        <source> (verified, not run again)</source>
        <translation> (verificado, no se vuelve a ejecutar)</translation>
    </message>
    <message>
        <source> (rollback)</source>
        <translation> (reversión)</translation>
    </message>
    <message>
        <source>  journal: %1</source>
        <translation>  diario: %1</translation>
    </message>
    <message>
        <source>list runbooks (built-in and in a folder) and recent runs</source>
        <translation>listar runbooks (integrados y de una carpeta) y ejecuciones recientes</translation>
    </message>
    <message>
        <source>Also list the runbooks (*.yaml) in this folder.</source>
        <translation>Listar también los runbooks (*.yaml) de esta carpeta.</translation>
    </message>
    <message>
        <source>Where run journals are.</source>
        <translation>Dónde están los diarios de ejecución.</translation>
    </message>
    <message>
        <source>run %1  %2  %3  %4</source>
        <translation>ejecución %1  %2  %3  %4</translation>
    </message>
    <message>
        <source>INTERRUPTED (qmctl runbook resume)</source>
        <translation>INTERRUMPIDA (qmctl runbook resume)</translation>
    </message>
    <message>
        <source>dry run of a runbook: preconditions and what each step would do</source>
        <translation>ensayo de un runbook: precondiciones y lo que haría cada paso</translation>
    </message>
    <message>
        <source>A runbook file, or a built-in runbook&apos;s name.</source>
        <translation>Un archivo de runbook o el nombre de un runbook integrado.</translation>
    </message>
    <message>
        <source>run a runbook step by step (confirmed, journaled, audited)</source>
        <translation>ejecutar un runbook paso a paso (confirmado, en el diario, auditado)</translation>
    </message>
    <message>
        <source>continue an interrupted run without repeating verified steps</source>
        <translation>continuar una ejecución interrumpida sin repetir los pasos verificados</translation>
    </message>
    <message>
        <source>The interrupted run (qmctl runbook list).</source>
        <translation>La ejecución interrumpida (qmctl runbook list).</translation>
    </message>
    <message>
        <source>The runbook file, if it moved since the run started.</source>
        <translation>El archivo del runbook, si se movió desde que empezó la ejecución.</translation>
    </message>
    <message>
        <source>qmctl runbook resume: give a run id (and optionally the runbook file)</source>
        <translation>qmctl runbook resume: indique un id de ejecución (y opcionalmente el archivo del runbook)</translation>
    </message>
    <message>
        <source>empty journal</source>
        <translation>diario vacío</translation>
    </message>
    <message>
        <source>make an Ed25519 key pair for signing runbooks</source>
        <translation>crear un par de claves Ed25519 para firmar runbooks</translation>
    </message>
    <message>
        <source>Folder for NAME.key (secret, 0600) and KEYID.pub.</source>
        <translation>Carpeta para NAME.key (secreta, 0600) y KEYID.pub.</translation>
    </message>
    <message>
        <source>The key&apos;s file name (default: runbook-signing).</source>
        <translation>El nombre de archivo de la clave (por defecto: runbook-signing).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>qmctl runbook keygen: --out DIR is required</source>
        <translation>qmctl runbook keygen: --out DIR es obligatorio</translation>
    </message>
    <message>
        <source>key %1
  secret: %2 (keep it private; never commit it)
  public: %3 (copy it into the trusted keys folder)</source>
        <translation>clave %1
  secreta: %2 (manténgala privada; nunca la suba al repositorio)
  pública: %3 (cópiela en la carpeta de claves de confianza)</translation>
    </message>
    <message>
        <source>The secret key file (qmctl runbook keygen).</source>
        <translation>El archivo de clave secreta (qmctl runbook keygen).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <source>signed: %1</source>
        <translation>firmado: %1</translation>
    </message>
    <message>
        <source>check a runbook&apos;s signature against the trusted keys</source>
        <translation>comprobar la firma de un runbook con las claves de confianza</translation>
    </message>
    <message>
        <source>cannot read %1</source>
        <translation>no se puede leer %1</translation>
    </message>
    <message>
        <source>The approved run of a two-person runbook (qmctl runbook request).</source>
        <translation>La ejecución aprobada de un runbook de dos personas (qmctl runbook request).</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>qmctl: %1 needs two-person approval: ask for it with qmctl runbook request, have a second on-call role approve it, then run it with --run-id</source>
        <translation>qmctl: %1 necesita aprobación de dos personas: pídala con qmctl runbook request, haga que un segundo rol de guardia la apruebe y luego ejecútelo con --run-id</translation>
    </message>
    <message>
        <source>ask for two-person approval of a run (prints the run id)</source>
        <translation>pedir la aprobación de dos personas de una ejecución (muestra el id de ejecución)</translation>
    </message>
    <message>
        <source>How long the request, then the approval, is valid (seconds; default 900).</source>
        <translation>Cuánto tiempo es válida la solicitud y después la aprobación (segundos; por defecto 900).</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>segundos</translation>
    </message>
    <message>
        <source>run %1 of %2 waits for approval (audit id %3): a second on-call role runs qmctl runbook approve %1</source>
        <translation>la ejecución %1 de %2 espera aprobación (id de auditoría %3): un segundo rol de guardia ejecuta qmctl runbook approve %1</translation>
    </message>
    <message>
        <source>approve another on-call role&apos;s run of a two-person runbook</source>
        <translation>aprobar la ejecución de un runbook de dos personas de otro rol de guardia</translation>
    </message>
    <message>
        <source>Approve without asking.</source>
        <translation>Aprobar sin preguntar.</translation>
    </message>
    <message>
        <source>The run that asked.</source>
        <translation>La ejecución que lo pidió.</translation>
    </message>
    <message>
        <source>Your copy of the runbook file (default: the built-in of that name).</source>
        <translation>Su copia del archivo del runbook (por defecto: el integrado con ese nombre).</translation>
    </message>
    <message>
        <source>qmctl runbook approve: give a run id (and optionally the runbook file)</source>
        <translation>qmctl runbook approve: indique un id de ejecución (y opcionalmente el archivo del runbook)</translation>
    </message>
    <message>
        <source>run %1 asked by %2 at %3, state %4</source>
        <translation>ejecución %1 pedida por %2 el %3, estado %4</translation>
    </message>
    <message>
        <source>  parameters: %1</source>
        <translation>  parámetros: %1</translation>
    </message>
    <message>
        <source>qmctl: not approved (use --yes to approve without asking)</source>
        <translation>qmctl: no aprobada (use --yes para aprobar sin preguntar)</translation>
    </message>
    <message>
        <source>Approve run %1? [y/N] </source>
        <translation>¿Aprobar la ejecución %1? [y/N] </translation>
    </message>
    <message>
        <source>approved run %1 (audit id %2)</source>
        <translation>ejecución %1 aprobada (id de auditoría %2)</translation>
    </message>
    <message>
        <source>sign a runbook file (writes FILE.sig), or a built-in runbook (writes builtin/NAME.yaml.sig in the trusted keys folder)</source>
        <translation>firmar un archivo de runbook (escribe FILE.sig) o un runbook integrado (escribe builtin/NAME.yaml.sig en la carpeta de claves de confianza)</translation>
    </message>
    <message>
        <source>qmctl runbook sign: give one runbook (a file or a built-in runbook&apos;s name) and --key FILE</source>
        <translation>qmctl runbook sign: indique un runbook (un archivo o el nombre de un runbook integrado) y --key FILE</translation>
    </message>
    <message>
        <source>qmctl runbook verify: give one runbook (a file or a built-in runbook&apos;s name)</source>
        <translation>qmctl runbook verify: indique un runbook (un archivo o el nombre de un runbook integrado)</translation>
    </message>
</context>
<context>
    <name>qmctl::SeedCommand</name>
    <message>
        <source>fill a sandbox store with generated data</source>
        <translation>llenar una tienda sandbox con datos generados</translation>
    </message>
    <message>
        <source>How many products (default 10000).</source>
        <translation>Cuántos productos (por defecto 10000).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Random seed: the same seed gives the same data (default 42).</source>
        <translation>Semilla aleatoria: la misma semilla da los mismos datos (por defecto 42).</translation>
    </message>
    <message>
        <source>Replace the data of a store that is not empty.</source>
        <translation>Reemplazar los datos de una tienda que no está vacía.</translation>
    </message>
    <message>
        <source>qmctl seed: --products and --seed take whole numbers (products &gt;= 1)</source>
        <translation>qmctl seed: --products y --seed admiten números enteros (products &gt;= 1)</translation>
    </message>
    <message>
        <source>seeded %1 products (%2 rows) in %3 s</source>
        <translation>%1 productos (%2 filas) generados en %3 s</translation>
    </message>
    <message>
        <source>qmctl seed fills sandboxes with generated products; this profile is production, so nothing was changed.</source>
        <translation>qmctl seed llena sandboxes con productos generados; este perfil es de producción, así que no se cambió nada.</translation>
    </message>
</context>
<context>
    <name>qmctl::StatusCommand</name>
    <message>
        <source>show each server&apos;s role, health and replication lag</source>
        <translation>mostrar el rol, el estado y el retraso de replicación de cada servidor</translation>
    </message>
    <message>
        <source>down</source>
        <translation>caído</translation>
    </message>
    <message>
        <source>primary</source>
        <translation>primario</translation>
    </message>
    <message>
        <source>replica</source>
        <translation>réplica</translation>
    </message>
    <message>
        <source>up</source>
        <translation>activo</translation>
    </message>
    <message>
        <source>rtt %1 ms</source>
        <translation>rtt %1 ms</translation>
    </message>
    <message>
        <source>lag unknown</source>
        <translation>retraso desconocido</translation>
    </message>
    <message>
        <source>lag %1 s</source>
        <translation>retraso %1 s</translation>
    </message>
    <message>
        <source> (%1 bytes)</source>
        <translation> (%1 bytes)</translation>
    </message>
</context>
<context>
    <name>std</name>
    <message>
        <source>Could not write %1 (disk full?).</source>
        <translation>No se pudo escribir %1 (¿disco lleno?).</translation>
    </message>
</context>
</TS>
