<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>Features</name>
    <message numerus="yes">
        <source>Syntax highlighting: available (KF6 SyntaxHighlighting %1, %n syntax definition(s))</source>
        <translation>
            <numerusform>Resaltado de sintaxis: disponible (KF6 SyntaxHighlighting %1, %n definición de sintaxis)</numerusform>
            <numerusform>Resaltado de sintaxis: disponible (KF6 SyntaxHighlighting %1, %n definiciones de sintaxis)</numerusform>
        </translation>
    </message>
    <message>
        <source>Syntax highlighting: not available (built without KF6 SyntaxHighlighting); text documents are shown as plain text</source>
        <translation>Resaltado de sintaxis: no disponible (compilado sin KF6 SyntaxHighlighting); los documentos de texto se muestran como texto sin formato</translation>
    </message>
</context>
<context>
    <name>FileState</name>
    <message>
        <source>Remote only</source>
        <translation>Solo en el servidor</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>Descargando</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>Local</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Actualizado</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Withdrawn on server</source>
        <translation>Retirado en el servidor</translation>
    </message>
</context>
<context>
    <name>Plenary</name>
    <message>
        <source>not allocated</source>
        <translation>sin asignar</translation>
    </message>
    <message>
        <source>item %1</source>
        <translation>punto %1</translation>
    </message>
    <message>
        <source>revised to %1</source>
        <translation>revisado en %1</translation>
    </message>
    <message>
        <source>merged into %1</source>
        <translation>fusionado en %1</translation>
    </message>
    <message>
        <source>Liaison statement %1 drafted here is now %2 (the server has another %1)</source>
        <translation>La declaración de coordinación %1 redactada aquí es ahora la %2 (el servidor ya tiene otra %1)</translation>
    </message>
    <message>
        <source>current agenda item: %1 here, %2 on the server</source>
        <translation>punto actual del orden del día: %1 aquí, %2 en el servidor</translation>
    </message>
    <message>
        <source>allocation of %1: %2 here, %3 on the server</source>
        <translation>asignación de %1: %2 aquí, %3 en el servidor</translation>
    </message>
    <message>
        <source>outcome &quot;%1&quot;: changed here and on the server</source>
        <translation>resultado «%1»: modificado aquí y en el servidor</translation>
    </message>
    <message>
        <source>liaison statement %1: changed here and on the server</source>
        <translation>declaración de coordinación %1: modificada aquí y en el servidor</translation>
    </message>
    <message>
        <source>document %1: made here and on the server, differently</source>
        <translation>documento %1: creado aquí y en el servidor, de forma distinta</translation>
    </message>
    <message>
        <source>Now on agenda item %1</source>
        <translation>Ahora en el punto %1 del orden del día</translation>
    </message>
    <message>
        <source>%1: allocation withdrawn</source>
        <translation>%1: asignación retirada</translation>
    </message>
    <message>
        <source>%1 allocated to %2</source>
        <translation>%1 asignado a %2</translation>
    </message>
    <message>
        <source>%1: %2 allocated to %3</source>
        <translation>%1: %2 asignado a %3</translation>
    </message>
    <message>
        <source>changed: %1</source>
        <translation>modificado: %1</translation>
    </message>
    <message>
        <source>taken back: %1</source>
        <translation>anulado: %1</translation>
    </message>
    <message>
        <source>Liaison statement %1 drafted: %2</source>
        <translation>Declaración de coordinación %1 redactada: %2</translation>
    </message>
    <message>
        <source>Liaison statement %1: %2</source>
        <translation>Declaración de coordinación %1: %2</translation>
    </message>
    <message>
        <source>Liaison statement %1 edited</source>
        <translation>Declaración de coordinación %1 editada</translation>
    </message>
    <message>
        <source>Liaison statement %1 removed</source>
        <translation>Declaración de coordinación %1 eliminada</translation>
    </message>
    <message>
        <source>%1 is not a ZIP archive that can be read: %2</source>
        <translation>%1 no es un archivo ZIP que se pueda leer: %2</translation>
    </message>
</context>
<context>
    <name>Plenary::AboutDialog</name>
    <message>
        <source>About Plenary</source>
        <translation>Acerca de Plenary</translation>
    </message>
    <message>
        <source>Plenary %1</source>
        <translation>Plenary %1</translation>
    </message>
    <message>
        <source>Paperless meetings for standards bodies: the agenda, the allocation of contributions, the decisions and the documents, on every delegate&apos;s laptop, online or not.</source>
        <translation>Reuniones sin papel para organismos de normalización: el orden del día, la asignación de contribuciones, las decisiones y los documentos, en el portátil de cada delegado, con o sin conexión.</translation>
    </message>
    <message>
        <source>Qt %1 (built with Qt %2)</source>
        <translation>Qt %1 (compilado con Qt %2)</translation>
    </message>
    <message>
        <source>Data folder: %1</source>
        <translation>Carpeta de datos: %1</translation>
    </message>
</context>
<context>
    <name>Plenary::AgendaModel</name>
    <message numerus="yes">
        <source>%n document(s) allocated</source>
        <translation>
            <numerusform>%n documento asignado</numerusform>
            <numerusform>%n documentos asignados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n document(s)</source>
        <translation>
            <numerusform>%1: %n documento</numerusform>
            <numerusform>%1: %n documentos</numerusform>
        </translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Punto</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Docs</source>
        <translation>Docs.</translation>
    </message>
</context>
<context>
    <name>Plenary::ArchiveView</name>
    <message>
        <source>Files in the archive</source>
        <translation>Archivos del archivo comprimido</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Not opened: %1</source>
        <translation>No abierto: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 holds %n file(s). Open one with Enter or a double click; nothing in it is run.</source>
        <translation>
            <numerusform>%1 contiene %n archivo. Ábralo con Intro o con un doble clic; no se ejecuta nada de su contenido.</numerusform>
            <numerusform>%1 contiene %n archivos. Abra uno con Intro o con un doble clic; no se ejecuta nada de su contenido.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Plenary::AsyncStore</name>
    <message>
        <source>Cannot open the meeting database %1: %2</source>
        <translation>No se puede abrir la base de datos de reuniones %1: %2</translation>
    </message>
    <message>
        <source>Cannot set up the demo meeting: %1</source>
        <translation>No se puede preparar la reunión de demostración: %1</translation>
    </message>
    <message>
        <source>Cannot read meeting %1: %2</source>
        <translation>No se puede leer la reunión %1: %2</translation>
    </message>
    <message>
        <source>The meeting database could not be opened.</source>
        <translation>No se pudo abrir la base de datos de reuniones.</translation>
    </message>
    <message>
        <source>%1: cannot store the meeting: %2</source>
        <translation>%1: no se puede almacenar la reunión: %2</translation>
    </message>
    <message numerus="yes">
        <source>Imported %1 (%n document(s)).</source>
        <translation>
            <numerusform>Se importó %1 (%n documento).</numerusform>
            <numerusform>Se importó %1 (%n documentos).</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is too large to open here (%2 MB).</source>
        <translation>%1 es demasiado grande para abrirlo aquí (%2 MB).</translation>
    </message>
    <message>
        <source>%1 has no local copy yet: sync the meeting to read it.</source>
        <translation>%1 aún no tiene copia local: sincronice la reunión para leerlo.</translation>
    </message>
    <message>
        <source>%1 is an archive inside the archive: it is not opened.</source>
        <translation>%1 es un archivo comprimido dentro del archivo comprimido: no se abre.</translation>
    </message>
    <message>
        <source>%1 is not a file of %2.</source>
        <translation>%1 no es un archivo de %2.</translation>
    </message>
    <message>
        <source>Your note or position was not kept: %1</source>
        <translation>No se guardó su nota o posición: %1</translation>
    </message>
    <message>
        <source>The PDF of %1</source>
        <translation>El PDF de %1</translation>
    </message>
    <message>
        <source>The meeting has no working group %1.</source>
        <translation>La reunión no tiene ningún grupo de trabajo %1.</translation>
    </message>
    <message>
        <source>There is no report %1.</source>
        <translation>No existe el informe %1.</translation>
    </message>
    <message>
        <source>The report was not stored: %1</source>
        <translation>No se almacenó el informe: %1</translation>
    </message>
    <message>
        <source>The report was not saved: %1</source>
        <translation>No se guardó el informe: %1</translation>
    </message>
    <message>
        <source>The refreshed report was not stored: %1</source>
        <translation>No se almacenó el informe actualizado: %1</translation>
    </message>
    <message>
        <source>My notes: %1</source>
        <translation>Mis notas: %1</translation>
    </message>
    <message>
        <source>There is no liaison statement %1.</source>
        <translation>No existe la declaración de coordinación %1.</translation>
    </message>
    <message>
        <source>Now on agenda item %1</source>
        <translation>Ahora en el punto %1 del orden del día</translation>
    </message>
    <message>
        <source>Outcome taken back</source>
        <translation>Resultado anulado</translation>
    </message>
    <message>
        <source>Liaison statement %1 saved</source>
        <translation>Declaración de coordinación %1 guardada</translation>
    </message>
    <message>
        <source>Liaison statement %1 removed</source>
        <translation>Declaración de coordinación %1 eliminada</translation>
    </message>
</context>
<context>
    <name>Plenary::Cli</name>
    <message>
        <source>usage: export report|wg-report WG|liaison ID [--format pdf|odt|md] --out FILE</source>
        <translation>uso: export report|wg-report WG|liaison ID [--format pdf|odt|md] --out ARCHIVO</translation>
    </message>
    <message>
        <source>give --format pdf, odt or md (%1 has no known extension)</source>
        <translation>indique --format pdf, odt o md (%1 no tiene una extensión conocida)</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos; (pdf, odt or md)</source>
        <translation>formato desconocido &apos;%1&apos; (pdf, odt o md)</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>no se puede abrir %1: %2</translation>
    </message>
    <message>
        <source>no liaison statement %1</source>
        <translation>no existe la declaración de coordinación %1</translation>
    </message>
    <message>
        <source>no working group %1</source>
        <translation>no existe el grupo de trabajo %1</translation>
    </message>
    <message>
        <source>indexing %1/%2 %3</source>
        <translation>indexando %1/%2 %3</translation>
    </message>
    <message>
        <source>cannot read %1</source>
        <translation>no se puede leer %1</translation>
    </message>
    <message>
        <source>usage: search WORDS... (&quot;a phrase&quot;, prefix*)</source>
        <translation>uso: search PALABRAS... (&quot;una frase&quot;, prefijo*)</translation>
    </message>
    <message>
        <source>usage: allocate DOCUMENT --wg WG [--item ITEM]</source>
        <translation>uso: allocate DOCUMENTO --wg WG [--item PUNTO]</translation>
    </message>
    <message>
        <source>usage: current ITEM</source>
        <translation>uso: current PUNTO</translation>
    </message>
    <message>
        <source>Now on agenda item %1</source>
        <translation>Ahora en el punto %1 del orden del día</translation>
    </message>
    <message>
        <source>usage: outcome ITEM [--doc DOCUMENT]... --status STATUS [--text TEXT] [--to NEW-NUMBER]</source>
        <translation>uso: outcome PUNTO [--doc DOCUMENTO]... --status ESTADO [--text TEXTO] [--to NUEVO-NÚMERO]</translation>
    </message>
    <message>
        <source>unknown status &apos;%1&apos; (one of: %2)</source>
        <translation>estado desconocido &apos;%1&apos; (uno de: %2)</translation>
    </message>
    <message>
        <source>usage: liaison new --title TITLE --to BODY [--to BODY]... [--for action|comment|information] [--doc ATTACHMENT]... [--item ITEM]</source>
        <translation>uso: liaison new --title TÍTULO --to ORGANISMO [--to ORGANISMO]... [--for action|comment|information] [--doc ANEXO]... [--item PUNTO]</translation>
    </message>
    <message>
        <source>--for takes action, comment or information</source>
        <translation>--for admite action, comment o information</translation>
    </message>
    <message>
        <source>usage: session</source>
        <translation>uso: session</translation>
    </message>
    <message>
        <source>outcomes:</source>
        <translation>resultados:</translation>
    </message>
    <message>
        <source>liaison statements:</source>
        <translation>declaraciones de coordinación:</translation>
    </message>
    <message>
        <source> (item %1)</source>
        <translation> (punto %1)</translation>
    </message>
    <message>
        <source>current item: %1</source>
        <translation>punto actual: %1</translation>
    </message>
    <message>
        <source>usage: publish URL [--keep-mine | --take-theirs]</source>
        <translation>uso: publish URL [--keep-mine | --take-theirs]</translation>
    </message>
    <message>
        <source>merged from the server: %1</source>
        <translation>fusionado desde el servidor: %1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>aviso: %1</translation>
    </message>
    <message>
        <source>conflict: %1</source>
        <translation>conflicto: %1</translation>
    </message>
    <message>
        <source>conflict: not published; publish again with --keep-mine or --take-theirs</source>
        <translation>conflicto: no se ha publicado; vuelva a publicar con --keep-mine o --take-theirs</translation>
    </message>
    <message>
        <source>usage: follow URL [--once]</source>
        <translation>uso: follow URL [--once]</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>orden desconocida &apos;%1&apos;</translation>
    </message>
    <message>
        <source>plenary-cli: cannot open %1: %2</source>
        <translation>plenary-cli: no se puede abrir %1: %2</translation>
    </message>
    <message>
        <source>plenary-cli: there is no current meeting; sync or import one first</source>
        <translation>plenary-cli: no hay ninguna reunión actual; sincronice o importe una primero</translation>
    </message>
    <message>
        <source>plenary-cli: %1</source>
        <translation>plenary-cli: %1</translation>
    </message>
    <message>
        <source>plenary-cli: numbers are given by %1</source>
        <translation>plenary-cli: los números los asigna %1</translation>
    </message>
    <message>
        <source>plenary-cli: warning: the contribution deadline (%1, end of the day, UTC) passed %2 ago; the secretariat may not accept it for this meeting</source>
        <translation>plenary-cli: aviso: la fecha límite para contribuciones (%1, fin del día, UTC) pasó hace %2; puede que la Secretaría no la acepte para esta reunión</translation>
    </message>
    <message>
        <source>Submitted %1 (%2 bytes) to %3</source>
        <translation>Enviado %1 (%2 bytes) a %3</translation>
    </message>
</context>
<context>
    <name>Plenary::DemoMeeting</name>
    <message>
        <source>the bundled demo meeting is missing from this build</source>
        <translation>falta la reunión de demostración incluida en esta compilación</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>no se puede crear %1</translation>
    </message>
</context>
<context>
    <name>Plenary::DirectoryListing</name>
    <message>
        <source>empty name</source>
        <translation>nombre vacío</translation>
    </message>
    <message>
        <source>the name contains &apos;..&apos;</source>
        <translation>el nombre contiene &apos;..&apos;</translation>
    </message>
    <message>
        <source>the name contains a slash</source>
        <translation>el nombre contiene una barra</translation>
    </message>
    <message>
        <source>the name contains a backslash</source>
        <translation>el nombre contiene una barra invertida</translation>
    </message>
    <message>
        <source>the name contains a control character</source>
        <translation>el nombre contiene un carácter de control</translation>
    </message>
    <message>
        <source>the name contains a bidirectional control character</source>
        <translation>el nombre contiene un carácter de control bidireccional</translation>
    </message>
    <message>
        <source>the name is longer than 255 characters</source>
        <translation>el nombre tiene más de 255 caracteres</translation>
    </message>
    <message>
        <source>%1: points outside the meeting folder</source>
        <translation>%1: apunta fuera de la carpeta de la reunión</translation>
    </message>
    <message>
        <source>the name is &apos;.&apos;</source>
        <translation>el nombre es &apos;.&apos;</translation>
    </message>
    <message>
        <source>the name has digits that only look like 0-9</source>
        <translation>el nombre tiene dígitos que solo se parecen a 0-9</translation>
    </message>
    <message>
        <source>the name mixes digits of different scripts</source>
        <translation>el nombre mezcla dígitos de distintas escrituras</translation>
    </message>
</context>
<context>
    <name>Plenary::DocumentDetailsPanel</name>
    <message>
        <source>Select a document to see its details.</source>
        <translation>Seleccione un documento para ver sus detalles.</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Fuente:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Tipo:</translation>
    </message>
    <message>
        <source>Working group:</source>
        <translation>Grupo de trabajo:</translation>
    </message>
    <message>
        <source>Agenda item:</source>
        <translation>Punto del orden del día:</translation>
    </message>
    <message>
        <source>Received:</source>
        <translation>Recibido:</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>Resultado:</translation>
    </message>
    <message>
        <source>Revisions:</source>
        <translation>Revisiones:</translation>
    </message>
    <message>
        <source>Files:</source>
        <translation>Archivos:</translation>
    </message>
    <message>
        <source>Abstract:</source>
        <translation>Resumen:</translation>
    </message>
    <message>
        <source>%1, for %2</source>
        <translation>%1, para %2</translation>
    </message>
    <message>
        <source>%1 - %2</source>
        <translation>%1 - %2</translation>
    </message>
    <message>
        <source>not allocated</source>
        <translation>sin asignar</translation>
    </message>
    <message>
        <source>after the contribution deadline of %1</source>
        <translation>después de la fecha límite para contribuciones (%1)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>replaces %1</source>
        <translation>sustituye a %1</translation>
    </message>
    <message>
        <source>replaced by %1</source>
        <translation>sustituido por %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>Plenary::DocumentTableModel</name>
    <message>
        <source>Received after the contribution deadline (%1)</source>
        <translation>Recibido después de la fecha límite para contribuciones (%1)</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Finalidad</translation>
    </message>
    <message>
        <source>WG</source>
        <translation>WG</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Punto</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Replaced by</source>
        <translation>Sustituido por</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <source>Local copy</source>
        <translation>Copia local</translation>
    </message>
</context>
<context>
    <name>Plenary::DocumentTableView</name>
    <message>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Columnas</translation>
    </message>
</context>
<context>
    <name>Plenary::FindReplaceBar</name>
    <message>
        <source>Match &amp;case</source>
        <translation>Distinguir &amp;mayúsculas</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>Reemplazar con</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>&amp;Anterior</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Siguiente</translation>
    </message>
    <message>
        <source>Close (Escape)</source>
        <translation>Cerrar (Escape)</translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation>Cerrar la barra de búsqueda</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Reemplazar</translation>
    </message>
    <message>
        <source>Replace &amp;All</source>
        <translation>Reemplazar &amp;todo</translation>
    </message>
    <message>
        <source>Wrapped around</source>
        <translation>Búsqueda reanudada desde el otro extremo</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>No encontrado</translation>
    </message>
    <message numerus="yes">
        <source>%n replacement(s)</source>
        <translation>
            <numerusform>%n reemplazo</numerusform>
            <numerusform>%n reemplazos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Plenary::FtpClient</name>
    <message>
        <source>%1 refused the user name or password.</source>
        <translation>%1 rechazó el nombre de usuario o la contraseña.</translation>
    </message>
    <message>
        <source>%1 does not offer an encrypted connection (AUTH TLS).</source>
        <translation>%1 no ofrece una conexión cifrada (AUTH TLS).</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed; its certificate is not trusted or TLS could not be agreed: %2</source>
        <translation>Falló la conexión segura con %1; su certificado no es de confianza o no se pudo negociar TLS: %2</translation>
    </message>
    <message>
        <source>%1 is not on the server or may not be read: %2</source>
        <translation>%1 no está en el servidor o no se puede leer: %2</translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation>No se puede conectar con %1: %2</translation>
    </message>
    <message>
        <source>FTP error with %1: %2</source>
        <translation>Error de FTP con %1: %2</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>The listing of %1 is too large.</source>
        <translation>El listado de %1 es demasiado grande.</translation>
    </message>
    <message>
        <source>%1 already exists on the server; nothing was replaced.</source>
        <translation>%1 ya existe en el servidor; no se ha reemplazado nada.</translation>
    </message>
    <message>
        <source>%1 stopped answering, or answers too slowly: %2</source>
        <translation>%1 dejó de responder o responde demasiado despacio: %2</translation>
    </message>
</context>
<context>
    <name>Plenary::FtpListing</name>
    <message>
        <source>the name is not UTF-8</source>
        <translation>el nombre no está en UTF-8</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: a link</source>
        <translation>%1: un enlace</translation>
    </message>
    <message>
        <source>%1: a listing line not understood</source>
        <translation>%1: una línea del listado que no se entiende</translation>
    </message>
</context>
<context>
    <name>Plenary::FtpTransfer</name>
    <message>
        <source>the file is larger than the limit of %1</source>
        <translation>el archivo supera el límite de %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>the server sent more than the %1 bytes listed</source>
        <translation>el servidor envió más de los %1 bytes indicados</translation>
    </message>
    <message numerus="yes">
        <source>%1 (after %n attempt(s))</source>
        <translation>
            <numerusform>%1 (tras %n intento)</numerusform>
            <numerusform>%1 (tras %n intentos)</numerusform>
        </translation>
    </message>
    <message>
        <source>the transfer ended after %1 of %2 bytes</source>
        <translation>la transferencia terminó tras %1 de %2 bytes</translation>
    </message>
</context>
<context>
    <name>Plenary::Json</name>
    <message>
        <source>a boolean</source>
        <translation>un booleano</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un número</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>una cadena</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>una matriz</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objeto</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>falta</translation>
    </message>
    <message>
        <source>expected a string, found %1</source>
        <translation>se esperaba una cadena, se encontró %1</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>no puede estar vacío</translation>
    </message>
    <message>
        <source>expected an array, found %1</source>
        <translation>se esperaba una matriz, se encontró %1</translation>
    </message>
    <message>
        <source>expected an object, found %1</source>
        <translation>se esperaba un objeto, se encontró %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date (expected YYYY-MM-DD)</source>
        <translation>&apos;%1&apos; no es una fecha (se esperaba YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date and time (expected ISO 8601)</source>
        <translation>&apos;%1&apos; no es una fecha y hora (se esperaba ISO 8601)</translation>
    </message>
    <message>
        <source>unknown %1 &apos;%2&apos; (expected one of: %3)</source>
        <translation>%1 desconocido &apos;%2&apos; (se esperaba uno de: %3)</translation>
    </message>
    <message>
        <source>document type</source>
        <translation>tipo de documento</translation>
    </message>
    <message>
        <source>purpose</source>
        <translation>propósito</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>el archivo está vacío</translation>
    </message>
    <message>
        <source>line %1, column %2: %3%4</source>
        <translation>línea %1, columna %2: %3%4</translation>
    </message>
    <message>
        <source> (the file looks truncated)</source>
        <translation> (el archivo parece truncado)</translation>
    </message>
    <message>
        <source>expected a JSON object at the top level</source>
        <translation>se esperaba un objeto JSON en el nivel superior</translation>
    </message>
    <message>
        <source>unsupported format &apos;%1&apos; (this version of Plenary reads %2)</source>
        <translation>formato no admitido &apos;%1&apos; (esta versión de Plenary lee %2)</translation>
    </message>
    <message>
        <source>status</source>
        <translation>estado</translation>
    </message>
    <message>
        <source>expected a non-negative whole number, found %1</source>
        <translation>se esperaba un número entero no negativo, se encontró %1</translation>
    </message>
</context>
<context>
    <name>Plenary::KeychainCredentialStore</name>
    <message>
        <source>no keychain is available (%1)</source>
        <translation>no hay ningún llavero disponible (%1)</translation>
    </message>
    <message>
        <source>access to the keychain was refused</source>
        <translation>se denegó el acceso al llavero</translation>
    </message>
    <message>
        <source>the keychain did not answer</source>
        <translation>el llavero no respondió</translation>
    </message>
    <message>
        <source>the keychain entry for %1 is not Plenary&apos;s</source>
        <translation>la entrada del llavero para %1 no pertenece a Plenary</translation>
    </message>
</context>
<context>
    <name>Plenary::LiaisonDialog</name>
    <message>
        <source>&amp;Deadline:</source>
        <translation>Fecha &amp;límite:</translation>
    </message>
    <message>
        <source>Liaison Statement %1</source>
        <translation>Declaración de coordinación %1</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>e.g. Q1/17, Q2/17</source>
        <translation>p. ej., Q1/17, Q2/17</translation>
    </message>
    <message>
        <source>&amp;Question(s):</source>
        <translation>C&amp;uestión(es):</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;De:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>Agenda &amp;item:</source>
        <translation>Punto del &amp;orden del día:</translation>
    </message>
    <message>
        <source>A body from the list, or type one</source>
        <translation>Un organismo de la lista, o escriba uno</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>&amp;Para:</translation>
    </message>
    <message>
        <source>&amp;Cc:</source>
        <translation>&amp;Cc:</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comentarios</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Información</translation>
    </message>
    <message>
        <source>For:</source>
        <translation>Finalidad:</translation>
    </message>
    <message>
        <source>A&amp;pproval:</source>
        <translation>Apro&amp;bación:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Co&amp;ntact:</source>
        <translation>Co&amp;ntacto:</translation>
    </message>
    <message>
        <source>&amp;Body:</source>
        <translation>Te&amp;xto:</translation>
    </message>
    <message>
        <source>Meeting documents, e.g. FG-Smart-I-0012</source>
        <translation>Documentos de la reunión, p. ej., FG-Smart-I-0012</translation>
    </message>
    <message>
        <source>Attach&amp;ments:</source>
        <translation>Anexo&amp;s:</translation>
    </message>
    <message>
        <source>&amp;Liaison officer:</source>
        <translation>&amp;Responsable de coordinación:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>A liaison statement needs a title.</source>
        <translation>Una declaración de coordinación necesita un título.</translation>
    </message>
    <message>
        <source>A liaison statement needs at least one addressee (To).</source>
        <translation>Una declaración de coordinación necesita al menos un destinatario (Para).</translation>
    </message>
    <message>
        <source>%1 is not a document of this meeting.</source>
        <translation>%1 no es un documento de esta reunión.</translation>
    </message>
    <message>
        <source>Addressees</source>
        <translation>Destinatarios</translation>
    </message>
    <message>
        <source>New addressee</source>
        <translation>Nuevo destinatario</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Fecha límite</translation>
    </message>
</context>
<context>
    <name>Plenary::LibraryFilterButton</name>
    <message>
        <source>Library filters</source>
        <translation>Filtros de la biblioteca</translation>
    </message>
    <message>
        <source>Show only some documents: by working group, type, outcome, unread, late, with my notes</source>
        <translation>Mostrar solo algunos documentos: por grupo de trabajo, tipo, resultado, no leídos, fuera de plazo, con mis notas</translation>
    </message>
    <message>
        <source>&amp;Working Group</source>
        <translation>&amp;Grupo de trabajo</translation>
    </message>
    <message>
        <source>All Groups</source>
        <translation>Todos los grupos</translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation>&amp;Tipo</translation>
    </message>
    <message>
        <source>All Types</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation>&amp;Resultado</translation>
    </message>
    <message>
        <source>Any Outcome</source>
        <translation>Cualquier resultado</translation>
    </message>
    <message>
        <source>Not Treated Yet</source>
        <translation>Aún no tratado</translation>
    </message>
    <message>
        <source>&amp;Unread Only</source>
        <translation>Solo no &amp;leídos</translation>
    </message>
    <message>
        <source>Only documents you have not opened yet</source>
        <translation>Solo los documentos que aún no ha abierto</translation>
    </message>
    <message>
        <source>&amp;Late Only</source>
        <translation>Solo &amp;fuera de plazo</translation>
    </message>
    <message>
        <source>Only documents received after the contribution deadline</source>
        <translation>Solo los documentos recibidos después de la fecha límite para contribuciones</translation>
    </message>
    <message>
        <source>With My &amp;Notes</source>
        <translation>Con mis &amp;notas</translation>
    </message>
    <message>
        <source>Only documents you have written notes on</source>
        <translation>Solo los documentos sobre los que ha escrito notas</translation>
    </message>
    <message>
        <source>&amp;Clear Filters</source>
        <translation>&amp;Quitar filtros</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filtros</translation>
    </message>
    <message>
        <source>Filters (%1)</source>
        <translation>Filtros (%1)</translation>
    </message>
</context>
<context>
    <name>Plenary::LoginDialog</name>
    <message>
        <source>Sign In to %1</source>
        <translation>Iniciar sesión en %1</translation>
    </message>
    <message>
        <source>%1 asks for a user name and password to give the meeting documents.

%2</source>
        <translation>%1 solicita un nombre de usuario y una contraseña para facilitar los documentos de la reunión.

%2</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Nombre de usuario:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>&amp;Remember in the keychain</source>
        <translation>&amp;Recordar en el llavero</translation>
    </message>
    <message>
        <source>Keeps the password in the desktop&apos;s keychain, never in Plenary&apos;s settings; otherwise it is kept until Plenary quits.</source>
        <translation>Guarda la contraseña en el llavero del escritorio, nunca en la configuración de Plenary; de lo contrario, se conserva hasta que se cierre Plenary.</translation>
    </message>
    <message>
        <source>Sign In</source>
        <translation>Iniciar sesión</translation>
    </message>
</context>
<context>
    <name>Plenary::MainWindow</name>
    <message>
        <source>Plenary</source>
        <translation>Plenary</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>Opening the meeting...</source>
        <translation>Abriendo la reunión...</translation>
    </message>
    <message>
        <source>The meeting was not imported; nothing stored has changed.

%1</source>
        <translation>No se importó la reunión; no ha cambiado nada de lo almacenado.

%1</translation>
    </message>
    <message>
        <source>The password is kept until Plenary quits, not in the keychain: %1</source>
        <translation>La contraseña se conserva hasta que se cierre Plenary, no en el llavero: %1</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Orden del día</translation>
    </message>
    <message>
        <source>Docs</source>
        <translation>Docs.</translation>
    </message>
    <message>
        <source>Working groups</source>
        <translation>Grupos de trabajo</translation>
    </message>
    <message>
        <source>Drop documents on a working group to allocate them</source>
        <translation>Suelte documentos sobre un grupo de trabajo para asignárselos</translation>
    </message>
    <message>
        <source>Show All</source>
        <translation>Mostrar todo</translation>
    </message>
    <message>
        <source>Show the documents of every agenda item</source>
        <translation>Mostrar los documentos de todos los puntos del orden del día</translation>
    </message>
    <message>
        <source>Filter by number, title or source (Ctrl+F)</source>
        <translation>Filtrar por número, título o fuente (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter documents</source>
        <translation>Filtrar documentos</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Import Meeting...</source>
        <translation>&amp;Importar reunión...</translation>
    </message>
    <message>
        <source>Import a meeting.json manifest</source>
        <translation>Importar un manifiesto meeting.json</translation>
    </message>
    <message>
        <source>Open Meeting from &amp;URL...</source>
        <translation>Abrir reunión desde &amp;URL...</translation>
    </message>
    <message>
        <source>&amp;Sync Now</source>
        <translation>&amp;Sincronizar ahora</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Sa&amp;lir</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Copy Number and Title</source>
        <translation>&amp;Copiar número y título</translation>
    </message>
    <message>
        <source>Select &amp;All Documents</source>
        <translation>Seleccionar &amp;todos los documentos</translation>
    </message>
    <message>
        <source>&amp;Filter Documents</source>
        <translation>&amp;Filtrar documentos</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>Show &amp;All Documents</source>
        <translation>Mostrar &amp;todos los documentos</translation>
    </message>
    <message>
        <source>Show Document &amp;Details</source>
        <translation>Mostrar &amp;detalles del documento</translation>
    </message>
    <message>
        <source>&amp;Open Document</source>
        <translation>&amp;Abrir documento</translation>
    </message>
    <message>
        <source>Close Document &amp;Tab</source>
        <translation>Cerrar &amp;pestaña del documento</translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation>&amp;Biblioteca</translation>
    </message>
    <message>
        <source>Show &amp;Session</source>
        <translation>Mostrar &amp;sesión</translation>
    </message>
    <message>
        <source>Show My &amp;Notes</source>
        <translation>Mostrar mis &amp;notas</translation>
    </message>
    <message>
        <source>Show Searc&amp;h</source>
        <translation>Mostrar bús&amp;queda</translation>
    </message>
    <message>
        <source>&amp;Expand Agenda</source>
        <translation>&amp;Expandir orden del día</translation>
    </message>
    <message>
        <source>&amp;Collapse Agenda</source>
        <translation>&amp;Contraer orden del día</translation>
    </message>
    <message>
        <source>Go to A&amp;genda</source>
        <translation>Ir al &amp;orden del día</translation>
    </message>
    <message>
        <source>&amp;Meeting</source>
        <translation>&amp;Reunión</translation>
    </message>
    <message>
        <source>Meeting &amp;Information...</source>
        <translation>&amp;Información de la reunión...</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;About Plenary</source>
        <translation>&amp;Acerca de Plenary</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <source>%1 - Plenary</source>
        <translation>%1 - Plenary</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>Del %1 al %2</translation>
    </message>
    <message>
        <source>Chairman: %1</source>
        <translation>Presidente: %1</translation>
    </message>
    <message>
        <source>Synced from %1</source>
        <translation>Sincronizada desde %1</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n documento</numerusform>
            <numerusform>%n documentos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n received late</source>
        <translation>
            <numerusform>%n recibido fuera de plazo</numerusform>
            <numerusform>%n recibidos fuera de plazo</numerusform>
        </translation>
    </message>
    <message>
        <source>All documents</source>
        <translation>Todos los documentos</translation>
    </message>
    <message>
        <source>Item %1: %2</source>
        <translation>Punto %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n shown)</source>
        <translation>
            <numerusform>%1 (%n visible)</numerusform>
            <numerusform>%1 (%n visibles)</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Meeting</source>
        <translation>Importar reunión</translation>
    </message>
    <message>
        <source>Meeting manifests (*.json);;All files (*)</source>
        <translation>Manifiestos de reunión (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Importing %1...</source>
        <translation>Importando %1...</translation>
    </message>
    <message>
        <source>Open Meeting from URL</source>
        <translation>Abrir reunión desde URL</translation>
    </message>
    <message>
        <source>Address of the meeting folder (with a meeting.json or a directory listing):</source>
        <translation>Dirección de la carpeta de la reunión (con un meeting.json o un listado de directorio):</translation>
    </message>
    <message>
        <source>The meeting could not be synced.

%1</source>
        <translation>No se pudo sincronizar la reunión.

%1</translation>
    </message>
    <message>
        <source>Sync cancelled; it resumes where it stopped.</source>
        <translation>Sincronización cancelada; se reanudará donde se detuvo.</translation>
    </message>
    <message>
        <source>Sync complete: %1 downloaded, %2 updated, %3 withdrawn on server.</source>
        <translation>Sincronización completada: %1 descargados, %2 actualizados, %3 retirados en el servidor.</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message numerus="yes">
        <source>... and %n more</source>
        <translation>
            <numerusform>... y %n más</numerusform>
            <numerusform>... y %n más</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be synced:</source>
        <translation>
            <numerusform>No se pudo sincronizar %n archivo:</numerusform>
            <numerusform>No se pudieron sincronizar %n archivos:</numerusform>
        </translation>
    </message>
    <message>
        <source>My Notes</source>
        <translation>Mis notas</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Configuración</translation>
    </message>
    <message>
        <source>&amp;Configure Plenary...</source>
        <translation>&amp;Configurar Plenary...</translation>
    </message>
    <message>
        <source>Go to Doc&amp;uments</source>
        <translation>Ir a los doc&amp;umentos</translation>
    </message>
    <message numerus="yes">
        <source>%n name(s) listed by the server, not taken for safety:</source>
        <translation>
            <numerusform>%n nombre listado por el servidor, descartado por seguridad:</numerusform>
            <numerusform>%n nombres listados por el servidor, descartados por seguridad:</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync a meeting folder from a web or FTP server</source>
        <translation>Sincronizar una carpeta de reunión desde un servidor web o FTP</translation>
    </message>
    <message>
        <source>Su&amp;bmit Contribution...</source>
        <translation>Enviar contri&amp;bución...</translation>
    </message>
    <message>
        <source>Upload a contribution to the meeting&apos;s drop folder</source>
        <translation>Subir una contribución a la carpeta de entrega de la reunión</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http://, https://, ftp:// or ftps:// address.</source>
        <translation>«%1» no es una dirección http://, https://, ftp:// o ftps://.</translation>
    </message>
</context>
<context>
    <name>Plenary::ManifestBuilder</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the link points to nothing</source>
        <translation>el enlace no apunta a nada</translation>
    </message>
    <message>
        <source>the link points outside the folder</source>
        <translation>el enlace apunta fuera de la carpeta</translation>
    </message>
    <message numerus="yes">
        <source>folders more than %n level(s) down are left out</source>
        <translation>
            <numerusform>se omiten las carpetas a más de %n nivel de profundidad</numerusform>
            <numerusform>se omiten las carpetas a más de %n niveles de profundidad</numerusform>
        </translation>
    </message>
    <message>
        <source>the folder cannot be read</source>
        <translation>no se puede leer la carpeta</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>no es un archivo normal</translation>
    </message>
    <message>
        <source>no document number can be made from the name</source>
        <translation>no se puede obtener un número de documento a partir del nombre</translation>
    </message>
    <message>
        <source>the file changed while it was read</source>
        <translation>el archivo cambió mientras se leía</translation>
    </message>
    <message>
        <source>No folder was given.</source>
        <translation>No se indicó ninguna carpeta.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>La carpeta %1 no existe.</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 no es una carpeta.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be read.</source>
        <translation>No se puede leer la carpeta %1.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>The manifest made from %1 is not valid: %2</source>
        <translation>El manifiesto generado a partir de %1 no es válido: %2</translation>
    </message>
</context>
<context>
    <name>Plenary::MeetingInfoDialog</name>
    <message>
        <source>Meeting Information</source>
        <translation>Información de la reunión</translation>
    </message>
    <message>
        <source>Meeting:</source>
        <translation>Reunión:</translation>
    </message>
    <message>
        <source>Group:</source>
        <translation>Grupo:</translation>
    </message>
    <message>
        <source>Venue:</source>
        <translation>Lugar:</translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation>Fechas:</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>Del %1 al %2</translation>
    </message>
    <message>
        <source>Contribution deadline:</source>
        <translation>Fecha límite para contribuciones:</translation>
    </message>
    <message>
        <source>Languages:</source>
        <translation>Idiomas:</translation>
    </message>
    <message>
        <source>Chairman:</source>
        <translation>Presidente:</translation>
    </message>
    <message>
        <source>Vice-chairmen:</source>
        <translation>Vicepresidentes:</translation>
    </message>
    <message>
        <source>Secretariat:</source>
        <translation>Secretaría:</translation>
    </message>
    <message>
        <source>Drop folder:</source>
        <translation>Carpeta de entrega:</translation>
    </message>
    <message>
        <source>Document numbers:</source>
        <translation>Números de documento:</translation>
    </message>
    <message>
        <source>%1 - %2</source>
        <translation>%1 - %2</translation>
    </message>
    <message>
        <source>Leaders:</source>
        <translation>Responsables:</translation>
    </message>
    <message>
        <source>to be nominated</source>
        <translation>por designar</translation>
    </message>
    <message>
        <source>Terms of reference:</source>
        <translation>Mandato:</translation>
    </message>
</context>
<context>
    <name>Plenary::MeetingJson</name>
    <message>
        <source>the agenda is nested more than 8 levels deep</source>
        <translation>el orden del día tiene más de 8 niveles de anidamiento</translation>
    </message>
    <message>
        <source>duplicate agenda item id &apos;%1&apos;</source>
        <translation>id de punto del orden del día duplicado &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>ends before it starts</source>
        <translation>termina antes de empezar</translation>
    </message>
    <message>
        <source>duplicate working group id &apos;%1&apos;</source>
        <translation>id de grupo de trabajo duplicado &apos;%1&apos;</translation>
    </message>
    <message>
        <source>duplicate file &apos;%1&apos;</source>
        <translation>archivo duplicado &apos;%1&apos;</translation>
    </message>
    <message>
        <source>expected 64 hexadecimal digits</source>
        <translation>se esperaban 64 dígitos hexadecimales</translation>
    </message>
    <message>
        <source>duplicate document number &apos;%1&apos;</source>
        <translation>número de documento duplicado &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown agenda item &apos;%1&apos;</source>
        <translation>punto del orden del día desconocido &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown working group &apos;%1&apos;</source>
        <translation>grupo de trabajo desconocido &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1: the file is larger than 256 MB</source>
        <translation>%1: el archivo supera los 256 MB</translation>
    </message>
    <message>
        <source>an empty part of the path (a leading, trailing or double slash)</source>
        <translation>una parte vacía de la ruta (una barra inicial, final o doble)</translation>
    </message>
    <message>
        <source>more than %1 folders deep</source>
        <translation>más de %1 carpetas de profundidad</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a safe file name or relative path: %2</source>
        <translation>&apos;%1&apos; no es un nombre de archivo ni una ruta relativa seguros: %2</translation>
    </message>
</context>
<context>
    <name>Plenary::NotesExport</name>
    <message>
        <source>My notes: %1</source>
        <translation>Mis notas: %1</translation>
    </message>
    <message>
        <source>*No notes and no positions yet.*</source>
        <translation>*Todavía no hay notas ni posiciones.*</translation>
    </message>
    <message>
        <source>**My position:** %1</source>
        <translation>**Mi posición:** %1</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Página %1</translation>
    </message>
</context>
<context>
    <name>Plenary::NotesPanel</name>
    <message>
        <source>&amp;Delete Note</source>
        <translation>&amp;Eliminar nota</translation>
    </message>
    <message>
        <source>My position</source>
        <translation>Mi posición</translation>
    </message>
    <message>
        <source>No position</source>
        <translation>Sin posición</translation>
    </message>
    <message>
        <source>My notes on this document</source>
        <translation>Mis notas sobre este documento</translation>
    </message>
    <message>
        <source>A note on the page the reader shows</source>
        <translation>Una nota sobre la página que muestra el lector</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Your note: private, never published</source>
        <translation>Su nota: privada, nunca se publica</translation>
    </message>
    <message>
        <source>&amp;Position:</source>
        <translation>&amp;Posición:</translation>
    </message>
    <message>
        <source>Kept at %1</source>
        <translation>Guardada a las %1</translation>
    </message>
    <message>
        <source>Your note was not kept: %1</source>
        <translation>No se guardó su nota: %1</translation>
    </message>
    <message>
        <source>Note on Page %1</source>
        <translation>Nota en la página %1</translation>
    </message>
    <message>
        <source>Note on Page</source>
        <translation>Nota en la página</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>Select a document to keep notes on it.</source>
        <translation>Seleccione un documento para tomar notas sobre él.</translation>
    </message>
    <message>
        <source>Taken on %1, an earlier version.</source>
        <translation>Adoptada sobre %1, una versión anterior.</translation>
    </message>
    <message>
        <source>Whole document</source>
        <translation>Todo el documento</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Página %1</translation>
    </message>
    <message>
        <source>From %1, %2</source>
        <translation>De %1, %2</translation>
    </message>
    <message>
        <source>(earlier version)</source>
        <translation>(versión anterior)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Written on %1, which this document revises.</source>
        <translation>Escrita sobre %1, que este documento revisa.</translation>
    </message>
    <message>
        <source>Written on an earlier version of this document: its file has changed since.</source>
        <translation>Escrita sobre una versión anterior de este documento: su archivo ha cambiado desde entonces.</translation>
    </message>
</context>
<context>
    <name>Plenary::OfficeConverter</name>
    <message>
        <source>Cannot create the cache folder %1.</source>
        <translation>No se puede crear la carpeta de caché %1.</translation>
    </message>
    <message>
        <source>Cannot prepare LibreOffice&apos;s profile in %1.</source>
        <translation>No se puede preparar el perfil de LibreOffice en %1.</translation>
    </message>
    <message>
        <source>%1 is not there.</source>
        <translation>%1 no existe.</translation>
    </message>
    <message>
        <source>LibreOffice is not installed: office documents cannot be converted.</source>
        <translation>LibreOffice no está instalado: no se pueden convertir los documentos ofimáticos.</translation>
    </message>
    <message>
        <source>%1 is too large to convert (%2 MB).</source>
        <translation>%1 es demasiado grande para convertirlo (%2 MB).</translation>
    </message>
    <message>
        <source>Cannot copy %1 for conversion.</source>
        <translation>No se puede copiar %1 para convertirlo.</translation>
    </message>
    <message>
        <source>LibreOffice could not be started: %1</source>
        <translation>No se pudo iniciar LibreOffice: %1</translation>
    </message>
    <message>
        <source>LibreOffice could not convert %1.</source>
        <translation>LibreOffice no pudo convertir %1.</translation>
    </message>
    <message>
        <source>LibreOffice could not convert %1: %2</source>
        <translation>LibreOffice no pudo convertir %1: %2</translation>
    </message>
    <message>
        <source>Cannot keep the converted PDF in %1.</source>
        <translation>No se puede guardar el PDF convertido en %1.</translation>
    </message>
    <message numerus="yes">
        <source>LibreOffice took longer than %n seconds to convert %1.</source>
        <translation>
            <numerusform>LibreOffice tardó más de %n segundo en convertir %1.</numerusform>
            <numerusform>LibreOffice tardó más de %n segundos en convertir %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Plenary::PdfReader</name>
    <message>
        <source>p. %1: %2%3%4</source>
        <translation>pág. %1: %2%3%4</translation>
    </message>
    <message>
        <source>Document pages</source>
        <translation>Páginas del documento</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>Esquema</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Resultados de la búsqueda</translation>
    </message>
    <message>
        <source>Show the outline</source>
        <translation>Mostrar el esquema</translation>
    </message>
    <message>
        <source>‹</source>
        <translation>‹</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Página anterior</translation>
    </message>
    <message>
        <source>›</source>
        <translation>›</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Página siguiente</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Página</translation>
    </message>
    <message>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Alejar</translation>
    </message>
    <message>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Acercar</translation>
    </message>
    <message>
        <source>Fit Width</source>
        <translation>Ajustar al ancho</translation>
    </message>
    <message>
        <source>Fit the page width</source>
        <translation>Ajustar al ancho de la página</translation>
    </message>
    <message>
        <source>Fit Page</source>
        <translation>Ajustar a la página</translation>
    </message>
    <message>
        <source>Fit the whole page</source>
        <translation>Ajustar la página completa</translation>
    </message>
    <message>
        <source>Find in document</source>
        <translation>Buscar en el documento</translation>
    </message>
    <message>
        <source>The PDF is protected by a password.</source>
        <translation>El PDF está protegido con contraseña.</translation>
    </message>
    <message>
        <source>This file is not a PDF that can be shown.</source>
        <translation>Este archivo no es un PDF que se pueda mostrar.</translation>
    </message>
    <message>
        <source>This PDF has no pages.</source>
        <translation>Este PDF no tiene páginas.</translation>
    </message>
    <message>
        <source>of %1</source>
        <translation>de %1</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>Ancho</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>Plenary::RateGuard</name>
    <message>
        <source>the server sent less than %1 per second; given up</source>
        <translation>el servidor envió menos de %1 por segundo; se abandonó</translation>
    </message>
</context>
<context>
    <name>Plenary::ReaderTabs</name>
    <message>
        <source>Library</source>
        <translation>Biblioteca</translation>
    </message>
    <message>
        <source>Converting %1 to PDF with LibreOffice...</source>
        <translation>Convirtiendo %1 a PDF con LibreOffice...</translation>
    </message>
    <message>
        <source>Opening %1...</source>
        <translation>Abriendo %1...</translation>
    </message>
    <message>
        <source>Opening %1 from %2...</source>
        <translation>Abriendo %1 desde %2...</translation>
    </message>
    <message>
        <source>Open Document</source>
        <translation>Abrir documento</translation>
    </message>
    <message>
        <source>%1 cannot be shown: %2</source>
        <translation>%1 no se puede mostrar: %2</translation>
    </message>
    <message>
        <source>%1 is an office document, and LibreOffice is not installed to show it here.</source>
        <translation>%1 es un documento ofimático y LibreOffice no está instalado para mostrarlo aquí.</translation>
    </message>
    <message>
        <source>%1 could not be shown here: %2</source>
        <translation>%1 no se pudo mostrar aquí: %2</translation>
    </message>
    <message>
        <source>Open it with the system&apos;s application?</source>
        <translation>¿Desea abrirlo con la aplicación del sistema?</translation>
    </message>
    <message>
        <source>%1 cannot be shown in Plenary.</source>
        <translation>%1 no se puede mostrar en Plenary.</translation>
    </message>
    <message>
        <source>In the archive: %1</source>
        <translation>En el archivo comprimido: %1</translation>
    </message>
    <message>
        <source>Shown as converted to PDF by LibreOffice</source>
        <translation>Se muestra convertido a PDF por LibreOffice</translation>
    </message>
    <message>
        <source>%1 opened</source>
        <translation>%1 abierto</translation>
    </message>
    <message>
        <source>%1 opened where you left it</source>
        <translation>%1 abierto donde lo dejó</translation>
    </message>
</context>
<context>
    <name>Plenary::ReportExporter</name>
    <message>
        <source>exporting to PDF or ODT needs a graphical application (fonts)</source>
        <translation>la exportación a PDF u ODT requiere una aplicación gráfica (tipos de letra)</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>Plenary::ReportTemplate</name>
    <message>
        <source>action</source>
        <translation>acción</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>comentarios</translation>
    </message>
    <message>
        <source>information</source>
        <translation>información</translation>
    </message>
    <message>
        <source>%1 “%2” to %3 (for %4): %5</source>
        <translation>%1 «%2» a %3 (para %4): %5</translation>
    </message>
    <message>
        <source>; liaison officer: %1</source>
        <translation>; responsable de coordinación: %1</translation>
    </message>
    <message>
        <source>Revised to %1</source>
        <translation>Revisado en %1</translation>
    </message>
    <message>
        <source>Merged into %1</source>
        <translation>Fusionado en %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Report of the meeting: %1</source>
        <translation>Informe de la reunión: %1</translation>
    </message>
    <message>
        <source>Report of %1: %2</source>
        <translation>Informe de %1: %2</translation>
    </message>
    <message>
        <source>Report of %1</source>
        <translation>Informe de %1</translation>
    </message>
    <message>
        <source>- **Leaders:** %1</source>
        <translation>- **Responsables:** %1</translation>
    </message>
    <message>
        <source>## Terms of reference</source>
        <translation>## Mandato</translation>
    </message>
    <message>
        <source>*No terms of reference are recorded for %1.*</source>
        <translation>*No hay ningún mandato registrado para %1.*</translation>
    </message>
    <message>
        <source>## Contributions</source>
        <translation>## Contribuciones</translation>
    </message>
    <message>
        <source>*No documents are allocated to %1.*</source>
        <translation>*No hay documentos asignados a %1.*</translation>
    </message>
    <message>
        <source>- **Source:** %1</source>
        <translation>- **Fuente:** %1</translation>
    </message>
    <message>
        <source>- **Agenda item:** %1</source>
        <translation>- **Punto del orden del día:** %1</translation>
    </message>
    <message>
        <source>- **Replaces:** %1</source>
        <translation>- **Sustituye a:** %1</translation>
    </message>
    <message>
        <source>- **Outcome:** %1</source>
        <translation>- **Resultado:** %1</translation>
    </message>
    <message>
        <source>not yet treated</source>
        <translation>aún no tratado</translation>
    </message>
    <message>
        <source>## Liaison statements</source>
        <translation>## Declaraciones de coordinación</translation>
    </message>
    <message>
        <source>*No outgoing liaison statement attaches a document of %1.*</source>
        <translation>*Ninguna declaración de coordinación saliente adjunta un documento de %1.*</translation>
    </message>
    <message>
        <source>## Summary</source>
        <translation>## Resumen</translation>
    </message>
    <message>
        <source>- **Chairman:** %1</source>
        <translation>- **Presidente:** %1</translation>
    </message>
    <message>
        <source>- **Vice-chairmen:** %1</source>
        <translation>- **Vicepresidentes:** %1</translation>
    </message>
    <message>
        <source>| Document | Title | Source | Outcome |</source>
        <translation>| Documento | Título | Fuente | Resultado |</translation>
    </message>
    <message>
        <source>not treated</source>
        <translation>no tratado</translation>
    </message>
    <message>
        <source>## Working groups</source>
        <translation>## Grupos de trabajo</translation>
    </message>
    <message>
        <source>## Outgoing liaison statements</source>
        <translation>## Declaraciones de coordinación salientes</translation>
    </message>
    <message>
        <source>| Liaison statement | Title | To | Status | Liaison officer |</source>
        <translation>| Declaración de coordinación | Título | Para | Estado | Responsable de coordinación |</translation>
    </message>
    <message>
        <source>Agreed to at the %1 meeting, %2, %3</source>
        <translation>Acordada en la reunión de %1, %2, %3</translation>
    </message>
    <message>
        <source>Liaison statement</source>
        <translation>Declaración de coordinación</translation>
    </message>
    <message>
        <source>Question(s):</source>
        <translation>Cuestión(es):</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Meeting:</source>
        <translation>Reunión:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Fuente:</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Título:</translation>
    </message>
    <message>
        <source>## LIAISON STATEMENT</source>
        <translation>## DECLARACIÓN DE COORDINACIÓN</translation>
    </message>
    <message>
        <source>For action to:</source>
        <translation>Para acción a:</translation>
    </message>
    <message>
        <source>For comment to:</source>
        <translation>Para comentarios a:</translation>
    </message>
    <message>
        <source>For information to:</source>
        <translation>Para información a:</translation>
    </message>
    <message>
        <source>Cc:</source>
        <translation>Cc:</translation>
    </message>
    <message>
        <source>Approval:</source>
        <translation>Aprobación:</translation>
    </message>
    <message>
        <source>Deadline:</source>
        <translation>Fecha límite:</translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation>Contacto:</translation>
    </message>
    <message>
        <source>**Attachments:**</source>
        <translation>**Anexos:**</translation>
    </message>
</context>
<context>
    <name>Plenary::ReportWindow</name>
    <message>
        <source>Report</source>
        <translation>Informe</translation>
    </message>
    <message>
        <source>Report text (Markdown)</source>
        <translation>Texto del informe (Markdown)</translation>
    </message>
    <message>
        <source>Opening the report...</source>
        <translation>Abriendo el informe...</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>&amp;Report</source>
        <translation>&amp;Informe</translation>
    </message>
    <message>
        <source>&amp;Save Now</source>
        <translation>&amp;Guardar ahora</translation>
    </message>
    <message>
        <source>&amp;Refresh from Session</source>
        <translation>&amp;Actualizar desde la sesión</translation>
    </message>
    <message>
        <source>Bring in what the session recorded since the report was made; what you wrote stays as you wrote it</source>
        <translation>Incorporar lo que la sesión ha registrado desde que se creó el informe; lo que usted escribió se mantiene tal cual</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <source>As &amp;PDF...</source>
        <translation>Como &amp;PDF...</translation>
    </message>
    <message>
        <source>As &amp;ODT (LibreOffice, Word)...</source>
        <translation>Como &amp;ODT (LibreOffice, Word)...</translation>
    </message>
    <message>
        <source>As &amp;Markdown...</source>
        <translation>Como &amp;Markdown...</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;Find...</source>
        <translation>&amp;Buscar...</translation>
    </message>
    <message>
        <source>R&amp;eplace...</source>
        <translation>Reem&amp;plazar...</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>Buscar &amp;siguiente</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>Buscar a&amp;nterior</translation>
    </message>
    <message>
        <source>Saved at %1</source>
        <translation>Guardado a las %1</translation>
    </message>
    <message numerus="yes">
        <source>Refreshed from the session: %n change(s) brought in</source>
        <translation>
            <numerusform>Actualizado desde la sesión: %n cambio incorporado</numerusform>
            <numerusform>Actualizado desde la sesión: %n cambios incorporados</numerusform>
        </translation>
    </message>
    <message>
        <source>Refresh from Session</source>
        <translation>Actualizar desde la sesión</translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) that you had edited were left as you wrote them. What the session has there now is in the details.</source>
        <translation>
            <numerusform>%n pasaje que usted había editado se ha dejado tal como lo escribió. Lo que la sesión tiene ahora en ese lugar figura en los detalles.</numerusform>
            <numerusform>%n pasajes que usted había editado se han dejado tal como los escribió. Lo que la sesión tiene ahora en esos lugares figura en los detalles.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exportado a %1</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>The report was not exported.

%1</source>
        <translation>No se exportó el informe.

%1</translation>
    </message>
    <message>
        <source>%1 — Plenary</source>
        <translation>%1 — Plenary</translation>
    </message>
    <message>
        <source>Write the report in Markdown.</source>
        <translation>Escriba el informe en Markdown.</translation>
    </message>
    <message>
        <source>Last saved %1</source>
        <translation>Guardado por última vez: %1</translation>
    </message>
    <message>
        <source>Editing...</source>
        <translation>Editando...</translation>
    </message>
    <message>
        <source>Refreshing from the session...</source>
        <translation>Actualizando desde la sesión...</translation>
    </message>
    <message>
        <source>Exporting...</source>
        <translation>Exportando...</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>Exportar informe</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>OpenDocument text (*.odt)</source>
        <translation>Texto OpenDocument (*.odt)</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n palabra</numerusform>
            <numerusform>%n palabras</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Plenary::ReportsController</name>
    <message>
        <source>Exported to %1</source>
        <translation>Exportado a %1</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Nothing was exported.

%1</source>
        <translation>No se exportó nada.

%1</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>&amp;Informes</translation>
    </message>
    <message>
        <source>&amp;Meeting Report</source>
        <translation>Informe de la &amp;reunión</translation>
    </message>
    <message>
        <source>&amp;Working-Group Report</source>
        <translation>Informe de &amp;grupo de trabajo</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <source>&amp;Meeting Report...</source>
        <translation>Informe de la &amp;reunión...</translation>
    </message>
    <message>
        <source>&amp;Liaison Statement</source>
        <translation>&amp;Declaración de coordinación</translation>
    </message>
    <message>
        <source>My &amp;Notes...</source>
        <translation>Mis &amp;notas...</translation>
    </message>
    <message>
        <source>My notes %1</source>
        <translation>Mis notas %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2...</source>
        <translation>%1: %2...</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>OpenDocument text (*.odt)</source>
        <translation>Texto OpenDocument (*.odt)</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Exporting to %1...</source>
        <translation>Exportando a %1...</translation>
    </message>
</context>
<context>
    <name>Plenary::SearchController</name>
    <message>
        <source>Search</source>
        <translation>Búsqueda</translation>
    </message>
    <message>
        <source>&amp;Search All Documents...</source>
        <translation>&amp;Buscar en todos los documentos...</translation>
    </message>
    <message>
        <source>Find words in every document of the meeting</source>
        <translation>Buscar palabras en todos los documentos de la reunión</translation>
    </message>
    <message>
        <source>Indexing %1 of %2</source>
        <translation>Indexando %1 de %2</translation>
    </message>
    <message>
        <source>The search index could not be updated: %1</source>
        <translation>No se pudo actualizar el índice de búsqueda: %1</translation>
    </message>
    <message>
        <source>Indexing stopped; searches find what was indexed so far.</source>
        <translation>Indexación detenida; las búsquedas encuentran lo indexado hasta ahora.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) searchable.</source>
        <translation>
            <numerusform>Se puede buscar en %n archivo.</numerusform>
            <numerusform>Se puede buscar en %n archivos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) without readable text.</source>
        <translation>
            <numerusform>%n archivo sin texto legible.</numerusform>
            <numerusform>%n archivos sin texto legible.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>y %n más</numerusform>
            <numerusform>y %n más</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Plenary::SearchPanel</name>
    <message>
        <source>%1  %2  p. %3</source>
        <translation>%1  %2  pág. %3</translation>
    </message>
    <message>
        <source>Search all documents</source>
        <translation>Buscar en todos los documentos</translation>
    </message>
    <message>
        <source>Words that must all occur; &quot;a phrase&quot; in quotes; demand* for words that begin so.</source>
        <translation>Palabras que deben aparecer todas; &quot;una frase&quot; entre comillas; demand* para las palabras que empiezan así.</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Resultados de la búsqueda</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Stop indexing; what is done is kept</source>
        <translation>Detener la indexación; lo ya hecho se conserva</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>La búsqueda falló: %1</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>No se encontró nada.</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) found</source>
        <translation>
            <numerusform>%n página encontrada</numerusform>
            <numerusform>%n páginas encontradas</numerusform>
        </translation>
    </message>
    <message>
        <source>Indexing %1 of %2 files...</source>
        <translation>Indexando %1 de %2 archivos...</translation>
    </message>
</context>
<context>
    <name>Plenary::SearchResultModel</name>
    <message>
        <source>%1, p. %2: %3</source>
        <translation>%1, pág. %2: %3</translation>
    </message>
    <message>
        <source>%1, %2, page %3: %4</source>
        <translation>%1, %2, página %3: %4</translation>
    </message>
</context>
<context>
    <name>Plenary::SessionController</name>
    <message>
        <source>Undone: %1</source>
        <translation>Deshecho: %1</translation>
    </message>
    <message>
        <source>&amp;Allocate To</source>
        <translation>Asi&amp;gnar a</translation>
    </message>
    <message>
        <source>&amp;Liaison Statements</source>
        <translation>&amp;Declaraciones de coordinación</translation>
    </message>
    <message>
        <source>Recorded: %1</source>
        <translation>Registrado: %1</translation>
    </message>
    <message>
        <source>Following %1</source>
        <translation>Siguiendo %1</translation>
    </message>
    <message>
        <source>Publishing to %1</source>
        <translation>Publicando en %1</translation>
    </message>
    <message>
        <source>You are following the chairman&apos;s session: it cannot be changed here (Meeting &gt; Stop Following).</source>
        <translation>Está siguiendo la sesión del Presidente: no se puede modificar aquí (Reunión &gt; Dejar de seguir).</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) taken out of their working group</source>
        <translation>
            <numerusform>%n documento quitado de su grupo de trabajo</numerusform>
            <numerusform>%n documentos quitados de su grupo de trabajo</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 allocated to %2</source>
        <translation>%1 asignado a %2</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) allocated to %1</source>
        <translation>
            <numerusform>%n documento asignado a %1</numerusform>
            <numerusform>%n documentos asignados a %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 allocated to item %2</source>
        <translation>%1 asignado al punto %2</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) allocated to item %1</source>
        <translation>
            <numerusform>%n documento asignado al punto %1</numerusform>
            <numerusform>%n documentos asignados al punto %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Go to agenda item %1</source>
        <translation>Ir al punto %1 del orden del día</translation>
    </message>
    <message>
        <source>item %1</source>
        <translation>punto %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Liaison statement %1 drafted</source>
        <translation>Declaración de coordinación %1 redactada</translation>
    </message>
    <message>
        <source>Liaison statement %1 edited</source>
        <translation>Declaración de coordinación %1 editada</translation>
    </message>
    <message>
        <source>%1  %2 (%3)</source>
        <translation>%1  %2 (%3)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>&amp;No Working Group</source>
        <translation>&amp;Sin grupo de trabajo</translation>
    </message>
    <message>
        <source>The &amp;Current Agenda Item</source>
        <translation>El punto &amp;actual del orden del día</translation>
    </message>
    <message>
        <source>No agenda item is being treated yet (Meeting &gt; Next Agenda Item).</source>
        <translation>Todavía no se está tratando ningún punto del orden del día (Reunión &gt; Punto siguiente del orden del día).</translation>
    </message>
    <message>
        <source>Agenda &amp;Item...</source>
        <translation>&amp;Punto del orden del día...</translation>
    </message>
    <message>
        <source>Allocate to Agenda Item</source>
        <translation>Asignar a un punto del orden del día</translation>
    </message>
    <message numerus="yes">
        <source>Allocate %n document(s) to:</source>
        <translation>
            <numerusform>Asignar %n documento a:</numerusform>
            <numerusform>Asignar %n documentos a:</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Previous Agenda Item</source>
        <translation>Punto &amp;anterior del orden del día</translation>
    </message>
    <message>
        <source>&amp;Next Agenda Item</source>
        <translation>Punto &amp;siguiente del orden del día</translation>
    </message>
    <message>
        <source>New Liaison &amp;Statement...</source>
        <translation>&amp;Nueva declaración de coordinación...</translation>
    </message>
    <message>
        <source>P&amp;ublish Session To...</source>
        <translation>&amp;Publicar la sesión en...</translation>
    </message>
    <message>
        <source>&amp;Follow Session At...</source>
        <translation>Segui&amp;r la sesión en...</translation>
    </message>
    <message>
        <source>Not following</source>
        <translation>Sin seguimiento</translation>
    </message>
    <message>
        <source>Publish Session</source>
        <translation>Publicar la sesión</translation>
    </message>
    <message>
        <source>The WebDAV folder (or session.json) where delegates will follow this session:</source>
        <translation>La carpeta WebDAV (o session.json) en la que los delegados seguirán esta sesión:</translation>
    </message>
    <message>
        <source>Publishing...</source>
        <translation>Publicando...</translation>
    </message>
    <message>
        <source>Follow Session</source>
        <translation>Seguir la sesión</translation>
    </message>
    <message>
        <source>The address where the chairman publishes the session:</source>
        <translation>La dirección en la que el Presidente publica la sesión:</translation>
    </message>
    <message>
        <source>Following...</source>
        <translation>Siguiendo...</translation>
    </message>
    <message>
        <source>Published (revision %1)</source>
        <translation>Publicada (revisión %1)</translation>
    </message>
    <message>
        <source>Merged from the server: %1</source>
        <translation>Fusionado desde el servidor: %1</translation>
    </message>
    <message>
        <source>Publishing</source>
        <translation>Publicando</translation>
    </message>
    <message>
        <source>Pending: the server cannot be reached</source>
        <translation>Pendiente: no se puede acceder al servidor</translation>
    </message>
    <message>
        <source>Not published</source>
        <translation>Sin publicar</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflicto</translation>
    </message>
    <message>
        <source>Publishing Conflict</source>
        <translation>Conflicto de publicación</translation>
    </message>
    <message>
        <source>Someone else published changes to the same things:</source>
        <translation>Otra persona ha publicado cambios en los mismos elementos:</translation>
    </message>
    <message>
        <source>Keep Mine</source>
        <translation>Conservar los míos</translation>
    </message>
    <message>
        <source>Take Theirs</source>
        <translation>Aceptar los suyos</translation>
    </message>
    <message>
        <source>Decide Later</source>
        <translation>Decidir más tarde</translation>
    </message>
    <message>
        <source>Following: %1</source>
        <translation>Siguiendo: %1</translation>
    </message>
    <message>
        <source>last good state kept</source>
        <translation>se conserva el último estado correcto</translation>
    </message>
    <message>
        <source>Following (revision %1)</source>
        <translation>Siguiendo (revisión %1)</translation>
    </message>
    <message>
        <source>Publish No&amp;w</source>
        <translation>Publicar a&amp;hora</translation>
    </message>
    <message>
        <source>St&amp;op Following</source>
        <translation>De&amp;jar de seguir</translation>
    </message>
</context>
<context>
    <name>Plenary::SessionFollower</name>
    <message>
        <source>%1 is not an http:// or https:// address</source>
        <translation>%1 no es una dirección http:// o https://</translation>
    </message>
    <message>
        <source>This meeting does not follow a published session.</source>
        <translation>Esta reunión no sigue ninguna sesión publicada.</translation>
    </message>
    <message>
        <source>%1 cannot be reached: %2</source>
        <translation>No se puede acceder a %1: %2</translation>
    </message>
    <message>
        <source>reading %1 failed: %2</source>
        <translation>falló la lectura de %1: %2</translation>
    </message>
    <message>
        <source>%1 is the session of meeting %2, not of %3</source>
        <translation>%1 es la sesión de la reunión %2, no de %3</translation>
    </message>
    <message>
        <source>%1 holds revision %2, older than the %3 already here; kept the newer</source>
        <translation>%1 contiene la revisión %2, anterior a la %3 que ya hay aquí; se ha conservado la más reciente</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Plenary::SessionHttp</name>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
</context>
<context>
    <name>Plenary::SessionJson</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>names neither a working group nor an agenda item</source>
        <translation>no indica ni un grupo de trabajo ni un punto del orden del día</translation>
    </message>
    <message>
        <source>the document number is empty</source>
        <translation>el número de documento está vacío</translation>
    </message>
    <message>
        <source>names neither an agenda item nor a document</source>
        <translation>no indica ni un punto del orden del día ni un documento</translation>
    </message>
    <message>
        <source>a revision names one document and its new number</source>
        <translation>una revisión indica un documento y su nuevo número</translation>
    </message>
    <message>
        <source>duplicate outcome id &apos;%1&apos;</source>
        <translation>id de resultado duplicado &apos;%1&apos;</translation>
    </message>
    <message>
        <source>duplicate liaison statement id &apos;%1&apos;</source>
        <translation>id de declaración de coordinación duplicado &apos;%1&apos;</translation>
    </message>
    <message>
        <source>duplicate document number &apos;%1&apos;</source>
        <translation>número de documento duplicado &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>Plenary::SessionPanel</name>
    <message>
        <source>Revised to %1</source>
        <translation>Revisado en %1</translation>
    </message>
    <message>
        <source>Merged into %1</source>
        <translation>Fusionado en %1</translation>
    </message>
    <message>
        <source>Previous agenda item (Alt+Page Up)</source>
        <translation>Punto anterior del orden del día (Alt+Page Up)</translation>
    </message>
    <message>
        <source>Previous agenda item</source>
        <translation>Punto anterior del orden del día</translation>
    </message>
    <message>
        <source>Next agenda item (Alt+Page Down)</source>
        <translation>Punto siguiente del orden del día (Alt+Page Down)</translation>
    </message>
    <message>
        <source>Next agenda item</source>
        <translation>Punto siguiente del orden del día</translation>
    </message>
    <message>
        <source>Documents under this item</source>
        <translation>Documentos de este punto</translation>
    </message>
    <message>
        <source>Documents under the current agenda item</source>
        <translation>Documentos del punto actual del orden del día</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>The next free number</source>
        <translation>El siguiente número libre</translation>
    </message>
    <message>
        <source>What the meeting decided, in a sentence</source>
        <translation>Lo que decidió la reunión, en una frase</translation>
    </message>
    <message>
        <source>&amp;Decision on:</source>
        <translation>&amp;Decisión sobre:</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Resultado:</translation>
    </message>
    <message>
        <source>&amp;New number:</source>
        <translation>&amp;Nuevo número:</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Texto:</translation>
    </message>
    <message>
        <source>&amp;Record Outcome</source>
        <translation>Re&amp;gistrar resultado</translation>
    </message>
    <message>
        <source>Record the outcome (Ctrl+Return)</source>
        <translation>Registrar el resultado (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Outcomes recorded under this item</source>
        <translation>Resultados registrados en este punto</translation>
    </message>
    <message>
        <source>Outcomes recorded under the current agenda item</source>
        <translation>Resultados registrados en el punto actual del orden del día</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Sobre</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>The meeting has not started</source>
        <translation>La reunión no ha comenzado</translation>
    </message>
    <message>
        <source>Agenda item %1 itself</source>
        <translation>El propio punto %1 del orden del día</translation>
    </message>
    <message>
        <source>the item</source>
        <translation>el punto</translation>
    </message>
    <message>
        <source>The number merged into</source>
        <translation>El número en el que se fusiona</translation>
    </message>
</context>
<context>
    <name>Plenary::SessionPublisher</name>
    <message>
        <source>%1 is not an http:// or https:// address</source>
        <translation>%1 no es una dirección http:// o https://</translation>
    </message>
    <message>
        <source>This meeting is not connected to a server for publishing.</source>
        <translation>Esta reunión no está conectada a ningún servidor para publicar.</translation>
    </message>
    <message>
        <source>%1 cannot be reached: %2</source>
        <translation>No se puede acceder a %1: %2</translation>
    </message>
    <message>
        <source>%1 does not accept publishing (PUT): %2</source>
        <translation>%1 no acepta publicaciones (PUT): %2</translation>
    </message>
    <message>
        <source>%1 does not check If-Match: if two people publish at the same moment, one can overwrite the other&apos;s changes. A server that checks it (Apache mod_dav) avoids this.</source>
        <translation>%1 no comprueba If-Match: si dos personas publican al mismo tiempo, una puede sobrescribir los cambios de la otra. Un servidor que lo compruebe (Apache mod_dav) evita este problema.</translation>
    </message>
    <message numerus="yes">
        <source>gave up after %n attempts: the session keeps changing on the server</source>
        <translation>
            <numerusform>se abandonó tras %n intento: la sesión sigue cambiando en el servidor</numerusform>
            <numerusform>se abandonó tras %n intentos: la sesión sigue cambiando en el servidor</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 stays locked by someone else</source>
        <translation>%1 sigue bloqueado por otra persona</translation>
    </message>
    <message>
        <source>the folder of %1 does not exist on the server</source>
        <translation>la carpeta de %1 no existe en el servidor</translation>
    </message>
    <message>
        <source>publishing to %1 failed: %2</source>
        <translation>falló la publicación en %1: %2</translation>
    </message>
    <message>
        <source>reading %1 failed: %2</source>
        <translation>falló la lectura de %1: %2</translation>
    </message>
    <message>
        <source>it is the session of meeting %1</source>
        <translation>es la sesión de la reunión %1</translation>
    </message>
    <message>
        <source>the session on the server cannot be merged (%1); publish keeping this copy to replace it</source>
        <translation>la sesión del servidor no se puede fusionar (%1); publique conservando esta copia para sustituirla</translation>
    </message>
    <message>
        <source>conflict with the session on the server: %1</source>
        <translation>conflicto con la sesión del servidor: %1</translation>
    </message>
</context>
<context>
    <name>Plenary::SettingsDialog</name>
    <message>
        <source>Add Server</source>
        <translation>Añadir servidor</translation>
    </message>
    <message>
        <source>Change Password</source>
        <translation>Cambiar contraseña</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Nombre de usuario:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>The password is kept in the desktop&apos;s keychain, never in Plenary&apos;s settings.</source>
        <translation>La contraseña se guarda en el llavero del escritorio, nunca en la configuración de Plenary.</translation>
    </message>
    <message>
        <source>Configure Plenary</source>
        <translation>Configurar Plenary</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;General</translation>
    </message>
    <message>
        <source>S&amp;ync</source>
        <translation>Si&amp;ncronización</translation>
    </message>
    <message>
        <source>Se&amp;rvers</source>
        <translation>Se&amp;rvidores</translation>
    </message>
    <message>
        <source>The keychain did not keep the password; it is kept until Plenary quits: %1</source>
        <translation>El llavero no guardó la contraseña; se conserva hasta que se cierre Plenary: %1</translation>
    </message>
    <message>
        <source>The keychain could not forget the password: %1</source>
        <translation>El llavero no pudo olvidar la contraseña: %1</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Plenary speaks the language chosen here from its next start.</source>
        <translation>Plenary usará el idioma elegido aquí a partir del próximo inicio.</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>&amp;Examinar...</translation>
    </message>
    <message>
        <source>Data Folder</source>
        <translation>Carpeta de datos</translation>
    </message>
    <message>
        <source>&amp;Data folder:</source>
        <translation>Carpeta de &amp;datos:</translation>
    </message>
    <message>
        <source>Where the meetings, their documents and your notes are kept; empty for the standard place. A new folder is used from the next start; what is stored in the current one stays there.</source>
        <translation>Carpeta en la que se guardan las reuniones, sus documentos y las notas personales; vacío para usar la ubicación estándar. Una carpeta nueva se usa a partir del próximo inicio; lo almacenado en la actual permanece allí.</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Sync the open meeting &amp;every:</source>
        <translation>Sincronizar la reunión abierta &amp;cada:</translation>
    </message>
    <message>
        <source>&amp;Parallel transfers:</source>
        <translation>Transferencias en &amp;paralelo:</translation>
    </message>
    <message>
        <source>More transfers can be faster on a fast line; a meeting server shared by many delegates prefers few.</source>
        <translation>Más transferencias pueden ser más rápidas con una conexión rápida; un servidor de reuniones compartido por muchos delegados prefiere pocas.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Check the chairman&apos;s &amp;session every:</source>
        <translation>Consultar la &amp;sesión del Presidente cada:</translation>
    </message>
    <message>
        <source>These take effect at once.</source>
        <translation>Estos ajustes se aplican de inmediato.</translation>
    </message>
    <message>
        <source>Servers whose passwords Plenary keeps in the desktop&apos;s keychain. A server that asks for a password during a sync is added here when you let Plenary remember it.</source>
        <translation>Servidores cuyas contraseñas guarda Plenary en el llavero del escritorio. Un servidor que pide una contraseña durante una sincronización se añade aquí cuando permite que Plenary la recuerde.</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>Servidores</translation>
    </message>
    <message>
        <source>&amp;Add...</source>
        <translation>&amp;Añadir...</translation>
    </message>
    <message>
        <source>&amp;Change Password...</source>
        <translation>&amp;Cambiar contraseña...</translation>
    </message>
    <message>
        <source>&amp;Forget</source>
        <translation>&amp;Olvidar</translation>
    </message>
    <message>
        <source>Forget Server</source>
        <translation>Olvidar servidor</translation>
    </message>
    <message>
        <source>Forget the password kept for %1? Plenary asks for it again when the server wants it.</source>
        <translation>¿Desea olvidar la contraseña guardada para %1? Plenary volverá a pedirla cuando el servidor la solicite.</translation>
    </message>
</context>
<context>
    <name>Plenary::Store</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the store is not open</source>
        <translation>la base de datos local no está abierta</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>no se puede crear la carpeta %1</translation>
    </message>
    <message>
        <source>cannot open the database: %1</source>
        <translation>no se puede abrir la base de datos: %1</translation>
    </message>
    <message>
        <source>%1 is not a Plenary database (%2)</source>
        <translation>%1 no es una base de datos de Plenary (%2)</translation>
    </message>
    <message>
        <source>cannot read the schema version</source>
        <translation>no se puede leer la versión del esquema</translation>
    </message>
    <message>
        <source>upgrading the database to schema version %1 failed: %2</source>
        <translation>no se pudo actualizar la base de datos a la versión %1 del esquema: %2</translation>
    </message>
    <message>
        <source>setting the current meeting</source>
        <translation>al establecer la reunión actual</translation>
    </message>
    <message>
        <source>the meeting has no id</source>
        <translation>la reunión no tiene id</translation>
    </message>
    <message>
        <source>storing the meeting</source>
        <translation>al almacenar la reunión</translation>
    </message>
    <message>
        <source>replacing the agenda</source>
        <translation>al sustituir el orden del día</translation>
    </message>
    <message>
        <source>storing agenda item %1</source>
        <translation>al almacenar el punto %1 del orden del día</translation>
    </message>
    <message>
        <source>storing working group %1</source>
        <translation>al almacenar el grupo de trabajo %1</translation>
    </message>
    <message>
        <source>storing document %1</source>
        <translation>al almacenar el documento %1</translation>
    </message>
    <message>
        <source>replacing the files of %1</source>
        <translation>al sustituir los archivos de %1</translation>
    </message>
    <message>
        <source>storing file %1 of %2</source>
        <translation>al almacenar el archivo %1 de %2</translation>
    </message>
    <message>
        <source>no meeting &apos;%1&apos; in the store</source>
        <translation>no existe la reunión &apos;%1&apos; en la base de datos local</translation>
    </message>
    <message>
        <source>saving a note on %1</source>
        <translation>al guardar una nota sobre %1</translation>
    </message>
    <message>
        <source>there is no note %1</source>
        <translation>no existe la nota %1</translation>
    </message>
    <message>
        <source>reading the local files</source>
        <translation>al leer los archivos locales</translation>
    </message>
    <message>
        <source>reading the position in %1</source>
        <translation>al leer la posición de lectura en %1</translation>
    </message>
    <message>
        <source>keeping the position in %1</source>
        <translation>al guardar la posición de lectura en %1</translation>
    </message>
    <message>
        <source>removing note %1</source>
        <translation>al eliminar la nota %1</translation>
    </message>
    <message>
        <source>reading your positions</source>
        <translation>al leer sus posiciones</translation>
    </message>
    <message>
        <source>reading your notes</source>
        <translation>al leer sus notas</translation>
    </message>
    <message>
        <source>keeping your position on %1</source>
        <translation>al guardar su posición sobre %1</translation>
    </message>
    <message>
        <source>reading the reports</source>
        <translation>al leer los informes</translation>
    </message>
    <message>
        <source>reading report %1</source>
        <translation>al leer el informe %1</translation>
    </message>
    <message>
        <source>no report %1</source>
        <translation>no existe el informe %1</translation>
    </message>
    <message>
        <source>a working-group report needs its working group</source>
        <translation>un informe de grupo de trabajo necesita su grupo de trabajo</translation>
    </message>
    <message>
        <source>no meeting %1</source>
        <translation>no existe la reunión %1</translation>
    </message>
    <message>
        <source>no working group %1</source>
        <translation>no existe el grupo de trabajo %1</translation>
    </message>
    <message>
        <source>saving report %1</source>
        <translation>al guardar el informe %1</translation>
    </message>
    <message>
        <source>removing report %1</source>
        <translation>al eliminar el informe %1</translation>
    </message>
    <message>
        <source>reading the search index</source>
        <translation>al leer el índice de búsqueda</translation>
    </message>
    <message>
        <source>reading the index of %1</source>
        <translation>al leer el índice de %1</translation>
    </message>
    <message>
        <source>starting the index of %1</source>
        <translation>al iniciar el índice de %1</translation>
    </message>
    <message>
        <source>removing %1 from the index</source>
        <translation>al eliminar %1 del índice</translation>
    </message>
    <message>
        <source>indexing %1</source>
        <translation>al indexar %1</translation>
    </message>
    <message>
        <source>searching for %1</source>
        <translation>al buscar %1</translation>
    </message>
    <message>
        <source>counting a session change</source>
        <translation>al contar un cambio de la sesión</translation>
    </message>
    <message>
        <source>no document %1 in meeting %2</source>
        <translation>no existe el documento %1 en la reunión %2</translation>
    </message>
    <message>
        <source>no agenda item %1</source>
        <translation>no existe el punto %1 del orden del día</translation>
    </message>
    <message>
        <source>allocating %1</source>
        <translation>al asignar %1</translation>
    </message>
    <message>
        <source>setting the current agenda item</source>
        <translation>al establecer el punto actual del orden del día</translation>
    </message>
    <message>
        <source>a revision names one document and its new number</source>
        <translation>una revisión indica un documento y su nuevo número</translation>
    </message>
    <message>
        <source>no document %1 to merge into</source>
        <translation>no existe el documento %1 con el que fusionar</translation>
    </message>
    <message>
        <source>no outcome %1</source>
        <translation>no existe el resultado %1</translation>
    </message>
    <message>
        <source>taking back an outcome</source>
        <translation>al anular un resultado</translation>
    </message>
    <message>
        <source>undoing revision %1 -&gt; %2</source>
        <translation>al deshacer la revisión %1 -&gt; %2</translation>
    </message>
    <message>
        <source>a liaison statement needs an id and a title</source>
        <translation>una declaración de coordinación necesita un id y un título</translation>
    </message>
    <message>
        <source>removing liaison statement %1</source>
        <translation>al eliminar la declaración de coordinación %1</translation>
    </message>
    <message>
        <source>no liaison statement %1</source>
        <translation>no existe la declaración de coordinación %1</translation>
    </message>
    <message>
        <source>the session names %1, which this meeting does not have</source>
        <translation>la sesión menciona %1, que esta reunión no tiene</translation>
    </message>
    <message>
        <source>agenda item %1</source>
        <translation>el punto %1 del orden del día</translation>
    </message>
    <message>
        <source>document %1</source>
        <translation>el documento %1</translation>
    </message>
    <message>
        <source>working group %1</source>
        <translation>el grupo de trabajo %1</translation>
    </message>
    <message>
        <source>removing document %1</source>
        <translation>al eliminar el documento %1</translation>
    </message>
    <message>
        <source>clearing revision links</source>
        <translation>al borrar los enlaces de revisión</translation>
    </message>
    <message>
        <source>replacing the session</source>
        <translation>al sustituir la sesión</translation>
    </message>
    <message>
        <source>setting the current item</source>
        <translation>al establecer el punto actual</translation>
    </message>
    <message>
        <source>reading the session link</source>
        <translation>al leer el enlace de la sesión</translation>
    </message>
    <message>
        <source>saving the session link</source>
        <translation>al guardar el enlace de la sesión</translation>
    </message>
    <message>
        <source>removing the session link</source>
        <translation>al eliminar el enlace de la sesión</translation>
    </message>
    <message>
        <source>recording where %1 comes from</source>
        <translation>al registrar la procedencia de %1</translation>
    </message>
    <message>
        <source>caching %1</source>
        <translation>al guardar en caché %1</translation>
    </message>
    <message>
        <source>reading the sync state</source>
        <translation>al leer el estado de la sincronización</translation>
    </message>
    <message>
        <source>recording %1</source>
        <translation>al registrar %1</translation>
    </message>
    <message>
        <source>the database has schema version %1, newer than this version of Plenary understands (%2); use a newer Plenary</source>
        <translation>la base de datos tiene la versión de esquema %1, más reciente de la que entiende esta versión de Plenary (%2); use una versión más reciente de Plenary</translation>
    </message>
    <message>
        <source>linking revision %1 -&gt; %2: %3</source>
        <translation>al enlazar la revisión %1 -&gt; %2: %3</translation>
    </message>
    <message>
        <source>recording an outcome: %1</source>
        <translation>al registrar un resultado: %1</translation>
    </message>
    <message>
        <source>storing liaison statement %1: %2</source>
        <translation>al almacenar la declaración de coordinación %1: %2</translation>
    </message>
    <message>
        <source>There is no current meeting to submit to.</source>
        <translation>No hay ninguna reunión actual a la que enviar.</translation>
    </message>
    <message>
        <source>recording the submission of %1</source>
        <translation>al registrar el envío de %1</translation>
    </message>
    <message>
        <source>reading the submissions</source>
        <translation>al leer los envíos</translation>
    </message>
    <message>
        <source>Another submission is still under way.</source>
        <translation>Todavía hay otro envío en curso.</translation>
    </message>
    <message>
        <source>cannot open the database %1: the disk is full (%2)</source>
        <translation>no se puede abrir la base de datos %1: el disco está lleno (%2)</translation>
    </message>
    <message>
        <source>cannot open the database %1: %2</source>
        <translation>no se puede abrir la base de datos %1: %2</translation>
    </message>
</context>
<context>
    <name>Plenary::SubmitDialog</name>
    <message>
        <source>Submit Contribution</source>
        <translation>Enviar contribución</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Archivos</translation>
    </message>
    <message>
        <source>&amp;Add Files...</source>
        <translation>&amp;Añadir archivos...</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>&amp;Files:</source>
        <translation>A&amp;rchivos:</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>Número de documento</translation>
    </message>
    <message>
        <source>as given by the secretariat</source>
        <translation>el asignado por la Secretaría</translation>
    </message>
    <message>
        <source>e.g. 42 or %1</source>
        <translation>p. ej. 42 o %1</translation>
    </message>
    <message>
        <source>&amp;Request a Number...</source>
        <translation>&amp;Solicitar un número...</translation>
    </message>
    <message>
        <source>The meeting names no secretariat address.</source>
        <translation>La reunión no indica ninguna dirección de la Secretaría.</translation>
    </message>
    <message>
        <source>Writes an e-mail to %1 asking for a number for these files.</source>
        <translation>Redacta un correo electrónico a %1 para solicitar un número para estos archivos.</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>&amp;Número:</translation>
    </message>
    <message>
        <source>Uploaded as:</source>
        <translation>Subido como:</translation>
    </message>
    <message>
        <source>Drop folder</source>
        <translation>Carpeta de entrega</translation>
    </message>
    <message>
        <source>&amp;Drop folder:</source>
        <translation>&amp;Carpeta de entrega:</translation>
    </message>
    <message>
        <source>The meeting gives no deadline.</source>
        <translation>La reunión no indica ninguna fecha límite.</translation>
    </message>
    <message>
        <source>%1 (end of the day, UTC): passed %2 ago. The secretariat may not accept the contribution for this meeting.</source>
        <translation>%1 (fin del día, UTC): pasó hace %2. Puede que la Secretaría no acepte la contribución para esta reunión.</translation>
    </message>
    <message>
        <source>%1 (end of the day, UTC): %2 left.</source>
        <translation>%1 (fin del día, UTC): quedan %2.</translation>
    </message>
    <message>
        <source>Deadline:</source>
        <translation>Fecha límite:</translation>
    </message>
    <message>
        <source>Upload progress</source>
        <translation>Progreso de la subida</translation>
    </message>
    <message>
        <source>&amp;Submit</source>
        <translation>&amp;Enviar</translation>
    </message>
    <message>
        <source>Files of the Contribution</source>
        <translation>Archivos de la contribución</translation>
    </message>
    <message>
        <source>%1 has no file name extension (such as .docx or .pdf).</source>
        <translation>%1 no tiene extensión de nombre de archivo (como .docx o .pdf).</translation>
    </message>
    <message>
        <source>Two files would both be named %1.</source>
        <translation>Dos archivos se llamarían %1.</translation>
    </message>
    <message>
        <source>Add the files of the contribution.</source>
        <translation>Añada los archivos de la contribución.</translation>
    </message>
    <message>
        <source>Give the number the secretariat sent.</source>
        <translation>Indique el número que envió la Secretaría.</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <source>Stopped; what was uploaded stays there.</source>
        <translation>Detenido; lo ya subido se conserva allí.</translation>
    </message>
    <message>
        <source>Submitted and checked on the server: %1.</source>
        <translation>Enviado y comprobado en el servidor: %1.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>The files of one contribution to %1 go to the meeting&apos;s drop folder, named with the number the secretariat gave. A name already taken stops the submission before anything is sent.</source>
        <translation>Los archivos de una contribución a %1 van a la carpeta de entrega de la reunión, con el número que dio la Secretaría como nombre. Si un nombre ya está ocupado, el envío se detiene antes de mandar nada.</translation>
    </message>
</context>
<context>
    <name>Plenary::Submitter</name>
    <message>
        <source>&quot;%1&quot; is not a document number.</source>
        <translation>«%1» no es un número de documento.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a document number: give the number the secretariat sent, e.g. 42 or %2.</source>
        <translation>«%1» no es un número de documento: indique el número que envió la Secretaría, p. ej. 42 o %2.</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 y %2</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hora</numerusform>
            <numerusform>%n horas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>The meeting names no drop folder for contributions; give its address.</source>
        <translation>La reunión no indica ninguna carpeta de entrega para contribuciones; indique su dirección.</translation>
    </message>
    <message>
        <source>%1 is not an http://, https://, ftp:// or ftps:// address</source>
        <translation>%1 no es una dirección http://, https://, ftp:// o ftps://</translation>
    </message>
    <message>
        <source>No file to submit.</source>
        <translation>No hay ningún archivo que enviar.</translation>
    </message>
    <message>
        <source>%1 is not a file that can be read.</source>
        <translation>%1 no es un archivo que se pueda leer.</translation>
    </message>
    <message>
        <source>%1 has no file name extension (such as .docx or .pdf): the secretariat needs one.</source>
        <translation>%1 no tiene extensión de nombre de archivo (como .docx o .pdf): la Secretaría la necesita.</translation>
    </message>
    <message>
        <source>Two files would both be named %1: submit one file per type, or ask the secretariat for another number.</source>
        <translation>Dos archivos se llamarían %1: envíe un archivo por tipo o solicite otro número a la Secretaría.</translation>
    </message>
    <message>
        <source>Document number request: %1</source>
        <translation>Solicitud de número de documento: %1</translation>
    </message>
    <message>
        <source>Dear secretariat,

Please allocate a document number for this contribution to %1:

%2

Title:
Source:
Contact:

Thank you.</source>
        <translation>Estimada Secretaría:

Les ruego que asignen un número de documento a esta contribución a %1:

%2

Título:
Origen:
Contacto:

Muchas gracias.</translation>
    </message>
    <message>
        <source>HTTP %1 %2</source>
        <translation>HTTP %1 %2</translation>
    </message>
    <message>
        <source>Checking that %1 is free</source>
        <translation>Comprobando que %1 está libre</translation>
    </message>
    <message>
        <source>%1 is already in the drop folder; nothing was uploaded and nothing replaced. Ask the secretariat whether the number is right.</source>
        <translation>%1 ya está en la carpeta de entrega; no se ha subido ni reemplazado nada. Pregunte a la Secretaría si el número es correcto.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>Uploading %1</source>
        <translation>Subiendo %1</translation>
    </message>
    <message>
        <source>%1 was not uploaded: %2</source>
        <translation>No se subió %1: %2</translation>
    </message>
    <message>
        <source>%1 appeared in the drop folder meanwhile; it was not replaced.</source>
        <translation>%1 apareció entretanto en la carpeta de entrega; no se reemplazó.</translation>
    </message>
    <message>
        <source>Checking %1 on the server</source>
        <translation>Comprobando %1 en el servidor</translation>
    </message>
    <message>
        <source>%1 is on the server with %2 bytes instead of %3: ask the secretariat to remove it, then submit again.</source>
        <translation>%1 está en el servidor con %2 bytes en lugar de %3: pida a la Secretaría que lo elimine y vuelva a enviarlo.</translation>
    </message>
    <message>
        <source>%1 is not in the drop folder&apos;s listing after the upload.</source>
        <translation>%1 no aparece en el listado de la carpeta de entrega después de la subida.</translation>
    </message>
    <message>
        <source>%1 cannot be found on the server after the upload: %2</source>
        <translation>No se encuentra %1 en el servidor después de la subida: %2</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>The server answered that %1 replaced a file of that name (HTTP %2): it does not refuse to overwrite, so nothing more was sent. Tell the secretariat.</source>
        <translation>El servidor respondió que %1 reemplazó un archivo con ese nombre (HTTP %2): no se niega a sobrescribir, así que no se envió nada más. Avise a la Secretaría.</translation>
    </message>
    <message>
        <source>Already in the drop folder, and recorded: %1.</source>
        <translation>Ya en la carpeta de entrega y registrado: %1.</translation>
    </message>
</context>
<context>
    <name>Plenary::SyncEngine</name>
    <message>
        <source>HTTP %1 %2</source>
        <translation>HTTP %1 %2</translation>
    </message>
    <message>
        <source>HTTP 401: the server asks for a user name and password that Plenary does not have, or that it refused</source>
        <translation>HTTP 401: el servidor pide un nombre de usuario y una contraseña que Plenary no tiene, o que ha rechazado</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 is not an http://, https://, ftp:// or ftps:// address</source>
        <translation>%1 no es una dirección http://, https://, ftp:// o ftps://</translation>
    </message>
    <message>
        <source>the folder&apos;s page is larger than %1; given up</source>
        <translation>la página de la carpeta supera %1; se abandonó</translation>
    </message>
    <message>
        <source>what this sync did could not be saved: %1; the files are downloaded again next time</source>
        <translation>no se pudo guardar lo que hizo esta sincronización: %1; los archivos se descargarán de nuevo la próxima vez</translation>
    </message>
</context>
<context>
    <name>Plenary::SyncStatusWidget</name>
    <message>
        <source>Sync progress</source>
        <translation>Progreso de la sincronización</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Stop the sync; what has been downloaded is kept and resumed next time</source>
        <translation>Detener la sincronización; lo ya descargado se conserva y se reanudará la próxima vez</translation>
    </message>
    <message>
        <source>Reading the meeting folder...</source>
        <translation>Leyendo la carpeta de la reunión...</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n file(s)</source>
        <translation>
            <numerusform>%1 de %n archivo</numerusform>
            <numerusform>%1 de %n archivos</numerusform>
        </translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message numerus="yes">
        <source>%n s left</source>
        <translation>
            <numerusform>queda %n s</numerusform>
            <numerusform>quedan %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n con error</numerusform>
            <numerusform>%n con error</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Plenary::TextExtractor</name>
    <message>
        <source>the PDF is protected by a password</source>
        <translation>el PDF está protegido con contraseña</translation>
    </message>
    <message>
        <source>the file is missing</source>
        <translation>falta el archivo</translation>
    </message>
    <message>
        <source>not a readable PDF</source>
        <translation>no es un PDF legible</translation>
    </message>
    <message>
        <source>office documents are indexed once converted to PDF</source>
        <translation>los documentos ofimáticos se indexan una vez convertidos a PDF</translation>
    </message>
    <message>
        <source>archives are indexed member by member once opened</source>
        <translation>los archivos comprimidos se indexan elemento por elemento una vez abiertos</translation>
    </message>
    <message>
        <source>not a format whose text can be read</source>
        <translation>no es un formato cuyo texto se pueda leer</translation>
    </message>
</context>
<context>
    <name>Plenary::TextReader</name>
    <message>
        <source>Document text</source>
        <translation>Texto del documento</translation>
    </message>
</context>
<context>
    <name>Plenary::Transfer</name>
    <message>
        <source>the server sent a web page instead of the file (an error or login page?)</source>
        <translation>el servidor envió una página web en lugar del archivo (¿una página de error o de inicio de sesión?)</translation>
    </message>
    <message>
        <source>the server sent an unexpected part of the file</source>
        <translation>el servidor envió una parte inesperada del archivo</translation>
    </message>
    <message>
        <source>the file is larger than the limit of %1</source>
        <translation>el archivo supera el límite de %1</translation>
    </message>
    <message>
        <source>the server announces %1 bytes, the manifest %2</source>
        <translation>el servidor anuncia %1 bytes y el manifiesto %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>the server sent more than the %1 bytes announced</source>
        <translation>el servidor envió más de los %1 bytes anunciados</translation>
    </message>
    <message numerus="yes">
        <source>%1 (after %n attempt(s))</source>
        <translation>
            <numerusform>%1 (tras %n intento)</numerusform>
            <numerusform>%1 (tras %n intentos)</numerusform>
        </translation>
    </message>
    <message>
        <source>HTTP %1 %2</source>
        <translation>HTTP %1 %2</translation>
    </message>
    <message>
        <source>HTTP 416 Range Not Satisfiable</source>
        <translation>HTTP 416 Range Not Satisfiable</translation>
    </message>
    <message>
        <source>the transfer ended after %1 of %2 bytes</source>
        <translation>la transferencia terminó tras %1 de %2 bytes</translation>
    </message>
    <message>
        <source>the server sent the file compressed (%1) although asked not to</source>
        <translation>el servidor envió el archivo comprimido (%1) aunque se le pidió que no lo hiciera</translation>
    </message>
    <message>
        <source>the transfer ended after %1 of %2 bytes (%3)</source>
        <translation>la transferencia terminó tras %1 de %2 bytes (%3)</translation>
    </message>
</context>
<context>
    <name>Plenary::TransferJob</name>
    <message>
        <source>cannot read the partial download: %1</source>
        <translation>no se puede leer la descarga parcial: %1</translation>
    </message>
    <message>
        <source>the checksum does not match the manifest (SHA-256 %1, expected %2)</source>
        <translation>la suma de comprobación no coincide con el manifiesto (SHA-256 %1, se esperaba %2)</translation>
    </message>
    <message>
        <source>cannot keep the earlier version of %1</source>
        <translation>no se puede conservar la versión anterior de %1</translation>
    </message>
    <message>
        <source>cannot move the download into %1</source>
        <translation>no se puede mover la descarga a %1</translation>
    </message>
    <message>
        <source>cannot write %1: only %2 of %3 bytes are on the disk</source>
        <translation>no se puede escribir %1: solo %2 de %3 bytes están en el disco</translation>
    </message>
</context>
<context>
    <name>Plenary::WorkingGroupModel</name>
    <message>
        <source>%1  %2 (%3)</source>
        <translation>%1  %2 (%3)</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n documento</numerusform>
            <numerusform>%n documentos</numerusform>
        </translation>
    </message>
    <message>
        <source>Led by %1</source>
        <translation>Dirigido por %1</translation>
    </message>
</context>
<context>
    <name>Plenary::ZipArchive</name>
    <message>
        <source>its entry in the archive cannot be read</source>
        <translation>su entrada en el archivo comprimido no se puede leer</translation>
    </message>
    <message>
        <source>it is a link</source>
        <translation>es un enlace</translation>
    </message>
    <message>
        <source>it is protected by a password</source>
        <translation>está protegido con contraseña</translation>
    </message>
    <message>
        <source>its size is not known</source>
        <translation>se desconoce su tamaño</translation>
    </message>
    <message>
        <source>it is too large (%1 MB)</source>
        <translation>es demasiado grande (%1 MB)</translation>
    </message>
    <message>
        <source>it would expand %1 times (a zip bomb)</source>
        <translation>se expandiría %1 veces (una bomba ZIP)</translation>
    </message>
    <message>
        <source>it has no name</source>
        <translation>no tiene nombre</translation>
    </message>
    <message>
        <source>its name has a backslash</source>
        <translation>su nombre contiene una barra invertida</translation>
    </message>
    <message>
        <source>its name is an absolute path</source>
        <translation>su nombre es una ruta absoluta</translation>
    </message>
    <message>
        <source>its name has control or direction characters</source>
        <translation>su nombre contiene caracteres de control o de dirección del texto</translation>
    </message>
    <message>
        <source>its name leaves the archive&apos;s folder</source>
        <translation>su nombre sale de la carpeta del archivo comprimido</translation>
    </message>
    <message>
        <source>its name has an empty part</source>
        <translation>su nombre tiene una parte vacía</translation>
    </message>
    <message>
        <source>its name is too long</source>
        <translation>su nombre es demasiado largo</translation>
    </message>
    <message>
        <source>%1: the archive&apos;s directory cannot be read.</source>
        <translation>%1: no se puede leer el directorio del archivo comprimido.</translation>
    </message>
    <message>
        <source>%1 has %2 members, more than %3: it is not opened.</source>
        <translation>%1 tiene %2 entradas, más de %3: no se abre.</translation>
    </message>
    <message>
        <source>%1 is not in the archive.</source>
        <translation>%1 no está en el archivo comprimido.</translation>
    </message>
    <message>
        <source>%1 is a folder.</source>
        <translation>%1 es una carpeta.</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2.</source>
        <translation>%1 no se puede abrir: %2.</translation>
    </message>
    <message>
        <source>Cannot create the folder for %1.</source>
        <translation>No se puede crear la carpeta para %1.</translation>
    </message>
    <message>
        <source>Cannot extract %1: %2</source>
        <translation>No se puede extraer %1: %2</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1 está dañado: %2</translation>
    </message>
    <message>
        <source>%1 holds more than the archive says: it is not extracted.</source>
        <translation>%1 contiene más de lo que indica el archivo comprimido: no se extrae.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>%1 is shorter than the archive says.</source>
        <translation>%1 es más corto de lo que indica el archivo comprimido.</translation>
    </message>
</context>
<context>
    <name>QCoreApplication::QCoreApplication</name>
    <message>
        <source>%1 unchanged, %2 removed, %3 without text (archives, office without LibreOffice)</source>
        <translation>%1 sin cambios, %2 eliminados, %3 sin texto (archivos comprimidos, documentos ofimáticos sin LibreOffice)</translation>
    </message>
</context>
<context>
    <name>QGuiApplication</name>
    <message>
        <source>QT_LAYOUT_DIRECTION</source>
        <comment>Translate this string to the string &apos;LTR&apos; in left-to-right languages or to &apos;RTL&apos; in right-to-left languages (such as Hebrew and Arabic) to get proper widget layout.</comment>
        <translation>LTR</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Contribution</source>
        <translation>Contribución</translation>
    </message>
    <message>
        <source>TD</source>
        <translation>TD</translation>
    </message>
    <message>
        <source>LS/i</source>
        <translation>LS/i</translation>
    </message>
    <message>
        <source>LS/o</source>
        <translation>LS/o</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Documento de salida</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Informe</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Orden del día</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Debate</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>Aprobación</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Acuerdo</translation>
    </message>
    <message>
        <source>Endorsement</source>
        <translation>Refrendo</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Información</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Aprobado</translation>
    </message>
    <message>
        <source>Approved by consensus</source>
        <translation>Aprobado por consenso</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Acordado</translation>
    </message>
    <message>
        <source>Endorsed</source>
        <translation>Refrendado</translation>
    </message>
    <message>
        <source>Technically endorsed</source>
        <translation>Refrendado técnicamente</translation>
    </message>
    <message>
        <source>Noted</source>
        <translation>Se toma nota</translation>
    </message>
    <message>
        <source>Revised</source>
        <translation>Revisado</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Fusionado</translation>
    </message>
    <message>
        <source>Reissued</source>
        <translation>Reeditado</translation>
    </message>
    <message>
        <source>Partially approved</source>
        <translation>Aprobado parcialmente</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rechazado</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retirado</translation>
    </message>
    <message>
        <source>Postponed</source>
        <translation>Aplazado</translation>
    </message>
    <message>
        <source>Not treated</source>
        <translation>No tratado</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Apoyo</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Oposición</translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation>Seguimiento</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Plenary - paperless meetings for standards bodies.
With no meeting stored, it opens the bundled demo meeting (ITU-T FG Smart, Geneva, 14-16 June 2010).</source>
        <translation>Plenary - reuniones sin papel para organismos de normalización.
Si no hay ninguna reunión almacenada, abre la reunión de demostración incluida (GT-Smart del UIT-T, Ginebra, 14-16 de junio de 2010).</translation>
    </message>
    <message>
        <source>Keep the database, documents and settings in &lt;dir&gt;.</source>
        <translation>Guarda la base de datos, los documentos y la configuración en &lt;dir&gt;.</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>dir</translation>
    </message>
    <message>
        <source>Show Plenary in &lt;language&gt; (ar, en, es, fr, ru, zh_CN) instead of the one chosen in Settings or the system&apos;s.</source>
        <translation>Muestra Plenary en &lt;language&gt; (ar, en, es, fr, ru, zh_CN) en lugar del idioma elegido en la configuración o el del sistema.</translation>
    </message>
    <message>
        <source>language</source>
        <translation>language</translation>
    </message>
    <message>
        <source>Open and sync the meeting folder at &lt;url&gt; (as File &gt; Open Meeting from URL).</source>
        <translation>Abrir y sincronizar la carpeta de la reunión en &lt;url&gt; (como Archivo &gt; Abrir reunión desde URL).</translation>
    </message>
    <message>
        <source>[url]</source>
        <translation>[url]</translation>
    </message>
</context>
<context>
    <name>plenary-cli</name>
    <message>
        <source>plenary-cli: cannot open %1: %2</source>
        <translation>plenary-cli: no se puede abrir %1: %2</translation>
    </message>
    <message>
        <source>plenary-cli: cannot set up the demo meeting: %1</source>
        <translation>plenary-cli: no se puede preparar la reunión de demostración: %1</translation>
    </message>
    <message>
        <source>plenary-cli: %1</source>
        <translation>plenary-cli: %1</translation>
    </message>
    <message>
        <source>Meeting:</source>
        <translation>Reunión:</translation>
    </message>
    <message>
        <source>Id:</source>
        <translation>ID:</translation>
    </message>
    <message>
        <source>Group:</source>
        <translation>Grupo:</translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>Lugar:</translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation>Fechas:</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 a %2</translation>
    </message>
    <message>
        <source>Deadline:</source>
        <translation>Fecha límite:</translation>
    </message>
    <message>
        <source>Chairman:</source>
        <translation>Presidente:</translation>
    </message>
    <message>
        <source>Agenda:</source>
        <translation>Orden del día:</translation>
    </message>
    <message numerus="yes">
        <source>%n top-level item(s)</source>
        <translation>
            <numerusform>%n punto de primer nivel</numerusform>
            <numerusform>%n puntos de primer nivel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n in all</source>
        <translation>
            <numerusform>, %n en total</numerusform>
            <numerusform>, %n en total</numerusform>
        </translation>
    </message>
    <message>
        <source>Working groups:</source>
        <translation>Grupos (GT):</translation>
    </message>
    <message>
        <source>Documents:</source>
        <translation>Documentos:</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n documento</numerusform>
            <numerusform>%n documentos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n received after the deadline</source>
        <translation>
            <numerusform>, %n recibido después de la fecha límite</numerusform>
            <numerusform>, %n recibidos después de la fecha límite</numerusform>
        </translation>
    </message>
    <message>
        <source>Outcomes:</source>
        <translation>Resultados:</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Datos en:</translation>
    </message>
    <message>
        <source>plenary-cli: %1: %2</source>
        <translation>plenary-cli: %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Imported %1: %2 (%n document(s))</source>
        <translation>
            <numerusform>Se importó %1: %2 (%n documento)</numerusform>
            <numerusform>Se importó %1: %2 (%n documentos)</numerusform>
        </translation>
    </message>
    <message>
        <source>Password for %1 at %2: </source>
        <translation>Contraseña de %1 en %2: </translation>
    </message>
    <message>
        <source>%1/%2 files, %3 of %4, %5/s</source>
        <translation>%1/%2 archivos, %3 de %4, %5/s</translation>
    </message>
    <message numerus="yes">
        <source>, %n s left</source>
        <translation>
            <numerusform>, queda %n s</numerusform>
            <numerusform>, quedan %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n failed</source>
        <translation>
            <numerusform>, %n con error</numerusform>
            <numerusform>, %n con error</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 downloaded, %3 updated, %4 unchanged, %5 withdrawn on server (%n request(s))</source>
        <translation>
            <numerusform>%1: %2 descargados, %3 actualizados, %4 sin cambios, %5 retirados en el servidor (%n solicitud)</numerusform>
            <numerusform>%1: %2 descargados, %3 actualizados, %4 sin cambios, %5 retirados en el servidor (%n solicitudes)</numerusform>
        </translation>
    </message>
    <message>
        <source>plenary-cli: %1 (%2): %3</source>
        <translation>plenary-cli: %1 (%2): %3</translation>
    </message>
    <message>
        <source>plenary-cli: refused: %1</source>
        <translation>plenary-cli: rechazado: %1</translation>
    </message>
    <message numerus="yes">
        <source>indexed %n file(s)</source>
        <translation>
            <numerusform>%n archivo indexado</numerusform>
            <numerusform>%n archivos indexados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n página</numerusform>
            <numerusform>%n páginas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>published revision %1 (%n request(s))</source>
        <translation>
            <numerusform>revisión %1 publicada (%n solicitud)</numerusform>
            <numerusform>revisión %1 publicada (%n solicitudes)</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep the database and documents in &lt;dir&gt;.</source>
        <translation>Guarda la base de datos y los documentos en &lt;dir&gt;.</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>dir</translation>
    </message>
    <message>
        <source>Parallel transfers for sync (1-32, default 6).</source>
        <translation>Transferencias en paralelo para sync (1-32, por defecto 6).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Print the result of sync as JSON.</source>
        <translation>Muestra el resultado de sync en formato JSON.</translation>
    </message>
    <message>
        <source>User name for a server that asks for one (sync); the password is read from PLENARY_PASSWORD or asked for.</source>
        <translation>Nombre de usuario para un servidor que lo solicite (sync); la contraseña se lee de PLENARY_PASSWORD o se pide.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>Remember the password given with --user in the desktop keychain, for later syncs and for Plenary.</source>
        <translation>Recuerda la contraseña indicada con --user en el llavero del escritorio, para sincronizaciones posteriores y para Plenary.</translation>
    </message>
    <message>
        <source>Working group (allocate).</source>
        <translation>Grupo de trabajo (allocate).</translation>
    </message>
    <message>
        <source>wg</source>
        <translation>wg</translation>
    </message>
    <message>
        <source>Agenda item (allocate).</source>
        <translation>Punto del orden del día (allocate).</translation>
    </message>
    <message>
        <source>item</source>
        <translation>item</translation>
    </message>
    <message>
        <source>Document the outcome is about, or a liaison&apos;s attachment; repeatable.</source>
        <translation>Documento al que se refiere el resultado, o anexo de una declaración de coordinación; se puede repetir.</translation>
    </message>
    <message>
        <source>number</source>
        <translation>number</translation>
    </message>
    <message>
        <source>Outcome status, e.g. approved, noted, revised.</source>
        <translation>Estado del resultado, p. ej., approved, noted, revised.</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>Text of the outcome.</source>
        <translation>Texto del resultado.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <source>Title of the liaison statement.</source>
        <translation>Título de la declaración de coordinación.</translation>
    </message>
    <message>
        <source>title</source>
        <translation>title</translation>
    </message>
    <message>
        <source>body</source>
        <translation>body</translation>
    </message>
    <message>
        <source>What a liaison statement asks for.</source>
        <translation>Lo que solicita una declaración de coordinación.</translation>
    </message>
    <message>
        <source>action|comment|information</source>
        <translation>action|comment|information</translation>
    </message>
    <message>
        <source>export: pdf, odt or md.</source>
        <translation>export: pdf, odt o md.</translation>
    </message>
    <message>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <source>export: the file to write.</source>
        <translation>export: el archivo que se escribirá.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>search: at most this many hits (default 50).</source>
        <translation>search: como máximo este número de resultados (por defecto 50).</translation>
    </message>
    <message>
        <source>follow: poll once.</source>
        <translation>follow: consulta una sola vez.</translation>
    </message>
    <message>
        <source>publish: on a conflict, this copy&apos;s side wins.</source>
        <translation>publish: en caso de conflicto, prevalece esta copia.</translation>
    </message>
    <message>
        <source>publish: on a conflict, the server&apos;s side wins.</source>
        <translation>publish: en caso de conflicto, prevalece el servidor.</translation>
    </message>
    <message>
        <source>info | import | sync</source>
        <translation>info | import | sync</translation>
    </message>
    <message>
        <source>Arguments of the command.</source>
        <translation>Argumentos de la orden.</translation>
    </message>
    <message>
        <source>[args...]</source>
        <translation>[args...]</translation>
    </message>
    <message>
        <source>plenary-cli: --jobs takes a number from 1 to 32</source>
        <translation>plenary-cli: --jobs admite un número del 1 al 32</translation>
    </message>
    <message>
        <source>plenary-cli: --limit takes a positive number</source>
        <translation>plenary-cli: --limit admite un número positivo</translation>
    </message>
    <message>
        <source>plenary-cli: no command given; try &apos;plenary-cli --help&apos;</source>
        <translation>plenary-cli: no se indicó ninguna orden; pruebe &apos;plenary-cli --help&apos;</translation>
    </message>
    <message>
        <source>plenary-cli: wrong arguments for &apos;%1&apos;; try &apos;plenary-cli --help&apos;</source>
        <translation>plenary-cli: argumentos incorrectos para &apos;%1&apos;; pruebe &apos;plenary-cli --help&apos;</translation>
    </message>
    <message>
        <source>plenary-cli: unknown command &apos;%1&apos;; try &apos;plenary-cli --help&apos;</source>
        <translation>plenary-cli: orden desconocida &apos;%1&apos;; pruebe &apos;plenary-cli --help&apos;</translation>
    </message>
    <message>
        <source>plenary-cli: the password is not remembered: %1; it is used for this run only</source>
        <translation>plenary-cli: no se recuerda la contraseña: %1; se usa solo para esta ejecución</translation>
    </message>
    <message>
        <source>plenary-cli: &apos;%1&apos; is not an http://, https://, ftp:// or ftps:// address</source>
        <translation>plenary-cli: &apos;%1&apos; no es una dirección http://, https://, ftp:// o ftps://</translation>
    </message>
    <message>
        <source>plenary-cli: cannot read %1: %2</source>
        <translation>plenary-cli: no se puede leer %1: %2</translation>
    </message>
    <message>
        <source>plenary-cli: left out: %1</source>
        <translation>plenary-cli: omitido: %1</translation>
    </message>
    <message>
        <source>Plenary without a window.

Commands:
  info           print the current meeting (the demo meeting on first start)
  import FILE    import a meeting.json manifest and make it the current meeting
  sync URL       sync a meeting folder from a web or FTP server
  manifest DIR [--meeting FILE]
                 print the meeting.json of the documents in DIR (sizes,
                 SHA-256, numbers from the file names), with the meeting
                 described in FILE
  submit FILE... --number N [--to URL]
                 submit a contribution to the meeting&apos;s drop folder, named
                 the meeting&apos;s way (N: the number the secretariat gave)
  allocate DOCUMENT --wg WG [--item ITEM]
                 allocate a document to a working group and agenda item
  current ITEM   make ITEM the agenda item being treated
  outcome ITEM [--doc DOCUMENT]... --status STATUS [--text TEXT] [--to NEW]
                 record an outcome (revised: --to is the new number, reserved
                 when not given)
  liaison new --title TITLE --to BODY [--for action|comment|information]
              [--doc ATTACHMENT]... [--item ITEM]
                 draft an outgoing liaison statement under ITEM (default: the
                 current item); prints its id
  session        print allocations (DOCUMENT WG ITEM), outcomes, liaisons
  publish URL    publish the session to session.json on a WebDAV server
  follow URL [--once]
                 follow a published session (every 5 s until Ctrl+C)
  index          bring the full-text index of the current meeting up to date
  search WORDS... [--limit N]
                 search the text of every document: one line per hit,
                 document number first (&quot;a phrase&quot;, prefix*)
  export report|wg-report WG|liaison ID [--format pdf|odt|md] --out FILE
                 export the meeting report, a working group&apos;s report or an
                 outgoing liaison statement (the format follows FILE&apos;s
                 extension when not given)</source>
        <translation>Plenary sin ventana.

Órdenes:
  info           muestra la reunión actual (la reunión de demostración al inicio)
  import FILE    importa un manifiesto meeting.json y lo hace la reunión actual
  sync URL       sincroniza una carpeta de reunión desde un servidor web o FTP
  manifest DIR [--meeting FILE]
                 muestra el meeting.json de los documentos de DIR (tamaños,
                 SHA-256, números a partir de los nombres de archivo), con la reunión
                 descrita en FILE
  submit FILE... --number N [--to URL]
                 envía una contribución a la carpeta de entrega de la reunión, con
                 el nombre que usa la reunión (N: el número que asignó la Secretaría)
  allocate DOCUMENT --wg WG [--item ITEM]
                 asigna un documento a un grupo de trabajo y punto del orden del día
  current ITEM   hace de ITEM el punto del orden del día que se trata
  outcome ITEM [--doc DOCUMENT]... --status STATUS [--text TEXT] [--to NEW]
                 registra un resultado (revisado: --to es el nuevo número, reservado
                 si no se indica)
  liaison new --title TITLE --to BODY [--for action|comment|information]
              [--doc ATTACHMENT]... [--item ITEM]
                 redacta una declaración de coordinación saliente en ITEM (por defecto:
                 el punto actual); muestra su id
  session        muestra asignaciones (DOCUMENT WG ITEM), resultados, declaraciones
  publish URL    publica la sesión en session.json en un servidor WebDAV
  follow URL [--once]
                 sigue una sesión publicada (cada 5 s hasta Ctrl+C)
  index          actualiza el índice de texto completo de la reunión actual
  search WORDS... [--limit N]
                 busca en el texto de todos los documentos: una línea por resultado,
                 primero el número de documento (&quot;una frase&quot;, prefijo*)
  export report|wg-report WG|liaison ID [--format pdf|odt|md] --out FILE
                 exporta el acta de la reunión, el informe de un grupo de trabajo o una
                 declaración de coordinación saliente (el formato sigue la extensión
                 de FILE si no se indica)</translation>
    </message>
    <message>
        <source>Addressee of a liaison statement (repeatable), the new number of a revision, or the drop folder to submit to.</source>
        <translation>Destinatario de una declaración de coordinación (repetible), el nuevo número de una revisión o la carpeta de entrega a la que enviar.</translation>
    </message>
    <message>
        <source>submit: the contribution&apos;s number (e.g. 42).</source>
        <translation>submit: el número de la contribución (p. ej. 42).</translation>
    </message>
    <message>
        <source>manifest: the meeting.json that describes the meeting.</source>
        <translation>manifest: el meeting.json que describe la reunión.</translation>
    </message>
    <message>
        <source>plenary-cli: submit needs --number, the number the secretariat gave</source>
        <translation>plenary-cli: submit necesita --number, el número que asignó la Secretaría</translation>
    </message>
</context>
</TS>
