<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>this app</source>
            <translation>esta aplicación</translation>
        </message>
        <message>
            <source>the language the app is written in</source>
            <translation>el lenguaje de programación en que está escrita la aplicación</translation>
        </message>
        <message>
            <source>Public domain</source>
            <translation>Dominio público</translation>
        </message>
        <message>
            <source>the workshop file</source>
            <translation>el archivo del taller</translation>
        </message>
        <message>
            <source>{name} is distributed under the {licence} licence.</source>
            <translation>{name} se distribuye con la licencia {licence}.</translation>
        </message>
        <message>
            <source>portable</source>
            <translation>portátil</translation>
        </message>
        <message>
            <source>installed</source>
            <translation>instalada</translation>
        </message>
        <message>
            <source>from source</source>
            <translation>desde el código fuente</translation>
        </message>
        <message>
            <source>Data folder: {folder}</source>
            <translation>Carpeta de datos: {folder}</translation>
        </message>
        <message>
            <source>Program: {folder}</source>
            <translation>Programa: {folder}</translation>
        </message>
        <message>
            <source>About UPR Desktop</source>
            <translation>Acerca de UPR Desktop</translation>
        </message>
        <message>
            <source>Version {version}</source>
            <translation>Versión {version}</translation>
        </message>
        <message>
            <source>Offline workshops for following up the Universal Periodic Review: review the recommendations, cluster and prioritise them, vote, and adopt an outcome charter. It works without internet; workshop files stay on this computer unless you copy them.</source>
            <translation>Talleres sin conexión para el seguimiento del Examen Periódico Universal: examinar las recomendaciones, agruparlas por temas y darles prioridad, votar y adoptar una carta final. Funciona sin internet; los archivos de taller permanecen en esta computadora salvo que usted los copie.</translation>
        </message>
        <message>
            <source>Portable: settings, recent workshops, logs and backups are kept beside the app, in {folder}.</source>
            <translation>Portátil: la configuración, los talleres recientes, los registros y las copias de seguridad se guardan junto a la aplicación, en {folder}.</translation>
        </message>
        <message>
            <source>Settings, recent workshops, logs and backups: {folder}</source>
            <translation>Configuración, talleres recientes, registros y copias de seguridad: {folder}</translation>
        </message>
        <message>
            <source>Component</source>
            <translation>Componente</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Versión</translation>
        </message>
        <message>
            <source>Licence</source>
            <translation>Licencia</translation>
        </message>
        <message>
            <source>Components and their licences</source>
            <translation>Componentes y sus licencias</translation>
        </message>
        <message>
            <source>Licence text</source>
            <translation>Texto de la licencia</translation>
        </message>
        <message>
            <source>Copy details</source>
            <translation>Copiar detalles</translation>
        </message>
        <message>
            <source>Copies the version and the data folder, to paste into a request for help.</source>
            <translation>Copia la versión y la carpeta de datos, para pegarlas en una solicitud de ayuda.</translation>
        </message>
        <message>
            <source>This app</source>
            <translation>Esta aplicación</translation>
        </message>
        <message>
            <source>Libraries</source>
            <translation>Bibliotecas</translation>
        </message>
        <message>
            <source>Fonts embedded in the PDFs</source>
            <translation>Fuentes incrustadas en los PDF</translation>
        </message>
    </context>
    <context>
        <name>AssessDialog</name>
        <message>
            <source>The coalition</source>
            <translation>La coalición</translation>
        </message>
        <message>
            <source>Assess</source>
            <translation>Evaluar</translation>
        </message>
        <message>
            <source>Why: what changed, or what did not (a sentence or two)</source>
            <translation>Por qué: qué cambió, o qué no cambió (una o dos frases)</translation>
        </message>
        <message>
            <source>Evidence for this assessment</source>
            <translation>Pruebas de esta evaluación</translation>
        </message>
        <message>
            <source>No evidence yet: add it on the Evidence tab, then link it here.</source>
            <translation>Todavía no hay pruebas: añádalas en la pestaña Pruebas y luego vincúlelas aquí.</translation>
        </message>
        <message>
            <source>Record assessment</source>
            <translation>Registrar la evaluación</translation>
        </message>
        <message>
            <source>Recommendation or priority</source>
            <translation>Recomendación o prioridad</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Grado de aplicación</translation>
        </message>
        <message>
            <source>Assessed on</source>
            <translation>Evaluada el</translation>
        </message>
        <message>
            <source>Assessed by</source>
            <translation>Evaluada por</translation>
        </message>
        <message>
            <source>Justification</source>
            <translation>Justificación</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>Pruebas</translation>
        </message>
        <message>
            <source>Earlier assessments are kept: this one is added to the history. When organisations disagree, each one's view is shown.</source>
            <translation>Las evaluaciones anteriores se conservan: esta se añade al historial. Cuando las organizaciones discrepan, se muestra la opinión de cada una.</translation>
        </message>
        <message>
            <source>%1 of %2 characters</source>
            <translation>%1 de %2 caracteres</translation>
        </message>
    </context>
    <context>
        <name>Assessment status</name>
        <message>
            <source>Not assessed</source>
            <translation>Sin evaluar</translation>
        </message>
        <message>
            <source>Not implemented</source>
            <translation>No aplicada</translation>
        </message>
        <message>
            <source>Partially implemented</source>
            <translation>Aplicada parcialmente</translation>
        </message>
        <message>
            <source>Fully implemented</source>
            <translation>Aplicada plenamente</translation>
        </message>
        <message>
            <source>No information</source>
            <translation>Sin información</translation>
        </message>
    </context>
    <context>
        <name>AttendanceDialog</name>
        <message>
            <source>Import attendance list</source>
            <translation>Importar la lista de asistencia</translation>
        </message>
        <message>
            <source>From %1 · %2 rows read</source>
            <translation>Archivo: %1 · %2 filas leídas</translation>
        </message>
        <message>
            <source>Nobody new: everyone on this list is already registered.</source>
            <translation>Nadie nuevo: todas las personas de esta lista ya están inscritas.</translation>
        </message>
        <message>
            <source>This list has nobody to add.</source>
            <translation>Esta lista no tiene a nadie que añadir.</translation>
        </message>
        <message numerus="yes">
            <source>%n participant(s) will be added.</source>
            <translation>
                <numerusform>Se añadirá %n participante.</numerusform>
                <numerusform>Se añadirán %n participantes.</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 already registered (same name and organisation) will not be added again.</source>
            <translation>No se volverán a añadir %1 personas ya inscritas (mismo nombre y organización).</translation>
        </message>
        <message>
            <source>Left out of the list (%1)</source>
            <translation>Excluidos de la lista (%1)</translation>
        </message>
        <message>
            <source>The list</source>
            <translation>La lista</translation>
        </message>
        <message>
            <source>The first %1 of %2</source>
            <translation>Los primeros %1 de %2</translation>
        </message>
        <message>
            <source>Import 1 participant</source>
            <translation>Importar 1 participante</translation>
        </message>
        <message>
            <source>Import %1 participants</source>
            <translation>Importar %1 participantes</translation>
        </message>
        <message>
            <source>1 row of the file was left out.</source>
            <translation>Se excluyó 1 fila del archivo.</translation>
        </message>
        <message numerus="yes">
            <source>%n rows of the file were left out.</source>
            <translation>
                <numerusform>Se omitió %n fila del archivo.</numerusform>
                <numerusform>Se omitieron %n filas del archivo.</numerusform>
            </translation>
        </message>
        <message>
            <source>Attendance: %1</source>
            <translation>Asistencia: %1</translation>
        </message>
        <message>
            <source>Who is present and received a slip</source>
            <translation>Quién está presente y recibió una tarjeta con código</translation>
        </message>
        <message>
            <source>Tick everyone present who took a ballot-code slip, then save. Do it before the vote or after it, never as people vote: the list is saved whole, with no time and no order, and says nothing about who voted.</source>
            <translation>Marque a todas las personas presentes que tomaron una tarjeta con código de votación y guarde. Hágalo antes o después de la votación, nunca mientras se vota: la lista se guarda entera, sin hora ni orden, y no dice nada sobre quién votó.</translation>
        </message>
        <message>
            <source>Organisations present</source>
            <translation>Organizaciones presentes</translation>
        </message>
        <message>
            <source>Participants present</source>
            <translation>Participantes presentes</translation>
        </message>
        <message>
            <source>Tick all</source>
            <translation>Marcar todos</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>Desmarcar todos</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Save attendance</source>
            <translation>Guardar la asistencia</translation>
        </message>
        <message numerus="yes">
            <source>%n of {total} ticked present</source>
            <translation>
                <numerusform>Presentes: %n de {total}</numerusform>
                <numerusform>Presentes: %n de {total}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>AttendancePreviewModel</name>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organización</translation>
        </message>
        <message>
            <source>Thematic focus</source>
            <translation>Enfoque temático</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Contacto</translation>
        </message>
        <message>
            <source>Consent</source>
            <translation>Consentimiento</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Situación</translation>
        </message>
        <message>
            <source>(by number)</source>
            <translation>(por número)</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Sí</translation>
        </message>
        <message>
            <source>No</source>
            <translation>No</translation>
        </message>
        <message>
            <source>Already registered</source>
            <translation>Ya inscrito</translation>
        </message>
        <message>
            <source>New</source>
            <translation>Nuevo</translation>
        </message>
    </context>
    <context>
        <name>Ballot code slips</name>
        <message>
            <source>Ballot codes: {round}</source>
            <translation>Códigos de votación: {round}</translation>
        </message>
        <message>
            <source>Keep this code to yourself.</source>
            <translation>No muestre este código a nadie.</translation>
        </message>
        <message>
            <source>Type it at the laptop, or write it on a paper ballot.</source>
            <translation>Escríbalo en la computadora o anótelo en una papeleta en papel.</translation>
        </message>
        <message>
            <source>It works once.</source>
            <translation>Solo sirve una vez.</translation>
        </message>
    </context>
    <context>
        <name>BallotCodeEntry</name>
        <message>
            <source>Type your ballot code</source>
            <translation>Escriba su código de votación</translation>
        </message>
        <message>
            <source>This is a secret ballot with ballot codes. Type the code from the slip you took. Nobody, not even this laptop, knows whose slip it is. Each code works once.</source>
            <translation>Esta es una votación secreta con códigos de votación. Escriba el código de la tarjeta que tomó. Nadie, ni siquiera esta computadora, sabe de quién es la tarjeta. Cada código sirve una sola vez.</translation>
        </message>
        <message>
            <source>Ten letters and numbers, such as K7QP4-XMD2A. Capitals and the dash don't matter.</source>
            <translation>Diez letras y cifras, como K7QP4-XMD2A. Las mayúsculas y el guion no importan.</translation>
        </message>
        <message>
            <source>Your ballot code</source>
            <translation>Su código de votación</translation>
        </message>
        <message>
            <source>Ballot code</source>
            <translation>Código de votación</translation>
        </message>
        <message>
            <source>Continue to the ballot  ›</source>
            <translation>Continuar a la papeleta  ›</translation>
        </message>
        <message>
            <source>Type the code from your slip first.</source>
            <translation>Primero escriba el código de su tarjeta.</translation>
        </message>
        <message>
            <source>A ballot code has ten letters and numbers. Check the slip and type it again.</source>
            <translation>Un código de votación tiene diez letras y cifras. Revise la tarjeta y vuelva a escribirlo.</translation>
        </message>
        <message>
            <source>This code is not valid for this round, or it has been used already. Check it, or ask the facilitator for a new slip.</source>
            <translation>Este código no es válido para esta ronda, o ya se ha utilizado. Revíselo o pida una tarjeta nueva al facilitador.</translation>
        </message>
    </context>
    <context>
        <name>BallotCodesDialog</name>
        <message>
            <source>Ballot code slips</source>
            <translation>Tarjetas con códigos de votación</translation>
        </message>
        <message>
            <source>Print the ballot code slips now</source>
            <translation>Imprima ahora las tarjetas con códigos de votación</translation>
        </message>
        <message>
            <source>“%1” is open with %2 one-time ballot codes. They are shown only now: the workshop file does not keep them, so they can't be shown again. Print the slips (or save them as a PDF to print from another computer), cut them up and shuffle them. Each person takes one at random and types it at the kiosk, or writes it on a paper ballot.</source>
            <translation>«%1» está abierta con %2 códigos de votación de un solo uso. Solo se muestran ahora: el archivo del taller no los conserva, así que no se pueden volver a mostrar. Imprima las tarjetas (o guárdelas como PDF para imprimirlas desde otra computadora), recórtelas y mézclelas. Cada persona toma una al azar y escribe el código en el quiosco, o lo anota en una papeleta en papel.</translation>
        </message>
        <message>
            <source>Print slips…</source>
            <translation>Imprimir tarjetas…</translation>
        </message>
        <message>
            <source>Save slips as PDF…</source>
            <translation>Guardar tarjetas como PDF…</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Listo</translation>
        </message>
        <message>
            <source>Save ballot code slips</source>
            <translation>Guardar las tarjetas con códigos de votación</translation>
        </message>
        <message>
            <source>ballot codes.pdf</source>
            <translation>códigos de votación.pdf</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Saved to %1. Print it, then delete it: the codes are as good as ballot papers.</source>
            <translation>Guardado en %1. Imprímalo y luego elimínelo: los códigos valen tanto como las papeletas.</translation>
        </message>
        <message>
            <source>Print ballot code slips</source>
            <translation>Imprimir las tarjetas con códigos de votación</translation>
        </message>
        <message>
            <source>Sent %1 page(s) to the printer.</source>
            <translation>Páginas enviadas a la impresora: %1.</translation>
        </message>
        <message>
            <source>The slips have not been printed or saved. Once this closes, the codes are gone for good and this round can only take ballots by a new round. Close anyway?</source>
            <translation>Las tarjetas no se han impreso ni guardado. Cuando se cierre esta ventana, los códigos desaparecerán para siempre y solo se podrá votar abriendo una nueva ronda. ¿Cerrar de todos modos?</translation>
        </message>
    </context>
    <context>
        <name>BallotCounts</name>
        <message numerus="yes">
            <source>%n dot(s)</source>
            <translation>
                <numerusform>%n punto adhesivo</numerusform>
                <numerusform>%n puntos adhesivos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n point(s)</source>
            <translation>
                <numerusform>%n punto</numerusform>
                <numerusform>%n puntos</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>BallotEditor</name>
        <message>
            <source>What is left</source>
            <translation>Lo que queda</translation>
        </message>
        <message>
            <source>All your %1 are placed. To move one, take it off a candidate first.</source>
            <translation>Ya ha colocado todos sus %1. Para mover uno, quítelo primero de una opción.</translation>
        </message>
        <message>
            <source>%1 already has %2: that is the most one candidate can have.</source>
            <translation>%1 ya tiene %2: es el máximo que puede tener una opción.</translation>
        </message>
        <message>
            <source>Your ranking</source>
            <translation>Su clasificación</translation>
        </message>
        <message>
            <source>Not ranked yet</source>
            <translation>Aún sin clasificar</translation>
        </message>
        <message>
            <source>▲  Up</source>
            <translation>▲  Subir</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>Subir</translation>
        </message>
        <message>
            <source>▼  Down</source>
            <translation>▼  Bajar</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>Bajar</translation>
        </message>
        <message>
            <source>=  Level with above</source>
            <translation>=  Empatar con la anterior</translation>
        </message>
        <message>
            <source>Level with the one above</source>
            <translation>Empatar con la de arriba</translation>
        </message>
        <message>
            <source>Rank this candidate level with the one above it: the two share a place. Press again to put it below.</source>
            <translation>Clasifique esta opción empatada con la de arriba: las dos comparten un puesto. Vuelva a pulsar para ponerla debajo.</translation>
        </message>
        <message>
            <source>✕  Remove</source>
            <translation>✕  Quitar</translation>
        </message>
        <message>
            <source>Your ranking, best first</source>
            <translation>Su clasificación, empezando por la preferida</translation>
        </message>
        <message>
            <source>Your ranking: click a candidate on the right to put it first</source>
            <translation>Su clasificación: haga clic en una opción de la derecha para ponerla en primer lugar</translation>
        </message>
        <message>
            <source>Not ranked yet (%1): click the next one you prefer</source>
            <translation>Aún sin clasificar (%1): haga clic en la siguiente que prefiera</translation>
        </message>
        <message>
            <source>Every candidate is ranked</source>
            <translation>Todas las opciones están clasificadas</translation>
        </message>
        <message>
            <source>Press + to give a candidate a dot. You can put several dots on one candidate.</source>
            <translation>Pulse + para dar un punto adhesivo a una opción. Puede poner varios puntos adhesivos en una misma opción.</translation>
        </message>
        <message>
            <source>Press + to give a candidate a dot. You can put several dots on one candidate (at most %1).</source>
            <translation>Pulse + para dar un punto adhesivo a una opción. Puede poner varios puntos adhesivos en una misma opción (como máximo %1).</translation>
        </message>
        <message numerus="yes">
            <source>{left} of %n dot(s) left</source>
            <translation>
                <numerusform>Le quedan {left} de %n punto adhesivo</numerusform>
                <numerusform>Le quedan {left} de %n puntos adhesivos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{left} of %n point(s) left</source>
            <translation>
                <numerusform>Le quedan {left} de %n punto</numerusform>
                <numerusform>Le quedan {left} de %n puntos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>All %n dot(s) placed</source>
            <translation>
                <numerusform>Ha colocado su %n punto adhesivo</numerusform>
                <numerusform>Ha colocado los %n puntos adhesivos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>All %n point(s) placed</source>
            <translation>
                <numerusform>Ha asignado su %n punto</numerusform>
                <numerusform>Ha asignado los %n puntos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>You support %n candidate(s)</source>
            <translation>
                <numerusform>Apoya %n opción</numerusform>
                <numerusform>Apoya %n opciones</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n of {total} ranked</source>
            <translation>
                <numerusform>Clasificadas: %n de {total}</numerusform>
                <numerusform>Clasificadas: %n de {total}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n of {total} rated</source>
            <translation>
                <numerusform>Puntuadas: %n de {total}</numerusform>
                <numerusform>Puntuadas: %n de {total}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n of {total} marked</source>
            <translation>
                <numerusform>Marcadas: %n de {total}</numerusform>
                <numerusform>Marcadas: %n de {total}</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 choice</source>
            <translation>%1.ª preferencia</translation>
        </message>
        <message>
            <source>%1 choice, level</source>
            <translation>%1.ª preferencia, en empate</translation>
        </message>
        <message>
            <source>Supported</source>
            <translation>Apoyada</translation>
        </message>
        <message>
            <source>Score %1</source>
            <translation>Puntuación %1</translation>
        </message>
        <message>
            <source>Share your points out: press + (%1 at a time) or type a number next to a candidate.</source>
            <translation>Reparta sus puntos: pulse + (%1 cada vez) o escriba un número junto a una opción.</translation>
        </message>
        <message>
            <source>Tick every candidate you support, as many as you like.</source>
            <translation>Marque todas las opciones que apoya, tantas como quiera.</translation>
        </message>
        <message>
            <source>Rate each candidate from 0 (not at all) to %1 (most). Press a chosen score again to leave the candidate unrated.</source>
            <translation>Puntúe cada opción de 0 (nada) a %1 (máximo). Vuelva a pulsar una puntuación elegida para dejar la opción sin puntuar.</translation>
        </message>
        <message>
            <source>Click candidates in order of preference: your first choice first. You need not rank them all. To rank two candidates level, select the lower one and press “Level with above”.</source>
            <translation>Haga clic en las opciones por orden de preferencia: primero su opción preferida. No es necesario clasificarlas todas. Para empatar dos opciones, seleccione la de abajo y pulse «Empatar con la anterior».</translation>
        </message>
        <message>
            <source>Mark each candidate Must, Should, Could or Won't. Press a chosen mark again to clear it.</source>
            <translation>Marque cada opción como Must (imprescindible), Should (conveniente), Could (posible) o Won't (descartada). Vuelva a pulsar una marca elegida para borrarla.</translation>
        </message>
        <message>
            <source>%1, level: %2: %3</source>
            <translation>Puesto %1, en empate: %2: %3</translation>
        </message>
        <message>
            <source>= level with the one above</source>
            <translation>= empatada con la de arriba</translation>
        </message>
        <message>
            <source>Take one off %1</source>
            <translation>Quitar uno a %1</translation>
        </message>
        <message>
            <source>Add one to %1</source>
            <translation>Añadir uno a %1</translation>
        </message>
        <message>
            <source>Points for %1</source>
            <translation>Puntos para %1</translation>
        </message>
        <message>
            <source>Dots on %1</source>
            <translation>Puntos adhesivos en %1</translation>
        </message>
        <message>
            <source>at most %1 here</source>
            <translation>como máximo %1 aquí</translation>
        </message>
        <message>
            <source>Support %1</source>
            <translation>Apoyar %1</translation>
        </message>
        <message>
            <source>Support</source>
            <translation>Apoyar</translation>
        </message>
        <message>
            <source>not marked</source>
            <translation>sin marcar</translation>
        </message>
        <message>
            <source>not rated</source>
            <translation>sin puntuar</translation>
        </message>
    </context>
    <context>
        <name>Ballots document</name>
        <message>
            <source>Organisation {number}</source>
            <translation>Organización {number}</translation>
        </message>
        <message>
            <source>No organisations are registered yet, so there is nobody to print a ballot for. Register participants first, or ask for blank ballots.</source>
            <translation>Todavía no hay organizaciones registradas, por lo que no hay nadie para quien imprimir una papeleta. Registre primero a los participantes o solicite papeletas en blanco.</translation>
        </message>
        <message>
            <source>No participants are registered yet, so there is nobody to print a ballot for. Register participants first, or ask for blank ballots.</source>
            <translation>Todavía no hay participantes registrados, por lo que no hay nadie para quien imprimir una papeleta. Registre primero a los participantes o solicite papeletas en blanco.</translation>
        </message>
        <message numerus="yes">
            <source>%n ballot(s) is too many to print in one go (at most {most}). Lower the number of blank ballots.</source>
            <translation>
                <numerusform>No se puede imprimir %n papeleta de una vez (como máximo {most}). Reduzca el número de papeletas en blanco.</numerusform>
                <numerusform>No se pueden imprimir %n papeletas de una vez (como máximo {most}). Reduzca el número de papeletas en blanco.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n dot(s)</source>
            <translation>
                <numerusform>%n punto adhesivo</numerusform>
                <numerusform>%n puntos adhesivos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>You have %n dot(s). Give them to the recommendations that matter most to you: fill in one circle for each dot.</source>
            <translation>
                <numerusform>Tiene %n punto adhesivo. Asígnelo a la recomendación que más le importe: rellene un círculo por cada punto adhesivo.</numerusform>
                <numerusform>Tiene %n puntos adhesivos. Asígnelos a las recomendaciones que más le importen: rellene un círculo por cada punto adhesivo.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>You have %n dot(s). Give them to the recommendations that matter most to you: write in a recommendation's box how many dots you give it.</source>
            <translation>
                <numerusform>Tiene %n punto adhesivo. Asígnelo a la recomendación que más le importe: escriba en la casilla de una recomendación cuántos puntos adhesivos le da.</numerusform>
                <numerusform>Tiene %n puntos adhesivos. Asígnelos a las recomendaciones que más le importen: escriba en la casilla de cada recomendación cuántos puntos adhesivos le da.</numerusform>
            </translation>
        </message>
        <message>
            <source>Put at most 1 dot on one recommendation.</source>
            <translation>Ponga como máximo 1 punto adhesivo en una misma recomendación.</translation>
        </message>
        <message numerus="yes">
            <source>You may put up to %n dot(s) on one recommendation.</source>
            <translation>
                <numerusform>Puede poner hasta %n punto adhesivo en una misma recomendación.</numerusform>
                <numerusform>Puede poner hasta %n puntos adhesivos en una misma recomendación.</numerusform>
            </translation>
        </message>
        <message>
            <source>You may put several dots, or all of them, on one recommendation.</source>
            <translation>Puede poner varios puntos adhesivos, o todos, en una misma recomendación.</translation>
        </message>
        <message numerus="yes">
            <source>Use %n or fewer in all: a ballot with more dots than that cannot be counted.</source>
            <translation>
                <numerusform>Use %n o menos en total: una papeleta con más puntos adhesivos no se puede contar.</numerusform>
                <numerusform>Use %n o menos en total: una papeleta con más puntos adhesivos no se puede contar.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>You have %n point(s) to share out. Write in a recommendation's box how many points you give it; leave the box empty to give none.</source>
            <translation>
                <numerusform>Tiene %n punto para repartir. Escriba en la casilla de una recomendación cuántos puntos le da; deje la casilla vacía para no darle ninguno.</numerusform>
                <numerusform>Tiene %n puntos para repartir. Escriba en la casilla de cada recomendación cuántos puntos le da; deje la casilla vacía para no darle ninguno.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Give at most %n point(s) to one recommendation.</source>
            <translation>
                <numerusform>Dé como máximo %n punto a una misma recomendación.</numerusform>
                <numerusform>Dé como máximo %n puntos a una misma recomendación.</numerusform>
            </translation>
        </message>
        <message>
            <source>You may give all your points to one recommendation.</source>
            <translation>Puede dar todos sus puntos a una misma recomendación.</translation>
        </message>
        <message numerus="yes">
            <source>Your points must add up to %n or less: write your total at the bottom.</source>
            <translation>
                <numerusform>Sus puntos deben sumar %n o menos: escriba su total al pie.</numerusform>
                <numerusform>Sus puntos deben sumar %n o menos: escriba su total al pie.</numerusform>
            </translation>
        </message>
        <message>
            <source>Tick the box of every recommendation you support.</source>
            <translation>Marque la casilla de cada recomendación que apoye.</translation>
        </message>
        <message>
            <source>Tick as many as you like, or none.</source>
            <translation>Marque todas las que quiera, o ninguna.</translation>
        </message>
        <message>
            <source>Give each recommendation you want to rate one score from 0 (not a priority) to {top} (top priority): cross or fill in the circle of that score. One score per recommendation.</source>
            <translation>Dé a cada recomendación que quiera puntuar una puntuación de 0 (no es prioritaria) a {top} (máxima prioridad): marque con una cruz o rellene el círculo de esa puntuación. Una sola puntuación por recomendación.</translation>
        </message>
        <message>
            <source>Leave a recommendation empty if you do not want to rate it: an empty row is not a 0.</source>
            <translation>Deje una recomendación en blanco si no quiere puntuarla: una fila en blanco no equivale a 0.</translation>
        </message>
        <message>
            <source>Rank the recommendations: write 1 in the box of your first choice, 2 for your second choice, and so on.</source>
            <translation>Clasifique las recomendaciones: escriba 1 en la casilla de su primera opción, 2 en la de su segunda opción, y así sucesivamente.</translation>
        </message>
        <message>
            <source>Rank as many as you like and leave the others empty.</source>
            <translation>Clasifique todas las que quiera y deje las demás en blanco.</translation>
        </message>
        <message>
            <source>You may rank recommendations level: give them the same number, then go on from the number after the places they fill (1, 2, 2, 4).</source>
            <translation>Puede clasificar recomendaciones empatadas: deles el mismo número y continúe con el número siguiente a los puestos que ocupan (1, 2, 2, 4).</translation>
        </message>
        <message>
            <source>The higher you rank a recommendation, the more points it gets: with 5 ranked, your first choice gets 5 points, the second 4, down to 1 for the fifth. Recommendations ranked level share the points of their places.</source>
            <translation>Cuanto más alto clasifique una recomendación, más puntos recibe: con 5 clasificadas, su primera opción recibe 5 puntos, la segunda 4, y así hasta 1 para la quinta. Las recomendaciones empatadas se reparten los puntos de sus puestos.</translation>
        </message>
        <message>
            <source>A recommendation you leave empty counts as below every one you rank.</source>
            <translation>Una recomendación que deje en blanco cuenta como inferior a todas las que clasifique.</translation>
        </message>
        <message>
            <source>For each recommendation, cross or fill in one letter: M = Must, S = Should, C = Could, W = Won't.</source>
            <translation>Para cada recomendación, marque con una cruz o rellene una letra: M = Must (imprescindible), S = Should (conveniente), C = Could (posible), W = Won't (descartada).</translation>
        </message>
        <message>
            <source>Leave a recommendation empty if you have no view on it.</source>
            <translation>Deje una recomendación en blanco si no tiene opinión sobre ella.</translation>
        </message>
        <message>
            <source>Your dots</source>
            <translation>Sus puntos adhesivos</translation>
        </message>
        <message>
            <source>Points</source>
            <translation>Puntos</translation>
        </message>
        <message>
            <source>Tick</source>
            <translation>Marca</translation>
        </message>
        <message>
            <source>Your score (0–{top})</source>
            <translation>Su puntuación (0–{top})</translation>
        </message>
        <message>
            <source>Your rank</source>
            <translation>Su puesto</translation>
        </message>
        <message>
            <source>Your choice</source>
            <translation>Su opción</translation>
        </message>
        <message>
            <source>Fold the sheet with your marks inside and put it in the ballot box.</source>
            <translation>Doble la hoja con sus marcas hacia dentro y deposítela en la urna.</translation>
        </message>
        <message>
            <source>Hand the sheet to the facilitator.</source>
            <translation>Entregue la hoja al facilitador.</translation>
        </message>
        <message>
            <source>Ballot {number} of {total}</source>
            <translation>Papeleta {number} de {total}</translation>
        </message>
        <message>
            <source>BALLOT</source>
            <translation>PAPELETA</translation>
        </message>
        <message>
            <source>Secret ballot: do not write your name</source>
            <translation>Votación secreta: no escriba su nombre</translation>
        </message>
        <message>
            <source>Nothing on this sheet links it to you. Make your marks, then fold the sheet.</source>
            <translation>Nada en esta hoja permite vincularla con usted. Haga sus marcas y luego doble la hoja.</translation>
        </message>
        <message>
            <source>BALLOT CODE</source>
            <translation>CÓDIGO DE VOTACIÓN</translation>
        </message>
        <message>
            <source>Copy the code from the slip you took. A ballot without a valid, unused code is not counted.</source>
            <translation>Copie el código de la tarjeta que tomó. No se contará una papeleta sin un código válido y no utilizado.</translation>
        </message>
        <message>
            <source>ORGANISATION</source>
            <translation>ORGANIZACIÓN</translation>
        </message>
        <message>
            <source>VOTER</source>
            <translation>VOTANTE</translation>
        </message>
        <message>
            <source>Write the name of your organisation on the line, so that your vote is counted for it.</source>
            <translation>Escriba el nombre de su organización en la línea, para que su voto se cuente a nombre de ella.</translation>
        </message>
        <message>
            <source>Write your name on the line, so that your vote is counted for you.</source>
            <translation>Escriba su nombre en la línea, para que su voto se cuente a su nombre.</translation>
        </message>
        <message>
            <source>One ballot per organisation: agree on your marks together.</source>
            <translation>Una papeleta por organización: pónganse de acuerdo sobre sus marcas.</translation>
        </message>
        <message>
            <source>Open ballot: who voted how is recorded. Vote only on the ballot with your name.</source>
            <translation>Votación pública: se registra qué votó cada persona. Vote solo en la papeleta que lleva su nombre.</translation>
        </message>
        <message>
            <source>PAPER BALLOT</source>
            <translation>PAPELETA EN PAPEL</translation>
        </message>
        <message>
            <source>How to vote: {method}</source>
            <translation>Cómo votar: {method}</translation>
        </message>
        <message>
            <source>Ballot {number} (continued)</source>
            <translation>Papeleta {number} (continuación)</translation>
        </message>
        <message>
            <source>Ballot {number} continues on the next page</source>
            <translation>La papeleta {number} continúa en la página siguiente</translation>
        </message>
        <message>
            <source>Shortened to fit the ballot: the full text is in the recommendation handout.</source>
            <translation>Texto abreviado para que quepa en la papeleta: el texto completo figura en el folleto de recomendaciones.</translation>
        </message>
        <message>
            <source>Ref.</source>
            <translation>Ref.</translation>
        </message>
        <message>
            <source>Recommendation</source>
            <translation>Recomendación</translation>
        </message>
        <message>
            <source>Total of your points (at most {budget})</source>
            <translation>Total de sus puntos (como máximo {budget})</translation>
        </message>
        <message numerus="yes">
            <source>Check: no more than %n dot(s) in all.</source>
            <translation>
                <numerusform>Comprobación: no más de %n punto adhesivo en total.</numerusform>
                <numerusform>Comprobación: no más de %n puntos adhesivos en total.</numerusform>
            </translation>
        </message>
        <message>
            <source>Check: numbers start from 1; the same number twice means ranked level.</source>
            <translation>Compruebe: los números empiezan por 1; el mismo número dos veces significa que están empatadas.</translation>
        </message>
        <message>
            <source>Paper ballots: {round}</source>
            <translation>Papeletas en papel: {round}</translation>
        </message>
        <message>
            <source>Secret ballot</source>
            <translation>Votación secreta</translation>
        </message>
        <message>
            <source>Open ballot</source>
            <translation>Votación pública</translation>
        </message>
        <message>
            <source>Paper ballots</source>
            <translation>Papeletas en papel</translation>
        </message>
    </context>
    <context>
        <name>ChangePassphraseDialog</name>
        <message>
            <source>Change passphrase</source>
            <translation>Cambiar la frase de contraseña</translation>
        </message>
        <message>
            <source>Current passphrase</source>
            <translation>Frase de contraseña actual</translation>
        </message>
        <message>
            <source>New passphrase</source>
            <translation>Nueva frase de contraseña</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>The file is re-encrypted with the new passphrase. The recovery key changes too: the old one stops working, and the new one is shown next.</source>
            <translation>El archivo se vuelve a cifrar con la nueva frase de contraseña. La clave de recuperación también cambia: la anterior deja de funcionar, y a continuación se muestra la nueva.</translation>
        </message>
        <message>
            <source>Type the current passphrase.</source>
            <translation>Escriba la frase de contraseña actual.</translation>
        </message>
        <message>
            <source>The current passphrase is not right. Nothing was changed.</source>
            <translation>La frase de contraseña actual no es correcta. No se modificó nada.</translation>
        </message>
        <message>
            <source>The passphrase could not be changed: {reason}. The old passphrase still works.</source>
            <translation>No se pudo cambiar la frase de contraseña: {reason}. La frase de contraseña anterior sigue funcionando.</translation>
        </message>
    </context>
    <context>
        <name>Charter annex</name>
        <message>
            <source>No.</source>
            <translation>N.º</translation>
        </message>
        <message>
            <source>Recommendation</source>
            <translation>Recomendación</translation>
        </message>
        <message>
            <source>State(s)</source>
            <translation>Estados</translation>
        </message>
        <message>
            <source>Response</source>
            <translation>Respuesta</translation>
        </message>
        <message>
            <source>Recommending State(s)</source>
            <translation>Estado(s) recomendante(s)</translation>
        </message>
    </context>
    <context>
        <name>Charter document</name>
        <message>
            <source>Outcome charter</source>
            <translation>Carta final</translation>
        </message>
        <message>
            <source>Preamble</source>
            <translation>Preámbulo</translation>
        </message>
        <message>
            <source>DRAFT</source>
            <translation>BORRADOR</translation>
        </message>
        <message>
            <source>Recommendations</source>
            <translation>Recomendaciones</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>Nivel</translation>
        </message>
        <message>
            <source>Implementation status</source>
            <translation>Situación de la aplicación</translation>
        </message>
        <message>
            <source>Draft — not yet adopted</source>
            <translation>Borrador: todavía no adoptado</translation>
        </message>
        <message>
            <source>First cycle</source>
            <translation>Primer ciclo</translation>
        </message>
        <message>
            <source>Second cycle</source>
            <translation>Segundo ciclo</translation>
        </message>
        <message>
            <source>Third cycle</source>
            <translation>Tercer ciclo</translation>
        </message>
        <message>
            <source>Fourth cycle</source>
            <translation>Cuarto ciclo</translation>
        </message>
        <message>
            <source>Fifth cycle</source>
            <translation>Quinto ciclo</translation>
        </message>
        <message>
            <source>Cycle {number}</source>
            <translation>Ciclo {number}</translation>
        </message>
        <message>
            <source>Organised by</source>
            <translation>Organizado por</translation>
        </message>
        <message>
            <source>{cycle}, reviewed on {date}</source>
            <translation>{cycle}, examen celebrado el {date}</translation>
        </message>
        <message>
            <source>Reviewed on {date}</source>
            <translation>Examen celebrado el {date}</translation>
        </message>
        <message>
            <source>Universal Periodic Review of {country}</source>
            <translation>Examen Periódico Universal de {country}</translation>
        </message>
        <message>
            <source>A new draft of the charter adopted on {date} at {place}.</source>
            <translation>Nuevo borrador de la carta adoptada el {date} en {place}.</translation>
        </message>
        <message>
            <source>A new draft of the charter adopted on {date}.</source>
            <translation>Nuevo borrador de la carta adoptada el {date}.</translation>
        </message>
        <message>
            <source>A new draft of the charter adopted at {place}.</source>
            <translation>Nuevo borrador de la carta adoptada en {place}.</translation>
        </message>
        <message>
            <source>A new draft of the charter adopted earlier.</source>
            <translation>Nuevo borrador de la carta adoptada anteriormente.</translation>
        </message>
        <message>
            <source>This text may still change until the organisations adopt it.</source>
            <translation>Este texto aún puede modificarse hasta que las organizaciones lo adopten.</translation>
        </message>
        <message>
            <source>Recommendation</source>
            <translation>Recomendación</translation>
        </message>
        <message>
            <source>Priority {number}</source>
            <translation>Prioridad {number}</translation>
        </message>
        <message>
            <source>National</source>
            <comment>level of action</comment>
            <translation>Nacional</translation>
        </message>
        <message>
            <source>Regional</source>
            <comment>level of action</comment>
            <translation>Regional</translation>
        </message>
        <message>
            <source>International</source>
            <comment>level of action</comment>
            <translation>Internacional</translation>
        </message>
        <message>
            <source>Priorities</source>
            <translation>Prioridades</translation>
        </message>
        <message>
            <source>Action points</source>
            <translation>Medidas</translation>
        </message>
        <message>
            <source>Monitoring and follow-up</source>
            <translation>Vigilancia y seguimiento</translation>
        </message>
        <message>
            <source>Endorsements</source>
            <translation>Adhesiones</translation>
        </message>
        <message>
            <source>Annex: recommendations cited</source>
            <translation>Anexo: recomendaciones citadas</translation>
        </message>
        <message>
            <source>Expected government action</source>
            <translation>Medidas que se esperan del Gobierno</translation>
        </message>
        <message>
            <source>CSO actions and advocacy</source>
            <translation>Medidas y labor de incidencia de las OSC</translation>
        </message>
        <message>
            <source>Lead actor</source>
            <translation>Responsable principal</translation>
        </message>
        <message>
            <source>Partners</source>
            <translation>Asociados</translation>
        </message>
        <message>
            <source>Indicators or benchmarks</source>
            <translation>Indicadores o puntos de referencia</translation>
        </message>
        <message>
            <source>Resources needed</source>
            <translation>Recursos necesarios</translation>
        </message>
        <message>
            <source>Timeline and milestones</source>
            <translation>Calendario e hitos</translation>
        </message>
    </context>
    <context>
        <name>Charter status</name>
        <message>
            <source>Adopted on {date} at {place}</source>
            <translation>Adoptada el {date} en {place}</translation>
        </message>
        <message>
            <source>Adopted on {date}</source>
            <translation>Adoptada el {date}</translation>
        </message>
        <message>
            <source>Adopted at {place}</source>
            <translation>Adoptada en {place}</translation>
        </message>
        <message>
            <source>Adopted</source>
            <translation>Adoptada</translation>
        </message>
        <message>
            <source>{draft}: changed since its adoption on {date} at {place}</source>
            <translation>{draft}: modificada desde su adopción el {date} en {place}</translation>
        </message>
        <message>
            <source>{draft}: changed since its adoption on {date}</source>
            <translation>{draft}: modificada desde su adopción el {date}</translation>
        </message>
        <message>
            <source>{draft}: changed since its adoption at {place}</source>
            <translation>{draft}: modificada desde su adopción en {place}</translation>
        </message>
        <message>
            <source>{draft}: changed since its adoption</source>
            <translation>{draft}: modificada desde su adopción</translation>
        </message>
    </context>
    <context>
        <name>Charter template</name>
        <message>
            <source>{start} to {end}</source>
            <translation>{start} a {end}</translation>
        </message>
    </context>
    <context>
        <name>CharterOutline</name>
        <message numerus="yes">
            <source>%n open comment(s)</source>
            <translation>
                <numerusform>%n comentario abierto</numerusform>
                <numerusform>%n comentarios abiertos</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CharterPage</name>
        <message>
            <source>Action point saved. Undo with Ctrl+Z.</source>
            <translation>Medida guardada. Para deshacer, pulse Ctrl+Z.</translation>
        </message>
        <message>
            <source>%1 action points</source>
            <translation>%1 medidas</translation>
        </message>
        <message>
            <source>None yet.</source>
            <translation>Ninguna todavía.</translation>
        </message>
        <message>
            <source>Add an action point…</source>
            <translation>Añadir una medida…</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Añadir</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Eliminar</translation>
        </message>
        <message>
            <source>Edit</source>
            <translation>Editar</translation>
        </message>
        <message>
            <source>Action point added. Undo with Ctrl+Z.</source>
            <translation>Medida añadida. Para deshacer, pulse Ctrl+Z.</translation>
        </message>
        <message>
            <source>Action point deleted. Undo with Ctrl+Z.</source>
            <translation>Medida eliminada. Para deshacer, pulse Ctrl+Z.</translation>
        </message>
        <message>
            <source>Plan of action</source>
            <translation>Plan de acción</translation>
        </message>
        <message>
            <source>What the organisations will do at home, in the region and at the UN. Press Enter to add; double-click a point to change it.</source>
            <translation>Lo que las organizaciones harán en el país, en la región y en las Naciones Unidas. Pulse Intro para añadir una medida; haga doble clic en una medida para cambiarla.</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>Número</translation>
        </message>
        <message>
            <source>Recommendation</source>
            <translation>Recomendación</translation>
        </message>
        <message>
            <source>Recommending States</source>
            <translation>Estados recomendantes</translation>
        </message>
        <message>
            <source>Response</source>
            <translation>Respuesta</translation>
        </message>
        <message>
            <source>Supported</source>
            <translation>Apoyada</translation>
        </message>
        <message>
            <source>Noted</source>
            <translation>Anotada</translation>
        </message>
        <message>
            <source>Pending</source>
            <translation>Pendiente</translation>
        </message>
        <message>
            <source>Not known</source>
            <translation>Desconocida</translation>
        </message>
        <message>
            <source>Recommendations cited</source>
            <translation>Recomendaciones citadas</translation>
        </message>
        <message>
            <source>The annex lists the recommendations the priorities cite. None are cited yet.</source>
            <translation>El anexo enumera las recomendaciones citadas en las prioridades. Todavía no se cita ninguna.</translation>
        </message>
        <message>
            <source>Built automatically</source>
            <translation>Generado automáticamente</translation>
        </message>
        <message>
            <source>Built from the recommendations the priorities cite, in the order they are first cited: %1 in all. It updates itself.</source>
            <translation>Generado a partir de las recomendaciones citadas en las prioridades, en el orden en que se citan por primera vez: %1 en total. Se actualiza automáticamente.</translation>
        </message>
        <message>
            <source>{time}  ·  resolved</source>
            <translation>{time}  ·  resuelto</translation>
        </message>
        <message>
            <source>Reopen</source>
            <translation>Reabrir</translation>
        </message>
        <message>
            <source>Mark resolved</source>
            <translation>Marcar como resuelto</translation>
        </message>
        <message>
            <source>COMMENTS</source>
            <translation>COMENTARIOS</translation>
        </message>
        <message>
            <source>No comments on this part yet.</source>
            <translation>Todavía no hay comentarios sobre esta parte.</translation>
        </message>
        <message>
            <source>Add a comment on this part…</source>
            <translation>Añadir un comentario sobre esta parte…</translation>
        </message>
        <message>
            <source>Whose comment it is. Anonymous leaves no name in the file.</source>
            <translation>De quién es el comentario. Con «Anónimo» no queda ningún nombre en el archivo.</translation>
        </message>
        <message>
            <source>Comment from</source>
            <translation>Comentario de</translation>
        </message>
        <message>
            <source>Add comment</source>
            <translation>Añadir comentario</translation>
        </message>
        <message>
            <source>From</source>
            <comment>the author of a comment</comment>
            <translation>De</translation>
        </message>
        <message>
            <source>On “%1”</source>
            <translation>Sobre «%1»</translation>
        </message>
        <message>
            <source>No open comments on this part.</source>
            <translation>No hay comentarios abiertos sobre esta parte.</translation>
        </message>
        <message>
            <source>Anonymous</source>
            <translation>Anónimo</translation>
        </message>
        <message>
            <source>Comment added. Undo with Ctrl+Z.</source>
            <translation>Comentario añadido. Para deshacer, pulse Ctrl+Z.</translation>
        </message>
        <message>
            <source>Comment marked resolved.</source>
            <translation>Comentario marcado como resuelto.</translation>
        </message>
        <message>
            <source>Comment reopened.</source>
            <translation>Comentario reabierto.</translation>
        </message>
        <message>
            <source>Comment deleted. Undo with Ctrl+Z.</source>
            <translation>Comentario eliminado. Para deshacer, pulse Ctrl+Z.</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organización</translation>
        </message>
        <message>
            <source>Representative</source>
            <translation>Representante</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Cargo</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <source>Signed on paper</source>
            <translation>Firmado en papel</translation>
        </message>
        <message>
            <source>Tick when the organisation's signed page is back.</source>
            <translation>Marque la casilla cuando se haya devuelto la página firmada por la organización.</translation>
        </message>
        <message>
            <source>Signed</source>
            <translation>Firmado</translation>
        </message>
        <message>
            <source>%1: signed on paper.</source>
            <translation>%1: firmado en papel.</translation>
        </message>
        <message>
            <source>%1: no longer marked as signed.</source>
            <translation>%1: ya no figura como firmado.</translation>
        </message>
        <message>
            <source>Endorsement saved. Undo with Ctrl+Z.</source>
            <translation>Adhesión guardada. Para deshacer, pulse Ctrl+Z.</translation>
        </message>
        <message>
            <source>Add an endorsement</source>
            <translation>Añadir una adhesión</translation>
        </message>
        <message>
            <source>Change the endorsement</source>
            <translation>Cambiar la adhesión</translation>
        </message>
        <message>
            <source>The organisation's name, as it signs</source>
            <translation>El nombre de la organización, tal como firma</translation>
        </message>
        <message>
            <source>Name of the person who signs</source>
            <translation>Nombre de la persona que firma</translation>
        </message>
        <message>
            <source>Executive director, chair…</source>
            <translation>Dirección ejecutiva, presidencia…</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Guardar</translation>
        </message>
        <message>
            <source>The charter prints a signature line for each organisation. A representative is printed by name: ask them first.</source>
            <translation>La carta imprime una línea de firma para cada organización. El nombre del representante figura impreso: pídale su consentimiento antes.</translation>
        </message>
        <message>
            <source>“%1” is not a date. Write it as 2025-03-14, or leave it empty.</source>
            <translation>«%1» no es una fecha. Escríbala como 2025-03-14 o déjela vacía.</translation>
        </message>
        <message>
            <source>Add…</source>
            <translation>Añadir…</translation>
        </message>
        <message>
            <source>Add the participants' organisations</source>
            <translation>Añadir las organizaciones de los participantes</translation>
        </message>
        <message>
            <source>One endorsement for each registered organisation not yet listed</source>
            <translation>Una adhesión por cada organización registrada que aún no figure en la lista</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Editar…</translation>
        </message>
        <message>
            <source>Endorsements</source>
            <translation>Adhesiones</translation>
        </message>
        <message>
            <source>No endorsements yet. Add the organisations registered with the participants, or add organisations one by one.</source>
            <translation>Todavía no hay adhesiones. Añada las organizaciones registradas con los participantes, o añada organizaciones una por una.</translation>
        </message>
        <message>
            <source>Signatures</source>
            <translation>Firmas</translation>
        </message>
        <message>
            <source>The organisations that adopt the charter. Double-click a cell to change it; tick “Signed on paper” when the signed page is back.</source>
            <translation>Las organizaciones que adoptan la carta. Haga doble clic en una celda para cambiarla; marque «Firmado en papel» cuando se haya devuelto la página firmada.</translation>
        </message>
        <message>
            <source>Endorsement added. Undo with Ctrl+Z.</source>
            <translation>Adhesión añadida. Para deshacer, pulse Ctrl+Z.</translation>
        </message>
        <message>
            <source>The endorsement of %1 was deleted. Undo with Ctrl+Z.</source>
            <translation>Se eliminó la adhesión de %1. Para deshacer, pulse Ctrl+Z.</translation>
        </message>
        <message>
            <source>National</source>
            <translation>Nacional</translation>
        </message>
        <message>
            <source>Regional</source>
            <translation>Regional</translation>
        </message>
        <message>
            <source>International</source>
            <translation>Internacional</translation>
        </message>
        <message>
            <source>Not started</source>
            <translation>No iniciada</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>En curso</translation>
        </message>
        <message>
            <source>Partially implemented</source>
            <translation>Aplicada parcialmente</translation>
        </message>
        <message>
            <source>Fully implemented</source>
            <translation>Aplicada plenamente</translation>
        </message>
        <message>
            <source>Action points by level</source>
            <translation>Medidas por nivel</translation>
        </message>
        <message>
            <source>Title and details</source>
            <translation>Título y detalles</translation>
        </message>
        <message>
            <source>Untitled section</source>
            <translation>Sección sin título</translation>
        </message>
        <message>
            <source>Untitled priority</source>
            <translation>Prioridad sin título</translation>
        </message>
        <message>
            <source>Parts of the charter</source>
            <translation>Partes de la carta</translation>
        </message>
        <message>
            <source>Plan: %1 of %2 parts written</source>
            <translation>Plan: %1 de %2 partes redactadas</translation>
        </message>
        <message>
            <source>Everything you type is saved as you go; there is no Save button to forget.</source>
            <translation>Todo lo que escribe se guarda sobre la marcha; no hace falta ningún botón Guardar.</translation>
        </message>
        <message>
            <source>Save version…</source>
            <translation>Guardar versión…</translation>
        </message>
        <message>
            <source>Keep the charter as it is now, under a name</source>
            <translation>Conservar la carta tal como está ahora, con un nombre</translation>
        </message>
        <message>
            <source>Versions…</source>
            <translation>Versiones…</translation>
        </message>
        <message>
            <source>Compare versions word by word, or restore one</source>
            <translation>Comparar versiones palabra por palabra, o restaurar una</translation>
        </message>
        <message>
            <source>Comments</source>
            <translation>Comentarios</translation>
        </message>
        <message>
            <source>Show or hide the comments on the part shown</source>
            <translation>Mostrar u ocultar los comentarios sobre la parte mostrada</translation>
        </message>
        <message>
            <source>Adopt charter…</source>
            <translation>Adoptar la carta…</translation>
        </message>
        <message>
            <source>Freeze the charter as adopted, with its date and place</source>
            <translation>Fijar la carta como adoptada, con su fecha y lugar</translation>
        </message>
        <message>
            <source>+ Section</source>
            <translation>+ Sección</translation>
        </message>
        <message>
            <source>Add a free section with its own heading</source>
            <translation>Añadir una sección libre con su propio encabezado</translation>
        </message>
        <message>
            <source>+ Priority ▾</source>
            <translation>+ Prioridad ▾</translation>
        </message>
        <message>
            <source>Add priorities from clusters, recommendations or a voting round</source>
            <translation>Añadir prioridades a partir de grupos temáticos, recomendaciones o una ronda de votación</translation>
        </message>
        <message>
            <source>From a cluster…</source>
            <translation>A partir de un grupo temático…</translation>
        </message>
        <message>
            <source>From recommendations…</source>
            <translation>A partir de recomendaciones…</translation>
        </message>
        <message>
            <source>Fill from a closed voting round…</source>
            <translation>Completar a partir de una ronda de votación cerrada…</translation>
        </message>
        <message>
            <source>Outcome charter</source>
            <translation>Carta final</translation>
        </message>
        <message>
            <source>1 priority</source>
            <translation>1 prioridad</translation>
        </message>
        <message numerus="yes">
            <source>%n priorities</source>
            <translation>
                <numerusform>%n prioridad</numerusform>
                <numerusform>%n prioridades</numerusform>
            </translation>
        </message>
        <message>
            <source>1 recommendation cited</source>
            <translation>1 recomendación citada</translation>
        </message>
        <message numerus="yes">
            <source>%n recommendations cited</source>
            <translation>
                <numerusform>%n recomendación citada</numerusform>
                <numerusform>%n recomendaciones citadas</numerusform>
            </translation>
        </message>
        <message>
            <source>Adopted on %1 at %2</source>
            <translation>Adoptada el %1 en %2</translation>
        </message>
        <message>
            <source>Editing starts a new draft; the adopted text stays as it was</source>
            <translation>Al editar se inicia un nuevo borrador; el texto adoptado se mantiene tal como estaba</translation>
        </message>
        <message>
            <source>Draft</source>
            <translation>Borrador</translation>
        </message>
        <message>
            <source>Changed since it was adopted on %1; the adopted text stays as it was</source>
            <translation>Modificada desde su adopción el %1; el texto adoptado se mantiene tal como estaba</translation>
        </message>
        <message>
            <source>✓ All changes saved</source>
            <translation>✓ Todos los cambios guardados</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>Guardando…</translation>
        </message>
        <message>
            <source>a blank charter</source>
            <translation>una carta en blanco</translation>
        </message>
        <message>
            <source>Charter started from %1. Undo with Ctrl+Z.</source>
            <translation>Carta iniciada a partir de %1. Para deshacer, pulse Ctrl+Z.</translation>
        </message>
        <message>
            <source>New section</source>
            <translation>Nueva sección</translation>
        </message>
        <message>
            <source>Section added. Undo with Ctrl+Z.</source>
            <translation>Sección añadida. Para deshacer, pulse Ctrl+Z.</translation>
        </message>
        <message>
            <source>Section moved. Undo with Ctrl+Z.</source>
            <translation>Sección movida. Para deshacer, pulse Ctrl+Z.</translation>
        </message>
        <message>
            <source>this untitled section</source>
            <translation>esta sección sin título</translation>
        </message>
        <message>
            <source>Delete a section</source>
            <translation>Eliminar una sección</translation>
        </message>
        <message>
            <source>Delete the section “%1” and its comments? You can undo this with Ctrl+Z.</source>
            <translation>¿Eliminar la sección «%1» y sus comentarios? Puede deshacerlo con Ctrl+Z.</translation>
        </message>
        <message>
            <source>Section deleted. Undo with Ctrl+Z.</source>
            <translation>Sección eliminada. Para deshacer, pulse Ctrl+Z.</translation>
        </message>
        <message>
            <source>Add 1 priority</source>
            <translation>Añadir 1 prioridad</translation>
        </message>
        <message>
            <source>Add %1 priorities</source>
            <translation>Añadir %1 prioridades</translation>
        </message>
        <message>
            <source>1 priority added. Undo with Ctrl+Z.</source>
            <translation>1 prioridad añadida. Para deshacer, pulse Ctrl+Z.</translation>
        </message>
        <message numerus="yes">
            <source>%n priorities added. Undo with Ctrl+Z.</source>
            <translation>
                <numerusform>Se añadió %n prioridad. Para deshacer, pulse Ctrl+Z.</numerusform>
                <numerusform>Se añadieron %n prioridades. Para deshacer, pulse Ctrl+Z.</numerusform>
            </translation>
        </message>
        <message>
            <source>Priority “%1” added. Undo with Ctrl+Z.</source>
            <translation>Prioridad «%1» añadida. Para deshacer, pulse Ctrl+Z.</translation>
        </message>
        <message>
            <source>Priorities put in the round's order; %1 added. Undo with Ctrl+Z.</source>
            <translation>Prioridades ordenadas según la ronda; %1 añadidas. Para deshacer, pulse Ctrl+Z.</translation>
        </message>
        <message>
            <source>Priority moved to place %1. Undo with Ctrl+Z.</source>
            <translation>Prioridad movida al puesto %1. Para deshacer, pulse Ctrl+Z.</translation>
        </message>
        <message>
            <source>Delete a priority</source>
            <translation>Eliminar una prioridad</translation>
        </message>
        <message>
            <source>Delete the priority “%1”, its plan and its comments? The recommendations stay in the workshop. You can undo this with Ctrl+Z.</source>
            <translation>¿Eliminar la prioridad «%1», su plan y sus comentarios? Las recomendaciones permanecen en el taller. Puede deshacerlo con Ctrl+Z.</translation>
        </message>
        <message>
            <source>Priority deleted. Undo with Ctrl+Z.</source>
            <translation>Prioridad eliminada. Para deshacer, pulse Ctrl+Z.</translation>
        </message>
        <message>
            <source>Version saved. Compare it or go back to it under “Versions…”.</source>
            <translation>Versión guardada. Compárela o vuelva a ella en «Versiones…».</translation>
        </message>
        <message>
            <source>The charter can't be adopted yet</source>
            <translation>Todavía no se puede adoptar la carta</translation>
        </message>
        <message>
            <source>The charter still holds template guidance in [square brackets], in: {parts}.

Adopt the charter as it is? To replace the guidance first, choose Cancel.</source>
            <translation>La carta todavía contiene orientaciones de la plantilla [entre corchetes], en: {parts}.

¿Desea adoptar la carta tal como está? Para sustituir antes las orientaciones, elija Cancelar.</translation>
        </message>
        <message>
            <source>The charter is not finished</source>
            <translation>La carta no está terminada</translation>
        </message>
        <message>
            <source>Charter adopted on %1 at %2. Its text is kept as adopted.</source>
            <translation>Carta adoptada el %1 en %2. Su texto se conserva tal como se adoptó.</translation>
        </message>
        <message>
            <source>Read-only: nothing here can be changed</source>
            <translation>Solo lectura: aquí no se puede cambiar nada</translation>
        </message>
        <message>
            <source>About the charter</source>
            <translation>Acerca de la carta</translation>
        </message>
        <message>
            <source>These head the printed charter. They came from the workshop's details; change them here for the charter alone.</source>
            <translation>Estos datos encabezan la carta impresa. Proceden de los detalles del taller; cámbielos aquí solo para la carta.</translation>
        </message>
        <message>
            <source>The charter's title</source>
            <translation>Título de la carta</translation>
        </message>
        <message>
            <source>City, country</source>
            <translation>Ciudad, país</translation>
        </message>
        <message>
            <source>2025-03-12</source>
            <translation>2025-03-12</translation>
        </message>
        <message>
            <source>2025-03-14</source>
            <translation>2025-03-14</translation>
        </message>
        <message>
            <source>One organisation per line</source>
            <translation>Una organización por línea</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Título</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Lugar</translation>
        </message>
        <message>
            <source>From</source>
            <comment>the workshop's start date</comment>
            <translation>Desde</translation>
        </message>
        <message>
            <source>To</source>
            <comment>the workshop's end date</comment>
            <translation>Hasta</translation>
        </message>
        <message>
            <source>Dates as year-month-day, such as 2025-03-12.</source>
            <translation>Fechas en formato año-mes-día, como 2025-03-12.</translation>
        </message>
        <message>
            <source>Organisers</source>
            <translation>Organizadores</translation>
        </message>
        <message>
            <source>One organisation per line, as they appear on the charter.</source>
            <translation>Una organización por línea, tal como figuran en la carta.</translation>
        </message>
        <message>
            <source>The context: the review, the recommendations received, the process that led to this charter…</source>
            <translation>El contexto: el examen, las recomendaciones recibidas, el proceso que condujo a esta carta…</translation>
        </message>
        <message>
            <source>Who follows up, when progress is reviewed, and the mid-term report…</source>
            <translation>Quién hace el seguimiento, cuándo se examinan los progresos y el informe de mitad de período…</translation>
        </message>
        <message>
            <source>Context, the review, the process followed.</source>
            <translation>Contexto, el examen, el proceso seguido.</translation>
        </message>
        <message>
            <source>Who follows up, when progress is reviewed, the mid-term report.</source>
            <translation>Quién hace el seguimiento, cuándo se examinan los progresos, el informe de mitad de período.</translation>
        </message>
        <message>
            <source>Saved as you type.</source>
            <translation>Se guarda mientras escribe.</translation>
        </message>
        <message>
            <source>The charter's text</source>
            <translation>Texto de la carta</translation>
        </message>
        <message>
            <source>Move the section up (Alt+Up in the outline)</source>
            <translation>Subir la sección (Alt+Arriba en el esquema)</translation>
        </message>
        <message>
            <source>Move the section down (Alt+Down in the outline)</source>
            <translation>Bajar la sección (Alt+Abajo en el esquema)</translation>
        </message>
        <message>
            <source>Delete…</source>
            <translation>Eliminar…</translation>
        </message>
        <message>
            <source>Delete this section</source>
            <translation>Eliminar esta sección</translation>
        </message>
        <message>
            <source>Heading of the section</source>
            <translation>Encabezado de la sección</translation>
        </message>
        <message>
            <source>The section's text…</source>
            <translation>Texto de la sección…</translation>
        </message>
        <message>
            <source>Heading</source>
            <translation>Encabezado</translation>
        </message>
        <message>
            <source>Section %1 of %2</source>
            <translation>Sección %1 de %2</translation>
        </message>
        <message>
            <source>A free section with its own heading.</source>
            <translation>Una sección libre con su propio encabezado.</translation>
        </message>
        <message>
            <source>A priority from recommendations</source>
            <translation>Una prioridad a partir de recomendaciones</translation>
        </message>
        <message>
            <source>Add recommendations to “%1”</source>
            <translation>Añadir recomendaciones a «%1»</translation>
        </message>
        <message>
            <source>Tick the recommendations the priority covers. Search by words, number or State.</source>
            <translation>Marque las recomendaciones que abarca la prioridad. Busque por palabras, número o Estado.</translation>
        </message>
        <message>
            <source>Tick the recommendations to add. Those it already covers are not listed.</source>
            <translation>Marque las recomendaciones que desea añadir. No se enumeran las que ya abarca.</translation>
        </message>
        <message>
            <source>Search the recommendations</source>
            <translation>Buscar en las recomendaciones</translation>
        </message>
        <message>
            <source>The priority's title, such as “Access to justice for women”</source>
            <translation>Título de la prioridad, como «Acceso de las mujeres a la justicia»</translation>
        </message>
        <message>
            <source>Add the priority</source>
            <translation>Añadir la prioridad</translation>
        </message>
        <message>
            <source>Add recommendations</source>
            <translation>Añadir recomendaciones</translation>
        </message>
        <message>
            <source>Title of the priority</source>
            <translation>Título de la prioridad</translation>
        </message>
        <message>
            <source>Add 1 recommendation</source>
            <translation>Añadir 1 recomendación</translation>
        </message>
        <message>
            <source>Add %1 recommendations</source>
            <translation>Añadir %1 recomendaciones</translation>
        </message>
        <message>
            <source>Cluster</source>
            <translation>Grupo temático</translation>
        </message>
        <message>
            <source>Recommendations</source>
            <translation>Recomendaciones</translation>
        </message>
        <message>
            <source>In the charter</source>
            <translation>En la carta</translation>
        </message>
        <message>
            <source>Priority %1</source>
            <translation>Prioridad %1</translation>
        </message>
        <message>
            <source>Empty</source>
            <translation>Vacío</translation>
        </message>
        <message>
            <source>Priorities from clusters</source>
            <translation>Prioridades a partir de grupos temáticos</translation>
        </message>
        <message>
            <source>Each cluster you tick becomes a priority, titled with the cluster's name and covering its recommendations. Clusters already in the charter are ticked and greyed.</source>
            <translation>Cada grupo temático que marque se convierte en una prioridad, con el nombre del grupo como título y sus recomendaciones. Los grupos que ya están en la carta aparecen marcados y en gris.</translation>
        </message>
        <message>
            <source>This workshop has no clusters yet. Group the recommendations into clusters in the Clusters step, or make a priority from recommendations instead.</source>
            <translation>Este taller todavía no tiene grupos temáticos. Agrupe las recomendaciones en el paso Grupos temáticos, o cree una prioridad a partir de recomendaciones.</translation>
        </message>
        <message>
            <source>Add priorities</source>
            <translation>Añadir prioridades</translation>
        </message>
        <message>
            <source>Priorities from a voting round</source>
            <translation>Prioridades a partir de una ronda de votación</translation>
        </message>
        <message>
            <source>The round's results, in order, become the charter's priorities. A priority that already covers a result moves into its place; the others are added.</source>
            <translation>Los resultados de la ronda, en orden, se convierten en las prioridades de la carta. Una prioridad que ya abarca un resultado pasa a ocupar su lugar; las demás se añaden.</translation>
        </message>
        <message>
            <source>Every candidate, in result order</source>
            <translation>Todas las opciones, en el orden del resultado</translation>
        </message>
        <message>
            <source>Only the top results, with any ties at the cut</source>
            <translation>Solo los primeros resultados, con los posibles empates en el punto de corte</translation>
        </message>
        <message>
            <source>Number of results to take:</source>
            <translation>Número de resultados que se tomarán:</translation>
        </message>
        <message>
            <source>No voting round is closed yet. Close a round in the Vote step, then come back.</source>
            <translation>Todavía no hay ninguna ronda de votación cerrada. Cierre una ronda en el paso Votación y vuelva aquí.</translation>
        </message>
        <message>
            <source>Fill the priorities</source>
            <translation>Completar las prioridades</translation>
        </message>
        <message>
            <source>Closed round</source>
            <translation>Ronda cerrada</translation>
        </message>
        <message>
            <source>You can undo this with Ctrl+Z.</source>
            <translation>Puede deshacerlo con Ctrl+Z.</translation>
        </message>
        <message>
            <source>#</source>
            <translation>N.º</translation>
        </message>
        <message>
            <source>Priority</source>
            <translation>Prioridad</translation>
        </message>
        <message>
            <source>Plan</source>
            <translation>Plan</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>Nivel</translation>
        </message>
        <message>
            <source>%1 of %2 written</source>
            <translation>%1 de %2 redactadas</translation>
        </message>
        <message>
            <source>Each cluster you choose becomes a priority with its recommendations</source>
            <translation>Cada grupo temático que elija se convierte en una prioridad con sus recomendaciones</translation>
        </message>
        <message>
            <source>Pick recommendations to make one priority</source>
            <translation>Elija recomendaciones para crear una prioridad</translation>
        </message>
        <message>
            <source>The round's results, in order, become the priorities</source>
            <translation>Los resultados de la ronda, en orden, se convierten en las prioridades</translation>
        </message>
        <message>
            <source>Add priorities:</source>
            <translation>Añadir prioridades:</translation>
        </message>
        <message>
            <source>Priorities</source>
            <translation>Prioridades</translation>
        </message>
        <message>
            <source>No priorities yet. A charter is adopted for its priorities: take them from your clusters, pick recommendations, or fill them from a closed voting round.</source>
            <translation>Todavía no hay prioridades. Las prioridades son el núcleo de la carta: tómelas de sus grupos temáticos, elija recomendaciones o complételas a partir de una ronda de votación cerrada.</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Abrir</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>Subir</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>Bajar</translation>
        </message>
        <message>
            <source>Drag priorities in the outline, or use the buttons, to change their order.</source>
            <translation>Arrastre las prioridades en el esquema, o use los botones, para cambiar su orden.</translation>
        </message>
        <message>
            <source>1 priority, in the order the charter lists them.</source>
            <translation>1 prioridad, en el orden en que figura en la carta.</translation>
        </message>
        <message>
            <source>What the organisations agree to work on, each with its plan.</source>
            <translation>Aquello en lo que las organizaciones acuerdan trabajar, cada una con su plan.</translation>
        </message>
        <message>
            <source>What the organisations agree on</source>
            <translation>Lo que acuerdan las organizaciones</translation>
        </message>
        <message>
            <source>What the government is expected to do.</source>
            <translation>Lo que se espera que haga el Gobierno.</translation>
        </message>
        <message>
            <source>What the organisations will do: advocacy, monitoring, awareness, shadow reports.</source>
            <translation>Lo que harán las organizaciones: incidencia, vigilancia, sensibilización, informes alternativos.</translation>
        </message>
        <message>
            <source>Who leads the follow-up.</source>
            <translation>Quién dirige el seguimiento.</translation>
        </message>
        <message>
            <source>Who works with them.</source>
            <translation>Quién colabora con ellos.</translation>
        </message>
        <message>
            <source>How progress will be measured: a benchmark, a figure, a law passed.</source>
            <translation>Cómo se medirán los progresos: un punto de referencia, una cifra, una ley aprobada.</translation>
        </message>
        <message>
            <source>People, money and expertise needed.</source>
            <translation>Personas, fondos y conocimientos especializados necesarios.</translation>
        </message>
        <message>
            <source>{text}

Recommended by {states}</source>
            <translation>{text}

Recomendada por {states}</translation>
        </message>
        <message>
            <source>By</source>
            <translation>Plazo</translation>
        </message>
        <message>
            <source>Milestone</source>
            <translation>Hito</translation>
        </message>
        <message>
            <source>Not a date: write 2027, 2027-06 or 2027-06-30.</source>
            <translation>No es una fecha: escriba 2027, 2027-06 o 2027-06-30.</translation>
        </message>
        <message>
            <source>Move the priority up (Alt+Up in the outline)</source>
            <translation>Subir la prioridad (Alt+Arriba en el esquema)</translation>
        </message>
        <message>
            <source>Move the priority down (Alt+Down in the outline)</source>
            <translation>Bajar la prioridad (Alt+Abajo en el esquema)</translation>
        </message>
        <message>
            <source>Delete this priority and its plan</source>
            <translation>Eliminar esta prioridad y su plan</translation>
        </message>
        <message>
            <source>The priority's title</source>
            <translation>Título de la prioridad</translation>
        </message>
        <message>
            <source>Add recommendations…</source>
            <translation>Añadir recomendaciones…</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Quitar</translation>
        </message>
        <message>
            <source>Recommendations this priority covers</source>
            <translation>Recomendaciones que abarca esta prioridad</translation>
        </message>
        <message>
            <source>No recommendations yet. A priority usually cites the recommendations it follows up.</source>
            <translation>Todavía no hay recomendaciones. Una prioridad suele citar las recomendaciones a las que da seguimiento.</translation>
        </message>
        <message>
            <source>THE PLAN</source>
            <translation>EL PLAN</translation>
        </message>
        <message>
            <source>Where the work happens.</source>
            <translation>Dónde se realiza el trabajo.</translation>
        </message>
        <message>
            <source>Implementation status</source>
            <translation>Situación de la aplicación</translation>
        </message>
        <message>
            <source>For following up after the workshop.</source>
            <translation>Para el seguimiento después del taller.</translation>
        </message>
        <message>
            <source>Add milestone</source>
            <translation>Añadir hito</translation>
        </message>
        <message>
            <source>Milestones</source>
            <translation>Hitos</translation>
        </message>
        <message>
            <source>Dates as 2027, 2027-06 or 2027-06-30. Double-click a cell to change it.</source>
            <translation>Fechas como 2027, 2027-06 o 2027-06-30. Haga doble clic en una celda para cambiarla.</translation>
        </message>
        <message>
            <source>Priority %1 of %2</source>
            <translation>Prioridad %1 de %2</translation>
        </message>
        <message>
            <source>Recommendations covered</source>
            <translation>Recomendaciones abarcadas</translation>
        </message>
        <message>
            <source>Plan %1/%2 filled</source>
            <translation>Plan: %1/%2 completado</translation>
        </message>
        <message>
            <source>THE PLAN · %1 OF %2 PARTS WRITTEN</source>
            <translation>EL PLAN · %1 DE %2 PARTES REDACTADAS</translation>
        </message>
        <message>
            <source>The priority needs a title. Until it has one, the charter keeps “%1”.</source>
            <translation>La prioridad necesita un título. Mientras no lo tenga, la carta mantiene «%1».</translation>
        </message>
        <message>
            <source>Recommendation removed from the priority. Undo with Ctrl+Z.</source>
            <translation>Recomendación quitada de la prioridad. Para deshacer, pulse Ctrl+Z.</translation>
        </message>
        <message>
            <source>Use this template →</source>
            <translation>Usar esta plantilla →</translation>
        </message>
        <message>
            <source>STEP 6 · THE OUTCOME CHARTER</source>
            <translation>PASO 6 · LA CARTA FINAL</translation>
        </message>
        <message>
            <source>Draft the outcome charter</source>
            <translation>Redactar la carta final</translation>
        </message>
        <message>
            <source>The charter is what the workshop produces: the priorities the organisations agree on, each with a plan (what, by whom, measured how, by when), then adopted and signed. Start from a template; everything in it can be changed, and everything you type is saved as you go.</source>
            <translation>La carta es el resultado del taller: las prioridades que acuerdan las organizaciones, cada una con un plan (qué, quién, cómo se mide, para cuándo), que luego se adopta y se firma. Comience a partir de una plantilla; todo se puede cambiar, y todo lo que escribe se guarda sobre la marcha.</translation>
        </message>
        <message>
            <source>Start blank</source>
            <translation>Empezar en blanco</translation>
        </message>
        <message>
            <source>A charter with the workshop's title, place and dates, and nothing else</source>
            <translation>Una carta con el título, el lugar y las fechas del taller, y nada más</translation>
        </message>
        <message>
            <source>This workshop has no charter, and it is open read-only.</source>
            <translation>Este taller no tiene carta y está abierto en modo de solo lectura.</translation>
        </message>
        <message>
            <source>Or begin with the workshop's title, place and dates only:</source>
            <translation>O empiece solo con el título, el lugar y las fechas del taller:</translation>
        </message>
        <message>
            <source>No differences: the two texts are the same.</source>
            <translation>Sin diferencias: los dos textos son iguales.</translation>
        </message>
        <message>
            <source>No words added.</source>
            <translation>No se añadió ninguna palabra.</translation>
        </message>
        <message>
            <source>No words removed.</source>
            <translation>No se quitó ninguna palabra.</translation>
        </message>
        <message>
            <source>{added} {removed}</source>
            <comment>two sentences side by side: words added, words removed; the space between them is the language's own</comment>
            <translation>{added} {removed}</translation>
        </message>
        <message>
            <source>%1 lines unchanged</source>
            <translation>%1 líneas sin cambios</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Versión</translation>
        </message>
        <message>
            <source>Saved</source>
            <translation>Guardada</translation>
        </message>
        <message>
            <source>The adopted text: it never changes.</source>
            <translation>El texto adoptado: nunca cambia.</translation>
        </message>
        <message>
            <source>Save a version</source>
            <translation>Guardar una versión</translation>
        </message>
        <message>
            <source>Save a version of the charter</source>
            <translation>Guardar una versión de la carta</translation>
        </message>
        <message>
            <source>Draft of %1</source>
            <translation>Borrador del %1</translation>
        </message>
        <message>
            <source>Save version</source>
            <translation>Guardar versión</translation>
        </message>
        <message>
            <source>A version keeps the charter exactly as it is now. Compare it with later drafts, or go back to it.</source>
            <translation>Una versión conserva la carta exactamente como está ahora. Compárela con borradores posteriores o vuelva a ella.</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Versions of the charter</source>
            <translation>Versiones de la carta</translation>
        </message>
        <message>
            <source>No versions saved yet. “Save version…” keeps the charter as it is now.</source>
            <translation>Todavía no hay versiones guardadas. «Guardar versión…» conserva la carta tal como está ahora.</translation>
        </message>
        <message>
            <source>Restore this version…</source>
            <translation>Restaurar esta versión…</translation>
        </message>
        <message>
            <source>Compare</source>
            <translation>Comparar</translation>
        </message>
        <message>
            <source>with</source>
            <translation>con</translation>
        </message>
        <message>
            <source>Choose a version to compare it with the current draft, or pick any two below. Restoring a version replaces the draft; you can undo it.</source>
            <translation>Elija una versión para compararla con el borrador actual, o elija dos cualesquiera abajo. Restaurar una versión sustituye el borrador; puede deshacerlo.</translation>
        </message>
        <message>
            <source>The current draft</source>
            <translation>El borrador actual</translation>
        </message>
        <message>
            <source>Restore a version</source>
            <translation>Restaurar una versión</translation>
        </message>
        <message>
            <source>Restore “%1”? The current draft is replaced by it. You can undo this with Ctrl+Z.</source>
            <translation>¿Restaurar «%1»? El borrador actual se sustituirá por esa versión. Puede deshacerlo con Ctrl+Z.</translation>
        </message>
        <message>
            <source>Version restored. Undo with Ctrl+Z.</source>
            <translation>Versión restaurada. Para deshacer, pulse Ctrl+Z.</translation>
        </message>
        <message>
            <source>Adopt the charter</source>
            <translation>Adoptar la carta</translation>
        </message>
        <message>
            <source>The adopted text is frozen: it is kept exactly as it is now, with the date and place of adoption, and printed as the adopted charter. Later edits start a new draft and never change it. Adoption cannot be undone.</source>
            <translation>El texto adoptado queda fijado: se conserva exactamente como está ahora, con la fecha y el lugar de adopción, y se imprime como la carta adoptada. Las ediciones posteriores inician un nuevo borrador y nunca lo modifican. La adopción no se puede deshacer.</translation>
        </message>
        <message>
            <source>Where the organisations adopt it</source>
            <translation>Dónde la adoptan las organizaciones</translation>
        </message>
        <message>
            <source>Adopted on</source>
            <translation>Adoptada el</translation>
        </message>
        <message>
            <source>At</source>
            <translation>En</translation>
        </message>
    </context>
    <context>
        <name>CharterVersions</name>
        <message numerus="yes">
            <source>%n word(s) added.</source>
            <translation>
                <numerusform>Se añadió %n palabra.</numerusform>
                <numerusform>Se añadieron %n palabras.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n word(s) removed.</source>
            <translation>
                <numerusform>Se quitó %n palabra.</numerusform>
                <numerusform>Se quitaron %n palabras.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ClusterListModel</name>
        <message>
            <source>Unassigned</source>
            <translation>Sin asignar</translation>
        </message>
        <message numerus="yes">
            <source>%n recommendation(s)</source>
            <translation>
                <numerusform>%n recomendación</numerusform>
                <numerusform>%n recomendaciones</numerusform>
            </translation>
        </message>
        <message>
            <source>Select rows on the right and press %1 to move them here.</source>
            <translation>Seleccione filas a la derecha y pulse %1 para moverlas aquí.</translation>
        </message>
        <message>
            <source>Select rows on the right and press 0 to take them out of their cluster.</source>
            <translation>Seleccione filas a la derecha y pulse 0 para sacarlas de su grupo temático.</translation>
        </message>
        <message>
            <source>Double-click or press F2 to rename.</source>
            <translation>Haga doble clic o pulse F2 para cambiar el nombre.</translation>
        </message>
        <message numerus="yes">
            <source>{name}, %n recommendation(s)</source>
            <translation>
                <numerusform>{name}, %n recomendación</numerusform>
                <numerusform>{name}, %n recomendaciones</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ClusterPicker</name>
        <message>
            <source>Type a cluster’s name…</source>
            <translation>Escriba el nombre de un grupo temático…</translation>
        </message>
        <message>
            <source>↑↓ to choose · Enter to move · Esc to cancel</source>
            <translation>↑↓ para elegir · Intro para mover · Esc para cancelar</translation>
        </message>
        <message>
            <source>Take out of the cluster (Unassigned)</source>
            <translation>Sacar del grupo temático (Sin asignar)</translation>
        </message>
        <message>
            <source>+   New cluster “%1”</source>
            <translation>+   Nuevo grupo temático «%1»</translation>
        </message>
    </context>
    <context>
        <name>Clusters</name>
        <message>
            <source>The cluster needs a name.</source>
            <translation>El grupo temático necesita un nombre.</translation>
        </message>
        <message>
            <source>The name is too long ({length} characters; at most {most}).</source>
            <translation>El nombre es demasiado largo ({length} caracteres; como máximo {most}).</translation>
        </message>
        <message>
            <source>There is already a cluster called “{name}”.</source>
            <translation>Ya existe un grupo temático llamado «{name}».</translation>
        </message>
        <message>
            <source>This cluster no longer exists (it may have been deleted or merged).</source>
            <translation>Este grupo temático ya no existe (puede haberse eliminado o fusionado).</translation>
        </message>
        <message>
            <source>The description is too long ({text_count} characters; at most {description_max}).</source>
            <translation>La descripción es demasiado larga ({text_count} caracteres; como máximo {description_max}).</translation>
        </message>
        <message>
            <source>New cluster {name}</source>
            <translation>Nuevo grupo temático {name}</translation>
        </message>
        <message>
            <source>Rename cluster {name}</source>
            <translation>Cambiar el nombre del grupo temático {name}</translation>
        </message>
        <message>
            <source>Describe cluster {name}</source>
            <translation>Describir el grupo temático {name}</translation>
        </message>
        <message>
            <source>Move cluster {name}</source>
            <translation>Mover el grupo temático {name}</translation>
        </message>
        <message>
            <source>Choose a cluster to delete.</source>
            <translation>Elija un grupo temático para eliminarlo.</translation>
        </message>
        <message>
            <source>Delete cluster {name}</source>
            <translation>Eliminar el grupo temático {name}</translation>
        </message>
        <message numerus="yes">
            <source>Delete %n clusters</source>
            <translation>
                <numerusform>Eliminar %n grupo temático</numerusform>
                <numerusform>Eliminar %n grupos temáticos</numerusform>
            </translation>
        </message>
        <message>
            <source>Choose at least two clusters to merge.</source>
            <translation>Elija al menos dos grupos temáticos para fusionarlos.</translation>
        </message>
        <message>
            <source>Merge {number} clusters into {name}</source>
            <translation>Fusionar {number} grupos temáticos en {name}</translation>
        </message>
        <message numerus="yes">
            <source>Move %n recommendation(s) to {name}</source>
            <translation>
                <numerusform>Mover %n recomendación a {name}</numerusform>
                <numerusform>Mover %n recomendaciones a {name}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Take %n recommendation(s) out of their cluster</source>
            <translation>
                <numerusform>Sacar %n recomendación de su grupo temático</numerusform>
                <numerusform>Sacar %n recomendaciones de su grupo temático</numerusform>
            </translation>
        </message>
        <message>
            <source>There are no recommendations to cluster yet. Import them in Review first.</source>
            <translation>Todavía no hay recomendaciones que agrupar. Impórtelas primero en Examen.</translation>
        </message>
        <message>
            <source>The recommendations carry no themes (or affected persons) to start from. Create the clusters by hand with “New cluster”.</source>
            <translation>Las recomendaciones no tienen temas (ni personas afectadas) de los que partir. Cree los grupos temáticos a mano con «Nuevo grupo temático».</translation>
        </message>
        <message numerus="yes">
            <source>Propose %n cluster(s) from themes</source>
            <translation>
                <numerusform>Proponer %n grupo temático a partir de los temas</numerusform>
                <numerusform>Proponer %n grupos temáticos a partir de los temas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Place %n recommendation(s) by theme</source>
            <translation>
                <numerusform>Ubicar %n recomendación según el tema</numerusform>
                <numerusform>Ubicar %n recomendaciones según el tema</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ClustersPage</name>
        <message>
            <source>Cluster the recommendations</source>
            <translation>Agrupar las recomendaciones por temas</translation>
        </message>
        <message>
            <source>Propose clusters from themes</source>
            <translation>Proponer grupos temáticos a partir de los temas</translation>
        </message>
        <message>
            <source>Start from the themes the recommendations were imported with: one cluster per theme, each recommendation in its most common theme. Once there are clusters, it only adds unassigned recommendations to clusters named like their theme.</source>
            <translation>Comience con los temas con los que se importaron las recomendaciones: un grupo por tema, cada recomendación en su tema más frecuente. Una vez que hay grupos, solo añade las recomendaciones sin asignar a los grupos que llevan el nombre de su tema.</translation>
        </message>
        <message>
            <source>New cluster</source>
            <translation>Nuevo grupo temático</translation>
        </message>
        <message>
            <source>Name a new cluster in the field under the list</source>
            <translation>Dé nombre a un nuevo grupo temático en el campo bajo la lista</translation>
        </message>
        <message>
            <source>CLUSTERS</source>
            <translation>GRUPOS TEMÁTICOS</translation>
        </message>
        <message>
            <source>Unassigned recommendations</source>
            <translation>Recomendaciones sin asignar</translation>
        </message>
        <message>
            <source>Clusters</source>
            <translation>Grupos temáticos</translation>
        </message>
        <message>
            <source>No clusters yet</source>
            <translation>Todavía no hay grupos temáticos</translation>
        </message>
        <message>
            <source>Rename</source>
            <translation>Cambiar el nombre</translation>
        </message>
        <message>
            <source>Rename the selected cluster (F2)</source>
            <translation>Cambiar el nombre del grupo temático seleccionado (F2)</translation>
        </message>
        <message>
            <source>Merge</source>
            <translation>Fusionar</translation>
        </message>
        <message>
            <source>Select two or more clusters (Ctrl+click), then choose the one they merge into</source>
            <translation>Seleccione dos o más grupos temáticos (Ctrl+clic) y elija aquel en el que se fusionan</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Eliminar</translation>
        </message>
        <message>
            <source>Delete the selected clusters (Del). Their recommendations become unassigned.</source>
            <translation>Eliminar los grupos temáticos seleccionados (Supr). Sus recomendaciones quedan sin asignar.</translation>
        </message>
        <message>
            <source>Move the cluster up the list (Alt+Up)</source>
            <translation>Subir el grupo temático en la lista (Alt+Arriba)</translation>
        </message>
        <message>
            <source>Move the cluster down the list (Alt+Down)</source>
            <translation>Bajar el grupo temático en la lista (Alt+Abajo)</translation>
        </message>
        <message>
            <source>Name a new cluster…</source>
            <translation>Dé nombre a un nuevo grupo temático…</translation>
        </message>
        <message>
            <source>New cluster name</source>
            <translation>Nombre del nuevo grupo temático</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Añadir</translation>
        </message>
        <message>
            <source>Move to cluster…</source>
            <translation>Mover a un grupo temático…</translation>
        </message>
        <message>
            <source>Move the selected recommendations to another cluster (Ctrl+M)</source>
            <translation>Mover las recomendaciones seleccionadas a otro grupo temático (Ctrl+M)</translation>
        </message>
        <message>
            <source>Add a short description of what this cluster covers…</source>
            <translation>Añada una breve descripción de lo que abarca este grupo temático…</translation>
        </message>
        <message>
            <source>Cluster description</source>
            <translation>Descripción del grupo temático</translation>
        </message>
        <message>
            <source>Recommendations not yet in any cluster. Select rows and drag them onto a cluster on the left, press the cluster’s number (1–9), or press Ctrl+M to pick one by name.</source>
            <translation>Recomendaciones que aún no están en ningún grupo temático. Seleccione filas y arrástrelas a un grupo de la izquierda, pulse el número del grupo (1–9) o pulse Ctrl+M para elegir uno por su nombre.</translation>
        </message>
        <message>
            <source>Search these recommendations…</source>
            <translation>Buscar en estas recomendaciones…</translation>
        </message>
        <message>
            <source>Search the cluster</source>
            <translation>Buscar en el grupo temático</translation>
        </message>
        <message>
            <source>Recommendations in the cluster</source>
            <translation>Recomendaciones del grupo temático</translation>
        </message>
        <message>
            <source>Select rows, then drag them onto a cluster, press its number (0 takes them out), or press Ctrl+M to pick one by name.</source>
            <translation>Seleccione filas y arrástrelas a un grupo temático, pulse su número (0 las saca) o pulse Ctrl+M para elegir uno por su nombre.</translation>
        </message>
        <message>
            <source>There are no recommendations to cluster yet. Import them in step 1, Review.</source>
            <translation>Todavía no hay recomendaciones que agrupar. Impórtelas en el paso 1, Examen.</translation>
        </message>
        <message>
            <source>This workshop is read-only, so no clusters can be made in it. Save a copy to sort the recommendations there.</source>
            <translation>Este taller es de solo lectura, por lo que no se pueden crear grupos temáticos en él. Guarde una copia para ordenar allí las recomendaciones.</translation>
        </message>
        <message>
            <source>Start from the themes the recommendations were imported with, then rename, merge and sort them together. Or name your own clusters one by one.</source>
            <translation>Comience con los temas con los que se importaron las recomendaciones y luego cambie el nombre, fusione y ordene los grupos entre todos. O dé nombre a sus propios grupos uno por uno.</translation>
        </message>
        <message>
            <source>No recommendations yet</source>
            <translation>Todavía no hay recomendaciones</translation>
        </message>
        <message numerus="yes">
            <source>No clusters yet  ·  %n recommendation(s) to sort</source>
            <translation>
                <numerusform>Todavía no hay grupos temáticos  ·  %n recomendación por clasificar</numerusform>
                <numerusform>Todavía no hay grupos temáticos  ·  %n recomendaciones por clasificar</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n cluster(s)</source>
            <translation>
                <numerusform>%n grupo temático</numerusform>
                <numerusform>%n grupos temáticos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n of {total} recommendations in a cluster</source>
            <translation>
                <numerusform>%n de {total} recomendaciones en un grupo temático</numerusform>
                <numerusform>%n de {total} recomendaciones en un grupo temático</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n unassigned</source>
            <translation>
                <numerusform>%n sin asignar</numerusform>
                <numerusform>%n sin asignar</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n recommendation(s)</source>
            <translation>
                <numerusform>%n recomendación</numerusform>
                <numerusform>%n recomendaciones</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n of {total} match</source>
            <translation>
                <numerusform>%n de {total} coincide</numerusform>
                <numerusform>%n de {total} coinciden</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n recommendation(s) now unassigned. Undo with Ctrl+Z.</source>
            <translation>
                <numerusform>%n recomendación quedó sin asignar. Para deshacer, pulse Ctrl+Z.</numerusform>
                <numerusform>%n recomendaciones quedaron sin asignar. Para deshacer, pulse Ctrl+Z.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n recommendation(s) moved to “{name}”. Undo with Ctrl+Z.</source>
            <translation>
                <numerusform>%n recomendación movida a «{name}». Para deshacer, pulse Ctrl+Z.</numerusform>
                <numerusform>%n recomendaciones movidas a «{name}». Para deshacer, pulse Ctrl+Z.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n recommendation(s) moved to the new cluster “{name}”. Undo with Ctrl+Z.</source>
            <translation>
                <numerusform>%n recomendación movida al nuevo grupo temático «{name}». Para deshacer, pulse Ctrl+Z.</numerusform>
                <numerusform>%n recomendaciones movidas al nuevo grupo temático «{name}». Para deshacer, pulse Ctrl+Z.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n cluster(s) merged into “{name}”. Undo with Ctrl+Z.</source>
            <translation>
                <numerusform>%n grupo temático fusionado en «{name}». Para deshacer, pulse Ctrl+Z.</numerusform>
                <numerusform>%n grupos temáticos fusionados en «{name}». Para deshacer, pulse Ctrl+Z.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Delete %n cluster(s)?</source>
            <translation>
                <numerusform>¿Desea eliminar %n grupo temático?</numerusform>
                <numerusform>¿Desea eliminar %n grupos temáticos?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Their %n recommendation(s) become unassigned; none is deleted.</source>
            <translation>
                <numerusform>Su %n recomendación queda sin asignar; no se elimina.</numerusform>
                <numerusform>Sus %n recomendaciones quedan sin asignar; no se elimina ninguna.</numerusform>
            </translation>
        </message>
        <message>
            <source>This cluster is the basis of a priority in the charter: {titles}.</source>
            <translation>Este grupo temático es la base de una prioridad de la carta: {titles}.</translation>
        </message>
        <message numerus="yes">
            <source>This is the basis of %n priorities in the charter: {titles}.</source>
            <translation>
                <numerusform>Este grupo temático es la base de %n prioridad de la carta: {titles}.</numerusform>
                <numerusform>Este grupo temático es la base de %n prioridades de la carta: {titles}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n clusters deleted; their recommendations are unassigned. Undo with Ctrl+Z.</source>
            <translation>
                <numerusform>%n grupo temático eliminado; sus recomendaciones quedan sin asignar. Para deshacer, pulse Ctrl+Z.</numerusform>
                <numerusform>%n grupos temáticos eliminados; sus recomendaciones quedan sin asignar. Para deshacer, pulse Ctrl+Z.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n cluster(s) proposed from the themes.</source>
            <translation>
                <numerusform>%n grupo temático propuesto a partir de los temas.</numerusform>
                <numerusform>%n grupos temáticos propuestos a partir de los temas.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n recommendation(s) fit no theme shared widely enough and stay unassigned.</source>
            <translation>
                <numerusform>%n recomendación no corresponde a ningún tema suficientemente compartido y queda sin asignar.</numerusform>
                <numerusform>%n recomendaciones no corresponden a ningún tema suficientemente compartido y quedan sin asignar.</numerusform>
            </translation>
        </message>
        <message>
            <source>every recommendation in a cluster</source>
            <translation>todas las recomendaciones están en un grupo temático</translation>
        </message>
        <message>
            <source>Unassigned</source>
            <translation>Sin asignar</translation>
        </message>
        <message>
            <source>Nothing here matches “%1”.</source>
            <translation>Nada de lo que hay aquí coincide con «%1».</translation>
        </message>
        <message>
            <source>No recommendations yet. Import them in step 1, Review.</source>
            <translation>Todavía no hay recomendaciones. Impórtelas en el paso 1, Examen.</translation>
        </message>
        <message>
            <source>Every recommendation is in a cluster.</source>
            <translation>Todas las recomendaciones están en un grupo temático.</translation>
        </message>
        <message>
            <source>Nothing in this cluster yet.
Open “Unassigned”, select recommendations and drag them here, or press this cluster’s number.</source>
            <translation>Todavía no hay nada en este grupo temático.
Abra «Sin asignar», seleccione recomendaciones y arrástrelas aquí, o pulse el número de este grupo.</translation>
        </message>
        <message>
            <source>Ref.</source>
            <translation>Ref.</translation>
        </message>
        <message>
            <source>This workshop is read-only. Save a copy to sort the recommendations.</source>
            <translation>Este taller es de solo lectura. Guarde una copia para ordenar las recomendaciones.</translation>
        </message>
        <message>
            <source>Select the recommendations to move first.</source>
            <translation>Primero seleccione las recomendaciones que desea mover.</translation>
        </message>
        <message>
            <source>Move to cluster</source>
            <translation>Mover a un grupo temático</translation>
        </message>
        <message>
            <source>Already in “%1”.</source>
            <translation>Ya está en «%1».</translation>
        </message>
        <message>
            <source>Move to the new cluster %1</source>
            <translation>Mover al nuevo grupo temático %1</translation>
        </message>
        <message>
            <source>There is no cluster %1.</source>
            <translation>No existe el grupo temático %1.</translation>
        </message>
        <message>
            <source>Cluster “%1” created. Select rows in Unassigned and press %2 to fill it.</source>
            <translation>Grupo temático «%1» creado. Seleccione filas en «Sin asignar» y pulse %2 para llenarlo.</translation>
        </message>
        <message>
            <source>Cluster “%1” created. Drag rows from Unassigned onto it to fill it.</source>
            <translation>Grupo temático «%1» creado. Arrastre filas desde «Sin asignar» para llenarlo.</translation>
        </message>
        <message>
            <source>Cluster renamed. Undo with Ctrl+Z.</source>
            <translation>Nombre del grupo temático cambiado. Para deshacer, pulse Ctrl+Z.</translation>
        </message>
        <message>
            <source>Description saved. Undo with Ctrl+Z.</source>
            <translation>Descripción guardada. Para deshacer, pulse Ctrl+Z.</translation>
        </message>
        <message>
            <source>Select two or more clusters first (Ctrl+click)</source>
            <translation>Primero seleccione dos o más grupos temáticos (Ctrl+clic)</translation>
        </message>
        <message>
            <source>Merge into “%1”</source>
            <translation>Fusionar en «%1»</translation>
        </message>
        <message>
            <source>Merge clusters</source>
            <translation>Fusionar grupos temáticos</translation>
        </message>
        <message>
            <source>Delete the cluster “%1”?</source>
            <translation>¿Eliminar el grupo temático «%1»?</translation>
        </message>
        <message>
            <source>Its one recommendation becomes unassigned; it is not deleted.</source>
            <translation>Su única recomendación queda sin asignar; no se elimina.</translation>
        </message>
        <message>
            <source>Delete anyway? The priorities keep their recommendations.</source>
            <translation>¿Eliminar de todos modos? Las prioridades conservan sus recomendaciones.</translation>
        </message>
        <message>
            <source>You can undo this with Ctrl+Z.</source>
            <translation>Puede deshacerlo con Ctrl+Z.</translation>
        </message>
        <message>
            <source>Delete clusters</source>
            <translation>Eliminar grupos temáticos</translation>
        </message>
        <message>
            <source>Cluster deleted; its recommendations are unassigned. Undo with Ctrl+Z.</source>
            <translation>Grupo temático eliminado; sus recomendaciones quedan sin asignar. Para deshacer, pulse Ctrl+Z.</translation>
        </message>
        <message>
            <source>Nothing to add: every recommendation whose theme matches a cluster’s name is already in a cluster. New clusters are proposed only while there are none.</source>
            <translation>Nada que añadir: todas las recomendaciones cuyo tema coincide con el nombre de un grupo temático ya están en un grupo. Solo se proponen grupos nuevos mientras no haya ninguno.</translation>
        </message>
        <message>
            <source>Unassigned recommendations added to the clusters named like their themes.</source>
            <translation>Las recomendaciones sin asignar se añadieron a los grupos temáticos que llevan el nombre de sus temas.</translation>
        </message>
        <message>
            <source>Undo with Ctrl+Z.</source>
            <translation>Para deshacer, pulse Ctrl+Z.</translation>
        </message>
        <message>
            <source>Move to</source>
            <translation>Mover a</translation>
        </message>
        <message>
            <source>Take out of the cluster</source>
            <translation>Sacar del grupo temático</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>Subir</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>Bajar</translation>
        </message>
        <message>
            <source>Delete…</source>
            <translation>Eliminar…</translation>
        </message>
    </context>
    <context>
        <name>CommandLine</name>
        <message>
            <source>“{name}” already has a charter (“{title}”). Add --replace to start again from the template.</source>
            <translation>«{name}» ya tiene una carta («{title}»). Añada --replace para empezar de nuevo a partir de la plantilla.</translation>
        </message>
        <message>
            <source>Started the charter “{title}” from the template “{template}” ({template_title}).</source>
            <translation>Se inició la carta «{title}» a partir de la plantilla «{template}» ({template_title}).</translation>
        </message>
        <message>
            <source>This workshop has no charter yet. Start one with: upr-desktop charter {file} --from-template NAME ({names}).</source>
            <translation>Este taller aún no tiene carta. Inicie una con: upr-desktop charter {file} --from-template NOMBRE ({names}).</translation>
        </message>
        <message>
            <source>Draft</source>
            <translation>Borrador</translation>
        </message>
        <message>
            <source>Adopted on {date} in {place}</source>
            <translation>Adoptada el {date} en {place}</translation>
        </message>
        <message>
            <source>Draft (changed since its adoption on {date} in {place}; the adopted text is kept)</source>
            <translation>Borrador (modificado desde su adopción el {date} en {place}; se conserva el texto adoptado)</translation>
        </message>
        <message>
            <source>No place or dates yet</source>
            <translation>Todavía sin lugar ni fechas</translation>
        </message>
        <message>
            <source>“{name}” is read-only; copy it to a writable folder first.</source>
            <translation>«{name}» es de solo lectura; cópielo primero en una carpeta con permiso de escritura.</translation>
        </message>
        <message>
            <source>No ballot codes came in on standard input. Give the codes `round open` printed, one per line.</source>
            <translation>No se recibió ningún código de votación por la entrada estándar. Proporcione los códigos que imprimió `round open`, uno por línea.</translation>
        </message>
        <message numerus="yes">
            <source>Wrote %n ballot code slip(s) ({size} KB) to {file}. Print them, then delete the file and the list of codes: they are as good as ballot papers.</source>
            <translation>
                <numerusform>Se escribió %n tarjeta con código de votación ({size} KB) en {file}. Imprímala y luego elimine el archivo y la lista de códigos: valen tanto como las papeletas.</numerusform>
                <numerusform>Se escribieron %n tarjetas con códigos de votación ({size} KB) en {file}. Imprímalas y luego elimine el archivo y la lista de códigos: valen tanto como las papeletas.</numerusform>
            </translation>
        </message>
        <message>
            <source>upr-desktop: warning: {problem}</source>
            <translation>upr-desktop: advertencia: {problem}</translation>
        </message>
        <message>
            <source>Wrote the charter PDF ({size} KB) to {file}</source>
            <translation>Se escribió el PDF de la carta ({size} KB) en {file}</translation>
        </message>
        <message>
            <source>Wrote the ballots PDF ({size} KB) to {file}</source>
            <translation>Se escribió el PDF de las papeletas ({size} KB) en {file}</translation>
        </message>
        <message>
            <source>Wrote the results PDF ({size} KB) to {file}</source>
            <translation>Se escribió el PDF de los resultados ({size} KB) en {file}</translation>
        </message>
        <message>
            <source>Wrote the handout PDF ({size} KB) to {file}</source>
            <translation>Se escribió el PDF del folleto ({size} KB) en {file}</translation>
        </message>
        <message>
            <source>Wrote the mid-term report PDF ({size} KB) to {file}</source>
            <translation>Se escribió el PDF del informe de mitad de período ({size} KB) en {file}</translation>
        </message>
        <message>
            <source>Wrote the PDF ({size} KB) to {file}</source>
            <translation>Se escribió el PDF ({size} KB) en {file}</translation>
        </message>
        <message>
            <source>1 priority</source>
            <translation>1 prioridad</translation>
        </message>
        <message numerus="yes">
            <source>%n priorities</source>
            <translation>
                <numerusform>%n prioridad</numerusform>
                <numerusform>%n prioridades</numerusform>
            </translation>
        </message>
        <message>
            <source>Wrote the implementation matrix ({priorities}, {rows}) to {file}</source>
            <translation>Se escribió la matriz de aplicación ({priorities}, {rows}) en {file}</translation>
        </message>
        <message numerus="yes">
            <source>%n row(s)</source>
            <translation>
                <numerusform>%n fila</numerusform>
                <numerusform>%n filas</numerusform>
            </translation>
        </message>
        <message>
            <source>Wrote the charter “{title}” as a Word document to {file} (no representatives named: this workshop anonymises its outputs)</source>
            <translation>Se escribió la carta «{title}» como documento de Word en {file} (sin nombres de representantes: este taller anonimiza sus documentos)</translation>
        </message>
        <message>
            <source>Wrote the charter “{title}” as a Word document to {file}</source>
            <translation>Se escribió la carta «{title}» como documento de Word en {file}</translation>
        </message>
        <message numerus="yes">
            <source>Wrote %n recommendation(s) cited by the charter as an IMPACT OSS import to {file}. IMPACT OSS imports them as drafts: link and publish them there.</source>
            <translation>
                <numerusform>Se escribió %n recomendación citada en la carta como importación IMPACT OSS en {file}. IMPACT OSS la importa como borrador: vincúlela y publíquela allí.</numerusform>
                <numerusform>Se escribieron %n recomendaciones citadas en la carta como importación IMPACT OSS en {file}. IMPACT OSS las importa como borradores: vincúlelas y publíquelas allí.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Wrote %n recommendation(s) in the workshop as an IMPACT OSS import to {file}. IMPACT OSS imports them as drafts: link and publish them there.</source>
            <translation>
                <numerusform>Se escribió %n recomendación del taller como importación IMPACT OSS en {file}. IMPACT OSS la importa como borrador: vincúlela y publíquela allí.</numerusform>
                <numerusform>Se escribieron %n recomendaciones del taller como importación IMPACT OSS en {file}. IMPACT OSS las importa como borradores: vincúlelas y publíquelas allí.</numerusform>
            </translation>
        </message>
        <message>
            <source>Added the evidence “{title}” (file {file}, sha256 {sha256}) — confidential: {id}</source>
            <translation>Se añadió la prueba «{title}» (archivo {file}, sha256 {sha256}), confidencial: {id}</translation>
        </message>
        <message>
            <source>Added the evidence “{title}” (file {file}, sha256 {sha256}): {id}</source>
            <translation>Se añadió la prueba «{title}» (archivo {file}, sha256 {sha256}): {id}</translation>
        </message>
        <message>
            <source>Added the evidence “{title}” — confidential: {id}</source>
            <translation>Se añadió la prueba «{title}», confidencial: {id}</translation>
        </message>
        <message>
            <source>Added the evidence “{title}”: {id}</source>
            <translation>Se añadió la prueba «{title}»: {id}</translation>
        </message>
        <message>
            <source>--evidence: “{part}” is not an evidence id; give numbers separated by commas.</source>
            <translation>--evidence: «{part}» no es un identificador de prueba; indique números separados por comas.</translation>
        </message>
        <message>
            <source>{change} ({by}, {date}). Assessors disagree on it. {id}</source>
            <translation>{change} ({by}, {date}). Los evaluadores discrepan al respecto. {id}</translation>
        </message>
        <message>
            <source>{change} ({by}, {date}). {id}</source>
            <translation>{change} ({by}, {date}). {id}</translation>
        </message>
        <message>
            <source>Not implemented {not_} · partially {partial} · fully {full} · no information {no_info} · not assessed {none}</source>
            <translation>No aplicada {not_} · parcialmente {partial} · plenamente {full} · sin información {no_info} · sin evaluar {none}</translation>
        </message>
        <message>
            <source>Assessors disagree on: {references}</source>
            <translation>Los evaluadores discrepan sobre: {references}</translation>
        </message>
        <message>
            <source>Overdue: {priority} {milestone} (due {due})</source>
            <translation>Vencido: {priority} {milestone} (plazo: {due})</translation>
        </message>
        <message>
            <source>No assessment in the last 12 months: {count}</source>
            <translation>Sin evaluación en los últimos 12 meses: {count}</translation>
        </message>
        <message>
            <source>The mid-term report is saved as .pdf or .docx, not “{value}”.</source>
            <translation>El informe de mitad de período se guarda como .pdf o .docx, no como «{value}».</translation>
        </message>
        <message>
            <source>no ending</source>
            <translation>sin extensión</translation>
        </message>
        <message>
            <source>Wrote the mid-term report to {file}</source>
            <translation>Se escribió el informe de mitad de período en {file}</translation>
        </message>
        <message>
            <source>Wrote the stakeholder submission draft to {file}: {words} of {cap} words.</source>
            <translation>Se escribió el borrador de contribución de partes interesadas en {file}: {words} de {cap} palabras.</translation>
        </message>
        <message>
            <source>Warning: {warning}</source>
            <translation>Advertencia: {warning}</translation>
        </message>
        <message>
            <source>--response: “{given}” is not a response; use supported, noted, pending or unknown.</source>
            <translation>--response: «{given}» no es una respuesta; use supported, noted, pending o unknown.</translation>
        </message>
        <message numerus="yes">
            <source>Wrote %n recommendation(s) to {file}</source>
            <translation>
                <numerusform>Se escribió %n recomendación en {file}</numerusform>
                <numerusform>Se escribieron %n recomendaciones en {file}</numerusform>
            </translation>
        </message>
        <message>
            <source>there is no command or file called “{name}”</source>
            <translation>no existe ningún comando ni archivo llamado «{name}»</translation>
        </message>
        <message>
            <source>upr-desktop: something went wrong ({kind}: {error}). Nothing was changed; the details are in {log}.</source>
            <translation>upr-desktop: se produjo un error ({kind}: {error}). No se modificó nada; los detalles están en {log}.</translation>
        </message>
        <message>
            <source>{message} To make one: upr-desktop clean "{file}" COPY.uprw</source>
            <translation>{message} Para crear una: upr-desktop clean "{file}" COPIA.uprw</translation>
        </message>
        <message>
            <source>The commands are: {commands}. Run with no arguments, or with a workshop file, to open the app; `upr-desktop COMMAND --help` describes a command.</source>
            <translation>Los comandos son: {commands}. Ejecute sin argumentos, o con un archivo de taller, para abrir la aplicación; `upr-desktop COMANDO --help` describe un comando.</translation>
        </message>
        <message>
            <source>A participant recorded without a name keeps no organisation, focus, contact or consent. Give --name, or leave out --org, --focus, --contact and --consent.</source>
            <translation>Un participante registrado sin nombre no conserva organización, enfoque temático, contacto ni consentimiento. Indique --name, u omita --org, --focus, --contact y --consent.</translation>
        </message>
        <message numerus="yes">
            <source>The workshop now has %n participant(s).</source>
            <translation>
                <numerusform>El taller tiene ahora %n participante.</numerusform>
                <numerusform>El taller tiene ahora %n participantes.</numerusform>
            </translation>
        </message>
        <message>
            <source>No participants are registered yet.</source>
            <translation>Todavía no hay participantes inscritos.</translation>
        </message>
        <message>
            <source>No recommendation numbered {listed} in this workshop. Check the paragraph numbers (upr-desktop search FILE WORDS shows them).</source>
            <translation>No hay ninguna recomendación con el número {listed} en este taller. Revise los números de párrafo (upr-desktop search ARCHIVO PALABRAS los muestra).</translation>
        </message>
        <message>
            <source>No recommendation numbered {listed} in this workshop. Check the paragraph number (upr-desktop search FILE WORDS shows them).</source>
            <translation>No hay ninguna recomendación con el número {listed} en este taller. Revise el número de párrafo (upr-desktop search ARCHIVO PALABRAS los muestra).</translation>
        </message>
        <message>
            <source>{by_reference_count} recommendations are numbered {r} in this workshop. Name each one by its id instead (#ID, as upr-desktop search --json shows).</source>
            <translation>En este taller hay {by_reference_count} recomendaciones con el número {r}. Designe cada una por su identificador (#ID, como muestra upr-desktop search --json).</translation>
        </message>
        <message>
            <source>--dots is for dot voting only (for 100-point voting, the budget is --points).</source>
            <translation>--dots solo sirve para la votación con puntos adhesivos (para la votación con 100 puntos, el total se indica con --points).</translation>
        </message>
        <message>
            <source>--points is for 100-point voting only (for dot voting, use --dots).</source>
            <translation>--points solo sirve para la votación con 100 puntos (para la votación con puntos adhesivos, use --dots).</translation>
        </message>
        <message>
            <source>{twice} is listed twice in --candidates. List each recommendation once.</source>
            <translation>{twice} figura dos veces en --candidates. Indique cada recomendación una sola vez.</translation>
        </message>
        <message>
            <source>“{title}” was already open. Its ballot codes were shown when it opened and are never shown again.</source>
            <translation>«{title}» ya estaba abierta. Sus códigos de votación se mostraron al abrirla y no se vuelven a mostrar nunca.</translation>
        </message>
        <message numerus="yes">
            <source>“{title}” is open for voting with %n ballot code(s), printed above. They are not kept anywhere and will not be shown again: print the slips now with upr-desktop pdf {file} --ballot-codes {round} OUT.pdf &lt; codes.txt</source>
            <translation>
                <numerusform>«{title}» está abierta a votación con %n código de votación, impreso arriba. No se guarda en ningún sitio ni se volverá a mostrar: imprima ahora la tarjeta con upr-desktop pdf {file} --ballot-codes {round} SALIDA.pdf &lt; codes.txt</numerusform>
                <numerusform>«{title}» está abierta a votación con %n códigos de votación, impresos arriba. No se guardan en ningún sitio ni se volverán a mostrar: imprima ahora las tarjetas con upr-desktop pdf {file} --ballot-codes {round} SALIDA.pdf &lt; codes.txt</numerusform>
            </translation>
        </message>
        <message>
            <source>“{title}” is open for voting. {turnout}.</source>
            <translation>«{title}» está abierta a votación. {turnout}.</translation>
        </message>
        <message>
            <source>“{title}” is closed. {turnout}. See the results with: upr-desktop tally {file} {round}</source>
            <translation>«{title}» está cerrada. {turnout}. Consulte los resultados con: upr-desktop tally {file} {round}</translation>
        </message>
        <message>
            <source>No voting rounds yet.</source>
            <translation>Todavía no hay rondas de votación.</translation>
        </message>
        <message>
            <source>{key} appears twice in --votes. Give each candidate once.</source>
            <translation>{key} figura dos veces en --votes. Indique cada opción una sola vez.</translation>
        </message>
        <message>
            <source>--votes is not valid JSON ({what}, at character {number}). For this round write it like {example}, with the references in double quotes.</source>
            <translation>--votes no es un JSON válido ({what}, en el carácter {number}). Para esta ronda escríbalo así: {example}, con las referencias entre comillas dobles.</translation>
        </message>
        <message>
            <source>{dumps} is not a candidate reference. Give references as text, such as "121.4".</source>
            <translation>{dumps} no es una referencia de opción. Indique las referencias como texto, por ejemplo "121.4".</translation>
        </message>
        <message>
            <source>{reference} is not a candidate in “{title}”. Its candidates are {listed}.</source>
            <translation>{reference} no es una opción de «{title}». Sus opciones son {listed}.</translation>
        </message>
        <message>
            <source>the number of dots on each candidate</source>
            <translation>el número de puntos adhesivos de cada opción</translation>
        </message>
        <message>
            <source>the number of points on each candidate</source>
            <translation>el número de puntos de cada opción</translation>
        </message>
        <message>
            <source>the list of candidates ticked</source>
            <translation>la lista de opciones marcadas</translation>
        </message>
        <message>
            <source>a score from 0 to 5 for each candidate rated</source>
            <translation>una puntuación de 0 a 5 para cada opción puntuada</translation>
        </message>
        <message>
            <source>the list of candidates in order, best first, any ranked level in a list of their own</source>
            <translation>la lista de opciones en orden, empezando por la preferida, con las empatadas en una lista aparte</translation>
        </message>
        <message>
            <source>Must, Should, Could or Won't for each candidate classified</source>
            <translation>Must, Should, Could o Won't para cada opción clasificada</translation>
        </message>
        <message>
            <source>“{title}” uses {label}: give {takes}, such as {example}.</source>
            <translation>«{title}» usa {label}: indique {takes}, por ejemplo {example}.</translation>
        </message>
        <message>
            <source>There is no participant {given} in this workshop (give their id, as upr-desktop participant list shows, or their personal code).</source>
            <translation>No hay ningún participante {given} en este taller (indique su identificador, como muestra upr-desktop participant list, o su código personal).</translation>
        </message>
        <message>
            <source>“{title}” uses anonymous ballot codes: cast with --code, never --participant.</source>
            <translation>«{title}» usa códigos de votación anónimos: vote con --code, nunca con --participant.</translation>
        </message>
        <message>
            <source>“{title}” does not use ballot codes: cast with --participant.</source>
            <translation>«{title}» no usa códigos de votación: vote con --participant.</translation>
        </message>
        <message>
            <source>A paper ballot was recorded in “{title}”. {turnout}.</source>
            <translation>Se registró una papeleta en papel en «{title}». {turnout}.</translation>
        </message>
        <message>
            <source>The ballot was recorded in “{title}”. {turnout}.</source>
            <translation>Se registró la papeleta en «{title}». {turnout}.</translation>
        </message>
        <message>
            <source>{count} at the laptop</source>
            <translation>{count} en la computadora</translation>
        </message>
        <message>
            <source>{count} on paper</source>
            <translation>{count} en papel</translation>
        </message>
        <message>
            <source>{count} on the wall chart</source>
            <translation>{count} en el papelógrafo</translation>
        </message>
        <message>
            <source>{turnout} ({how}). Secret ballot.</source>
            <translation>{turnout} ({how}). Votación secreta.</translation>
        </message>
        <message>
            <source>{turnout} ({how}).</source>
            <translation>{turnout} ({how}).</translation>
        </message>
        <message>
            <source>{turnout}. Secret ballot.</source>
            <translation>{turnout}. Votación secreta.</translation>
        </message>
        <message>
            <source>{turnout}.</source>
            <translation>{turnout}.</translation>
        </message>
        <message>
            <source>--document-language: “{value}” is not one of {codes}.</source>
            <translation>--document-language: «{value}» no es uno de estos: {codes}.</translation>
        </message>
        <message>
            <source>Created {file} (encrypted)</source>
            <translation>Se creó {file} (cifrado)</translation>
        </message>
        <message>
            <source>Created {file}</source>
            <translation>Se creó {file}</translation>
        </message>
        <message>
            <source>Say what to change, e.g. --document-language fr.</source>
            <translation>Indique qué desea cambiar, p. ej., --document-language fr.</translation>
        </message>
        <message>
            <source>The documents of {name} will be written in {language} ({code}).</source>
            <translation>Los documentos de {name} se redactarán en {language} ({code}).</translation>
        </message>
        <message>
            <source>--map: “{part}” is not FIELD=COLUMN with a known field; the fields are {listed}.</source>
            <translation>--map: «{part}» no tiene la forma CAMPO=COLUMNA con un campo conocido; los campos son {listed}.</translation>
        </message>
        <message>
            <source>--map: the field “{name}” is given twice.</source>
            <translation>--map: el campo «{name}» se indica dos veces.</translation>
        </message>
        <message>
            <source>--map: say which column holds the recommendation text, e.g. text=Recommendation.</source>
            <translation>--map: indique qué columna contiene el texto de la recomendación, p. ej., text=Recomendación.</translation>
        </message>
        <message>
            <source>Reading “{file}”: {percent}% done…</source>
            <translation>Leyendo «{file}»: {percent} % completado…</translation>
        </message>
        <message numerus="yes">
            <source>Indexing %n recommendation(s) for search and sorting…</source>
            <translation>
                <numerusform>Indexando %n recomendación para la búsqueda y la ordenación…</numerusform>
                <numerusform>Indexando %n recomendaciones para la búsqueda y la ordenación…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Saved {done} of %n recommendation(s) to the workshop…</source>
            <translation>
                <numerusform>Guardando en el taller: {done} de %n recomendación…</numerusform>
                <numerusform>Guardando en el taller: {done} de %n recomendaciones…</numerusform>
            </translation>
        </message>
        <message>
            <source>{message} Give the columns with --map, e.g. --map text={columns},states=…,response=…</source>
            <translation>{message} Indique las columnas con --map, p. ej., --map text={columns},states=…,response=…</translation>
        </message>
        <message>
            <source>Columns were mapped as at the last import of a table with the same columns.</source>
            <translation>Las columnas se asignaron como en la última importación de una tabla con las mismas columnas.</translation>
        </message>
        <message>
            <source>{names} and {more} more</source>
            <translation>{names} y {more} más</translation>
        </message>
        <message numerus="yes">
            <source>{name} holds recommendations to %n States under review ({names}). Choose one with --country NAME, or --country all.</source>
            <translation>
                <numerusform>{name} contiene recomendaciones dirigidas a %n Estado examinado ({names}). Elija uno con --country NOMBRE, o --country all.</numerusform>
                <numerusform>{name} contiene recomendaciones dirigidas a %n Estados examinados ({names}). Elija uno con --country NOMBRE, o --country all.</numerusform>
            </translation>
        </message>
        <message>
            <source>1 row had no recommendation text and was skipped (row {row}).</source>
            <translation>1 fila no tenía texto de recomendación y se omitió (fila {row}).</translation>
        </message>
        <message numerus="yes">
            <source>%n rows had no recommendation text and were skipped (first: row {row}).</source>
            <translation>
                <numerusform>%n fila no tenía texto de recomendación y se omitió (fila {row}).</numerusform>
                <numerusform>%n filas no tenían texto de recomendación y se omitieron (la primera: fila {row}).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The workshop now holds %n recommendation(s).</source>
            <translation>
                <numerusform>El taller contiene ahora %n recomendación.</numerusform>
                <numerusform>El taller contiene ahora %n recomendaciones.</numerusform>
            </translation>
        </message>
        <message>
            <source>Country under review: {country}   Cycle: {cycle}   Documents in: {language}</source>
            <translation>País examinado: {country}   Ciclo: {cycle}   Documentos en: {language}</translation>
        </message>
        <message>
            <source>{recommendations} recommendations: {supported} supported, {noted} noted, {pending} pending, {unknown} unknown, {pledges} voluntary pledges; {themes} themes, {states} recommending States.</source>
            <translation>{recommendations} recomendaciones: {supported} apoyadas, {noted} anotadas, {pending} pendientes, {unknown} sin respuesta conocida, {pledges} compromisos voluntarios; {themes} temas, {states} Estados recomendantes.</translation>
        </message>
        <message>
            <source>{recommendations} recommendations: {supported} supported, {noted} noted, {pending} pending, {unknown} unknown; {themes} themes, {states} recommending States.</source>
            <translation>{recommendations} recomendaciones: {supported} apoyadas, {noted} anotadas, {pending} pendientes, {unknown} sin respuesta conocida; {themes} temas, {states} Estados recomendantes.</translation>
        </message>
        <message>
            <source>No recommendations match.</source>
            <translation>Ninguna recomendación coincide.</translation>
        </message>
        <message>
            <source>Wrote the demo workshop ({count} illustrative recommendations) to {file}</source>
            <translation>Se escribió el taller de demostración ({count} recomendaciones ilustrativas) en {file}</translation>
        </message>
        <message>
            <source>Wrote a cleaned copy of {name} to {copy}. {name} is unchanged.</source>
            <translation>Se escribió una copia depurada de {name} en {copy}. {name} no se ha modificado.</translation>
        </message>
    </context>
    <context>
        <name>CommentsPanel</name>
        <message numerus="yes">
            <source>%n resolved</source>
            <translation>
                <numerusform>%n resuelto</numerusform>
                <numerusform>%n resueltos</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Dates</name>
        <message>
            <source>January</source>
            <comment>month</comment>
            <translation>enero</translation>
        </message>
        <message>
            <source>February</source>
            <comment>month</comment>
            <translation>febrero</translation>
        </message>
        <message>
            <source>March</source>
            <comment>month</comment>
            <translation>marzo</translation>
        </message>
        <message>
            <source>April</source>
            <comment>month</comment>
            <translation>abril</translation>
        </message>
        <message>
            <source>May</source>
            <comment>month</comment>
            <translation>mayo</translation>
        </message>
        <message>
            <source>June</source>
            <comment>month</comment>
            <translation>junio</translation>
        </message>
        <message>
            <source>July</source>
            <comment>month</comment>
            <translation>julio</translation>
        </message>
        <message>
            <source>August</source>
            <comment>month</comment>
            <translation>agosto</translation>
        </message>
        <message>
            <source>September</source>
            <comment>month</comment>
            <translation>septiembre</translation>
        </message>
        <message>
            <source>October</source>
            <comment>month</comment>
            <translation>octubre</translation>
        </message>
        <message>
            <source>November</source>
            <comment>month</comment>
            <translation>noviembre</translation>
        </message>
        <message>
            <source>December</source>
            <comment>month</comment>
            <translation>diciembre</translation>
        </message>
        <message>
            <source>January</source>
            <comment>month on its own</comment>
            <translation>enero</translation>
        </message>
        <message>
            <source>February</source>
            <comment>month on its own</comment>
            <translation>febrero</translation>
        </message>
        <message>
            <source>March</source>
            <comment>month on its own</comment>
            <translation>marzo</translation>
        </message>
        <message>
            <source>April</source>
            <comment>month on its own</comment>
            <translation>abril</translation>
        </message>
        <message>
            <source>May</source>
            <comment>month on its own</comment>
            <translation>mayo</translation>
        </message>
        <message>
            <source>June</source>
            <comment>month on its own</comment>
            <translation>junio</translation>
        </message>
        <message>
            <source>July</source>
            <comment>month on its own</comment>
            <translation>julio</translation>
        </message>
        <message>
            <source>August</source>
            <comment>month on its own</comment>
            <translation>agosto</translation>
        </message>
        <message>
            <source>September</source>
            <comment>month on its own</comment>
            <translation>septiembre</translation>
        </message>
        <message>
            <source>October</source>
            <comment>month on its own</comment>
            <translation>octubre</translation>
        </message>
        <message>
            <source>November</source>
            <comment>month on its own</comment>
            <translation>noviembre</translation>
        </message>
        <message>
            <source>December</source>
            <comment>month on its own</comment>
            <translation>diciembre</translation>
        </message>
        <message>
            <source>{day} {month} {year}</source>
            <comment>a date: 29 May 2025</comment>
            <translation>{day} de {month} de {year}</translation>
        </message>
        <message>
            <source>{month} {year}</source>
            <comment>a month: June 2027</comment>
            <translation>{month} de {year}</translation>
        </message>
        <message>
            <source>{first}–{last} {month} {year}</source>
            <comment>days of one month: 27–29 May 2025</comment>
            <translation>{first} a {last} de {month} de {year}</translation>
        </message>
        <message>
            <source>{first_day} {first_month} – {last_day} {last_month} {year}</source>
            <comment>days of one year: 30 May – 2 June 2025</comment>
            <translation>{first_day} de {first_month} a {last_day} de {last_month} de {year}</translation>
        </message>
        <message>
            <source>{start} – {end}</source>
            <comment>from one date to another</comment>
            <translation>{start} a {end}</translation>
        </message>
        <message>
            <source>{date}, {time}</source>
            <comment>a date and a time of day</comment>
            <translation>{date}, {time}</translation>
        </message>
    </context>
    <context>
        <name>DeletedBackupsDialog</name>
        <message>
            <source>Workshop encrypted</source>
            <translation>Taller cifrado</translation>
        </message>
        <message>
            <source>These backups were not encrypted, so they were deleted from {folder}:</source>
            <translation>Estas copias de seguridad no estaban cifradas, por lo que se eliminaron de {folder}:</translation>
        </message>
        <message>
            <source>These backups were not encrypted, so they were deleted:</source>
            <translation>Estas copias de seguridad no estaban cifradas, por lo que se eliminaron:</translation>
        </message>
        <message>
            <source>There were no backups that were not encrypted.</source>
            <translation>No había copias de seguridad sin cifrar.</translation>
        </message>
        <message>
            <source>Copies of “{name}” made elsewhere — on a USB stick, sent by e-mail, in a shared folder — are not encrypted and were not deleted. Delete them yourself.</source>
            <translation>Las copias de «{name}» hechas en otros lugares (en una memoria USB, enviadas por correo electrónico, en una carpeta compartida) no están cifradas y no se eliminaron. Elimínelas usted.</translation>
        </message>
        <message>
            <source>Next: the recovery key</source>
            <translation>Siguiente paso: la clave de recuperación</translation>
        </message>
        <message>
            <source>The workshop is encrypted</source>
            <translation>El taller está cifrado</translation>
        </message>
        <message>
            <source>From now on it asks for the passphrase each time it is opened.</source>
            <translation>A partir de ahora, se pedirá la frase de contraseña cada vez que se abra el taller.</translation>
        </message>
    </context>
    <context>
        <name>DetailPane</name>
        <message>
            <source>Select a recommendation to read it in full, with its details and notes.</source>
            <translation>Seleccione una recomendación para leerla completa, con sus detalles y notas.</translation>
        </message>
        <message>
            <source>DETAILS</source>
            <translation>DETALLES</translation>
        </message>
        <message>
            <source>No notes yet.</source>
            <translation>Todavía no hay notas.</translation>
        </message>
        <message>
            <source>Write a note for the workshop… (Ctrl+Enter to add)</source>
            <translation>Escriba una nota para el taller… (Ctrl+Intro para añadirla)</translation>
        </message>
        <message>
            <source>Add note</source>
            <translation>Añadir nota</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>This workshop is read-only, so notes can't be added here.</source>
            <translation>Este taller es de solo lectura, por lo que aquí no se pueden añadir notas.</translation>
        </message>
        <message>
            <source>Recommended by</source>
            <translation>Recomendada por</translation>
        </message>
        <message>
            <source>Themes</source>
            <translation>Temas</translation>
        </message>
        <message>
            <source>Affected persons</source>
            <translation>Personas afectadas</translation>
        </message>
        <message>
            <source>SDGs</source>
            <translation>ODS</translation>
        </message>
        <message>
            <source>Session</source>
            <translation>Período de sesiones</translation>
        </message>
        <message>
            <source>Cycle</source>
            <translation>Ciclo</translation>
        </message>
        <message>
            <source>Action category</source>
            <translation>Categoría de acción</translation>
        </message>
        <message>
            <source>Document</source>
            <translation>Documento</translation>
        </message>
        <message>
            <source>State under review</source>
            <translation>Estado examinado</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Fuente</translation>
        </message>
        <message>
            <source>%1 SELECTED · SHOWING ONE OF THEM</source>
            <translation>%1 SELECCIONADAS · SE MUESTRA UNA DE ELLAS</translation>
        </message>
        <message>
            <source>No number</source>
            <translation>Sin número</translation>
        </message>
        <message>
            <source>{file}, row {row}</source>
            <comment>a recommendation's source: the file it was imported from and its row there</comment>
            <translation>{file}, fila {row}</translation>
        </message>
        <message>
            <source>minimal action</source>
            <translation>acción mínima</translation>
        </message>
        <message>
            <source>continuing action</source>
            <translation>acción continua</translation>
        </message>
        <message>
            <source>considering action</source>
            <translation>acción en estudio</translation>
        </message>
        <message>
            <source>general action</source>
            <translation>acción general</translation>
        </message>
        <message>
            <source>specific action</source>
            <translation>acción específica</translation>
        </message>
        <message>
            <source>NOTES (%1)</source>
            <translation>NOTAS (%1)</translation>
        </message>
        <message>
            <source>NOTES</source>
            <translation>NOTAS</translation>
        </message>
        <message>
            <source>Note saved.</source>
            <translation>Nota guardada.</translation>
        </message>
        <message>
            <source>Note added.</source>
            <translation>Nota añadida.</translation>
        </message>
        <message>
            <source>Save note</source>
            <translation>Guardar nota</translation>
        </message>
        <message>
            <source>Note deleted. Undo with Ctrl+Z.</source>
            <translation>Nota eliminada. Para deshacer, pulse Ctrl+Z.</translation>
        </message>
    </context>
    <context>
        <name>Document pages</name>
        <message>
            <source>Page {page} of {pages}</source>
            <translation>Página {page} de {pages}</translation>
        </message>
    </context>
    <context>
        <name>EncryptDialog</name>
        <message>
            <source>Encrypt this workshop</source>
            <translation>Cifrar este taller</translation>
        </message>
        <message>
            <source>The whole workshop file will be encrypted with the passphrase you set here, and it will be asked for every time the file is opened. Its backups in UPR Desktop's own folder that are not encrypted will be deleted, and new backups will be encrypted too.</source>
            <translation>Todo el archivo del taller se cifrará con la frase de contraseña que establezca aquí, y esta se pedirá cada vez que se abra el archivo. Las copias de seguridad sin cifrar que haya en la carpeta propia de UPR Desktop se eliminarán, y las nuevas copias de seguridad también se cifrarán.</translation>
        </message>
        <message>
            <source>Copies of “{name}” made elsewhere — on a USB stick, sent by e-mail, in a shared folder — are not touched: they stay readable by anyone, so delete them yourself.</source>
            <translation>Las copias de «{name}» hechas en otros lugares (en una memoria USB, enviadas por correo electrónico, en una carpeta compartida) no se modifican: cualquier persona puede seguir leyéndolas, así que elimínelas usted.</translation>
        </message>
        <message>
            <source>Encrypt</source>
            <translation>Cifrar</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Protects the people in it if the laptop is lost or seized.</source>
            <translation>Protege a las personas que figuran en él si la computadora portátil se pierde o es incautada.</translation>
        </message>
        <message>
            <source>The workshop could not be encrypted: {reason}</source>
            <translation>No se pudo cifrar el taller: {reason}</translation>
        </message>
    </context>
    <context>
        <name>Encryption</name>
        <message>
            <source>{option}: there is no file at “{path}”.</source>
            <translation>{option}: no hay ningún archivo en «{path}».</translation>
        </message>
        <message>
            <source>{option}: “{path}” can't be read ({error}).</source>
            <translation>{option}: no se puede leer «{path}» ({error}).</translation>
        </message>
        <message>
            <source>{option}: the first line is empty; it must hold the passphrase.</source>
            <translation>{option}: la primera línea está vacía; debe contener la frase de contraseña.</translation>
        </message>
        <message>
            <source>Give the new passphrase with --passphrase-file FILE or --passphrase-stdin.</source>
            <translation>Indique la nueva frase de contraseña con --passphrase-file ARCHIVO o --passphrase-stdin.</translation>
        </message>
        <message>
            <source>Deleted: {path}</source>
            <translation>Se eliminó: {path}</translation>
        </message>
        <message>
            <source>Give the current passphrase with --passphrase-file FILE or --passphrase-stdin.</source>
            <translation>Indique la frase de contraseña actual con --passphrase-file ARCHIVO o --passphrase-stdin.</translation>
        </message>
        <message>
            <source>The passphrase of “{name}” was changed. The old passphrase and the old recovery key no longer open it; print the new recovery key with `upr-desktop recovery-key`.</source>
            <translation>Se cambió la frase de contraseña de «{name}». La frase de contraseña anterior y la clave de recuperación anterior ya no lo abren; imprima la nueva clave de recuperación con `upr-desktop recovery-key`.</translation>
        </message>
        <message>
            <source>The workshop is now encrypted. It opens only with its passphrase or its recovery key.</source>
            <translation>Ahora el taller está cifrado. Solo se abre con su frase de contraseña o con su clave de recuperación.</translation>
        </message>
        <message numerus="yes">
            <source>%n unencrypted backup(s) of it were deleted. On SSDs and USB sticks deleted data can sometimes still be recovered with special tools, so deleting is not the same as securely erasing.</source>
            <translation>
                <numerusform>Se eliminó %n copia de seguridad sin cifrar del taller. En los discos SSD y las memorias USB, los datos eliminados a veces aún pueden recuperarse con herramientas especiales, de modo que eliminar no equivale a borrar de forma segura.</numerusform>
                <numerusform>Se eliminaron %n copias de seguridad sin cifrar del taller. En los discos SSD y las memorias USB, los datos eliminados a veces aún pueden recuperarse con herramientas especiales, de modo que eliminar no equivale a borrar de forma segura.</numerusform>
            </translation>
        </message>
        <message>
            <source>It had no unencrypted backups to delete.</source>
            <translation>No tenía copias de seguridad sin cifrar que eliminar.</translation>
        </message>
        <message>
            <source>Copies of the workshop made elsewhere (on other disks, in e-mail, on other computers) are not encrypted or removed: delete them yourself.</source>
            <translation>Las copias del taller hechas en otros lugares (en otros discos, en correos electrónicos, en otras computadoras) no se cifran ni se eliminan: elimínelas usted.</translation>
        </message>
        <message>
            <source>This workshop is not encrypted, so it has no recovery key.</source>
            <translation>Este taller no está cifrado, por lo que no tiene clave de recuperación.</translation>
        </message>
        <message>
            <source>This workshop is not encrypted. Encrypt it first.</source>
            <translation>Este taller no está cifrado. Cífrelo primero.</translation>
        </message>
        <message>
            <source>This workshop is already encrypted. Use “Change passphrase…” to set a new passphrase.</source>
            <translation>Este taller ya está cifrado. Use «Cambiar la frase de contraseña…» para establecer una nueva frase de contraseña.</translation>
        </message>
        <message>
            <source>The passphrase must be at least {count} characters long. A few unrelated words are easier to remember and harder to guess than one word.</source>
            <translation>La frase de contraseña debe tener al menos {count} caracteres. Unas cuantas palabras sin relación entre sí son más fáciles de recordar y más difíciles de adivinar que una sola palabra.</translation>
        </message>
        <message>
            <source>A passphrase can't have the form of a recovery key (UPR1-…). Choose another.</source>
            <translation>Una frase de contraseña no puede tener la forma de una clave de recuperación (UPR1-…). Elija otra.</translation>
        </message>
        <message>
            <source>“{name}” is not encrypted: open it without a passphrase, or encrypt it with File ▸ Encrypt this workshop…</source>
            <translation>«{name}» no está cifrado: ábralo sin frase de contraseña, o cífrelo con Archivo ▸ Cifrar este taller…</translation>
        </message>
        <message>
            <source>“{name}” is encrypted. Enter its passphrase (or its recovery key) to open it.</source>
            <translation>«{name}» está cifrado. Escriba su frase de contraseña (o su clave de recuperación) para abrirlo.</translation>
        </message>
        <message>
            <source>“{name}” is encrypted and damaged: it can't be read. Nothing was changed. Open the latest good backup of it instead.</source>
            <translation>«{name}» está cifrado y dañado: no se puede leer. No se modificó nada. Abra en su lugar la última copia de seguridad en buen estado de este archivo.</translation>
        </message>
        <message>
            <source>“{name}” could not be opened: the file is cut short or damaged (or the passphrase is wrong). Nothing was changed. If the passphrase is right, open the latest good backup of it instead.</source>
            <translation>No se pudo abrir «{name}»: el archivo está incompleto o dañado (o la frase de contraseña es incorrecta). No se modificó nada. Si la frase de contraseña es correcta, abra en su lugar la última copia de seguridad en buen estado de este archivo.</translation>
        </message>
        <message>
            <source>That passphrase does not open “{name}”. Check it (capital letters, spaces, keyboard layout) and try again, or use the recovery key. Nothing was changed.</source>
            <translation>Esa frase de contraseña no abre «{name}». Revísela (mayúsculas, espacios, distribución del teclado) y vuelva a intentarlo, o use la clave de recuperación. No se modificó nada.</translation>
        </message>
        <message>
            <source>“{name}” is open read-only, so its encryption can't be changed. Use “Save a copy…” and change the copy.</source>
            <translation>«{name}» está abierto en modo de solo lectura, por lo que no se puede cambiar su cifrado. Use «Guardar una copia…» y cambie la copia.</translation>
        </message>
        <message>
            <source>The encryption of “{name}” could not be changed ({error}). The workshop is unchanged, under its old passphrase.</source>
            <translation>No se pudo cambiar el cifrado de «{name}» ({error}). El taller no se ha modificado y sigue protegido con su frase de contraseña anterior.</translation>
        </message>
        <message>
            <source>This workshop is encrypted, and this copy of UPR Desktop was built without encryption support. Install UPR Desktop from its official installer to open it. The file has not been changed.</source>
            <translation>Este taller está cifrado, y esta instalación de UPR Desktop se compiló sin compatibilidad con el cifrado. Instale UPR Desktop con su instalador oficial para abrirlo. El archivo no se ha modificado.</translation>
        </message>
        <message>
            <source>This copy of UPR Desktop was built without encryption support, so it can't encrypt a workshop. Install UPR Desktop from its official installer.</source>
            <translation>Esta instalación de UPR Desktop se compiló sin compatibilidad con el cifrado, por lo que no puede cifrar un taller. Instale UPR Desktop con su instalador oficial.</translation>
        </message>
    </context>
    <context>
        <name>EndorsementsEditor</name>
        <message numerus="yes">
            <source>%n organisation(s)</source>
            <translation>
                <numerusform>%n organización</numerusform>
                <numerusform>%n organizaciones</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n signed on paper</source>
            <translation>
                <numerusform>%n firmada en papel</numerusform>
                <numerusform>%n firmadas en papel</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n organisation(s) added to the endorsements. Undo with Ctrl+Z.</source>
            <translation>
                <numerusform>%n organización añadida a las adhesiones. Para deshacer, pulse Ctrl+Z.</numerusform>
                <numerusform>%n organizaciones añadidas a las adhesiones. Para deshacer, pulse Ctrl+Z.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>Something went wrong: {error}. The details are in the log file; nothing saved was lost.</source>
            <translation>Se produjo un error: {error}. Los detalles figuran en el archivo de registro; no se perdió nada de lo guardado.</translation>
        </message>
        <message>
            <source>UPR Desktop</source>
            <translation>UPR Desktop</translation>
        </message>
    </context>
    <context>
        <name>EvidenceDialog</name>
        <message>
            <source>Add evidence</source>
            <translation>Añadir pruebas</translation>
        </message>
        <message>
            <source>e.g. Law 12/2026 on domestic violence, published</source>
            <translation>p. ej., Ley 12/2026 sobre la violencia doméstica, publicada</translation>
        </message>
        <message>
            <source>Who published or gave it</source>
            <translation>Quién la publicó o la facilitó</translation>
        </message>
        <message>
            <source>https://… (optional)</source>
            <translation>https://… (opcional)</translation>
        </message>
        <message>
            <source>Attach a file…</source>
            <translation>Adjuntar un archivo…</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Quitar</translation>
        </message>
        <message>
            <source>No file. At most %1 per file.</source>
            <translation>Sin archivo. Como máximo %1 por archivo.</translation>
        </message>
        <message>
            <source>SHA-256 of the file</source>
            <translation>SHA-256 del archivo</translation>
        </message>
        <message>
            <source>Confidential: never exported, printed or shown on the projector</source>
            <translation>Confidencial: nunca se exporta, imprime ni muestra en el proyector</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Título</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Fuente</translation>
        </message>
        <message>
            <source>Link</source>
            <translation>Enlace</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Archivo</translation>
        </message>
        <message>
            <source>A file is kept inside the workshop, with its SHA-256 so that anyone can check it is the original.</source>
            <translation>El archivo se guarda dentro del taller, con su SHA-256, para que cualquiera pueda comprobar que es el original.</translation>
        </message>
        <message>
            <source>Attach a file</source>
            <translation>Adjuntar un archivo</translation>
        </message>
        <message>
            <source>No file.</source>
            <translation>Sin archivo.</translation>
        </message>
        <message>
            <source>“%1” is %2; an attached file can be at most %3. Attach a smaller copy (a scan at lower resolution), or give a link to it instead.</source>
            <translation>«%1» ocupa %2; un archivo adjunto puede ocupar como máximo %3. Adjunte una copia más pequeña (un escaneo de menor resolución) o indique un enlace.</translation>
        </message>
        <message>
            <source>SHA-256 %1</source>
            <translation>SHA-256 %1</translation>
        </message>
    </context>
    <context>
        <name>ExportWarning</name>
        <message numerus="yes">
            <source>The charter’s signature page names %n representative(s) of the organisations that signed it.</source>
            <translation>
                <numerusform>La página de firmas de la carta nombra a %n representante de las organizaciones que la firmaron.</numerusform>
                <numerusform>La página de firmas de la carta nombra a %n representantes de las organizaciones que la firmaron.</numerusform>
            </translation>
        </message>
        <message>
            <source>These ballots name each organisation taking part; an organisation of one names its member.</source>
            <translation>Estas papeletas indican el nombre de cada organización participante; en el caso de una organización de un solo miembro, identifican a ese miembro.</translation>
        </message>
        <message numerus="yes">
            <source>These ballots name each of the %n participants.</source>
            <translation>
                <numerusform>Estas papeletas nombran al único participante (%n).</numerusform>
                <numerusform>Estas papeletas nombran a cada uno de los %n participantes.</numerusform>
            </translation>
        </message>
        <message>
            <source>Its ballots sheet names each voter and shows how they voted.</source>
            <translation>La hoja de papeletas de este archivo indica el nombre de cada votante y muestra cómo votó.</translation>
        </message>
    </context>
    <context>
        <name>FilterBar</name>
        <message>
            <source>Search the recommendations: words, States, themes or a number…</source>
            <translation>Buscar en las recomendaciones: palabras, Estados, temas o un número…</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Buscar</translation>
        </message>
        <message>
            <source>Response</source>
            <translation>Respuesta</translation>
        </message>
        <message>
            <source>Themes</source>
            <translation>Temas</translation>
        </message>
        <message>
            <source>Find a theme…</source>
            <translation>Buscar un tema…</translation>
        </message>
        <message>
            <source>Cluster</source>
            <translation>Grupo temático</translation>
        </message>
        <message>
            <source>Find a cluster…</source>
            <translation>Buscar un grupo temático…</translation>
        </message>
        <message>
            <source>No clusters yet. Group the recommendations into clusters in step 2, Clusters.</source>
            <translation>Todavía no hay grupos temáticos. Agrupe las recomendaciones en el paso 2, Grupos temáticos.</translation>
        </message>
        <message>
            <source>Recommended by</source>
            <translation>Recomendada por</translation>
        </message>
        <message>
            <source>Find a recommending State…</source>
            <translation>Buscar un Estado recomendante…</translation>
        </message>
        <message>
            <source>SDG</source>
            <translation>ODS</translation>
        </message>
        <message>
            <source>Find a goal…</source>
            <translation>Buscar un objetivo…</translation>
        </message>
        <message>
            <source>Session</source>
            <translation>Período de sesiones</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Grado de aplicación</translation>
        </message>
        <message>
            <source>Assessed by</source>
            <translation>Evaluada por</translation>
        </message>
        <message>
            <source>Find an organisation…</source>
            <translation>Buscar una organización…</translation>
        </message>
        <message>
            <source>Priority</source>
            <translation>Prioridad</translation>
        </message>
        <message>
            <source>The charter has no priorities yet.</source>
            <translation>La carta todavía no tiene prioridades.</translation>
        </message>
        <message>
            <source>Clear filters</source>
            <translation>Borrar los filtros</translation>
        </message>
        <message>
            <source>Not in a cluster</source>
            <translation>Sin grupo temático</translation>
        </message>
        <message>
            <source>Session %1</source>
            <translation>Período de sesiones %1</translation>
        </message>
        <message>
            <source>Not implemented</source>
            <translation>No aplicada</translation>
        </message>
        <message>
            <source>Partially implemented</source>
            <translation>Aplicada parcialmente</translation>
        </message>
        <message>
            <source>Fully implemented</source>
            <translation>Aplicada plenamente</translation>
        </message>
        <message>
            <source>No information</source>
            <translation>Sin información</translation>
        </message>
        <message>
            <source>Not assessed yet</source>
            <translation>Todavía sin evaluar</translation>
        </message>
        <message>
            <source>The coalition</source>
            <translation>La coalición</translation>
        </message>
        <message>
            <source>Showing %1 of %2</source>
            <translation>Se muestran %1 de %2</translation>
        </message>
    </context>
    <context>
        <name>FollowUp</name>
        <message>
            <source>Not implemented</source>
            <translation>No aplicada</translation>
        </message>
        <message>
            <source>Partially implemented</source>
            <translation>Aplicada parcialmente</translation>
        </message>
        <message>
            <source>Fully implemented</source>
            <translation>Aplicada plenamente</translation>
        </message>
        <message>
            <source>No information</source>
            <translation>Sin información</translation>
        </message>
        <message>
            <source>“{value}” is not an assessment status. Use not, partial, full or no-info.</source>
            <translation>«{value}» no es un grado de aplicación. Use not, partial, full o no-info.</translation>
        </message>
        <message>
            <source>Law or decree</source>
            <translation>Ley o decreto</translation>
        </message>
        <message>
            <source>Budget line</source>
            <translation>Partida presupuestaria</translation>
        </message>
        <message>
            <source>Court decision</source>
            <translation>Decisión judicial</translation>
        </message>
        <message>
            <source>Official statement</source>
            <translation>Declaración oficial</translation>
        </message>
        <message>
            <source>Media report</source>
            <translation>Información de prensa</translation>
        </message>
        <message>
            <source>Our own documentation</source>
            <translation>Documentación propia</translation>
        </message>
        <message>
            <source>Testimony</source>
            <translation>Testimonio</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Otro</translation>
        </message>
        <message>
            <source>“{value}” is not a kind of evidence. Use one of: {listed}.</source>
            <translation>«{value}» no es un tipo de prueba. Use uno de estos: {listed}.</translation>
        </message>
        <message>
            <source>{what} “{text}” is not a date. Write it as YYYY-MM-DD, e.g. 2027-03-15.</source>
            <translation>{what} «{text}» no es una fecha. Escríbala como AAAA-MM-DD, p. ej., 2027-03-15.</translation>
        </message>
        <message>
            <source>The submission has {count} words, {over} over the {cap}-word limit OHCHR sets for a joint submission. Shorten it before sending.</source>
            <translation>La contribución tiene {count} palabras, {over} más que el límite de {cap} palabras que fija el ACNUDH para una contribución conjunta. Abréviela antes de enviarla.</translation>
        </message>
        <message>
            <source>The submission has {count} words, {over} over the {cap}-word limit OHCHR sets for one organisation's submission. Shorten it before sending.</source>
            <translation>La contribución tiene {count} palabras, {over} más que el límite de {cap} palabras que fija el ACNUDH para la contribución de una sola organización. Abréviela antes de enviarla.</translation>
        </message>
        <message>
            <source>The charter has no priority {text} (it has {order_count}).</source>
            <translation>La carta no tiene ninguna prioridad {text} (tiene {order_count}).</translation>
        </message>
        <message>
            <source>No recommendation has the paragraph number “{text}”.</source>
            <translation>Ninguna recomendación tiene el número de párrafo «{text}».</translation>
        </message>
        <message>
            <source>The evidence needs a title.</source>
            <translation>La prueba necesita un título.</translation>
        </message>
        <message>
            <source>The evidence's date</source>
            <translation>La fecha de la prueba</translation>
        </message>
        <message>
            <source>Add the evidence “{title}”</source>
            <translation>Añadir la prueba «{title}»</translation>
        </message>
        <message>
            <source>Mark evidence confidential</source>
            <translation>Marcar la prueba como confidencial</translation>
        </message>
        <message>
            <source>Mark evidence shareable</source>
            <translation>Marcar la prueba como no confidencial</translation>
        </message>
        <message>
            <source>Delete the evidence “{title}”</source>
            <translation>Eliminar la prueba «{title}»</translation>
        </message>
        <message>
            <source>The assessment's date</source>
            <translation>La fecha de la evaluación</translation>
        </message>
        <message>
            <source>No evidence item has the number {listed}.</source>
            <translation>Ninguna prueba tiene el número {listed}.</translation>
        </message>
        <message>
            <source>This assessment is no longer in the workshop.</source>
            <translation>Esta evaluación ya no está en el taller.</translation>
        </message>
        <message>
            <source>This milestone is no longer in the charter.</source>
            <translation>Este hito ya no está en la carta.</translation>
        </message>
        <message>
            <source>The milestone's date</source>
            <translation>La fecha del hito</translation>
        </message>
        <message>
            <source>Mark the milestone “{description}” done</source>
            <translation>Marcar el hito «{description}» como cumplido</translation>
        </message>
        <message>
            <source>Mark the milestone “{description}” not done</source>
            <translation>Marcar el hito «{description}» como no cumplido</translation>
        </message>
        <message>
            <source>The indicator needs a name, e.g. “Number of unpunished attacks on journalists”.</source>
            <translation>El indicador necesita un nombre, p. ej., «Número de ataques impunes contra periodistas».</translation>
        </message>
        <message>
            <source>Add the indicator “{name}”</source>
            <translation>Añadir el indicador «{name}»</translation>
        </message>
        <message>
            <source>This indicator is no longer in the workshop.</source>
            <translation>Este indicador ya no está en el taller.</translation>
        </message>
        <message>
            <source>“{period}” is not a year or a date. Write 2026, 2026-06 or 2026-06-30.</source>
            <translation>«{period}» no es un año ni una fecha. Escriba 2026, 2026-06 o 2026-06-30.</translation>
        </message>
        <message>
            <source>Say where the value comes from: every indicator value needs a source.</source>
            <translation>Indique de dónde procede el valor: todo valor de un indicador necesita una fuente.</translation>
        </message>
        <message>
            <source>“{value}” is not a number.</source>
            <translation>«{value}» no es un número.</translation>
        </message>
        <message>
            <source>Record {number:g} for {period}</source>
            <translation>Registrar {number:g} para {period}</translation>
        </message>
        <message>
            <source>This recommendation is no longer in the workshop.</source>
            <translation>Esta recomendación ya no está en el taller.</translation>
        </message>
        <message>
            <source>A recommendation cannot follow itself.</source>
            <translation>Una recomendación no puede ser continuación de sí misma.</translation>
        </message>
        <message>
            <source>Link to the earlier recommendation</source>
            <translation>Vincular con la recomendación anterior</translation>
        </message>
        <message>
            <source>Remove the link to the earlier one</source>
            <translation>Quitar el vínculo con la anterior</translation>
        </message>
        <message>
            <source>No evidence item has the number {evidence_id}.</source>
            <translation>Ninguna prueba tiene el número {evidence_id}.</translation>
        </message>
        <message>
            <source>There is no file at “{path}”. Check the name and try again.</source>
            <translation>No hay ningún archivo en «{path}». Revise el nombre y vuelva a intentarlo.</translation>
        </message>
        <message>
            <source>“{name}” is {size_words}; an attached file can be at most {size_words2}. Attach a smaller copy (a scan at lower resolution), or give a link to it instead.</source>
            <translation>«{name}» ocupa {size_words}; un archivo adjunto puede ocupar como máximo {size_words2}. Adjunte una copia más pequeña (un escaneo de menor resolución) o, en su lugar, proporcione un enlace.</translation>
        </message>
        <message>
            <source>“{name}” is {size_words}; an attached file can be at most {size_words2}. Attach a smaller copy, or give a link to it instead.</source>
            <translation>«{name}» ocupa {size_words}; un archivo adjunto puede ocupar como máximo {size_words2}. Adjunte una copia más pequeña o, en su lugar, proporcione un enlace.</translation>
        </message>
        <message>
            <source>The workshop already holds {size_words} of attached files and can hold at most {size_words2}, so “{name}” ({size_words3}) was not added. Give a link to it instead.</source>
            <translation>El taller ya contiene {size_words} de archivos adjuntos y puede contener como máximo {size_words2}, por lo que no se añadió «{name}» ({size_words3}). En su lugar, proporcione un enlace.</translation>
        </message>
        <message>
            <source>“{name}” is not on the participants list. Assess as “{coalition}” or as one of the organisations registered in the Participants step.</source>
            <translation>«{name}» no figura en la lista de participantes. Evalúe como «{coalition}» o como una de las organizaciones registradas en el paso Participantes.</translation>
        </message>
        <message>
            <source>This priority is no longer in the charter.</source>
            <translation>Esta prioridad ya no está en la carta.</translation>
        </message>
        <message>
            <source>Assess priority P{number} as “{label}”</source>
            <translation>Evaluar la prioridad P{number} como «{label}»</translation>
        </message>
        <message>
            <source>Assess a priority as “{label}”</source>
            <translation>Evaluar una prioridad como «{label}»</translation>
        </message>
        <message>
            <source>Assess recommendation {reference} as “{label}”</source>
            <translation>Evaluar la recomendación {reference} como «{label}»</translation>
        </message>
        <message>
            <source>Assess a recommendation as “{label}”</source>
            <translation>Evaluar una recomendación como «{label}»</translation>
        </message>
        <message>
            <source>Withdraw {assessor}'s assessment of priority P{number}</source>
            <translation>Retirar la evaluación de {assessor} sobre la prioridad P{number}</translation>
        </message>
        <message>
            <source>Withdraw {assessor}'s assessment of a priority</source>
            <translation>Retirar la evaluación de {assessor} sobre una prioridad</translation>
        </message>
        <message>
            <source>Withdraw {assessor}'s assessment of recommendation {reference}</source>
            <translation>Retirar la evaluación de {assessor} sobre la recomendación {reference}</translation>
        </message>
        <message>
            <source>Withdraw {assessor}'s assessment of a recommendation</source>
            <translation>Retirar la evaluación de {assessor} sobre una recomendación</translation>
        </message>
    </context>
    <context>
        <name>FollowUpChart</name>
        <message>
            <source>Nothing assessed yet</source>
            <translation>Todavía no se ha evaluado nada</translation>
        </message>
    </context>
    <context>
        <name>FollowUpDashboard</name>
        <message>
            <source>Not assessed yet</source>
            <translation>Todavía sin evaluar</translation>
        </message>
        <message>
            <source>Milestones overdue</source>
            <translation>Hitos vencidos</translation>
        </message>
        <message>
            <source>Not assessed for a year</source>
            <translation>Sin evaluar desde hace un año</translation>
        </message>
        <message>
            <source>Organisations disagree</source>
            <translation>Las organizaciones discrepan</translation>
        </message>
        <message>
            <source>List them</source>
            <translation>Ver la lista</translation>
        </message>
        <message>
            <source>Status over time</source>
            <translation>Evolución de la aplicación</translation>
        </message>
        <message>
            <source>Priority and milestones</source>
            <translation>Prioridad e hitos</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Situación</translation>
        </message>
        <message>
            <source>Priorities and their milestones</source>
            <translation>Prioridades y sus hitos</translation>
        </message>
        <message>
            <source>Mark done today</source>
            <translation>Marcar como cumplido hoy</translation>
        </message>
        <message>
            <source>Not done yet</source>
            <translation>Marcar como no cumplido</translation>
        </message>
        <message>
            <source>Selected milestone:</source>
            <translation>Hito seleccionado:</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>Vencido</translation>
        </message>
        <message>
            <source>Where organisations disagree</source>
            <translation>Dónde discrepan las organizaciones</translation>
        </message>
        <message>
            <source>%1 of %2 recommendations assessed at least once · as of %3</source>
            <translation>%1 de %2 recomendaciones evaluadas al menos una vez · a fecha de %3</translation>
        </message>
        <message>
            <source>done on %1</source>
            <translation>cumplido el %1</translation>
        </message>
        <message>
            <source>late: due %1</source>
            <translation>con retraso; plazo: %1</translation>
        </message>
        <message>
            <source>due %1</source>
            <translation>plazo: %1</translation>
        </message>
        <message>
            <source>The charter has no priorities yet.</source>
            <translation>La carta todavía no tiene prioridades.</translation>
        </message>
        <message>
            <source>P%1 · %2 — due %3</source>
            <translation>P%1 · %2 — plazo: %3</translation>
        </message>
        <message>
            <source>Nothing overdue.</source>
            <translation>Nada vencido.</translation>
        </message>
        <message>
            <source>Recommendation</source>
            <translation>Recomendación</translation>
        </message>
        <message>
            <source>No disagreements.</source>
            <translation>Sin discrepancias.</translation>
        </message>
    </context>
    <context>
        <name>FollowUpList</name>
        <message>
            <source>Not assessed</source>
            <translation>Sin evaluar</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Situación</translation>
        </message>
        <message>
            <source>%1 on %2</source>
            <translation>%1 el %2</translation>
        </message>
        <message>
            <source>Organisations disagree: see the timeline.</source>
            <translation>Las organizaciones discrepan: vea la cronología.</translation>
        </message>
    </context>
    <context>
        <name>FollowUpPage</name>
        <message>
            <source>Follow-up</source>
            <translation>Seguimiento</translation>
        </message>
        <message>
            <source>How the recommendations and the charter's priorities are being implemented: assessments, evidence, milestones.</source>
            <translation>Cómo se están aplicando las recomendaciones y las prioridades de la carta: evaluaciones, pruebas, hitos.</translation>
        </message>
        <message>
            <source>Add evidence…</source>
            <translation>Añadir pruebas…</translation>
        </message>
        <message>
            <source>A law, a budget line, a report, a testimony…</source>
            <translation>Una ley, una partida presupuestaria, un informe, un testimonio…</translation>
        </message>
        <message>
            <source>Assess…</source>
            <translation>Evaluar…</translation>
        </message>
        <message>
            <source>Record how far a recommendation or priority is implemented</source>
            <translation>Registrar en qué medida se ha aplicado una recomendación o una prioridad</translation>
        </message>
        <message>
            <source>Dashboard</source>
            <translation>Panel</translation>
        </message>
        <message>
            <source>Recommendations</source>
            <translation>Recomendaciones</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>Cronología</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>Pruebas</translation>
        </message>
        <message>
            <source>Next cycle</source>
            <translation>Próximo ciclo</translation>
        </message>
        <message>
            <source>Documents</source>
            <translation>Documentos</translation>
        </message>
        <message>
            <source>Assess this…</source>
            <translation>Evaluar esto…</translation>
        </message>
        <message>
            <source>Withdraw assessment</source>
            <translation>Retirar la evaluación</translation>
        </message>
        <message>
            <source>Remove an assessment entered by mistake (Ctrl+Z brings it back)</source>
            <translation>Quitar una evaluación introducida por error (Ctrl+Z la recupera)</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>Mostrar</translation>
        </message>
        <message>
            <source>Indicator</source>
            <translation>Indicador</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Valor</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Fuente</translation>
        </message>
        <message>
            <source>INDICATORS</source>
            <translation>INDICADORES</translation>
        </message>
        <message>
            <source>Add indicator value…</source>
            <translation>Añadir un valor de indicador…</translation>
        </message>
        <message>
            <source>A dated figure for one of this priority's indicators, with its source</source>
            <translation>Una cifra fechada para uno de los indicadores de esta prioridad, con su fuente</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Título</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Mark confidential</source>
            <translation>Marcar como confidencial</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Eliminar</translation>
        </message>
        <message>
            <source>Recommendations of the latest review that may repeat an earlier one. Confirm a link: the earlier one's assessments then show as context.</source>
            <translation>Recomendaciones del último examen que pueden repetir una anterior. Confirme un vínculo: las evaluaciones de la anterior se mostrarán entonces como contexto.</translation>
        </message>
        <message>
            <source>Recommendation</source>
            <translation>Recomendación</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Puntuación</translation>
        </message>
        <message>
            <source>Linked</source>
            <translation>Vinculada</translation>
        </message>
        <message>
            <source>Confirm link</source>
            <translation>Confirmar el vínculo</translation>
        </message>
        <message>
            <source>Remove link</source>
            <translation>Quitar el vínculo</translation>
        </message>
        <message>
            <source>DOCUMENTS</source>
            <translation>DOCUMENTOS</translation>
        </message>
        <message>
            <source>Confidential evidence never appears in any of these documents.</source>
            <translation>Las pruebas confidenciales nunca aparecen en ninguno de estos documentos.</translation>
        </message>
        <message>
            <source>Mid-term report (PDF)…</source>
            <translation>Informe de mitad de período (PDF)…</translation>
        </message>
        <message>
            <source>Status of every recommendation and priority, with the chart and the evidence annex</source>
            <translation>Grado de aplicación de cada recomendación y prioridad, con el gráfico y el anexo de pruebas</translation>
        </message>
        <message>
            <source>Mid-term report (Word)…</source>
            <translation>Informe de mitad de período (Word)…</translation>
        </message>
        <message>
            <source>The same report, to edit before publishing</source>
            <translation>El mismo informe, para editarlo antes de publicarlo</translation>
        </message>
        <message>
            <source>Submission draft (Word)…</source>
            <translation>Borrador de contribución (Word)…</translation>
        </message>
        <message>
            <source>A stakeholder submission for the next review, within the word cap</source>
            <translation>Una contribución de partes interesadas para el próximo examen, dentro del límite de palabras</translation>
        </message>
        <message>
            <source>Monitoring matrix…</source>
            <translation>Matriz de seguimiento…</translation>
        </message>
        <message>
            <source>Every recommendation with its status, assessors and evidence (Excel or CSV)</source>
            <translation>Cada recomendación con su estado, sus evaluadores y sus pruebas (Excel o CSV)</translation>
        </message>
        <message>
            <source>SUBMISSION WORD COUNT</source>
            <translation>NÚMERO DE PALABRAS DE LA CONTRIBUCIÓN</translation>
        </message>
        <message>
            <source>Projector mode: confidential testimony is hidden.</source>
            <translation>Modo proyector: los testimonios confidenciales están ocultos.</translation>
        </message>
        <message numerus="yes">
            <source>%n item(s) of evidence.</source>
            <translation>
                <numerusform>%n prueba.</numerusform>
                <numerusform>%n pruebas.</numerusform>
            </translation>
        </message>
        <message>
            <source>Choose an item to see its details.</source>
            <translation>Elija un elemento para ver sus detalles.</translation>
        </message>
        <message>
            <source>Mark shareable</source>
            <translation>Marcar como no confidencial</translation>
        </message>
        <message>
            <source>Source: %1</source>
            <translation>Fuente: %1</translation>
        </message>
        <message>
            <source>Link: %1</source>
            <translation>Enlace: %1</translation>
        </message>
        <message>
            <source>File: %1 (%2)</source>
            <translation>Archivo: %1 (%2)</translation>
        </message>
        <message>
            <source>SHA-256: %1</source>
            <translation>SHA-256: %1</translation>
        </message>
        <message>
            <source>(the stored file no longer matches!)</source>
            <translation>(¡el archivo guardado ya no coincide!)</translation>
        </message>
        <message>
            <source>Confidential: never exported, printed or shown on the projector.</source>
            <translation>Confidencial: nunca se exporta, imprime ni muestra en el proyector.</translation>
        </message>
        <message>
            <source>linked</source>
            <translation>vinculada</translation>
        </message>
        <message>
            <source>No suggestions: the workshop holds recommendations of one review only.</source>
            <translation>Sin sugerencias: el taller contiene recomendaciones de un solo examen.</translation>
        </message>
        <message>
            <source>%1 recommendation(s) confirmed as made again.</source>
            <translation>Recomendaciones confirmadas como reiteradas: %1.</translation>
        </message>
        <message>
            <source>The word count could not be made: %1</source>
            <translation>No se pudieron contar las palabras: %1</translation>
        </message>
        <message>
            <source>joint submission</source>
            <translation>contribución conjunta</translation>
        </message>
        <message>
            <source>one organisation</source>
            <translation>una organización</translation>
        </message>
        <message>
            <source>%1 of %2 words (%3; annexes not counted)</source>
            <translation>%1 de %2 palabras (%3; no se cuentan los anexos)</translation>
        </message>
        <message>
            <source>Over the cap by %1 words: shorten the draft before sending it.</source>
            <translation>Supera el límite en %1 palabras: acorte el borrador antes de enviarlo.</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Guardar</translation>
        </message>
        <message>
            <source>Saved to %1</source>
            <translation>Guardado en %1</translation>
        </message>
        <message>
            <source>Save the mid-term report</source>
            <translation>Guardar el informe de mitad de período</translation>
        </message>
        <message>
            <source>mid-term report</source>
            <translation>informe de mitad de período</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>Documentos PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Word documents (*.docx)</source>
            <translation>Documentos de Word (*.docx)</translation>
        </message>
        <message>
            <source>Save the submission draft</source>
            <translation>Guardar el borrador de contribución</translation>
        </message>
        <message>
            <source>submission draft</source>
            <translation>borrador de contribución</translation>
        </message>
        <message>
            <source>Save the monitoring matrix</source>
            <translation>Guardar la matriz de seguimiento</translation>
        </message>
        <message>
            <source>monitoring matrix</source>
            <translation>matriz de seguimiento</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx);;CSV files (*.csv)</source>
            <translation>Libros de Excel (*.xlsx);;Archivos CSV (*.csv)</translation>
        </message>
    </context>
    <context>
        <name>FollowUpTimeline</name>
        <message>
            <source>Assessment</source>
            <translation>Evaluación</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>Pruebas</translation>
        </message>
        <message>
            <source>Milestone</source>
            <translation>Hito</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>Cronología</translation>
        </message>
        <message>
            <source>Choose a recommendation or a priority to see its history.</source>
            <translation>Elija una recomendación o una prioridad para ver su historial.</translation>
        </message>
        <message>
            <source>Nothing recorded yet. Assess it, or add evidence.</source>
            <translation>Todavía no hay nada registrado. Evalúela o añada pruebas.</translation>
        </message>
        <message>
            <source>Organisations disagree. Latest words: %1</source>
            <translation>Las organizaciones discrepan. Últimas opiniones: %1</translation>
        </message>
    </context>
    <context>
        <name>FromRoundDialog</name>
        <message numerus="yes">
            <source>{title}  ·  closed {date}  ·  %n candidate(s)</source>
            <translation>
                <numerusform>{title}  ·  cerrada el {date}  ·  %n opción</numerusform>
                <numerusform>{title}  ·  cerrada el {date}  ·  %n opciones</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{title}  ·  %n candidate(s)</source>
            <translation>
                <numerusform>{title}  ·  %n opción</numerusform>
                <numerusform>{title}  ·  %n opciones</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Handout document</name>
        <message>
            <source>Not yet in a cluster</source>
            <translation>Todavía sin grupo temático</translation>
        </message>
        <message>
            <source>No theme given</source>
            <translation>Sin tema indicado</translation>
        </message>
        <message>
            <source>Recommendations received by {country}</source>
            <translation>Recomendaciones recibidas por {country}</translation>
        </message>
        <message>
            <source>Recommendations</source>
            <translation>Recomendaciones</translation>
        </message>
        <message numerus="yes">
            <source>%n recommendation(s) in {groups} groups, by cluster.</source>
            <translation>
                <numerusform>%n recomendación en {groups} grupos, por grupo temático.</numerusform>
                <numerusform>%n recomendaciones en {groups} grupos, por grupo temático.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n recommendation(s) in {groups} groups, by theme.</source>
            <translation>
                <numerusform>%n recomendación en {groups} grupos, por tema.</numerusform>
                <numerusform>%n recomendaciones en {groups} grupos, por tema.</numerusform>
            </translation>
        </message>
        <message>
            <source>The number above each recommendation is the one on your ballot.</source>
            <translation>El número que figura sobre cada recomendación es el que aparece en su papeleta.</translation>
        </message>
        <message>
            <source>{title}: recommendations</source>
            <translation>{title}: recomendaciones</translation>
        </message>
        <message>
            <source>Handout for participants</source>
            <translation>Folleto para los participantes</translation>
        </message>
        <message>
            <source>Recommendation handout</source>
            <translation>Folleto de recomendaciones</translation>
        </message>
    </context>
    <context>
        <name>IMPACT OSS export</name>
        <message>
            <source>UPR session {session}, cycle {cycle}</source>
            <translation>Período de sesiones {session} del EPU, ciclo {cycle}</translation>
        </message>
        <message>
            <source>UPR session {session}</source>
            <translation>Período de sesiones {session} del EPU</translation>
        </message>
        <message>
            <source>Cycle {cycle}</source>
            <translation>Ciclo {cycle}</translation>
        </message>
        <message>
            <source>Recommending State: {states}</source>
            <translation>Estado recomendante: {states}</translation>
        </message>
        <message>
            <source>Recommending States: {states}</source>
            <translation>Estados recomendantes: {states}</translation>
        </message>
        <message>
            <source>State under review: {country}</source>
            <translation>Estado examinado: {country}</translation>
        </message>
        <message>
            <source>Source: {source}</source>
            <translation>Fuente: {source}</translation>
        </message>
    </context>
    <context>
        <name>Implementation status</name>
        <message>
            <source>Not started</source>
            <translation>No iniciada</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>En curso</translation>
        </message>
        <message>
            <source>Partially implemented</source>
            <translation>Aplicada parcialmente</translation>
        </message>
        <message>
            <source>Fully implemented</source>
            <translation>Aplicada plenamente</translation>
        </message>
    </context>
    <context>
        <name>Import</name>
        <message>
            <source>{message} (row {row}, column “{column}”)</source>
            <translation>{message} (fila {row}, columna «{column}»)</translation>
        </message>
        <message>
            <source>{message} (row {row})</source>
            <translation>{message} (fila {row})</translation>
        </message>
        <message>
            <source>{message} (column “{column}”)</source>
            <translation>{message} (columna «{column}»)</translation>
        </message>
        <message>
            <source>Import cancelled. Nothing was added to the workshop.</source>
            <translation>Importación cancelada. No se añadió nada al taller.</translation>
        </message>
        <message numerus="yes">
            <source>Found %n participant(s) in {file}.</source>
            <translation>
                <numerusform>Se encontró %n participante en {file}.</numerusform>
                <numerusform>Se encontraron %n participantes en {file}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Found %n participant(s).</source>
            <translation>
                <numerusform>Se encontró %n participante.</numerusform>
                <numerusform>Se encontraron %n participantes.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) repeated someone listed earlier; each person is counted once.</source>
            <translation>
                <numerusform>%n fila repetía a una persona ya listada; cada persona se cuenta una sola vez.</numerusform>
                <numerusform>%n filas repetían a personas ya listadas; cada persona se cuenta una sola vez.</numerusform>
            </translation>
        </message>
        <message>
            <source>1 row had no name or alias and was left out.</source>
            <translation>1 fila no tenía nombre ni alias y se omitió.</translation>
        </message>
        <message numerus="yes">
            <source>%n rows had no name or alias and were left out.</source>
            <translation>
                <numerusform>%n fila no tenía nombre ni alias y se omitió.</numerusform>
                <numerusform>%n filas no tenían nombre ni alias y se omitieron.</numerusform>
            </translation>
        </message>
        <message>
            <source>“{name}” is a Word document, not a table of participants. Save the attendance list as CSV or Excel (.xlsx), with one row per person, and import that.</source>
            <translation>«{name}» es un documento de Word, no una tabla de participantes. Guarde la lista de asistencia como CSV o Excel (.xlsx), con una fila por persona, e importe ese archivo.</translation>
        </message>
        <message>
            <source>“{name}” is a JSON file, not a table of participants. Save the attendance list as CSV or Excel (.xlsx), with one row per person, and import that.</source>
            <translation>«{name}» es un archivo JSON, no una tabla de participantes. Guarde la lista de asistencia como CSV o Excel (.xlsx), con una fila por persona, e importe ese archivo.</translation>
        </message>
        <message>
            <source>Parts of the file are not valid UTF-8, so it was read as Windows Western (cp1252) text. Check accented letters.</source>
            <translation>Algunas partes del archivo no son UTF-8 válido, por lo que se leyó como texto Windows occidental (cp1252). Revise las letras acentuadas.</translation>
        </message>
        <message>
            <source>“{name}” is empty (0 bytes), so there is no one to import. Save the attendance list again, or choose another file.</source>
            <translation>«{name}» está vacío (0 bytes), por lo que no hay nadie que importar. Vuelva a guardar la lista de asistencia o elija otro archivo.</translation>
        </message>
        <message>
            <source>“{name}” is {what}, not a table of participants, even if its name says otherwise. Save the attendance list as CSV or Excel (.xlsx), with one row per person, and import that.</source>
            <translation>«{name}» es {what}, no una tabla de participantes, aunque su nombre indique otra cosa. Guarde la lista de asistencia como CSV o Excel (.xlsx), con una fila por persona, e importe ese archivo.</translation>
        </message>
        <message>
            <source>“{name}” is {what}, not a table of participants. Save the attendance list as CSV or Excel (.xlsx), with one row per person, and import that.</source>
            <translation>«{name}» es {what}, no una tabla de participantes. Guarde la lista de asistencia como CSV o Excel (.xlsx), con una fila por persona, e importe ese archivo.</translation>
        </message>
        <message>
            <source>“{name}” holds no table: there are no column headings or rows in it. Choose the attendance list, with one row per person.</source>
            <translation>«{name}» no contiene ninguna tabla: no tiene encabezados de columna ni filas. Elija la lista de asistencia, con una fila por persona.</translation>
        </message>
        <message>
            <source>“{name}” has no column of names. Its headings are {names}. Name the column “Name” (and, if you have them, “Organisation”, “Thematic focus”, “Contact”, “Consent” and “Alias”), then import it again.</source>
            <translation>«{name}» no tiene una columna de nombres. Sus encabezados son {names}. Titule la columna «Nombre» (y, si las tiene, «Organización», «Enfoque temático», «Contacto», «Consentimiento» y «Alias») y vuelva a importarla.</translation>
        </message>
        <message>
            <source>Row {number} has no name and was left out.</source>
            <translation>La fila {number} no tiene nombre y se omitió.</translation>
        </message>
        <message>
            <source>Row {number} repeats row {row} ({who}).</source>
            <translation>La fila {number} repite la fila {row} ({who}).</translation>
        </message>
        <message>
            <source>No participants found in “{name}”: its only row has no name or alias. Check that the names are in the column headed “Name”.</source>
            <translation>No se encontraron participantes en «{name}»: su única fila no tiene nombre ni alias. Compruebe que los nombres estén en la columna titulada «Nombre».</translation>
        </message>
        <message numerus="yes">
            <source>No participants found in “{name}”: none of its %n rows has a name or alias. Check that the names are in the column headed “Name”.</source>
            <translation>
                <numerusform>No se encontraron participantes en «{name}»: su única fila (%n) no tiene nombre ni alias. Compruebe que los nombres estén en la columna titulada «Nombre».</numerusform>
                <numerusform>No se encontraron participantes en «{name}»: ninguna de sus %n filas tiene nombre ni alias. Compruebe que los nombres estén en la columna titulada «Nombre».</numerusform>
            </translation>
        </message>
        <message>
            <source>No participants found in “{name}”: it has column headings but no rows of people under them.</source>
            <translation>No se encontraron participantes en «{name}»: tiene encabezados de columna, pero ninguna fila de personas debajo.</translation>
        </message>
        <message>
            <source>“{name}” is not a normal document: {why}. If it is a real document, open it in Word, copy its table into a spreadsheet, save that as CSV and import it.</source>
            <translation>«{name}» no es un documento normal: {why}. Si es un documento auténtico, ábralo en Word, copie su tabla en una hoja de cálculo, guárdela como CSV e impórtela.</translation>
        </message>
        <message>
            <source>“{name}” is not a normal spreadsheet: {why}. If it is a real spreadsheet, open it in Excel or LibreOffice, save it as CSV and import that.</source>
            <translation>«{name}» no es una hoja de cálculo normal: {why}. Si es una hoja de cálculo auténtica, ábrala en Excel o LibreOffice, guárdela como CSV e importe ese archivo.</translation>
        </message>
        <message>
            <source>it holds {members_count:,} parts, where a real one holds a few dozen (at most {max_members:,} are accepted)</source>
            <translation>contiene {members_count:,} partes, cuando uno auténtico contiene unas pocas decenas (se aceptan como máximo {max_members:,})</translation>
        </message>
        <message>
            <source>“{name}” is protected with a password. Open it, remove the password (or save an unprotected copy), and import that.</source>
            <translation>«{name}» está protegido con contraseña. Ábralo, quite la contraseña (o guarde una copia sin protección) e importe ese archivo.</translation>
        </message>
        <message>
            <source>it is packed with a compression method Excel and Word never use</source>
            <translation>está comprimido con un método de compresión que Excel y Word nunca usan</translation>
        </message>
        <message>
            <source>it would expand from {size} to {unpacked}, and its part “{part}” is packed {times:,} times tighter than real content ever is</source>
            <translation>se expandiría de {size} a {unpacked}, y su parte «{part}» está comprimida {times:,} veces más de lo que lo está nunca un contenido real</translation>
        </message>
        <message>
            <source>it would expand to {size} when unpacked, and documents can be imported up to {most} unpacked</source>
            <translation>se expandiría a {size} al descomprimirse, y los documentos se pueden importar hasta {most} descomprimidos</translation>
        </message>
        <message>
            <source>it would expand to {size} when unpacked, and spreadsheets can be imported up to {most} unpacked</source>
            <translation>se expandiría a {size} al descomprimirse, y las hojas de cálculo se pueden importar hasta {most} descomprimidas</translation>
        </message>
        <message>
            <source>its part “{filename}” unpacks to more than the {label} the file declares for it, so it is damaged or built to exhaust the computer's memory</source>
            <translation>su parte «{filename}» se descomprime a más de los {label} que el archivo declara para ella, por lo que está dañado o se ha creado para agotar la memoria de la computadora</translation>
        </message>
        <message>
            <source>a sheet in it holds a tag longer than any real sheet's</source>
            <translation>una de sus hojas contiene una etiqueta más larga que la de cualquier hoja real</translation>
        </message>
        <message>
            <source>it claims {claimed:,} different texts, far more than it holds, which would exhaust the computer's memory</source>
            <translation>declara {claimed:,} textos distintos, muchos más de los que contiene, lo que agotaría la memoria de la computadora</translation>
        </message>
        <message>
            <source>“{name}” has a sheet (“{sheet}”) whose cells reach {column_letters}{rows}: {rows:,} rows by {columns:,} columns, {cells:,} cells in all, and a sheet can be imported up to {max_sheet_cells:,} cells. Delete the rows and columns beyond the table (or save the sheet as CSV), then import it again.</source>
            <translation>«{name}» tiene una hoja («{sheet}») cuyas celdas llegan hasta {column_letters}{rows}: {rows:,} filas por {columns:,} columnas, {cells:,} celdas en total, y una hoja se puede importar hasta {max_sheet_cells:,} celdas. Elimine las filas y columnas que quedan fuera de la tabla (o guarde la hoja como CSV) y vuelva a importarla.</translation>
        </message>
        <message>
            <source>IMPACT OSS imports a CSV file: choose a name ending in .csv, not “{value}”.</source>
            <translation>IMPACT OSS importa archivos CSV: elija un nombre que termine en .csv, no «{value}».</translation>
        </message>
        <message>
            <source>The IMPACT OSS framework id is a positive number (1 is the first framework in IMPACT OSS). Check it under Frameworks in your IMPACT OSS.</source>
            <translation>El identificador de marco de IMPACT OSS es un número positivo (1 es el primer marco de IMPACT OSS). Compruébelo en Frameworks en su IMPACT OSS.</translation>
        </message>
        <message>
            <source>The charter cites no recommendations yet, so there is nothing to export. Leave out “cited only” to export every recommendation.</source>
            <translation>La carta todavía no cita ninguna recomendación, por lo que no hay nada que exportar. Desmarque «solo las citadas» para exportar todas las recomendaciones.</translation>
        </message>
        <message>
            <source>This workshop holds no recommendations yet, so there is nothing to export.</source>
            <translation>Este taller todavía no contiene recomendaciones, por lo que no hay nada que exportar.</translation>
        </message>
        <message>
            <source>a PDF document</source>
            <translation>un documento PDF</translation>
        </message>
        <message>
            <source>a PNG image</source>
            <translation>una imagen PNG</translation>
        </message>
        <message>
            <source>a JPEG image</source>
            <translation>una imagen JPEG</translation>
        </message>
        <message>
            <source>a GIF image</source>
            <translation>una imagen GIF</translation>
        </message>
        <message>
            <source>an RTF document</source>
            <translation>un documento RTF</translation>
        </message>
        <message>
            <source>a RAR archive</source>
            <translation>un archivo comprimido RAR</translation>
        </message>
        <message>
            <source>a 7-Zip archive</source>
            <translation>un archivo comprimido 7-Zip</translation>
        </message>
        <message>
            <source>a compressed (gzip) file</source>
            <translation>un archivo comprimido (gzip)</translation>
        </message>
        <message>
            <source>“{name}” is a Word document, not a table. Import it as an OHCHR thematic list.</source>
            <translation>«{name}» es un documento de Word, no una tabla. Impórtelo como lista temática del ACNUDH.</translation>
        </message>
        <message>
            <source>“{name}” is a JSON file, not a table. Import it as a UHRI export.</source>
            <translation>«{name}» es un archivo JSON, no una tabla. Impórtelo como exportación del UHRI.</translation>
        </message>
        <message>
            <source>“{format}” is not a known format. Choose one of: {listed}.</source>
            <translation>«{format}» no es un formato conocido. Elija uno de estos: {listed}.</translation>
        </message>
        <message>
            <source>“{name}” is a Word document; it can only be imported as an OHCHR thematic list of recommendations.</source>
            <translation>«{name}» es un documento de Word; solo se puede importar como lista temática de recomendaciones del ACNUDH.</translation>
        </message>
        <message>
            <source>“{name}” is not a Word (.docx) document, so it cannot be an OHCHR thematic list. Choose another format, or “Automatic”.</source>
            <translation>«{name}» no es un documento de Word (.docx), por lo que no puede ser una lista temática del ACNUDH. Elija otro formato, o «Automático».</translation>
        </message>
        <message>
            <source>“{name}” is a JSON file; it can only be imported as a UHRI export.</source>
            <translation>«{name}» es un archivo JSON; solo se puede importar como exportación del UHRI.</translation>
        </message>
        <message>
            <source>“{path}” could not be found. Check the file's name and folder, then try again.</source>
            <translation>No se encontró «{path}». Revise el nombre y la carpeta del archivo y vuelva a intentarlo.</translation>
        </message>
        <message>
            <source>“{name}” is a folder. Choose the exported file inside it.</source>
            <translation>«{name}» es una carpeta. Elija el archivo exportado que contiene.</translation>
        </message>
        <message>
            <source>“{name}” is empty (0 bytes), so there is nothing to import. Export the recommendations again, or choose another file.</source>
            <translation>«{name}» está vacío (0 bytes), por lo que no hay nada que importar. Vuelva a exportar las recomendaciones o elija otro archivo.</translation>
        </message>
        <message>
            <source>“{name}” is too large to import ({size}). Excel and Word files can be imported up to {most}, as they must be read whole. Save the sheet as CSV (up to {most_csv}), or split it, and import that.</source>
            <translation>«{name}» es demasiado grande para importarlo ({size}). Los archivos de Excel y Word se pueden importar hasta {most}, ya que deben leerse completos. Guarde la hoja como CSV (hasta {most_csv}), o divídala, e importe ese archivo.</translation>
        </message>
        <message>
            <source>“{name}” is too large to import ({size}). Files can be imported up to {most_csv}. Split it into smaller files, or export only the States under review you need, and import those.</source>
            <translation>«{name}» es demasiado grande para importarlo ({size}). Los archivos se pueden importar hasta {most_csv}. Divídalo en archivos más pequeños, o exporte solo los Estados examinados que necesite, e importe esos archivos.</translation>
        </message>
        <message>
            <source>“{name}” could not be read ({strerror}). Check that it is not open in another program and that you may read it.</source>
            <translation>No se pudo leer «{name}» ({strerror}). Compruebe que no esté abierto en otro programa y que tenga permiso para leerlo.</translation>
        </message>
        <message>
            <source>“{name}” is {what}, not a file of recommendations. Import the CSV, Excel, JSON or Word (.docx) export instead.</source>
            <translation>«{name}» es {what}, no un archivo de recomendaciones. Importe en su lugar la exportación en CSV, Excel, JSON o Word (.docx).</translation>
        </message>
        <message>
            <source>“{name}” is an old Word (.doc) document. Open it in Word, save it as “Word Document (.docx)”, and import that.</source>
            <translation>«{name}» es un documento antiguo de Word (.doc). Ábralo en Word, guárdelo como «Documento de Word (.docx)» e importe ese archivo.</translation>
        </message>
        <message>
            <source>“{name}” is too large to import ({size_label}): JSON files can be imported up to {size_label2}, as every record in them is held in memory until it is saved. Export fewer States or years from the UHRI, or export it as Excel, and import that.</source>
            <translation>«{name}» es demasiado grande para importarlo ({size_label}): los archivos JSON se pueden importar hasta {size_label2}, ya que todos sus registros se mantienen en memoria hasta que se guardan. Exporte menos Estados o años del UHRI, o expórtelo como Excel, e importe ese archivo.</translation>
        </message>
        <message>
            <source>“{name}” is a web page (HTML or XML), not a spreadsheet, even if its name says otherwise. Open it in Excel or LibreOffice, save it as .xlsx or CSV, and import that.</source>
            <translation>«{name}» es una página web (HTML o XML), no una hoja de cálculo, aunque su nombre indique otra cosa. Ábralo en Excel o LibreOffice, guárdelo como .xlsx o CSV e importe ese archivo.</translation>
        </message>
        <message>
            <source>“{name}” is an Excel file of {size_label}; Excel files can be imported up to {size_label2}. Save it as CSV and import that.</source>
            <translation>«{name}» es un archivo de Excel de {size_label}; los archivos de Excel se pueden importar hasta {size_label2}. Guárdelo como CSV e importe ese archivo.</translation>
        </message>
        <message>
            <source>“{name}” is a ZIP archive. Unzip it and import the CSV, Excel, JSON or Word file inside.</source>
            <translation>«{name}» es un archivo ZIP. Descomprímalo e importe el archivo CSV, Excel, JSON o Word que contiene.</translation>
        </message>
        <message>
            <source>“{name}” holds no table: there are no column headings or rows in it. Choose the exported file of recommendations.</source>
            <translation>«{name}» no contiene ninguna tabla: no tiene encabezados de columna ni filas. Elija el archivo exportado de recomendaciones.</translation>
        </message>
        <message>
            <source>“{name}” does not have the UPR Info columns (To, Text, From, Response, … or SuR, Recommendation, RS, Response, …). Import it as “Any table” and choose its columns.</source>
            <translation>«{name}» no tiene las columnas de UPR Info (To, Text, From, Response, … o SuR, Recommendation, RS, Response, …). Impórtelo como «Cualquier tabla» y elija sus columnas.</translation>
        </message>
        <message>
            <source>“{name}” has no “Text” column or field, so it is not a UHRI export. Import it as “Any table” and choose the column that holds the recommendations.</source>
            <translation>«{name}» no tiene ninguna columna ni campo «Text», por lo que no es una exportación del UHRI. Impórtelo como «Cualquier tabla» y elija la columna que contiene las recomendaciones.</translation>
        </message>
        <message>
            <source>Columns were matched by their headings: {matches}.</source>
            <translation>Las columnas se asignaron según sus encabezados: {matches}.</translation>
        </message>
        <message>
            <source>No recommendations found in “{name}”: its only row has no recommendation text in the “{column}” column. Check that the right column holds the recommendation text.</source>
            <translation>No se encontraron recomendaciones en «{name}»: su única fila no tiene texto de recomendación en la columna «{column}». Compruebe que la columna correcta contenga el texto de las recomendaciones.</translation>
        </message>
        <message numerus="yes">
            <source>No recommendations found in “{name}”: none of its %n rows has recommendation text in the “{column}” column. Check that the right column holds the recommendation text.</source>
            <translation>
                <numerusform>No se encontraron recomendaciones en «{name}»: su única fila (%n) no tiene texto de recomendación en la columna «{column}». Compruebe que la columna correcta contenga el texto de las recomendaciones.</numerusform>
                <numerusform>No se encontraron recomendaciones en «{name}»: ninguna de sus %n filas tiene texto de recomendación en la columna «{column}». Compruebe que la columna correcta contenga el texto de las recomendaciones.</numerusform>
            </translation>
        </message>
        <message>
            <source>No recommendations found in “{name}”: its only row has no recommendation text. Check that the right column holds the recommendation text.</source>
            <translation>No se encontraron recomendaciones en «{name}»: su única fila no tiene texto de recomendación. Compruebe que la columna correcta contenga el texto de las recomendaciones.</translation>
        </message>
        <message numerus="yes">
            <source>No recommendations found in “{name}”: none of its %n rows has recommendation text. Check that the right column holds the recommendation text.</source>
            <translation>
                <numerusform>No se encontraron recomendaciones en «{name}»: su única fila (%n) no tiene texto de recomendación. Compruebe que la columna correcta contenga el texto de las recomendaciones.</numerusform>
                <numerusform>No se encontraron recomendaciones en «{name}»: ninguna de sus %n filas tiene texto de recomendación. Compruebe que la columna correcta contenga el texto de las recomendaciones.</numerusform>
            </translation>
        </message>
        <message>
            <source>No recommendations found in “{name}”: it has column headings but no rows of recommendations under them. Check that you exported the recommendations themselves, not an empty search.</source>
            <translation>No se encontraron recomendaciones en «{name}»: tiene encabezados de columna, pero ninguna fila de recomendaciones debajo. Compruebe que exportó las recomendaciones propiamente dichas, y no una búsqueda vacía.</translation>
        </message>
        <message>
            <source>1 empty row was ignored.</source>
            <translation>Se ignoró 1 fila vacía.</translation>
        </message>
        <message numerus="yes">
            <source>%n empty rows were ignored.</source>
            <translation>
                <numerusform>Se ignoró %n fila vacía.</numerusform>
                <numerusform>Se ignoraron %n filas vacías.</numerusform>
            </translation>
        </message>
        <message>
            <source>recommendation text</source>
            <translation>texto de la recomendación</translation>
        </message>
        <message>
            <source>reference</source>
            <translation>referencia</translation>
        </message>
        <message>
            <source>recommending State</source>
            <translation>Estado recomendante</translation>
        </message>
        <message>
            <source>response</source>
            <translation>respuesta</translation>
        </message>
        <message>
            <source>themes</source>
            <translation>temas</translation>
        </message>
        <message>
            <source>affected persons</source>
            <translation>personas afectadas</translation>
        </message>
        <message>
            <source>SDGs</source>
            <translation>ODS</translation>
        </message>
        <message>
            <source>session</source>
            <translation>período de sesiones</translation>
        </message>
        <message>
            <source>cycle</source>
            <translation>ciclo</translation>
        </message>
        <message>
            <source>action category</source>
            <translation>categoría de acción</translation>
        </message>
        <message>
            <source>document symbol</source>
            <translation>signatura del documento</translation>
        </message>
        <message>
            <source>State under review</source>
            <translation>Estado examinado</translation>
        </message>
        <message>
            <source>None of the column headings ({names}) clearly names the recommendation text. Choose which column holds the recommendation text, and what the other columns hold.</source>
            <translation>Ninguno de los encabezados de columna ({names}) designa claramente el texto de la recomendación. Elija qué columna contiene el texto de la recomendación y qué contienen las demás columnas.</translation>
        </message>
        <message>
            <source>“{cell_text}” is not a valid {what}: this column must hold whole numbers. Correct the cell (or leave it empty) and import the file again.</source>
            <translation>«{cell_text}» no es un valor válido para {what}: esta columna debe contener números enteros. Corrija la celda (o déjela vacía) y vuelva a importar el archivo.</translation>
        </message>
        <message>
            <source>“{name}” could not be opened: the Word file is damaged or incomplete (perhaps a download or copy was cut short). Open it in Word and save it again, or get a fresh copy, then import that.</source>
            <translation>No se pudo abrir «{name}»: el archivo de Word está dañado o incompleto (quizá se interrumpió una descarga o una copia). Ábralo en Word y vuelva a guardarlo, u obtenga una copia nueva, e importe ese archivo.</translation>
        </message>
        <message>
            <source>“{name}” could not be opened: the {kind} file is damaged or incomplete (perhaps a download or copy was cut short). Open it in a spreadsheet program and save it again, or get a fresh copy, then import that.</source>
            <translation>No se pudo abrir «{name}»: el archivo {kind} está dañado o incompleto (quizá se interrumpió una descarga o una copia). Ábralo en un programa de hojas de cálculo y vuelva a guardarlo, u obtenga una copia nueva, e importe ese archivo.</translation>
        </message>
        <message>
            <source>“{name}” has no table of recommendations. This format is the OHCHR thematic list, whose table is headed “Recommendation and recommending State | Position …”. For another Word document, copy its table into a spreadsheet and import that.</source>
            <translation>«{name}» no tiene ninguna tabla de recomendaciones. Este formato es la lista temática del ACNUDH, cuya tabla lleva el encabezado «Recommendation and recommending State | Position …» (recomendación y Estado recomendante | posición). Si se trata de otro documento de Word, copie su tabla en una hoja de cálculo e importe ese archivo.</translation>
        </message>
        <message>
            <source>No recommendation text in the first column.</source>
            <translation>No hay texto de recomendación en la primera columna.</translation>
        </message>
        <message>
            <source>Not in the list of UN Member and observer States, so kept as written: {names}. Check these recommending States.</source>
            <translation>No figuran en la lista de Estados Miembros y Estados observadores de las Naciones Unidas, por lo que se conservan tal como están escritos: {names}. Revise estos Estados recomendantes.</translation>
        </message>
        <message>
            <source>The document is the thematic list for {country}.</source>
            <translation>El documento es la lista temática de {country}.</translation>
        </message>
        <message>
            <source>{recommendations} recommendations under {headings} theme headings ({themes} different themes).</source>
            <translation>{recommendations} recomendaciones en {headings} encabezados temáticos ({themes} temas distintos).</translation>
        </message>
        <message>
            <source>The column mapping leaves out the recommendation text: “{column}” is not one of its columns ({names}). Choose the column of “{name}” that holds the text of each recommendation, then import again.</source>
            <translation>La asignación de columnas omite el texto de la recomendación: «{column}» no es una de sus columnas ({names}). Elija la columna de «{name}» que contiene el texto de cada recomendación y vuelva a importar.</translation>
        </message>
        <message>
            <source>The column mapping leaves out the recommendation text. Choose the column of “{name}” that holds the text of each recommendation, then import again.</source>
            <translation>La asignación de columnas omite el texto de la recomendación. Elija la columna de «{name}» que contiene el texto de cada recomendación y vuelva a importar.</translation>
        </message>
        <message>
            <source>The column “{column}” chosen for the {field} is not in “{name}” (its columns are {names}). Choose that column again from the list.</source>
            <translation>La columna «{column}» elegida para {field} no está en «{name}» (sus columnas son {names}). Vuelva a elegir esa columna en la lista.</translation>
        </message>
        <message>
            <source>“{action}” is not a valid action category: it must be a number from 1 (minimal action) to 5 (specific action). Correct the cell (or leave it empty) and import the file again.</source>
            <translation>«{action}» no es una categoría de acción válida: debe ser un número de 1 (acción mínima) a 5 (acción específica). Corrija la celda (o déjela vacía) y vuelva a importar el archivo.</translation>
        </message>
        <message>
            <source>Read as Mac Roman: the file has old-Mac line endings and its accented letters (such as ç, é, ô) are Mac Roman characters.</source>
            <translation>Leído como Mac Roman: el archivo tiene finales de línea de Mac antiguos y sus letras acentuadas (como ç, é, ô) son caracteres Mac Roman.</translation>
        </message>
        <message>
            <source>Read as {encoding} text.</source>
            <translation>Leído como texto {encoding}.</translation>
        </message>
        <message>
            <source>“{name}” is not a text file that can be read as a table: it holds binary data. Export the recommendations as CSV or Excel and import that file.</source>
            <translation>«{name}» no es un archivo de texto que pueda leerse como tabla: contiene datos binarios. Exporte las recomendaciones como CSV o Excel e importe ese archivo.</translation>
        </message>
        <message>
            <source>The file could not be read from this row on, probably because a quotation mark (") in it is not closed. Open it in a spreadsheet program, check that row, save it as CSV again and import that.</source>
            <translation>No se pudo leer el archivo a partir de esta fila, probablemente porque hay unas comillas (") sin cerrar. Ábralo en un programa de hojas de cálculo, revise esa fila, vuelva a guardarlo como CSV e importe ese archivo.</translation>
        </message>
        <message>
            <source>The file could not be read from this row on, because of a formatting problem ({error}). Open it in a spreadsheet program, check that row, save it as CSV again and import that.</source>
            <translation>No se pudo leer el archivo a partir de esta fila, debido a un problema de formato ({error}). Ábralo en un programa de hojas de cálculo, revise esa fila, vuelva a guardarlo como CSV e importe ese archivo.</translation>
        </message>
        <message>
            <source>Row {number} holds characters that are not {get} text, although the rows before it are. Open the file in a spreadsheet program, save it as “CSV UTF-8” and import that.</source>
            <translation>La fila {number} contiene caracteres que no son texto {get}, aunque las filas anteriores sí lo son. Abra el archivo en un programa de hojas de cálculo, guárdelo como «CSV UTF-8» e importe ese archivo.</translation>
        </message>
        <message>
            <source>{count} of these rows come from mechanisms other than the UPR ({bodies}). They were kept; filter them out in the workshop if you only want UPR recommendations.</source>
            <translation>{count} de estas filas proceden de mecanismos distintos del EPU ({bodies}). Se conservaron; fíltrelas en el taller si solo quiere las recomendaciones del EPU.</translation>
        </message>
        <message>
            <source>{count} of these rows come from mechanisms other than the UPR. They were kept; filter them out in the workshop if you only want UPR recommendations.</source>
            <translation>{count} de estas filas proceden de mecanismos distintos del EPU. Se conservaron; fíltrelas en el taller si solo quiere las recomendaciones del EPU.</translation>
        </message>
        <message>
            <source>“{name}” is not valid JSON (line {line}, column {column}); perhaps the download was cut short. Download the UHRI export again, or export it as Excel, and import that.</source>
            <translation>«{name}» no es un JSON válido (línea {line}, columna {column}); quizá se interrumpió la descarga. Vuelva a descargar la exportación del UHRI, o expórtela como Excel, e importe ese archivo.</translation>
        </message>
        <message>
            <source>“{name}” is not valid JSON; perhaps the download was cut short. Download the UHRI export again, or export it as Excel, and import that.</source>
            <translation>«{name}» no es un JSON válido; quizá se interrumpió la descarga. Vuelva a descargar la exportación del UHRI, o expórtela como Excel, e importe ese archivo.</translation>
        </message>
        <message>
            <source>“{name}” is JSON but holds no list of recommendations. Import the UHRI export itself (a list of records with a “Text” field).</source>
            <translation>«{name}» es un JSON, pero no contiene ninguna lista de recomendaciones. Importe la exportación del UHRI propiamente dicha (una lista de registros con un campo «Text»).</translation>
        </message>
        <message>
            <source>No recommendations found in “{name}”: it holds an empty list. Check that the search you exported from the UHRI returned results.</source>
            <translation>No se encontraron recomendaciones en «{name}»: contiene una lista vacía. Compruebe que la búsqueda que exportó del UHRI haya dado resultados.</translation>
        </message>
        <message>
            <source>“{name}” nests lists or objects more than {max_json_depth} deep, which no UHRI export does. Download the UHRI export again, or export it as Excel, and import that.</source>
            <translation>«{name}» anida listas u objetos a más de {max_json_depth} niveles de profundidad, cosa que ninguna exportación del UHRI hace. Vuelva a descargar la exportación del UHRI, o expórtela como Excel, e importe ese archivo.</translation>
        </message>
        <message>
            <source>“{name}” has no filled-in cells on any sheet, so there is nothing to import.</source>
            <translation>«{name}» no tiene celdas rellenas en ninguna hoja, por lo que no hay nada que importar.</translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <source>Import recommendations</source>
            <translation>Importar recomendaciones</translation>
        </message>
        <message>
            <source>“{name}” is open read-only, so recommendations can't be added to it. Use “Save a copy…” to work on a copy, then import into the copy.</source>
            <translation>«{name}» está abierto en modo de solo lectura, por lo que no se le pueden añadir recomendaciones. Use «Guardar una copia…» para trabajar en una copia y luego importe en la copia.</translation>
        </message>
        <message>
            <source>The format is detected from the file. Choose another if the detection is wrong.</source>
            <translation>El formato se detecta a partir del archivo. Elija otro si la detección es errónea.</translation>
        </message>
        <message>
            <source>Format</source>
            <translation>Formato</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Importar</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <source>Looking at the file…</source>
            <translation>Examinando el archivo…</translation>
        </message>
        <message>
            <source>Which column holds what?</source>
            <translation>¿Qué contiene cada columna?</translation>
        </message>
        <message>
            <source>Which State under review?</source>
            <translation>¿Qué Estado examinado?</translation>
        </message>
        <message>
            <source>Recommendations to the other States are left out. Recommendations already in the workshop are not added twice.</source>
            <translation>Las recomendaciones dirigidas a los demás Estados se excluyen. Las recomendaciones que ya están en el taller no se añaden dos veces.</translation>
        </message>
        <message>
            <source>You can cancel at any time: nothing is added to the workshop until the import has finished.</source>
            <translation>Puede cancelar en cualquier momento: no se añade nada al taller hasta que termine la importación.</translation>
        </message>
        <message>
            <source>Cancel import</source>
            <translation>Cancelar la importación</translation>
        </message>
        <message>
            <source>Choose the column that holds the recommendation text.</source>
            <translation>Elija la columna que contiene el texto de la recomendación.</translation>
        </message>
        <message>
            <source>Choose a State under review to import.</source>
            <translation>Elija el Estado examinado cuyas recomendaciones desea importar.</translation>
        </message>
        <message>
            <source>Choose the file's format.</source>
            <translation>Elija el formato del archivo.</translation>
        </message>
        <message>
            <source>Automatic: {name}</source>
            <translation>Automático: {name}</translation>
        </message>
        <message>
            <source>This file could not be read as recommendations. Check that it is the exported file; if it is and you know its format, choose it above.</source>
            <translation>Este archivo no se pudo leer como recomendaciones. Compruebe que es el archivo exportado; si lo es y conoce su formato, elíjalo arriba.</translation>
        </message>
        <message>
            <source>The recommendations will be added to “{title}”, which holds {count} now. Any already in it are recognised and not added twice.</source>
            <translation>Las recomendaciones se añadirán a «{title}», que ahora contiene {count}. Las que ya estén en él se reconocen y no se añaden dos veces.</translation>
        </message>
        <message>
            <source>The recommendations will be added to “{title}”, which has none yet.</source>
            <translation>Las recomendaciones se añadirán a «{title}», que todavía no tiene ninguna.</translation>
        </message>
        <message>
            <source>— not in this file —</source>
            <translation>— no está en este archivo —</translation>
        </message>
        <message>
            <source>Read as {encoding} text.</source>
            <translation>Leído como texto {encoding}.</translation>
        </message>
        <message>
            <source>Columns separated by tabs.</source>
            <translation>Columnas separadas por tabulaciones.</translation>
        </message>
        <message>
            <source>Columns separated by spaces.</source>
            <translation>Columnas separadas por espacios.</translation>
        </message>
        <message>
            <source>Columns separated by “{delimiter}”.</source>
            <translation>Columnas separadas por «{delimiter}».</translation>
        </message>
        <message>
            <source>Read from the sheet “{sheet}”.</source>
            <translation>Leído de la hoja «{sheet}».</translation>
        </message>
        <message>
            <source>Column names on row {row}.</source>
            <translation>Nombres de columna en la fila {row}.</translation>
        </message>
        <message numerus="yes">
            <source>“{file}” holds recommendations to %n State(s) under review, and this workshop's country, {country}, is not among them. Choose which State's recommendations to import, or import them all.</source>
            <translation>
                <numerusform>«{file}» contiene recomendaciones dirigidas a %n Estado examinado, y el país de este taller, {country}, no figura entre ellos. Elija de qué Estado desea importar las recomendaciones, o impórtelas todas.</numerusform>
                <numerusform>«{file}» contiene recomendaciones dirigidas a %n Estados examinados, y el país de este taller, {country}, no figura entre ellos. Elija de qué Estado desea importar las recomendaciones, o impórtelas todas.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>“{file}” holds recommendations to %n State(s) under review, and this workshop's country is not among them. Choose which State's recommendations to import, or import them all.</source>
            <translation>
                <numerusform>«{file}» contiene recomendaciones dirigidas a %n Estado examinado, y el país de este taller no figura entre ellos. Elija de qué Estado desea importar las recomendaciones, o impórtelas todas.</numerusform>
                <numerusform>«{file}» contiene recomendaciones dirigidas a %n Estados examinados, y el país de este taller no figura entre ellos. Elija de qué Estado desea importar las recomendaciones, o impórtelas todas.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln recommendation(s) saved. Making them searchable; this is the last step.</source>
            <translation>
                <numerusform>%Ln recomendación guardada. Preparándola para la búsqueda; es el último paso.</numerusform>
                <numerusform>%Ln recomendaciones guardadas. Preparándolas para la búsqueda; es el último paso.</numerusform>
            </translation>
        </message>
        <message>
            <source>The columns are chosen as at the last import of a table with these same columns.</source>
            <translation>Las columnas se eligen como en la última importación de una tabla con estas mismas columnas.</translation>
        </message>
        <message>
            <source>Choose the column for each field below; fields not in the file can stay empty.</source>
            <translation>Elija abajo la columna de cada campo; los campos que no están en el archivo pueden quedar vacíos.</translation>
        </message>
        <message>
            <source>Choose a State under review…</source>
            <translation>Elija un Estado examinado…</translation>
        </message>
        <message>
            <source>All countries ({count} recommendations)</source>
            <translation>Todos los países ({count} recomendaciones)</translation>
        </message>
        <message>
            <source>{name} ({count})</source>
            <translation>{name} ({count})</translation>
        </message>
        <message>
            <source>Reading the file…</source>
            <translation>Leyendo el archivo…</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>Guardando…</translation>
        </message>
        <message>
            <source>{percent}% read</source>
            <translation>{percent} % leído</translation>
        </message>
        <message>
            <source>Saving to the workshop…</source>
            <translation>Guardando en el taller…</translation>
        </message>
        <message>
            <source>{done} of {total} recommendations saved</source>
            <translation>{done} de {total} recomendaciones guardadas</translation>
        </message>
        <message>
            <source>Indexing for search and sorting…</source>
            <translation>Indexando para la búsqueda y la ordenación…</translation>
        </message>
        <message>
            <source>Cancelling…</source>
            <translation>Cancelando…</translation>
        </message>
        <message>
            <source>Undoing what was written so far.</source>
            <translation>Deshaciendo lo escrito hasta ahora.</translation>
        </message>
        <message>
            <source>{n} recommendations added</source>
            <translation>{n} recomendaciones añadidas</translation>
        </message>
        <message>
            <source>1 recommendation added</source>
            <translation>1 recomendación añadida</translation>
        </message>
        <message>
            <source>Already in the workshop</source>
            <translation>Ya están en el taller</translation>
        </message>
        <message>
            <source>Nothing was added</source>
            <translation>No se añadió nada</translation>
        </message>
        <message>
            <source>{n} rows of the file were skipped (the first is row {row}: {reason}).</source>
            <translation>Se omitieron {n} filas del archivo (la primera es la fila {row}: {reason}).</translation>
        </message>
        <message>
            <source>The workshop now holds {count} recommendations.</source>
            <translation>El taller contiene ahora {count} recomendaciones.</translation>
        </message>
        <message>
            <source>To take this import back, use Edit ▸ Undo (Ctrl+Z).</source>
            <translation>Para deshacer esta importación, use Edición ▸ Deshacer (Ctrl+Z).</translation>
        </message>
        <message>
            <source>Import cancelled. Nothing was added.</source>
            <translation>Importación cancelada. No se añadió nada.</translation>
        </message>
        <message>
            <source>Recommendation text</source>
            <translation>Texto de la recomendación</translation>
        </message>
        <message>
            <source>Reference</source>
            <translation>Referencia</translation>
        </message>
        <message>
            <source>Recommending State(s)</source>
            <translation>Estado(s) recomendante(s)</translation>
        </message>
        <message>
            <source>Response</source>
            <translation>Respuesta</translation>
        </message>
        <message>
            <source>Themes</source>
            <translation>Temas</translation>
        </message>
        <message>
            <source>Affected persons</source>
            <translation>Personas afectadas</translation>
        </message>
        <message>
            <source>SDGs</source>
            <translation>ODS</translation>
        </message>
        <message>
            <source>Session</source>
            <translation>Período de sesiones</translation>
        </message>
        <message>
            <source>Cycle</source>
            <translation>Ciclo</translation>
        </message>
        <message>
            <source>Action category</source>
            <translation>Categoría de acción</translation>
        </message>
        <message>
            <source>Document symbol</source>
            <translation>Signatura del documento</translation>
        </message>
        <message>
            <source>Country under review</source>
            <translation>País examinado</translation>
        </message>
        <message>
            <source>Automatic</source>
            <translation>Automático</translation>
        </message>
        <message>
            <source>UPR Info</source>
            <translation>UPR Info</translation>
        </message>
        <message>
            <source>UHRI</source>
            <translation>UHRI</translation>
        </message>
        <message>
            <source>OHCHR thematic list (.docx)</source>
            <translation>Lista temática del ACNUDH (.docx)</translation>
        </message>
        <message>
            <source>Any table</source>
            <translation>Cualquier tabla</translation>
        </message>
        <message>
            <source>A UPR Info database export (CSV or XLS, 2015 and older): one row per recommendation, with the State under review, recommending State, response, action category and issues.</source>
            <translation>Una exportación de la base de datos de UPR Info (CSV o XLS, de 2015 o anterior): una fila por recomendación, con el Estado examinado, el Estado recomendante, la respuesta, la categoría de acción y las cuestiones.</translation>
        </message>
        <message>
            <source>An export from OHCHR's Universal Human Rights Index (XLSX or JSON): recommendations with themes, affected persons, SDGs and the State's position.</source>
            <translation>Una exportación del Índice Universal de los Derechos Humanos del ACNUDH (XLSX o JSON): recomendaciones con temas, personas afectadas, ODS y la posición del Estado.</translation>
        </message>
        <message>
            <source>An OHCHR thematic list of recommendations (Word): the matrix a State receives after its review, with positions, themes and SDGs.</source>
            <translation>Una lista temática de recomendaciones del ACNUDH (Word): la matriz que recibe un Estado tras su examen, con posiciones, temas y ODS.</translation>
        </message>
        <message>
            <source>A table with its own columns (CSV or Excel). You say which column holds what.</source>
            <translation>Una tabla con sus propias columnas (CSV o Excel). Usted indica qué contiene cada columna.</translation>
        </message>
        <message>
            <source>{n} bytes</source>
            <translation>{n} bytes</translation>
        </message>
        <message>
            <source>{n} KB</source>
            <translation>{n} KB</translation>
        </message>
        <message>
            <source>{n} MB</source>
            <translation>{n} MB</translation>
        </message>
        <message>
            <source>{column}
(not imported)</source>
            <translation>{column}
(no se importa)</translation>
        </message>
        <message>
            <source>“{name}” is read-only, so nothing can be imported into it. Use “Save a copy…” to work on a copy.</source>
            <translation>«{name}» es de solo lectura, por lo que no se puede importar nada en él. Use «Guardar una copia…» para trabajar en una copia.</translation>
        </message>
    </context>
    <context>
        <name>IndicatorDialog</name>
        <message>
            <source>Indicator value</source>
            <translation>Valor del indicador</translation>
        </message>
        <message>
            <source>A new indicator…</source>
            <translation>Un indicador nuevo…</translation>
        </message>
        <message>
            <source>e.g. Shelter places for survivors of violence</source>
            <translation>p. ej., plazas en refugios para sobrevivientes de la violencia</translation>
        </message>
        <message>
            <source>e.g. places</source>
            <translation>p. ej., plazas</translation>
        </message>
        <message>
            <source>2026, 2026-06 or 2026-06-30</source>
            <translation>2026, 2026-06 o 2026-06-30</translation>
        </message>
        <message>
            <source>Where the figure comes from (required)</source>
            <translation>De dónde procede la cifra (obligatorio)</translation>
        </message>
        <message>
            <source>Record value</source>
            <translation>Registrar el valor</translation>
        </message>
        <message>
            <source>Indicator</source>
            <translation>Indicador</translation>
        </message>
        <message>
            <source>New indicator</source>
            <translation>Nuevo indicador</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Unidad</translation>
        </message>
        <message>
            <source>Year or date</source>
            <translation>Año o fecha</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Valor</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Fuente</translation>
        </message>
        <message>
            <source>Record an indicator value</source>
            <translation>Registrar un valor de indicador</translation>
        </message>
    </context>
    <context>
        <name>KioskPinDialog</name>
        <message>
            <source>Start the voting kiosk</source>
            <translation>Iniciar el quiosco de votación</translation>
        </message>
        <message>
            <source>The laptop will show “%1” full screen, for one person after another. Choose a PIN of at least %2 digits: you will need it to leave the kiosk. Don't tell it to anyone voting.</source>
            <translation>La computadora mostrará «%1» a pantalla completa, para una persona tras otra. Elija un PIN de al menos %2 cifras: lo necesitará para salir del quiosco. No se lo diga a nadie que vote.</translation>
        </message>
        <message>
            <source>Exit PIN</source>
            <translation>PIN de salida</translation>
        </message>
        <message>
            <source>The same PIN again</source>
            <translation>El mismo PIN otra vez</translation>
        </message>
        <message>
            <source>Start the kiosk</source>
            <translation>Iniciar el quiosco</translation>
        </message>
        <message>
            <source>The PIN needs at least %1 digits.</source>
            <translation>El PIN necesita al menos %1 cifras.</translation>
        </message>
        <message>
            <source>The two PINs are not the same. Type the PIN again in both boxes.</source>
            <translation>Los dos PIN no coinciden. Escriba de nuevo el PIN en ambas casillas.</translation>
        </message>
    </context>
    <context>
        <name>KioskWindow</name>
        <message>
            <source>Voting: %1</source>
            <translation>Votación: %1</translation>
        </message>
        <message>
            <source>Secret ballot: no one can see who voted for what</source>
            <translation>Votación secreta: nadie puede ver qué votó cada persona</translation>
        </message>
        <message>
            <source>Open ballot: your choices are recorded with your name</source>
            <translation>Votación pública: sus opciones se registran con su nombre</translation>
        </message>
        <message>
            <source>1  Who is voting</source>
            <translation>1  Quién vota</translation>
        </message>
        <message>
            <source>2  Your ballot</source>
            <translation>2  Su papeleta</translation>
        </message>
        <message>
            <source>3  Check and cast</source>
            <translation>3  Comprobar y emitir</translation>
        </message>
        <message>
            <source>Facilitator</source>
            <translation>Facilitador</translation>
        </message>
        <message>
            <source>For the facilitator: leave the kiosk (PIN needed, or press Esc)</source>
            <translation>Para el facilitador: salir del quiosco (se necesita el PIN, o pulse Esc)</translation>
        </message>
        <message>
            <source>Language of this screen</source>
            <translation>Idioma de esta pantalla</translation>
        </message>
        <message>
            <source>Who is voting?</source>
            <translation>¿Quién vota?</translation>
        </message>
        <message>
            <source>This round takes one ballot per organisation. Find your name: you vote for your organisation.</source>
            <translation>En esta ronda se emite una papeleta por organización. Busque su nombre: usted vota en nombre de su organización.</translation>
        </message>
        <message>
            <source>Find your name and press Continue, or type the personal code on your slip.</source>
            <translation>Busque su nombre y pulse «Continuar», o escriba el código personal de su tarjeta.</translation>
        </message>
        <message>
            <source>Type to find your name</source>
            <translation>Escriba para buscar su nombre</translation>
        </message>
        <message>
            <source>Find your name</source>
            <translation>Busque su nombre</translation>
        </message>
        <message>
            <source>Names of those still to vote</source>
            <translation>Nombres de quienes aún no han votado</translation>
        </message>
        <message>
            <source>Continue</source>
            <translation>Continuar</translation>
        </message>
        <message>
            <source>Or type your personal code</source>
            <translation>O escriba su código personal</translation>
        </message>
        <message>
            <source>It is on the slip the facilitator gave you, e.g. K7M-Q2P. Capitals and dashes don't matter.</source>
            <translation>Figura en la tarjeta que le dio el facilitador, p. ej., K7M-Q2P. Las mayúsculas y los guiones no importan.</translation>
        </message>
        <message>
            <source>Your code</source>
            <translation>Su código</translation>
        </message>
        <message>
            <source>Personal code</source>
            <translation>Código personal</translation>
        </message>
        <message>
            <source>Continue with my code</source>
            <translation>Continuar con mi código</translation>
        </message>
        <message>
            <source>Your ballot</source>
            <translation>Su papeleta</translation>
        </message>
        <message>
            <source>Start over</source>
            <translation>Empezar de nuevo</translation>
        </message>
        <message>
            <source>Leave without voting: nothing is saved</source>
            <translation>Salir sin votar: no se guarda nada</translation>
        </message>
        <message>
            <source>Review my ballot  ›</source>
            <translation>Revisar mi papeleta  ›</translation>
        </message>
        <message>
            <source>Check your ballot</source>
            <translation>Compruebe su papeleta</translation>
        </message>
        <message>
            <source>‹  Change my ballot</source>
            <translation>‹  Cambiar mi papeleta</translation>
        </message>
        <message>
            <source>Cast my ballot</source>
            <translation>Emitir mi voto</translation>
        </message>
        <message>
            <source>Thank you — your ballot is saved</source>
            <translation>Gracias: su papeleta se ha guardado</translation>
        </message>
        <message>
            <source>The next person can vote in a moment.</source>
            <translation>La siguiente persona podrá votar en un momento.</translation>
        </message>
        <message>
            <source>Voting has closed</source>
            <translation>La votación ha terminado</translation>
        </message>
        <message>
            <source>The facilitator has closed this round, so it takes no more ballots. Thank you for taking part.</source>
            <translation>El facilitador ha cerrado esta ronda, por lo que ya no se admiten papeletas. Gracias por participar.</translation>
        </message>
        <message>
            <source>Type the exit PIN to leave the kiosk.</source>
            <translation>Escriba el PIN de salida para salir del quiosco.</translation>
        </message>
        <message>
            <source>Exit PIN</source>
            <translation>PIN de salida</translation>
        </message>
        <message>
            <source>Back to voting</source>
            <translation>Volver a la votación</translation>
        </message>
        <message>
            <source>Leave the kiosk</source>
            <translation>Salir del quiosco</translation>
        </message>
        <message>
            <source>%1  ·  votes for %2</source>
            <translation>%1  ·  vota en nombre de %2</translation>
        </message>
        <message>
            <source>Everyone has voted. Thank you!</source>
            <translation>Todos han votado. ¡Gracias!</translation>
        </message>
        <message>
            <source>No name matches “%1”. Check the spelling, or use your personal code.</source>
            <translation>Ningún nombre coincide con «%1». Revise la ortografía o use su código personal.</translation>
        </message>
        <message>
            <source>Continue as %1  ›</source>
            <translation>Continuar como %1  ›</translation>
        </message>
        <message>
            <source>Pick your name above</source>
            <translation>Elija su nombre arriba</translation>
        </message>
        <message>
            <source>Type the code from your slip first.</source>
            <translation>Primero escriba el código de su tarjeta.</translation>
        </message>
        <message>
            <source>That code is not recognised. Check it and type it again, or find your name in the list.</source>
            <translation>Ese código no se reconoce. Revíselo y vuelva a escribirlo, o busque su nombre en la lista.</translation>
        </message>
        <message>
            <source>This round takes one ballot per organisation, and you are not registered with one. Please ask the facilitator.</source>
            <translation>En esta ronda se emite una papeleta por organización, y su inscripción no está asociada a ninguna organización. Consulte al facilitador.</translation>
        </message>
        <message>
            <source>Your organisation has already voted in this round.</source>
            <translation>Su organización ya ha votado en esta ronda.</translation>
        </message>
        <message>
            <source>This person has already voted in this round. Each person votes once.</source>
            <translation>Esta persona ya ha votado en esta ronda. Cada persona vota una sola vez.</translation>
        </message>
        <message>
            <source>%1 — you vote for %2</source>
            <translation>%1: usted vota en nombre de %2</translation>
        </message>
        <message>
            <source>Voting as %1</source>
            <translation>Vota como %1</translation>
        </message>
        <message>
            <source>Secret ballot with a ballot code</source>
            <translation>Votación secreta con código de votación</translation>
        </message>
        <message>
            <source>This is what you chose. Press Cast my ballot to save it; you can't change it afterwards.</source>
            <translation>Esto es lo que eligió. Pulse «Emitir mi voto» para guardarlo; después no podrá cambiarlo.</translation>
        </message>
        <message>
            <source>Your ballot is blank. A blank ballot counts as taking part without supporting any candidate.</source>
            <translation>Su papeleta está en blanco. Una papeleta en blanco cuenta como participación sin apoyar ninguna opción.</translation>
        </message>
        <message>
            <source>You have not chosen any candidate.</source>
            <translation>No ha elegido ninguna opción.</translation>
        </message>
        <message>
            <source>The last ballot was left unfinished, so it was cleared without being saved. Choose your name to start again.</source>
            <translation>La última papeleta quedó sin terminar, así que se borró sin guardarla. Elija su nombre para empezar de nuevo.</translation>
        </message>
        <message>
            <source>That PIN is not right.</source>
            <translation>Ese PIN no es correcto.</translation>
        </message>
    </context>
    <context>
        <name>List</name>
        <message>
            <source>{names}, {name}</source>
            <translation>{names}, {name}</translation>
        </message>
        <message>
            <source>{names} and {last}</source>
            <translation>{names} y {last}</translation>
        </message>
    </context>
    <context>
        <name>LockScreen</name>
        <message>
            <source>This workshop is locked</source>
            <translation>Este taller está bloqueado</translation>
        </message>
        <message>
            <source>Passphrase or recovery key</source>
            <translation>Frase de contraseña o clave de recuperación</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>Frase de contraseña</translation>
        </message>
        <message>
            <source>Unlock</source>
            <translation>Desbloquear</translation>
        </message>
        <message>
            <source>Close workshop</source>
            <translation>Cerrar el taller</translation>
        </message>
        <message>
            <source>Go to the start screen without unlocking</source>
            <translation>Ir a la pantalla de inicio sin desbloquear</translation>
        </message>
        <message>
            <source>Type the workshop's passphrase, or its recovery key, to carry on where you were.</source>
            <translation>Escriba la frase de contraseña del taller, o su clave de recuperación, para continuar donde estaba.</translation>
        </message>
        <message>
            <source>The screen is locked, but the file itself is not encrypted: anyone who copies “{name}” can read everything in it.</source>
            <translation>La pantalla está bloqueada, pero el archivo en sí no está cifrado: cualquier persona que copie «{name}» puede leer todo su contenido.</translation>
        </message>
        <message>
            <source>Encrypt this workshop…</source>
            <translation>Cifrar este taller…</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>&amp;New workshop…</source>
            <translation>&amp;Nuevo taller…</translation>
        </message>
        <message>
            <source>Create an empty workshop file</source>
            <translation>Crear un archivo de taller vacío</translation>
        </message>
        <message>
            <source>&amp;Open…</source>
            <translation>&amp;Abrir…</translation>
        </message>
        <message>
            <source>Open a workshop file (.uprw)</source>
            <translation>Abrir un archivo de taller (.uprw)</translation>
        </message>
        <message>
            <source>The illustrative demo workshop, as you left it</source>
            <translation>El taller de demostración ilustrativo, tal como lo dejó</translation>
        </message>
        <message>
            <source>Start the demo a&amp;fresh…</source>
            <translation>Reiniciar la demostración desde c&amp;ero…</translation>
        </message>
        <message>
            <source>Replace the demo workshop with a fresh copy</source>
            <translation>Sustituir el taller de demostración por una copia nueva</translation>
        </message>
        <message>
            <source>&amp;Import recommendations…</source>
            <translation>&amp;Importar recomendaciones…</translation>
        </message>
        <message>
            <source>Add recommendations from a UPR Info, UHRI, OHCHR or other file</source>
            <translation>Añadir recomendaciones de un archivo de UPR Info, UHRI, ACNUDH u otro</translation>
        </message>
        <message>
            <source>Write a copy of this workshop to another file</source>
            <translation>Escribir una copia de este taller en otro archivo</translation>
        </message>
        <message>
            <source>Open de&amp;mo workshop</source>
            <translation>Abrir el taller de de&amp;mostración</translation>
        </message>
        <message>
            <source>Save a co&amp;py…</source>
            <translation>Guardar una co&amp;pia…</translation>
        </message>
        <message>
            <source>Workshop de&amp;tails…</source>
            <translation>De&amp;talles del taller…</translation>
        </message>
        <message>
            <source>Title, country, dates, venue and organisers</source>
            <translation>Título, país, fechas, lugar y organizadores</translation>
        </message>
        <message>
            <source>Save a tra&amp;vel copy…</source>
            <translation>Guardar una copia de &amp;viaje…</translation>
        </message>
        <message>
            <source>A copy without participants' names, comment authors or confidential evidence, for crossing borders</source>
            <translation>Una copia sin los nombres de los participantes, los autores de los comentarios ni las pruebas confidenciales, para cruzar fronteras</translation>
        </message>
        <message>
            <source>&amp;Encrypt this workshop…</source>
            <translation>Ci&amp;frar este taller…</translation>
        </message>
        <message>
            <source>Protect the file with a passphrase</source>
            <translation>Proteger el archivo con una frase de contraseña</translation>
        </message>
        <message>
            <source>C&amp;hange passphrase…</source>
            <translation>Cam&amp;biar la frase de contraseña…</translation>
        </message>
        <message>
            <source>Set a new passphrase; the recovery key changes too</source>
            <translation>Establecer una nueva frase de contraseña; la clave de recuperación también cambia</translation>
        </message>
        <message>
            <source>&amp;Lock</source>
            <translation>&amp;Bloquear</translation>
        </message>
        <message>
            <source>Hide the workshop until the passphrase is typed again</source>
            <translation>Ocultar el taller hasta que se vuelva a escribir la frase de contraseña</translation>
        </message>
        <message>
            <source>Lock and privacy &amp;settings…</source>
            <translation>Confi&amp;guración de bloqueo y privacidad…</translation>
        </message>
        <message>
            <source>When to lock by itself, and whether encrypted workshops are listed under Recent</source>
            <translation>Cuándo se bloquea automáticamente y si los talleres cifrados figuran en Talleres recientes</translation>
        </message>
        <message>
            <source>&amp;Close workshop</source>
            <translation>&amp;Cerrar el taller</translation>
        </message>
        <message>
            <source>Close this workshop and return to the start screen</source>
            <translation>Cerrar este taller y volver a la pantalla de inicio</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Salir</translation>
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
            <source>&amp;New recommendation…</source>
            <translation>&amp;Nueva recomendación…</translation>
        </message>
        <message>
            <source>Add a recommendation by hand</source>
            <translation>Añadir una recomendación a mano</translation>
        </message>
        <message>
            <source>&amp;Edit recommendation…</source>
            <translation>&amp;Editar la recomendación…</translation>
        </message>
        <message>
            <source>Edit the selected recommendation</source>
            <translation>Editar la recomendación seleccionada</translation>
        </message>
        <message>
            <source>&amp;Delete recommendations…</source>
            <translation>E&amp;liminar recomendaciones…</translation>
        </message>
        <message>
            <source>Delete the selected recommendations</source>
            <translation>Eliminar las recomendaciones seleccionadas</translation>
        </message>
        <message>
            <source>&amp;Find</source>
            <translation>&amp;Buscar</translation>
        </message>
        <message>
            <source>Zoom &amp;in</source>
            <translation>A&amp;umentar</translation>
        </message>
        <message>
            <source>Zoom &amp;out</source>
            <translation>Re&amp;ducir</translation>
        </message>
        <message>
            <source>&amp;Actual size</source>
            <translation>&amp;Tamaño real</translation>
        </message>
        <message>
            <source>&amp;Projector mode</source>
            <translation>Modo &amp;proyector</translation>
        </message>
        <message>
            <source>High contrast and large type, for the back of the room</source>
            <translation>Alto contraste y letra grande, para el fondo de la sala</translation>
        </message>
        <message>
            <source>&amp;About UPR Desktop</source>
            <translation>&amp;Acerca de UPR Desktop</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Archivo</translation>
        </message>
        <message>
            <source>Recent &amp;workshops</source>
            <translation>Talleres &amp;recientes</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Edición</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Ver</translation>
        </message>
        <message>
            <source>&amp;Go to step</source>
            <translation>&amp;Ir al paso</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Idioma</translation>
        </message>
        <message>
            <source>Same as this computer</source>
            <translation>El mismo que esta computadora</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>A&amp;yuda</translation>
        </message>
        <message>
            <source>Review</source>
            <translation>Examen</translation>
        </message>
        <message>
            <source>Clusters</source>
            <translation>Grupos temáticos</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>Participantes</translation>
        </message>
        <message>
            <source>Vote</source>
            <translation>Votación</translation>
        </message>
        <message>
            <source>Results</source>
            <translation>Resultados</translation>
        </message>
        <message>
            <source>Charter</source>
            <translation>Carta</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>Imprimir</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>Seguimiento</translation>
        </message>
        <message>
            <source>Save a copy…</source>
            <translation>Guardar una copia…</translation>
        </message>
        <message>
            <source>This workshop file is damaged, so it is open read-only and nothing more can be lost. Open the latest good backup to carry on.</source>
            <translation>Este archivo de taller está dañado, por lo que está abierto en modo de solo lectura y no se puede perder nada más. Abra la última copia de seguridad en buen estado para continuar.</translation>
        </message>
        <message>
            <source>Open the latest good backup</source>
            <translation>Abrir la última copia de seguridad en buen estado</translation>
        </message>
        <message>
            <source>This workshop is read-only (%1). Save a copy to make changes.</source>
            <translation>Este taller es de solo lectura (%1). Guarde una copia para hacer cambios.</translation>
        </message>
        <message>
            <source>UPR Desktop</source>
            <translation>UPR Desktop</translation>
        </message>
        <message>
            <source>All States under review</source>
            <translation>Todos los Estados examinados</translation>
        </message>
        <message>
            <source>WORKSHOP STEPS</source>
            <translation>PASOS DEL TALLER</translation>
        </message>
        <message>
            <source>Workshop steps</source>
            <translation>Pasos del taller</translation>
        </message>
        <message>
            <source>it is open in another window</source>
            <translation>está abierto en otra ventana</translation>
        </message>
        <message>
            <source>opened read-only</source>
            <translation>abierto en modo de solo lectura</translation>
        </message>
        <message>
            <source>its folder can't be written to, e.g. a locked USB stick</source>
            <translation>no se puede escribir en su carpeta, p. ej., una memoria USB bloqueada</translation>
        </message>
        <message>
            <source>the file can't be written to</source>
            <translation>no se puede escribir en el archivo</translation>
        </message>
        <message>
            <source>Checking the whole workshop file in the background…</source>
            <translation>Comprobando todo el archivo del taller en segundo plano…</translation>
        </message>
        <message>
            <source>The workshop file was checked: it is sound.</source>
            <translation>Se comprobó el archivo del taller: está en buen estado.</translation>
        </message>
        <message>
            <source>Open workshop</source>
            <translation>Abrir un taller</translation>
        </message>
        <message>
            <source>“%1” is damaged: SQLite's check of the whole file found a problem. It is now open read-only, so nothing more can be lost.</source>
            <translation>«%1» está dañado: la comprobación de todo el archivo realizada por SQLite encontró un problema. Ahora está abierto en modo de solo lectura, por lo que no se puede perder nada más.</translation>
        </message>
        <message>
            <source>Open its latest good backup to carry on.</source>
            <translation>Abra su última copia de seguridad en buen estado para continuar.</translation>
        </message>
        <message>
            <source>There is no good backup of it; save a copy to keep what can still be read.</source>
            <translation>No hay ninguna copia de seguridad en buen estado; guarde una copia para conservar lo que aún se puede leer.</translation>
        </message>
        <message>
            <source>Damaged workshop file</source>
            <translation>Archivo de taller dañado</translation>
        </message>
        <message>
            <source>There is no good backup of “%1”. Save a copy to keep what can still be read.</source>
            <translation>No hay ninguna copia de seguridad en buen estado de «%1». Guarde una copia para conservar lo que aún se puede leer.</translation>
        </message>
        <message>
            <source>You are working on the backup of %1, saved as %2</source>
            <translation>Está trabajando en la copia de seguridad de %1, guardada como %2</translation>
        </message>
        <message>
            <source>Workshop not opened</source>
            <translation>No se abrió el taller</translation>
        </message>
        <message>
            <source>Save a cleaned copy…</source>
            <translation>Guardar una copia depurada…</translation>
        </message>
        <message>
            <source>Save a cleaned copy</source>
            <translation>Guardar una copia depurada</translation>
        </message>
        <message>
            <source>UPR Desktop workshops (*.uprw)</source>
            <translation>Talleres de UPR Desktop (*.uprw)</translation>
        </message>
        <message>
            <source>You are working on the cleaned copy: %1</source>
            <translation>Está trabajando en la copia depurada: %1</translation>
        </message>
        <message>
            <source>This workshop was upgraded to the current format; a copy of the original was kept in the backups folder.</source>
            <translation>Este taller se actualizó al formato actual; se guardó una copia del original en la carpeta de copias de seguridad.</translation>
        </message>
        <message>
            <source>“%1” is damaged: part of it can't be read, so it was closed and nothing was changed.</source>
            <translation>«%1» está dañado: una parte no se puede leer, así que se cerró y no se cambió nada.</translation>
        </message>
        <message>
            <source>Workshop in use</source>
            <translation>Taller en uso</translation>
        </message>
        <message>
            <source>Open read-only</source>
            <translation>Abrir en modo de solo lectura</translation>
        </message>
        <message>
            <source>Open the demo workshop</source>
            <translation>Abrir el taller de demostración</translation>
        </message>
        <message>
            <source>New workshop…</source>
            <translation>Nuevo taller…</translation>
        </message>
        <message>
            <source>Open a workshop…</source>
            <translation>Abrir un taller…</translation>
        </message>
        <message>
            <source>UPR Desktop workshops (*.uprw);;All files (*)</source>
            <translation>Talleres de UPR Desktop (*.uprw);;Todos los archivos (*)</translation>
        </message>
        <message>
            <source>Open demo workshop</source>
            <translation>Abrir el taller de demostración</translation>
        </message>
        <message>
            <source>The demo workshop is open in another window of UPR Desktop. Close it there first, then start the demo afresh.</source>
            <translation>El taller de demostración está abierto en otra ventana de UPR Desktop. Ciérrelo allí primero y luego reinicie la demostración.</translation>
        </message>
        <message>
            <source>Start the demo afresh</source>
            <translation>Reiniciar la demostración</translation>
        </message>
        <message>
            <source>Replace the demo workshop with a fresh copy?

Everything done in it is lost: the ballots cast, the rounds opened and closed, the participants' codes, and every change to its recommendations, clusters and charter.</source>
            <translation>¿Sustituir el taller de demostración por una copia nueva?

Se perderá todo lo hecho en él: las papeletas emitidas, las rondas abiertas y cerradas, los códigos de los participantes y todos los cambios en sus recomendaciones, grupos temáticos y carta.</translation>
        </message>
        <message>
            <source>Import recommendations</source>
            <translation>Importar recomendaciones</translation>
        </message>
        <message>
            <source>Recommendations are imported into a workshop. Create a new workshop for “%1”?</source>
            <translation>Las recomendaciones se importan en un taller. ¿Crear un taller nuevo para «%1»?</translation>
        </message>
        <message>
            <source>No recent workshops</source>
            <translation>No hay talleres recientes</translation>
        </message>
        <message>
            <source>Save a copy of the workshop</source>
            <translation>Guardar una copia del taller</translation>
        </message>
        <message>
            <source>Save a copy</source>
            <translation>Guardar una copia</translation>
        </message>
        <message>
            <source>You are now working on the copy: %1</source>
            <translation>Ahora está trabajando en la copia: %1</translation>
        </message>
        <message>
            <source>A copy was saved to %1</source>
            <translation>Se guardó una copia en %1</translation>
        </message>
        <message>
            <source>The workshop is encrypted.</source>
            <translation>El taller está cifrado.</translation>
        </message>
        <message>
            <source>The passphrase was changed.</source>
            <translation>Se cambió la frase de contraseña.</translation>
        </message>
        <message>
            <source>Zoom: Ctrl + and Ctrl − change it, Ctrl 0 resets it</source>
            <translation>Zoom: Ctrl + y Ctrl − lo cambian, Ctrl 0 lo restablece</translation>
        </message>
        <message>
            <source>Projector mode on: high contrast and large type. F5 turns it off.</source>
            <translation>Modo proyector activado: alto contraste y letra grande. F5 lo desactiva.</translation>
        </message>
        <message>
            <source>Projector mode off.</source>
            <translation>Modo proyector desactivado.</translation>
        </message>
        <message>
            <source>Locked — UPR Desktop</source>
            <translation>Bloqueado — UPR Desktop</translation>
        </message>
        <message>
            <source>%1 — UPR Desktop</source>
            <translation>%1 — UPR Desktop</translation>
        </message>
        <message>
            <source>[read-only]</source>
            <translation>[solo lectura]</translation>
        </message>
    </context>
    <context>
        <name>MarkdownEditor</name>
        <message>
            <source>Heading</source>
            <translation>Encabezado</translation>
        </message>
        <message>
            <source>Make the paragraph a heading</source>
            <translation>Convertir el párrafo en encabezado</translation>
        </message>
        <message>
            <source>B</source>
            <translation>N</translation>
        </message>
        <message>
            <source>Bold (Ctrl+B)</source>
            <translation>Negrita (Ctrl+B)</translation>
        </message>
        <message>
            <source>I</source>
            <translation>C</translation>
        </message>
        <message>
            <source>Italic (Ctrl+I)</source>
            <translation>Cursiva (Ctrl+I)</translation>
        </message>
        <message>
            <source>Bullets</source>
            <translation>Viñetas</translation>
        </message>
        <message>
            <source>Bulleted list</source>
            <translation>Lista con viñetas</translation>
        </message>
        <message>
            <source>Numbers</source>
            <translation>Números</translation>
        </message>
        <message>
            <source>Numbered list</source>
            <translation>Lista numerada</translation>
        </message>
    </context>
    <context>
        <name>Mid-term report</name>
        <message>
            <source>Prepared on {date}</source>
            <translation>Preparado el {date}</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Resumen</translation>
        </message>
        <message numerus="yes">
            <source>Organisations disagree on %n recommendation(s); each organisation's assessment is shown.</source>
            <translation>
                <numerusform>Las organizaciones discrepan sobre %n recomendación; se indica la evaluación de cada organización.</numerusform>
                <numerusform>Las organizaciones discrepan sobre %n recomendaciones; se indica la evaluación de cada organización.</numerusform>
            </translation>
        </message>
        <message>
            <source>The charter's priorities</source>
            <translation>Prioridades de la carta</translation>
        </message>
        <message>
            <source>Organisations disagree:</source>
            <translation>Las organizaciones discrepan:</translation>
        </message>
        <message>
            <source>{assessor} ({date}): {status}.</source>
            <translation>{assessor} ({date}): {status}.</translation>
        </message>
        <message>
            <source>Recommended by</source>
            <translation>Recomendada por</translation>
        </message>
        <message>
            <source>Assessment</source>
            <translation>Evaluación</translation>
        </message>
        <message>
            <source>Methodology</source>
            <translation>Metodología</translation>
        </message>
        <message>
            <source>nobody yet</source>
            <translation>nadie todavía</translation>
        </message>
        <message>
            <source>Each recommendation was assessed as not implemented, partially implemented, fully implemented or with no information, with a short justification and the evidence it rests on.</source>
            <translation>Cada recomendación se evaluó como no aplicada, aplicada parcialmente, aplicada plenamente o sin información, con una breve justificación y las pruebas en que se basa.</translation>
        </message>
        <message>
            <source>Assessed by: {who}, between {first} and {last}.</source>
            <translation>Evaluación realizada por: {who}, entre el {first} y el {last}.</translation>
        </message>
        <message>
            <source>Assessed by: {who}.</source>
            <translation>Evaluación realizada por: {who}.</translation>
        </message>
        <message>
            <source>Sources: {sources}.</source>
            <translation>Fuentes: {sources}.</translation>
        </message>
        <message>
            <source>Status: {status}</source>
            <translation>Grado de aplicación: {status}</translation>
        </message>
        <message>
            <source>(recommendations {references})</source>
            <translation>(recomendaciones {references})</translation>
        </message>
        <message>
            <source>{assessor}, {date}: {status}.</source>
            <translation>{assessor}, {date}: {status}.</translation>
        </message>
        <message>
            <source>{value} in {period} ({source})</source>
            <translation>{value} en {period} ({source})</translation>
        </message>
        <message>
            <source>no value yet</source>
            <translation>todavía sin valor</translation>
        </message>
        <message>
            <source>Indicator — {name}: {values}</source>
            <translation>Indicador — {name}: {values}</translation>
        </message>
        <message>
            <source>Annex: evidence</source>
            <translation>Anexo: pruebas</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>Pruebas</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Fuente</translation>
        </message>
        <message>
            <source>Link or file</source>
            <translation>Enlace o archivo</translation>
        </message>
        <message>
            <source>Other recommendations</source>
            <translation>Otras recomendaciones</translation>
        </message>
        <message>
            <source>cycle {cycle}, review of {date}</source>
            <translation>ciclo {cycle}, examen del {date}</translation>
        </message>
        <message>
            <source>cycle {cycle}</source>
            <translation>ciclo {cycle}</translation>
        </message>
        <message>
            <source>review of {date}</source>
            <translation>examen del {date}</translation>
        </message>
        <message>
            <source>Mid-term report on the implementation of the UPR recommendations to {country}</source>
            <translation>Informe de mitad de período sobre la aplicación de las recomendaciones del EPU formuladas a {country}</translation>
        </message>
        <message>
            <source>Mid-term report on the implementation of UPR recommendations</source>
            <translation>Informe de mitad de período sobre la aplicación de las recomendaciones del EPU</translation>
        </message>
        <message>
            <source>Following up the {workshop}</source>
            <translation>Seguimiento del {workshop}</translation>
        </message>
        <message numerus="yes">
            <source>%n recommendation(s) followed up. Their current status is the latest assessment of each; where organisations disagree, both assessments are shown.</source>
            <translation>
                <numerusform>%n recomendación objeto de seguimiento. Su situación actual es su última evaluación; cuando las organizaciones discrepan, se muestran ambas evaluaciones.</numerusform>
                <numerusform>%n recomendaciones objeto de seguimiento. Su situación actual es la última evaluación de cada una; cuando las organizaciones discrepan, se muestran ambas evaluaciones.</numerusform>
            </translation>
        </message>
        <message>
            <source>Status over time</source>
            <translation>Evolución de la aplicación</translation>
        </message>
        <message numerus="yes">
            <source>Organisations disagree on %n recommendation(s); each organisation's assessment is shown below.</source>
            <translation>
                <numerusform>Las organizaciones discrepan sobre %n recomendación; a continuación se indica la evaluación de cada organización.</numerusform>
                <numerusform>Las organizaciones discrepan sobre %n recomendaciones; a continuación se indica la evaluación de cada organización.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n recommendation(s) were made again at the next review.</source>
            <translation>
                <numerusform>%n recomendación se formuló de nuevo en el examen siguiente.</numerusform>
                <numerusform>%n recomendaciones se formularon de nuevo en el examen siguiente.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{name} (%n assessment(s))</source>
            <translation>
                <numerusform>{name} (%n evaluación)</numerusform>
                <numerusform>{name} (%n evaluaciones)</numerusform>
            </translation>
        </message>
        <message>
            <source>Each recommendation was assessed as not implemented, partially implemented, fully implemented or with no information, with a short justification and the evidence it rests on, following UPR Info's mid-term assessment method.</source>
            <translation>Cada recomendación se evaluó como no aplicada, aplicada parcialmente, aplicada plenamente o sin información, con una breve justificación y las pruebas en que se basa, conforme al método de evaluación de mitad de período de UPR Info.</translation>
        </message>
        <message numerus="yes">
            <source>%n evidence item(s) are listed in the annex and cited as E1, E2 …</source>
            <translation>
                <numerusform>%n prueba figura en el anexo y se cita como E1, E2…</numerusform>
                <numerusform>%n pruebas figuran en el anexo y se citan como E1, E2…</numerusform>
            </translation>
        </message>
        <message>
            <source>recommendations {references}</source>
            <translation>recomendaciones {references}</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Plazo</translation>
        </message>
        <message>
            <source>Milestone</source>
            <translation>Hito</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Recommendation and response</source>
            <translation>Recomendación y respuesta</translation>
        </message>
        <message>
            <source>By {states}</source>
            <translation>Formulada por {states}</translation>
        </message>
        <message>
            <source>Repeats {reference} of the previous review</source>
            <translation>Reitera la recomendación {reference} del examen anterior</translation>
        </message>
        <message>
            <source>File {name}, SHA-256 {digest}</source>
            <translation>Archivo {name}, SHA-256 {digest}</translation>
        </message>
        <message>
            <source>Prepared {date}</source>
            <translation>Preparado el {date}</translation>
        </message>
        <message>
            <source>UPR mid-term report</source>
            <translation>Informe de mitad de período del EPU</translation>
        </message>
    </context>
    <context>
        <name>Monitoring matrix</name>
        <message>
            <source>Reference</source>
            <translation>Referencia</translation>
        </message>
        <message>
            <source>Recommendation</source>
            <translation>Recomendación</translation>
        </message>
        <message>
            <source>Assessed by</source>
            <translation>Evaluada por</translation>
        </message>
        <message>
            <source>Justification</source>
            <translation>Justificación</translation>
        </message>
        <message>
            <source>Assessors disagree</source>
            <translation>Los evaluadores discrepan</translation>
        </message>
        <message>
            <source>Evidence items</source>
            <translation>Pruebas</translation>
        </message>
        <message>
            <source>Earlier recommendation</source>
            <translation>Recomendación anterior</translation>
        </message>
        <message>
            <source>{reference} (session {session})</source>
            <translation>{reference} (período de sesiones {session})</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Sí</translation>
        </message>
        <message>
            <source>Monitoring matrix</source>
            <translation>Matriz de seguimiento</translation>
        </message>
        <message>
            <source>Counts leave out confidential items.</source>
            <translation>Los recuentos no incluyen los elementos confidenciales.</translation>
        </message>
    </context>
    <context>
        <name>NamesPeopleDialog</name>
        <message>
            <source>This file names people</source>
            <translation>Este archivo contiene nombres de personas</translation>
        </message>
        <message>
            <source>{who} Anyone who gets the file, or finds it on this computer, learns who took part. Where taking part is a risk, save it without the names.</source>
            <translation>{who} Cualquier persona que obtenga el archivo, o que lo encuentre en esta computadora, sabrá quién participó. Si participar supone un riesgo, guárdelo sin los nombres.</translation>
        </message>
        <message>
            <source>Save without names…</source>
            <translation>Guardar sin nombres…</translation>
        </message>
        <message>
            <source>Save with names…</source>
            <translation>Guardar con nombres…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
    </context>
    <context>
        <name>NewWorkshopDialog</name>
        <message>
            <source>New workshop</source>
            <translation>Nuevo taller</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>Examinar…</translation>
        </message>
        <message>
            <source>WHERE TO SAVE IT</source>
            <translation>DÓNDE GUARDARLO</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Archivo</translation>
        </message>
        <message>
            <source>One file holds the whole workshop. Keep it on this laptop and back it up to a USB stick; it never goes online.</source>
            <translation>Un solo archivo contiene todo el taller. Guárdelo en esta computadora y haga una copia de seguridad en una memoria USB; nunca se sube a internet.</translation>
        </message>
        <message>
            <source>Create workshop</source>
            <translation>Crear el taller</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Encrypt it with a passphrase</source>
            <translation>Cifrarlo con una frase de contraseña</translation>
        </message>
        <message>
            <source>Recommended when the workshop will hold names, comments or testimony: a lost or seized laptop then gives nothing away.</source>
            <translation>Se recomienda cuando el taller vaya a contener nombres, comentarios o testimonios: así, una computadora portátil perdida o incautada no revela nada.</translation>
        </message>
        <message>
            <source>Describe the review this workshop follows up. Everything except the title can be filled in or changed later.</source>
            <translation>Describa el examen al que da seguimiento este taller. Todo salvo el título se puede completar o cambiar más adelante.</translation>
        </message>
        <message>
            <source>Save the new workshop as</source>
            <translation>Guardar el nuevo taller como</translation>
        </message>
        <message>
            <source>UPR Desktop workshops (*.uprw)</source>
            <translation>Talleres de UPR Desktop (*.uprw)</translation>
        </message>
        <message>
            <source>Choose where to save the workshop file.</source>
            <translation>Elija dónde guardar el archivo del taller.</translation>
        </message>
        <message>
            <source>Set the workshop's passphrase</source>
            <translation>Establecer la frase de contraseña del taller</translation>
        </message>
        <message>
            <source>“{name}” will be encrypted with it, and it is asked for every time the file is opened.</source>
            <translation>«{name}» se cifrará con ella, y se pedirá cada vez que se abra el archivo.</translation>
        </message>
        <message>
            <source>The workshop could not be created at “{path}”: {reason}. Choose another place.</source>
            <translation>No se pudo crear el taller en «{path}»: {reason}. Elija otro lugar.</translation>
        </message>
    </context>
    <context>
        <name>NoteCard</name>
        <message>
            <source>%1 · edited</source>
            <translation>%1 · editada</translation>
        </message>
        <message>
            <source>Edit</source>
            <translation>Editar</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Eliminar</translation>
        </message>
    </context>
    <context>
        <name>OpenPassphraseDialog</name>
        <message>
            <source>Open an encrypted workshop</source>
            <translation>Abrir un taller cifrado</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>Frase de contraseña</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Abrir</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>“{name}” is encrypted. Type its passphrase, or its recovery key, to open it.</source>
            <translation>«{name}» está cifrado. Escriba su frase de contraseña, o su clave de recuperación, para abrirlo.</translation>
        </message>
        <message>
            <source>Type the passphrase first.</source>
            <translation>Escriba primero la frase de contraseña.</translation>
        </message>
        <message>
            <source>That passphrase does not open “{name}”. Nothing was changed. Check the keyboard layout and Caps Lock, and try again.</source>
            <translation>Esa frase de contraseña no abre «{name}». No se modificó nada. Revise la distribución del teclado y Bloq Mayús, y vuelva a intentarlo.</translation>
        </message>
    </context>
    <context>
        <name>OptionalDateEdit</name>
        <message>
            <source>Not set</source>
            <translation>Sin fijar</translation>
        </message>
        <message>
            <source>Clear the date</source>
            <translation>Borrar la fecha</translation>
        </message>
        <message>
            <source>Saved as “{text}”</source>
            <translation>Guardada como «{text}»</translation>
        </message>
    </context>
    <context>
        <name>OrganisationTableModel</name>
        <message>
            <source>Organisation</source>
            <translation>Organización</translation>
        </message>
        <message>
            <source>People</source>
            <translation>Personas</translation>
        </message>
        <message>
            <source>%1 — double-click or press F2 to rename</source>
            <translation>%1: haga doble clic o pulse F2 para cambiar el nombre</translation>
        </message>
    </context>
    <context>
        <name>OutcomeCharter</name>
        <message>
            <source>National</source>
            <translation>Nacional</translation>
        </message>
        <message>
            <source>Regional</source>
            <translation>Regional</translation>
        </message>
        <message>
            <source>International</source>
            <translation>Internacional</translation>
        </message>
        <message>
            <source>Not started</source>
            <translation>No iniciada</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>En curso</translation>
        </message>
        <message>
            <source>Partially implemented</source>
            <translation>Aplicada parcialmente</translation>
        </message>
        <message>
            <source>Fully implemented</source>
            <translation>Aplicada plenamente</translation>
        </message>
        <message>
            <source>The charter needs a title before it is adopted.</source>
            <translation>La carta necesita un título antes de su adopción.</translation>
        </message>
        <message>
            <source>A charter is adopted for its priorities, and this one has none yet. Add at least one priority (from a cluster, from recommendations, or from a closed voting round).</source>
            <translation>Las prioridades son el núcleo de la carta, y esta aún no tiene ninguna. Añada al menos una prioridad (a partir de un grupo temático, de recomendaciones o de una ronda de votación cerrada).</translation>
        </message>
        <message>
            <source>The charter still holds template guidance in [square brackets]: {listed}; and {more} more.</source>
            <translation>La carta todavía contiene orientaciones de la plantilla [entre corchetes]: {listed}; y {more} más.</translation>
        </message>
        <message>
            <source>The charter still holds template guidance in [square brackets]: {listed}.</source>
            <translation>La carta todavía contiene orientaciones de la plantilla [entre corchetes]: {listed}.</translation>
        </message>
        <message>
            <source>This workshop already has a charter. Starting again from a template replaces it (you can undo that).</source>
            <translation>Este taller ya tiene una carta. Si empieza de nuevo a partir de una plantilla, la sustituirá (puede deshacerlo).</translation>
        </message>
        <message>
            <source>a blank charter</source>
            <translation>una carta en blanco</translation>
        </message>
        <message>
            <source>Start the charter from {name}</source>
            <translation>Iniciar la carta a partir de {name}</translation>
        </message>
        <message>
            <source>Replace the charter with {name}</source>
            <translation>Sustituir la carta por {name}</translation>
        </message>
        <message>
            <source>Edit the charter</source>
            <translation>Editar la carta</translation>
        </message>
        <message>
            <source>Add a section</source>
            <translation>Añadir una sección</translation>
        </message>
        <message>
            <source>This section is no longer in the charter.</source>
            <translation>Esta sección ya no está en la carta.</translation>
        </message>
        <message>
            <source>Edit “{heading}”</source>
            <translation>Editar «{heading}»</translation>
        </message>
        <message>
            <source>Edit a section</source>
            <translation>Editar una sección</translation>
        </message>
        <message>
            <source>Delete the section “{heading}”</source>
            <translation>Eliminar la sección «{heading}»</translation>
        </message>
        <message>
            <source>Delete a section</source>
            <translation>Eliminar una sección</translation>
        </message>
        <message>
            <source>The priority needs a title.</source>
            <translation>La prioridad necesita un título.</translation>
        </message>
        <message>
            <source>This cluster is no longer in the workshop.</source>
            <translation>Este grupo temático ya no está en el taller.</translation>
        </message>
        <message>
            <source>Add the priority “{title}”</source>
            <translation>Añadir la prioridad «{title}»</translation>
        </message>
        <message>
            <source>“{name}” is already priority {n} of the charter.</source>
            <translation>«{name}» ya es la prioridad {n} de la carta.</translation>
        </message>
        <message>
            <source>This priority is no longer in the charter.</source>
            <translation>Esta prioridad ya no está en la carta.</translation>
        </message>
        <message>
            <source>Edit the priority “{title}”</source>
            <translation>Editar la prioridad «{title}»</translation>
        </message>
        <message>
            <source>Delete the priority “{title}”</source>
            <translation>Eliminar la prioridad «{title}»</translation>
        </message>
        <message>
            <source>Take at least the first priority: the number must be 1 or more.</source>
            <translation>Tome al menos la primera prioridad: el número debe ser 1 o mayor.</translation>
        </message>
        <message>
            <source>“{title}” has no candidates to take as priorities.</source>
            <translation>«{title}» no tiene opciones que puedan tomarse como prioridades.</translation>
        </message>
        <message>
            <source>Priorities from “{title}”</source>
            <translation>Prioridades de «{title}»</translation>
        </message>
        <message>
            <source>Took {rows_count} priorities from the voting round “{title}” ({added} new)</source>
            <translation>Se tomaron {rows_count} prioridades de la ronda de votación «{title}» ({added} nuevas)</translation>
        </message>
        <message>
            <source>The action point is empty.</source>
            <translation>La medida está vacía.</translation>
        </message>
        <message>
            <source>Add a {label} action point</source>
            <translation>Añadir una medida de nivel {label}</translation>
        </message>
        <message>
            <source>This action point is no longer in the charter.</source>
            <translation>Esta medida ya no está en la carta.</translation>
        </message>
        <message>
            <source>The action point is empty. Delete it instead.</source>
            <translation>La medida está vacía. Elimínela.</translation>
        </message>
        <message>
            <source>Edit an action point</source>
            <translation>Editar una medida</translation>
        </message>
        <message>
            <source>Delete an action point</source>
            <translation>Eliminar una medida</translation>
        </message>
        <message>
            <source>Add the endorsement of {organisation}</source>
            <translation>Añadir la adhesión de {organisation}</translation>
        </message>
        <message>
            <source>This endorsement is no longer in the charter.</source>
            <translation>Esta adhesión ya no está en la carta.</translation>
        </message>
        <message>
            <source>Edit an endorsement</source>
            <translation>Editar una adhesión</translation>
        </message>
        <message>
            <source>Edit the endorsement of {organisation}</source>
            <translation>Editar la adhesión de {organisation}</translation>
        </message>
        <message>
            <source>Delete the endorsement of {organisation}</source>
            <translation>Eliminar la adhesión de {organisation}</translation>
        </message>
        <message>
            <source>No organisations are registered yet. Register the participants with their organisations first, or add endorsements one by one.</source>
            <translation>Todavía no hay organizaciones registradas. Inscriba primero a los participantes con sus organizaciones, o añada adhesiones una por una.</translation>
        </message>
        <message>
            <source>Every registered organisation is already in the list of endorsements.</source>
            <translation>Todas las organizaciones registradas ya figuran en la lista de adhesiones.</translation>
        </message>
        <message numerus="yes">
            <source>Add %n endorsement(s) from the registered organisations</source>
            <translation>
                <numerusform>Añadir %n adhesión de las organizaciones registradas</numerusform>
                <numerusform>Añadir %n adhesiones de las organizaciones registradas</numerusform>
            </translation>
        </message>
        <message>
            <source>Say which part of the charter the comment is on.</source>
            <translation>Indique a qué parte de la carta se refiere el comentario.</translation>
        </message>
        <message>
            <source>The comment is empty.</source>
            <translation>El comentario está vacío.</translation>
        </message>
        <message>
            <source>This participant is no longer registered. Leave the comment anonymously instead.</source>
            <translation>Este participante ya no está inscrito. Deje el comentario de forma anónima.</translation>
        </message>
        <message>
            <source>Add a comment</source>
            <translation>Añadir un comentario</translation>
        </message>
        <message>
            <source>This comment is no longer there.</source>
            <translation>Este comentario ya no existe.</translation>
        </message>
        <message>
            <source>Resolve a comment</source>
            <translation>Resolver un comentario</translation>
        </message>
        <message>
            <source>Reopen a comment</source>
            <translation>Reabrir un comentario</translation>
        </message>
        <message>
            <source>Delete a comment</source>
            <translation>Eliminar un comentario</translation>
        </message>
        <message>
            <source>Give the version a name, such as “Draft after day 1”.</source>
            <translation>Dé un nombre a la versión, por ejemplo, «Borrador tras el día 1».</translation>
        </message>
        <message>
            <source>There is no charter to save yet. Start one first.</source>
            <translation>Todavía no hay ninguna carta que guardar. Inicie una primero.</translation>
        </message>
        <message>
            <source>Save the version “{name}”</source>
            <translation>Guardar la versión «{name}»</translation>
        </message>
        <message>
            <source>Restore the version “{name}”</source>
            <translation>Restaurar la versión «{name}»</translation>
        </message>
        <message>
            <source>Give the date of adoption as a full date, such as 2025-03-14.</source>
            <translation>Indique la fecha de adopción como fecha completa, por ejemplo, 2025-03-14.</translation>
        </message>
        <message>
            <source>Say where the charter is adopted.</source>
            <translation>Indique dónde se adopta la carta.</translation>
        </message>
        <message>
            <source>This charter was adopted on {adopted_on} in {adopted_at_place} and has not changed since.</source>
            <translation>Esta carta se adoptó el {adopted_on} en {adopted_at_place} y no ha cambiado desde entonces.</translation>
        </message>
        <message>
            <source>1 of the chosen recommendations is no longer in the workshop (deleted since). Choose again.</source>
            <translation>1 de las recomendaciones elegidas ya no está en el taller (se eliminó después). Vuelva a elegir.</translation>
        </message>
        <message numerus="yes">
            <source>%n of the chosen recommendations are no longer in the workshop (deleted since). Choose again.</source>
            <translation>
                <numerusform>%n de las recomendaciones elegidas ya no está en el taller (se eliminó después). Vuelva a elegir.</numerusform>
                <numerusform>%n de las recomendaciones elegidas ya no están en el taller (se eliminaron después). Vuelva a elegir.</numerusform>
            </translation>
        </message>
        <message>
            <source>“{level}” is not a level: choose national, regional or international.</source>
            <translation>«{level}» no es un nivel: elija nacional, regional o internacional.</translation>
        </message>
        <message>
            <source>“{status}” is not an implementation status.</source>
            <translation>«{status}» no es un grado de aplicación.</translation>
        </message>
        <message>
            <source>Milestone {n}: “{due}” is not a date. Write the year, the year and month, or the full date: 2027, 2027-06 or 2027-06-30.</source>
            <translation>Hito {n}: «{due}» no es una fecha. Escriba el año, el año y el mes, o la fecha completa: 2027, 2027-06 o 2027-06-30.</translation>
        </message>
        <message>
            <source>The endorsement needs the organisation's name, as it signs.</source>
            <translation>La adhesión necesita el nombre de la organización, tal como firma.</translation>
        </message>
        <message>
            <source>There is no saved version {version_id} of the charter.</source>
            <translation>No hay ninguna versión guardada {version_id} de la carta.</translation>
        </message>
        <message>
            <source>“{value}” is not a level: choose national, regional or international.</source>
            <translation>«{value}» no es un nivel: elija nacional, regional o internacional.</translation>
        </message>
        <message>
            <source>Edit the charter's details</source>
            <translation>Editar los detalles de la carta</translation>
        </message>
        <message>
            <source>Edit the charter's title</source>
            <translation>Editar el título de la carta</translation>
        </message>
        <message>
            <source>Edit the charter's place</source>
            <translation>Editar el lugar de la carta</translation>
        </message>
        <message>
            <source>Edit the charter's dates</source>
            <translation>Editar las fechas de la carta</translation>
        </message>
        <message>
            <source>Edit the charter's organisers</source>
            <translation>Editar los organizadores de la carta</translation>
        </message>
        <message>
            <source>Edit the charter's preamble</source>
            <translation>Editar el preámbulo de la carta</translation>
        </message>
        <message>
            <source>Edit the charter's monitoring arrangement</source>
            <translation>Editar las disposiciones de vigilancia y seguimiento de la carta</translation>
        </message>
        <message>
            <source>Move a section</source>
            <translation>Mover una sección</translation>
        </message>
        <message>
            <source>Move a priority</source>
            <translation>Mover una prioridad</translation>
        </message>
        <message>
            <source>Move an action point</source>
            <translation>Mover una medida</translation>
        </message>
        <message>
            <source>Move an endorsement</source>
            <translation>Mover una adhesión</translation>
        </message>
    </context>
    <context>
        <name>PaperBallotDialog</name>
        <message>
            <source>{name}  ·  {organisation}</source>
            <translation>{name}  ·  {organisation}</translation>
        </message>
        <message>
            <source>{name}  (voted)</source>
            <translation>{name}  (ha votado)</translation>
        </message>
        <message>
            <source>{name}  (no organisation)</source>
            <translation>{name}  (sin organización)</translation>
        </message>
        <message>
            <source>Paper ballots: %1</source>
            <translation>Papeletas en papel: %1</translation>
        </message>
        <message>
            <source>Enter paper ballots</source>
            <translation>Introducir papeletas en papel</translation>
        </message>
        <message>
            <source>“%1” · %2</source>
            <translation>«%1» · %2</translation>
        </message>
        <message>
            <source>Whose ballot is this?</source>
            <translation>¿De quién es esta papeleta?</translation>
        </message>
        <message>
            <source>Find a name</source>
            <translation>Buscar un nombre</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>Participantes</translation>
        </message>
        <message>
            <source>Secret round: the ballot is saved with no link to the person; only that they have voted is recorded.</source>
            <translation>Ronda secreta: la papeleta se guarda sin ningún vínculo con la persona; solo se registra que ha votado.</translation>
        </message>
        <message>
            <source>Open round: the ballot is recorded with the person's name.</source>
            <translation>Ronda pública: la papeleta se registra con el nombre de la persona.</translation>
        </message>
        <message>
            <source>Ballot code on the paper, e.g. K7QP4-XMD2A</source>
            <translation>Código de votación escrito en el papel, p. ej., K7QP4-XMD2A</translation>
        </message>
        <message>
            <source>Ballot code</source>
            <translation>Código de votación</translation>
        </message>
        <message>
            <source>Ballot code written on this paper ballot</source>
            <translation>Código de votación escrito en esta papeleta en papel</translation>
        </message>
        <message>
            <source>Ballot-code round: the code is spent with the ballot, and nobody's name is recorded. A paper ballot without a valid, unused code can't be entered.</source>
            <translation>Ronda con códigos de votación: el código se consume con la papeleta y no se registra el nombre de nadie. No se puede introducir una papeleta en papel sin un código válido y sin usar.</translation>
        </message>
        <message>
            <source>Clear this ballot</source>
            <translation>Borrar esta papeleta</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <source>Save paper ballot</source>
            <translation>Guardar la papeleta en papel</translation>
        </message>
        <message numerus="yes">
            <source>%n paper ballot(s) saved here</source>
            <translation>
                <numerusform>%n papeleta en papel guardada aquí</numerusform>
                <numerusform>%n papeletas en papel guardadas aquí</numerusform>
            </translation>
        </message>
        <message>
            <source>Pick whose ballot this is first, in the list on the left.</source>
            <translation>Primero elija de quién es esta papeleta, en la lista de la izquierda.</translation>
        </message>
        <message>
            <source>✓ Saved the paper ballot of %1. Enter the next one.</source>
            <translation>✓ Se guardó la papeleta en papel de %1. Introduzca la siguiente.</translation>
        </message>
        <message>
            <source>Type the ballot code written on the paper ballot first.</source>
            <translation>Primero escriba el código de votación escrito en la papeleta en papel.</translation>
        </message>
        <message>
            <source>✓ Saved the paper ballot. Enter the next one.</source>
            <translation>✓ Se guardó la papeleta en papel. Introduzca la siguiente.</translation>
        </message>
    </context>
    <context>
        <name>ParticipantDialog</name>
        <message>
            <source>Edit participant</source>
            <translation>Editar participante</translation>
        </message>
        <message>
            <source>Add participant</source>
            <translation>Añadir participante</translation>
        </message>
        <message>
            <source>Participant %1 · kiosk code %2</source>
            <translation>Participante %1 · código de quiosco %2</translation>
        </message>
        <message>
            <source>Record only what the workshop needs. Someone who would rather not be named can be recorded by number or alias.</source>
            <translation>Registre solo lo que el taller necesita. Quien prefiera que no conste su nombre puede registrarse con un número o un alias.</translation>
        </message>
        <message>
            <source>Record by number or alias only — store nothing identifying</source>
            <translation>Registrar solo con número o alias: no guardar ningún dato identificativo</translation>
        </message>
        <message>
            <source>Name, organisation, focus and contact are left empty and are never saved. Outputs show “Participant %1” or the alias.</source>
            <translation>El nombre, la organización, el enfoque y el contacto se dejan vacíos y nunca se guardan. Los documentos muestran «Participante %1» o el alias.</translation>
        </message>
        <message>
            <source>Full name</source>
            <translation>Nombre completo</translation>
        </message>
        <message>
            <source>Choose or type an organisation</source>
            <translation>Elija o escriba una organización</translation>
        </message>
        <message>
            <source>e.g. women’s rights, disability, land</source>
            <translation>p. ej., derechos de la mujer, discapacidad, tierras</translation>
        </message>
        <message>
            <source>Optional: phone or e-mail, only if you will follow up</source>
            <translation>Opcional: teléfono o correo electrónico, solo si va a contactar a la persona después</translation>
        </message>
        <message>
            <source>May be named in printed and exported outputs</source>
            <translation>Puede figurar con su nombre en los documentos impresos y exportados</translation>
        </message>
        <message>
            <source>Without consent, outputs show “Participant %1” instead of the name.</source>
            <translation>Sin consentimiento, los documentos muestran «Participante %1» en lugar del nombre.</translation>
        </message>
        <message>
            <source>Optional, e.g. “Delegate B”</source>
            <translation>Opcional, p. ej., «Delegado B»</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organización</translation>
        </message>
        <message>
            <source>Thematic focus</source>
            <translation>Enfoque temático</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Contacto</translation>
        </message>
        <message>
            <source>Alias</source>
            <translation>Alias</translation>
        </message>
        <message>
            <source>Save changes</source>
            <translation>Guardar los cambios</translation>
        </message>
        <message>
            <source>Write the person’s name, or switch on “Record by number or alias only”.</source>
            <translation>Escriba el nombre de la persona, o active «Registrar solo con número o alias».</translation>
        </message>
    </context>
    <context>
        <name>ParticipantTableModel</name>
        <message>
            <source>No.</source>
            <translation>N.º</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organización</translation>
        </message>
        <message>
            <source>Thematic focus</source>
            <translation>Enfoque temático</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Contacto</translation>
        </message>
        <message>
            <source>Named in outputs</source>
            <translation>Nombre en los documentos</translation>
        </message>
        <message>
            <source>Kiosk code</source>
            <translation>Código de quiosco</translation>
        </message>
        <message>
            <source>Whether printed and exported outputs may use the person’s name</source>
            <translation>Si los documentos impresos y exportados pueden usar el nombre de la persona</translation>
        </message>
        <message>
            <source>The personal code the participant types at the voting laptop</source>
            <translation>El código personal que el participante escribe en la computadora de votación</translation>
        </message>
        <message>
            <source>empty</source>
            <translation>vacío</translation>
        </message>
        <message>
            <source>Participant %1</source>
            <translation>Participante %1</translation>
        </message>
        <message>
            <source>No · by alias</source>
            <translation>No · con alias</translation>
        </message>
        <message>
            <source>No · by number</source>
            <translation>No · con número</translation>
        </message>
        <message>
            <source>No</source>
            <translation>No</translation>
        </message>
        <message>
            <source>Yes · anonymised</source>
            <translation>Sí · anonimizado</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Sí</translation>
        </message>
        <message>
            <source>Recorded by number or alias only: nothing identifying is stored.</source>
            <translation>Registrado solo con número o alias: no se guarda ningún dato identificativo.</translation>
        </message>
        <message>
            <source>Outputs name them as: %1</source>
            <translation>En los documentos figura como: %1</translation>
        </message>
        <message>
            <source>Typed at the voting laptop. Case, spaces and dashes don’t matter.</source>
            <translation>Se escribe en la computadora de votación. Las mayúsculas, los espacios y los guiones no importan.</translation>
        </message>
    </context>
    <context>
        <name>Participants</name>
        <message>
            <source>Participant {number}</source>
            <translation>Participante {number}</translation>
        </message>
        <message>
            <source>The name is too long ({length} characters; at most {most}).</source>
            <translation>El nombre es demasiado largo ({length} caracteres; como máximo {most}).</translation>
        </message>
        <message>
            <source>The alias is too long ({length} characters; at most {most}).</source>
            <translation>El alias es demasiado largo ({length} caracteres; como máximo {most}).</translation>
        </message>
        <message>
            <source>The organisation is too long ({length} characters; at most {most}).</source>
            <translation>La organización es demasiado larga ({length} caracteres; como máximo {most}).</translation>
        </message>
        <message>
            <source>The thematic focus is too long ({length} characters; at most {most}).</source>
            <translation>El enfoque temático es demasiado largo ({length} caracteres; como máximo {most}).</translation>
        </message>
        <message>
            <source>The contact is too long ({length} characters; at most {most}).</source>
            <translation>El contacto es demasiado largo ({length} caracteres; como máximo {most}).</translation>
        </message>
        <message>
            <source>A participant recorded by number or alias only keeps no organisation, focus or contact.</source>
            <translation>Un participante registrado solo por número o alias no conserva organización, enfoque temático ni contacto.</translation>
        </message>
        <message numerus="yes">
            <source>Added %n participant(s) from {file}.</source>
            <translation>
                <numerusform>Se añadió %n participante de {file}.</numerusform>
                <numerusform>Se añadieron %n participantes de {file}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{added} %n already registered (same name and organisation) were not added again.</source>
            <translation>
                <numerusform>{added} No se volvió a añadir %n persona ya inscrita (mismo nombre y organización).</numerusform>
                <numerusform>{added} No se volvieron a añadir %n personas ya inscritas (mismo nombre y organización).</numerusform>
            </translation>
        </message>
        <message>
            <source>Add participant {label}</source>
            <translation>Añadir al participante {label}</translation>
        </message>
        <message>
            <source>This participant is no longer registered.</source>
            <translation>Este participante ya no está inscrito.</translation>
        </message>
        <message>
            <source>Edit participant {label}</source>
            <translation>Editar al participante {label}</translation>
        </message>
        <message numerus="yes">
            <source>Remove %n participant(s)</source>
            <translation>
                <numerusform>Quitar a %n participante</numerusform>
                <numerusform>Quitar a %n participantes</numerusform>
            </translation>
        </message>
        <message>
            <source>{listed} took part in a vote, so the record of who voted would break. Participants who voted stay registered.</source>
            <translation>Ya se registró el voto de {listed}, por lo que se rompería el registro de quién votó. Los participantes que votaron siguen inscritos.</translation>
        </message>
        <message>
            <source>Import participants from {source_file}</source>
            <translation>Importar participantes de {source_file}</translation>
        </message>
        <message>
            <source>The organisation needs a name.</source>
            <translation>La organización necesita un nombre.</translation>
        </message>
        <message>
            <source>“{name}” of “{organisation}” is already registered (participant {number}).</source>
            <translation>«{name}», de «{organisation}», ya figura en el registro (participante {number}).</translation>
        </message>
        <message>
            <source>“{name}” is already registered (participant {number}).</source>
            <translation>«{name}» ya figura en el registro (participante {number}).</translation>
        </message>
        <message>
            <source>“{label}”: {problems} Nothing was added.</source>
            <translation>«{label}»: {problems} No se añadió nada.</translation>
        </message>
        <message>
            <source>“{name}” is already in the list.</source>
            <translation>«{name}» ya figura en la lista.</translation>
        </message>
        <message>
            <source>Add organisation {name}</source>
            <translation>Añadir la organización {name}</translation>
        </message>
        <message>
            <source>This organisation is no longer in the list.</source>
            <translation>Esta organización ya no figura en la lista.</translation>
        </message>
        <message>
            <source>Rename organisation {name}</source>
            <translation>Cambiar el nombre de la organización {name}</translation>
        </message>
        <message>
            <source>{name} voted in a round as an organisation, so it stays in the list.</source>
            <translation>{name} votó en una ronda como organización, por lo que permanece en la lista.</translation>
        </message>
        <message numerus="yes">
            <source>{name} has %n registered participant(s). Move or remove them first.</source>
            <translation>
                <numerusform>{name} tiene %n participante inscrito. Muévalo o quítelo primero.</numerusform>
                <numerusform>{name} tiene %n participantes inscritos. Muévalos o quítelos primero.</numerusform>
            </translation>
        </message>
        <message>
            <source>Remove organisation {name}</source>
            <translation>Quitar la organización {name}</translation>
        </message>
        <message>
            <source>Anonymise names in outputs</source>
            <translation>Anonimizar los nombres en los documentos</translation>
        </message>
        <message>
            <source>Name consenting participants in outputs</source>
            <translation>Nombrar en los documentos a los participantes que den su consentimiento</translation>
        </message>
    </context>
    <context>
        <name>ParticipantsPage</name>
        <message>
            <source>Participants</source>
            <translation>Participantes</translation>
        </message>
        <message>
            <source>Add participant</source>
            <translation>Añadir participante</translation>
        </message>
        <message>
            <source>Register someone by hand</source>
            <translation>Inscribir a alguien a mano</translation>
        </message>
        <message>
            <source>Import attendance list…</source>
            <translation>Importar la lista de asistencia…</translation>
        </message>
        <message>
            <source>Add everyone from a sign-in sheet saved as CSV or Excel</source>
            <translation>Añadir a todas las personas de una hoja de registro guardada como CSV o Excel</translation>
        </message>
        <message>
            <source>Edit</source>
            <translation>Editar</translation>
        </message>
        <message>
            <source>Edit the selected participant (Enter)</source>
            <translation>Editar el participante seleccionado (Intro)</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Quitar</translation>
        </message>
        <message>
            <source>Remove the selected participants (Del)</source>
            <translation>Quitar los participantes seleccionados (Supr)</translation>
        </message>
        <message>
            <source>Anonymise names in every output</source>
            <translation>Anonimizar los nombres en todos los documentos</translation>
        </message>
        <message>
            <source>PDFs, exports and the projector then show “Participant 7” instead of names, even for people who agreed to be named. Names stay on this page only.</source>
            <translation>Los PDF, las exportaciones y el proyector mostrarán entonces «Participante 7» en lugar de los nombres, incluso para quienes aceptaron figurar con su nombre. Los nombres solo permanecen en esta página.</translation>
        </message>
        <message>
            <source>Search names, organisations, focus, codes…</source>
            <translation>Buscar nombres, organizaciones, enfoques, códigos…</translation>
        </message>
        <message>
            <source>Search participants</source>
            <translation>Buscar participantes</translation>
        </message>
        <message>
            <source>ORGANISATIONS</source>
            <translation>ORGANIZACIONES</translation>
        </message>
        <message>
            <source>Organisations</source>
            <translation>Organizaciones</translation>
        </message>
        <message>
            <source>New organisation</source>
            <translation>Nueva organización</translation>
        </message>
        <message>
            <source>Name of a new organisation</source>
            <translation>Nombre de una nueva organización</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Añadir</translation>
        </message>
        <message>
            <source>Rename</source>
            <translation>Cambiar el nombre</translation>
        </message>
        <message>
            <source>Rename the selected organisation (F2)</source>
            <translation>Cambiar el nombre de la organización seleccionada (F2)</translation>
        </message>
        <message>
            <source>Remove the selected organisation</source>
            <translation>Quitar la organización seleccionada</translation>
        </message>
        <message>
            <source>Nobody is registered yet</source>
            <translation>Todavía no hay nadie inscrito</translation>
        </message>
        <message>
            <source>Nobody registered yet</source>
            <translation>Nadie inscrito todavía</translation>
        </message>
        <message numerus="yes">
            <source>%n participant(s)</source>
            <translation>
                <numerusform>%n participante</numerusform>
                <numerusform>%n participantes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n organisation(s)</source>
            <translation>
                <numerusform>%n organización</numerusform>
                <numerusform>%n organizaciones</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n recorded by number or alias</source>
            <translation>
                <numerusform>%n registrado por número o alias</numerusform>
                <numerusform>%n registrados por número o alias</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n participants removed. Undo with Ctrl+Z.</source>
            <translation>
                <numerusform>Se quitó a %n participante. Para deshacer, pulse Ctrl+Z.</numerusform>
                <numerusform>Se quitó a %n participantes. Para deshacer, pulse Ctrl+Z.</numerusform>
            </translation>
        </message>
        <message>
            <source>Showing %1 of %2</source>
            <translation>Se muestran %1 de %2</translation>
        </message>
        <message>
            <source>Nobody matches “%1”.</source>
            <translation>Nadie coincide con «%1».</translation>
        </message>
        <message>
            <source>This workshop is read-only, so nobody can be registered in it. Save a copy to register the participants there.</source>
            <translation>Este taller es de solo lectura, por lo que no se puede inscribir a nadie en él. Guarde una copia para inscribir allí a los participantes.</translation>
        </message>
        <message>
            <source>Register the people taking part so that they can vote at the shared laptop with a personal code. Add them one by one, or import the sign-in sheet you already have.

Anyone can be recorded by number or alias only, and nobody is named in an output without their consent.</source>
            <translation>Inscriba a las personas que participan para que puedan votar en la computadora compartida con un código personal. Añádalas una por una, o importe la hoja de registro que ya tiene.

Cualquier persona puede registrarse solo con un número o un alias, y nadie aparece nombrado en un documento sin su consentimiento.</translation>
        </message>
        <message>
            <source>Yes · anonymised</source>
            <translation>Sí · anonimizado</translation>
        </message>
        <message>
            <source>%1 registered. Undo with Ctrl+Z.</source>
            <translation>Se inscribió a %1. Para deshacer, pulse Ctrl+Z.</translation>
        </message>
        <message>
            <source>%1 registered. The search hides them.</source>
            <translation>Se inscribió a %1, pero la búsqueda actual no muestra esa inscripción.</translation>
        </message>
        <message>
            <source>Participant saved.</source>
            <translation>Participante guardado.</translation>
        </message>
        <message>
            <source>this participant</source>
            <translation>este participante</translation>
        </message>
        <message>
            <source>Remove %1 from the participants? Their kiosk code stops working. You can undo this with Ctrl+Z.</source>
            <translation>¿Quitar a %1 de los participantes? Su código de quiosco dejará de funcionar. Puede deshacerlo con Ctrl+Z.</translation>
        </message>
        <message>
            <source>Remove %1 participants? Their kiosk codes stop working. You can undo this with Ctrl+Z.</source>
            <translation>¿Quitar a %1 participantes? Sus códigos de quiosco dejarán de funcionar. Puede deshacerlo con Ctrl+Z.</translation>
        </message>
        <message>
            <source>Remove participants</source>
            <translation>Quitar participantes</translation>
        </message>
        <message>
            <source>Participant removed. Undo with Ctrl+Z.</source>
            <translation>Participante quitado. Para deshacer, pulse Ctrl+Z.</translation>
        </message>
        <message>
            <source>Import attendance list</source>
            <translation>Importar la lista de asistencia</translation>
        </message>
        <message>
            <source>“%1” could not be read: %2</source>
            <translation>No se pudo leer «%1»: %2</translation>
        </message>
        <message>
            <source>Organisation added. Undo with Ctrl+Z.</source>
            <translation>Organización añadida. Para deshacer, pulse Ctrl+Z.</translation>
        </message>
        <message>
            <source>Organisation renamed. Undo with Ctrl+Z.</source>
            <translation>Nombre de la organización cambiado. Para deshacer, pulse Ctrl+Z.</translation>
        </message>
        <message>
            <source>%1 removed from the list. Undo with Ctrl+Z.</source>
            <translation>%1 quitada de la lista. Para deshacer, pulse Ctrl+Z.</translation>
        </message>
        <message>
            <source>Every output now shows “Participant 7” instead of names. Undo with Ctrl+Z.</source>
            <translation>Todos los documentos muestran ahora «Participante 7» en lugar de los nombres. Para deshacer, pulse Ctrl+Z.</translation>
        </message>
        <message>
            <source>Outputs now name the participants who agreed to be named. Undo with Ctrl+Z.</source>
            <translation>Los documentos muestran ahora el nombre de los participantes que lo aceptaron. Para deshacer, pulse Ctrl+Z.</translation>
        </message>
    </context>
    <context>
        <name>PassphraseFields</name>
        <message>
            <source>Too short: use at least {count} characters. Four or five unrelated words are easy to remember and hard to guess.</source>
            <translation>Demasiado corta: use al menos {count} caracteres. Cuatro o cinco palabras sin relación entre sí son fáciles de recordar y difíciles de adivinar.</translation>
        </message>
        <message>
            <source>Too easy to guess: it repeats the same few characters.</source>
            <translation>Demasiado fácil de adivinar: repite una y otra vez los mismos caracteres.</translation>
        </message>
        <message>
            <source>Strong.</source>
            <translation>Robusta.</translation>
        </message>
        <message>
            <source>Fair. A longer passphrase, such as four or five unrelated words, is much harder to guess.</source>
            <translation>Aceptable. Una frase de contraseña más larga, como cuatro o cinco palabras sin relación entre sí, es mucho más difícil de adivinar.</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>Frase de contraseña</translation>
        </message>
        <message>
            <source>Passphrase again</source>
            <translation>Repita la frase de contraseña</translation>
        </message>
        <message>
            <source>Type it again</source>
            <translation>Escríbala de nuevo</translation>
        </message>
        <message>
            <source>At least {count} characters. Four or five unrelated words work well.</source>
            <translation>Al menos {count} caracteres. Cuatro o cinco palabras sin relación entre sí funcionan bien.</translation>
        </message>
        <message>
            <source>Type a passphrase.</source>
            <translation>Escriba una frase de contraseña.</translation>
        </message>
        <message>
            <source>The two passphrases are not the same. Type them again.</source>
            <translation>Las dos frases de contraseña no coinciden. Escríbalas de nuevo.</translation>
        </message>
        <message>
            <source>There is no way to recover this workshop without the passphrase or the recovery key. Keep the passphrase in your head or a password manager, and the recovery key in a safe place away from this computer.</source>
            <translation>Sin la frase de contraseña o la clave de recuperación, no hay ninguna forma de recuperar este taller. Guarde la frase de contraseña en su memoria o en un gestor de contraseñas, y la clave de recuperación en un lugar seguro, lejos de esta computadora.</translation>
        </message>
    </context>
    <context>
        <name>PdfTooLong</name>
        <message>
            <source>A text is too long to fit on one page of the charter, near page {page}, so it could not be printed.</source>
            <translation>Un texto es demasiado largo para caber en una página de la carta, cerca de la página {page}, por lo que no se pudo imprimir.</translation>
        </message>
        <message>
            <source>A text is too long to fit on one page of the charter, so it could not be printed.</source>
            <translation>Un texto es demasiado largo para caber en una página de la carta, por lo que no se pudo imprimir.</translation>
        </message>
        <message>
            <source>Shorten the longest text in the charter (a priority's plan, a milestone, an organisation's name) or break it into several lines, then print again.</source>
            <translation>Acorte el texto más largo de la carta (el plan de una prioridad, un hito, el nombre de una organización) o divídalo en varias líneas y vuelva a imprimir.</translation>
        </message>
        <message>
            <source>A text is too long to fit on one page of the handout, near page {page}, so it could not be printed.</source>
            <translation>Un texto es demasiado largo para caber en una página del folleto de recomendaciones, cerca de la página {page}, por lo que no se pudo imprimir.</translation>
        </message>
        <message>
            <source>A text is too long to fit on one page of the handout, so it could not be printed.</source>
            <translation>Un texto es demasiado largo para caber en una página del folleto de recomendaciones, por lo que no se pudo imprimir.</translation>
        </message>
        <message>
            <source>Shorten the longest recommendation text (open it from the Review step), then print again.</source>
            <translation>Acorte el texto de recomendación más largo (ábralo desde el paso Examen) y vuelva a imprimir.</translation>
        </message>
        <message>
            <source>A text is too long to fit on one page of the paper ballots, near page {page}, so it could not be printed.</source>
            <translation>Un texto es demasiado largo para caber en una página de las papeletas en papel, cerca de la página {page}, por lo que no se pudieron imprimir.</translation>
        </message>
        <message>
            <source>A text is too long to fit on one page of the paper ballots, so it could not be printed.</source>
            <translation>Un texto es demasiado largo para caber en una página de las papeletas en papel, por lo que no se pudieron imprimir.</translation>
        </message>
        <message>
            <source>Shorten the longest text on the ballot, then print again.</source>
            <translation>Acorte el texto más largo de la papeleta y vuelva a imprimir.</translation>
        </message>
        <message>
            <source>A text is too long to fit on one page of the results report, near page {page}, so it could not be printed.</source>
            <translation>Un texto es demasiado largo para caber en una página del informe de resultados, cerca de la página {page}, por lo que no se pudo imprimir.</translation>
        </message>
        <message>
            <source>A text is too long to fit on one page of the results report, so it could not be printed.</source>
            <translation>Un texto es demasiado largo para caber en una página del informe de resultados, por lo que no se pudo imprimir.</translation>
        </message>
        <message>
            <source>The results themselves are safe: save them as a spreadsheet from the Results step instead.</source>
            <translation>Los resultados en sí están a salvo: guárdelos en su lugar como hoja de cálculo desde el paso Resultados.</translation>
        </message>
        <message>
            <source>A text is too long to fit on one page of the mid-term report, near page {page}, so it could not be printed.</source>
            <translation>Un texto es demasiado largo para caber en una página del informe de mitad de período, cerca de la página {page}, por lo que no se pudo imprimir.</translation>
        </message>
        <message>
            <source>A text is too long to fit on one page of the mid-term report, so it could not be printed.</source>
            <translation>Un texto es demasiado largo para caber en una página del informe de mitad de período, por lo que no se pudo imprimir.</translation>
        </message>
        <message>
            <source>Shorten the longest justification or evidence title (in the Follow-up step), then print again.</source>
            <translation>Acorte la justificación o el título de prueba más largo (en el paso Seguimiento) y vuelva a imprimir.</translation>
        </message>
        <message>
            <source>{problem} {advice}</source>
            <translation>{problem} {advice}</translation>
        </message>
    </context>
    <context>
        <name>PrintPage</name>
        <message>
            <source>Print and export</source>
            <translation>Imprimir y exportar</translation>
        </message>
        <message>
            <source>See each document as it will print, in any script, then print it, save it as a PDF or export the plan.</source>
            <translation>Vea cada documento tal como se imprimirá, en cualquier sistema de escritura, y luego imprímalo, guárdelo como PDF o exporte el plan.</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Exportar</translation>
        </message>
        <message>
            <source>The implementation plan as a spreadsheet, the charter as a Word document, or a file for IMPACT OSS</source>
            <translation>El plan de aplicación como hoja de cálculo, la carta como documento de Word o un archivo para IMPACT OSS</translation>
        </message>
        <message>
            <source>Implementation matrix (Excel)…</source>
            <translation>Matriz de aplicación (Excel)…</translation>
        </message>
        <message>
            <source>Each priority with the recommendations it cites and its plan, to track implementation</source>
            <translation>Cada prioridad con las recomendaciones que cita y su plan, para seguir la aplicación</translation>
        </message>
        <message>
            <source>Implementation matrix (CSV)…</source>
            <translation>Matriz de aplicación (CSV)…</translation>
        </message>
        <message>
            <source>The same matrix as a CSV file, for any spreadsheet or database</source>
            <translation>La misma matriz como archivo CSV, para cualquier hoja de cálculo o base de datos</translation>
        </message>
        <message>
            <source>Charter as a Word document…</source>
            <translation>Carta como documento de Word…</translation>
        </message>
        <message>
            <source>The charter as it stands, to finish or lay out in Word</source>
            <translation>La carta en su estado actual, para terminarla o maquetarla en Word</translation>
        </message>
        <message>
            <source>All recommendations for IMPACT OSS (CSV)…</source>
            <translation>Todas las recomendaciones para IMPACT OSS (CSV)…</translation>
        </message>
        <message>
            <source>A file IMPACT OSS imports, to track the recommendations there</source>
            <translation>Un archivo que IMPACT OSS importa, para seguir allí las recomendaciones</translation>
        </message>
        <message>
            <source>Recommendations the charter cites, for IMPACT OSS (CSV)…</source>
            <translation>Recomendaciones citadas en la carta, para IMPACT OSS (CSV)…</translation>
        </message>
        <message>
            <source>Only the recommendations the charter's priorities cite</source>
            <translation>Solo las recomendaciones citadas en las prioridades de la carta</translation>
        </message>
        <message>
            <source>Save as PDF…</source>
            <translation>Guardar como PDF…</translation>
        </message>
        <message>
            <source>Save the document shown as a PDF file (Ctrl+S)</source>
            <translation>Guardar el documento mostrado como archivo PDF (Ctrl+S)</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>Imprimir…</translation>
        </message>
        <message>
            <source>Print the document shown (Ctrl+P). On Linux and macOS the printer gets the PDF itself; elsewhere each page goes as an image at up to 600 dpi. The printer's own settings still apply.</source>
            <translation>Imprimir el documento mostrado (Ctrl+P). En Linux y macOS la impresora recibe el propio PDF; en los demás sistemas cada página se envía como imagen de hasta 600 ppp. Se siguen aplicando los ajustes propios de la impresora.</translation>
        </message>
        <message>
            <source>DOCUMENT</source>
            <translation>DOCUMENTO</translation>
        </message>
        <message>
            <source>Documents</source>
            <translation>Documentos</translation>
        </message>
        <message>
            <source>DOCUMENTS IN</source>
            <translation>DOCUMENTOS EN</translation>
        </message>
        <message>
            <source>Documents' language</source>
            <translation>Idioma de los documentos</translation>
        </message>
        <message>
            <source>The language of the headings, labels, dates and response words of every document and export. What people wrote stays as written.</source>
            <translation>El idioma de los encabezados, etiquetas, fechas y respuestas de todos los documentos y exportaciones. Lo que escribieron las personas se mantiene tal como se escribió.</translation>
        </message>
        <message>
            <source>PAPER</source>
            <translation>PAPEL</translation>
        </message>
        <message>
            <source>A4</source>
            <translation>A4</translation>
        </message>
        <message>
            <source>US Letter</source>
            <translation>Carta (EE. UU.)</translation>
        </message>
        <message>
            <source>210 × 297 mm, used in most of the world</source>
            <translation>210 × 297 mm, el que se usa en la mayor parte del mundo</translation>
        </message>
        <message>
            <source>8.5 × 11 inches, used in the Americas and the Philippines</source>
            <translation>8,5 × 11 pulgadas, el que se usa en las Américas y Filipinas</translation>
        </message>
        <message>
            <source>GROUP THE RECOMMENDATIONS BY</source>
            <translation>AGRUPAR LAS RECOMENDACIONES POR</translation>
        </message>
        <message>
            <source>Cluster</source>
            <translation>Grupo temático</translation>
        </message>
        <message>
            <source>Theme</source>
            <translation>Tema</translation>
        </message>
        <message>
            <source>In the clusters made in the Clusters step</source>
            <translation>En los grupos temáticos creados en el paso Grupos temáticos</translation>
        </message>
        <message>
            <source>By each recommendation's first theme</source>
            <translation>Por el primer tema de cada recomendación</translation>
        </message>
        <message>
            <source>BLANK BALLOTS</source>
            <translation>PAPELETAS EN BLANCO</translation>
        </message>
        <message>
            <source>Blank ballots</source>
            <translation>Papeletas en blanco</translation>
        </message>
        <message>
            <source>Unnamed sheets for people who join on the day.</source>
            <translation>Hojas sin nombre para quienes se sumen el mismo día.</translation>
        </message>
        <message>
            <source>Zoom out</source>
            <translation>Reducir</translation>
        </message>
        <message>
            <source>Zoom: Ctrl and the mouse wheel change it too</source>
            <translation>Zoom: también se cambia con Ctrl y la rueda del ratón</translation>
        </message>
        <message>
            <source>Zoom in</source>
            <translation>Aumentar</translation>
        </message>
        <message>
            <source>Fit width</source>
            <translation>Ajustar al ancho</translation>
        </message>
        <message>
            <source>Fit the page to the width of the preview</source>
            <translation>Ajustar la página al ancho de la vista previa</translation>
        </message>
        <message>
            <source>Previous page</source>
            <translation>Página anterior</translation>
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
            <source>Preparing the preview</source>
            <translation>Preparando la vista previa</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>Vista previa</translation>
        </message>
        <message>
            <source>Recommendation handout</source>
            <translation>Folleto de recomendaciones</translation>
        </message>
        <message>
            <source>Paper ballots: %1</source>
            <translation>Papeletas en papel: %1</translation>
        </message>
        <message>
            <source>Results: %1</source>
            <translation>Resultados: %1</translation>
        </message>
        <message>
            <source>Outcome charter</source>
            <translation>Carta final</translation>
        </message>
        <message>
            <source>Mid-term report</source>
            <translation>Informe de mitad de período</translation>
        </message>
        <message>
            <source>What participants read before voting</source>
            <translation>Lo que leen los participantes antes de votar</translation>
        </message>
        <message>
            <source>One sheet per participant, to vote on paper</source>
            <translation>Una hoja por participante, para votar en papel</translation>
        </message>
        <message>
            <source>Ranking, turnout and any ties</source>
            <translation>Clasificación, participación y posibles empates</translation>
        </message>
        <message>
            <source>Priorities and plan, with space to sign</source>
            <translation>Prioridades y plan, con espacio para firmar</translation>
        </message>
        <message>
            <source>Follow-up: where implementation stands, with the evidence</source>
            <translation>Seguimiento: en qué punto está la aplicación, con las pruebas</translation>
        </message>
        <message>
            <source>The documents could not be listed</source>
            <translation>No se pudieron enumerar los documentos</translation>
        </message>
        <message>
            <source>{choice}, not available: {reason}</source>
            <translation>{choice}, no disponible: {reason}</translation>
        </message>
        <message>
            <source>Nothing to print yet</source>
            <translation>Todavía no hay nada que imprimir</translation>
        </message>
        <message>
            <source>Import the recommendations in the Review step: the handout, ballots, results and charter appear here as the workshop goes on.</source>
            <translation>Importe las recomendaciones en el paso Examen: el folleto, las papeletas, los resultados y la carta aparecerán aquí a medida que avance el taller.</translation>
        </message>
        <message>
            <source>“%1” can't be printed yet</source>
            <translation>Todavía no se puede imprimir «%1»</translation>
        </message>
        <message>
            <source>The preview could not be shown</source>
            <translation>No se pudo mostrar la vista previa</translation>
        </message>
        <message>
            <source>The document was made but could not be displayed. Try saving it as a PDF and opening it in another program.</source>
            <translation>El documento se generó pero no se pudo mostrar. Guárdelo como PDF y ábralo con otro programa.</translation>
        </message>
        <message>
            <source>of %1</source>
            <translation>de %1</translation>
        </message>
        <message>
            <source>This copy of UPR Desktop can't make this document yet. The other documents still print.</source>
            <translation>Esta copia de UPR Desktop todavía no puede generar este documento. Los demás documentos sí pueden imprimirse.</translation>
        </message>
        <message>
            <source>The preview could not be made</source>
            <translation>No se pudo generar la vista previa</translation>
        </message>
        <message>
            <source>Preparing the preview…</source>
            <translation>Preparando la vista previa…</translation>
        </message>
        <message>
            <source>Page %1 of %2</source>
            <translation>Página %1 de %2</translation>
        </message>
        <message>
            <source>Document</source>
            <translation>Documento</translation>
        </message>
        <message>
            <source>recommendation handout</source>
            <translation>folleto de recomendaciones</translation>
        </message>
        <message>
            <source>ballots - %1</source>
            <translation>papeletas - %1</translation>
        </message>
        <message>
            <source>results - %1</source>
            <translation>resultados - %1</translation>
        </message>
        <message>
            <source>charter</source>
            <translation>carta</translation>
        </message>
        <message>
            <source>mid-term report</source>
            <translation>informe de mitad de período</translation>
        </message>
        <message>
            <source>The charter still holds template guidance in [square brackets], in: {parts}.

Print the charter as it is? To replace the guidance first in the Charter step, choose Cancel.</source>
            <translation>La carta todavía contiene orientaciones de la plantilla [entre corchetes], en: {parts}.

¿Desea imprimir la carta tal como está? Para sustituir antes las orientaciones en el paso Carta, elija Cancelar.</translation>
        </message>
        <message>
            <source>The charter still holds template guidance in [square brackets], in: {parts}.

Save the charter as it is? To replace the guidance first in the Charter step, choose Cancel.</source>
            <translation>La carta todavía contiene orientaciones de la plantilla [entre corchetes], en: {parts}.

¿Desea guardar la carta tal como está? Para sustituir antes las orientaciones en el paso Carta, elija Cancelar.</translation>
        </message>
        <message numerus="yes">
            <source>%n page(s) sent to {printer}</source>
            <translation>
                <numerusform>%n página enviada a {printer}</numerusform>
                <numerusform>%n páginas enviadas a {printer}</numerusform>
            </translation>
        </message>
        <message>
            <source>The charter is not finished</source>
            <translation>La carta no está terminada</translation>
        </message>
        <message>
            <source>Saved “%1” in %2.</source>
            <translation>Se guardó «%1» en %2.</translation>
        </message>
        <message>
            <source>Save as PDF</source>
            <translation>Guardar como PDF</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Abrir</translation>
        </message>
        <message>
            <source>Show in folder</source>
            <translation>Mostrar en la carpeta</translation>
        </message>
        <message>
            <source>{name} (without names)</source>
            <translation>{name} (sin nombres)</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>Documentos PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Saved to %1</source>
            <translation>Guardado en %1</translation>
        </message>
        <message>
            <source>Print %1</source>
            <translation>Imprimir %1</translation>
        </message>
        <message>
            <source>Sending the pages to the printer…</source>
            <translation>Enviando las páginas a la impresora…</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>Detener</translation>
        </message>
        <message>
            <source>Printing</source>
            <translation>Imprimiendo</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>Imprimir</translation>
        </message>
        <message>
            <source>Printing stopped.</source>
            <translation>Impresión detenida.</translation>
        </message>
        <message>
            <source>the printer</source>
            <translation>la impresora</translation>
        </message>
        <message>
            <source>This round has no candidates yet.</source>
            <translation>Esta ronda todavía no tiene opciones.</translation>
        </message>
        <message>
            <source>Results are printed once the round is closed.</source>
            <translation>Los resultados se imprimen una vez cerrada la ronda.</translation>
        </message>
        <message>
            <source>Start the charter in the Charter step first.</source>
            <translation>Primero inicie la carta en el paso Carta.</translation>
        </message>
        <message>
            <source>Import the recommendations first.</source>
            <translation>Primero importe las recomendaciones.</translation>
        </message>
        <message>
            <source>The charter's priorities cite no recommendations yet.</source>
            <translation>Las prioridades de la carta todavía no citan ninguna recomendación.</translation>
        </message>
        <message>
            <source>implementation matrix</source>
            <translation>matriz de aplicación</translation>
        </message>
        <message>
            <source>IMPACT OSS import</source>
            <translation>importación IMPACT OSS</translation>
        </message>
        <message>
            <source>IMPACT OSS import, cited</source>
            <translation>importación IMPACT OSS, citadas</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Libro de Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>CSV file (*.csv)</source>
            <translation>Archivo CSV (*.csv)</translation>
        </message>
        <message>
            <source>Word document (*.docx)</source>
            <translation>Documento de Word (*.docx)</translation>
        </message>
        <message>
            <source>Exported to %1</source>
            <translation>Exportado a %1</translation>
        </message>
        <message>
            <source>Documents will be printed in {language}.</source>
            <translation>Los documentos se imprimirán en {language}.</translation>
        </message>
        <message>
            <source>There is nothing to print yet: the preview is not ready.</source>
            <translation>Todavía no hay nada que imprimir: la vista previa no está lista.</translation>
        </message>
        <message>
            <source>The printer could not be started. Check that it is switched on and connected, or choose another printer.</source>
            <translation>No se pudo poner en marcha la impresora. Compruebe que esté encendida y conectada, o elija otra impresora.</translation>
        </message>
        <message>
            <source>The printing system did not take the document. Check that the printer is set up, or save as PDF and print that file.</source>
            <translation>El sistema de impresión no aceptó el documento. Compruebe que la impresora esté configurada, o guarde el documento como PDF e imprima ese archivo.</translation>
        </message>
        <message>
            <source>The printer “%1” refused the document: %2</source>
            <translation>La impresora «%1» rechazó el documento: %2</translation>
        </message>
        <message>
            <source>no reason given</source>
            <translation>sin motivo indicado</translation>
        </message>
    </context>
    <context>
        <name>PrioritiesOverview</name>
        <message numerus="yes">
            <source>%n priorities, in the order the charter lists them.</source>
            <translation>
                <numerusform>%n prioridad, en el orden en que la enumera la carta.</numerusform>
                <numerusform>%n prioridades, en el orden en que las enumera la carta.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PriorityEditor</name>
        <message numerus="yes">
            <source>%n recommendation(s) added to the priority.</source>
            <translation>
                <numerusform>%n recomendación añadida a la prioridad.</numerusform>
                <numerusform>%n recomendaciones añadidas a la prioridad.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n recommendations removed from the priority. Undo with Ctrl+Z.</source>
            <translation>
                <numerusform>Se quitó %n recomendación de la prioridad. Para deshacer, pulse Ctrl+Z.</numerusform>
                <numerusform>Se quitaron %n recomendaciones de la prioridad. Para deshacer, pulse Ctrl+Z.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PrivacySettingsDialog</name>
        <message>
            <source>Lock and privacy</source>
            <translation>Bloqueo y privacidad</translation>
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
            <source>Remember encrypted workshops in Recent files</source>
            <translation>Recordar los talleres cifrados en Talleres recientes</translation>
        </message>
        <message>
            <source>When this is off, an encrypted workshop's name and folder are never written to this computer's settings, so nobody can see there where it is kept.</source>
            <translation>Si esta opción está desactivada, el nombre y la carpeta de un taller cifrado nunca se escriben en la configuración de esta computadora, de modo que nadie puede ver allí dónde se guarda.</translation>
        </message>
        <message>
            <source>Lock after no input for:</source>
            <translation>Bloquear tras una inactividad de:</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Guardar</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>The workshop locks by itself when nobody has used the keyboard or mouse for a while, but never while the kiosk is open for voting. Ctrl+L locks it at once.</source>
            <translation>El taller se bloquea automáticamente cuando nadie ha usado el teclado ni el ratón durante un tiempo, pero nunca mientras el quiosco esté abierto a votación. Ctrl+L lo bloquea de inmediato.</translation>
        </message>
    </context>
    <context>
        <name>ProjectorView</name>
        <message>
            <source>tied</source>
            <translation>empate</translation>
        </message>
        <message>
            <source>Voting results – projector</source>
            <translation>Resultados de la votación – proyector</translation>
        </message>
        <message>
            <source>Esc or double-click to close</source>
            <translation>Esc o doble clic para cerrar</translation>
        </message>
        <message>
            <source>This round is no longer in the workshop.</source>
            <translation>Esta ronda ya no está en el taller.</translation>
        </message>
        <message>
            <source>VOTING OPEN</source>
            <translation>VOTACIÓN ABIERTA</translation>
        </message>
        <message>
            <source>NOT OPEN YET</source>
            <translation>TODAVÍA NO ABIERTA</translation>
        </message>
        <message>
            <source>Results appear when voting closes</source>
            <translation>Los resultados aparecen cuando se cierra la votación</translation>
        </message>
        <message>
            <source>This round has not opened for voting yet</source>
            <translation>Esta ronda todavía no se ha abierto a votación</translation>
        </message>
        <message numerus="yes">
            <source>%n of 1 has voted</source>
            <translation>
                <numerusform>%n de 1 ha votado</numerusform>
                <numerusform>%n de 1 ha votado</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 of %2 have voted</source>
            <translation>%1 de %2 han votado</translation>
        </message>
        <message>
            <source>RESULTS  ·  %1</source>
            <translation>RESULTADOS  ·  %1</translation>
        </message>
        <message>
            <source>+ %1 more</source>
            <translation>+ %1 más</translation>
        </message>
    </context>
    <context>
        <name>Recommendation source</name>
        <message>
            <source>Recommended by {states}</source>
            <translation>Recomendada por {states}</translation>
        </message>
        <message>
            <source>Session {number}</source>
            <translation>Período de sesiones {number}</translation>
        </message>
    </context>
    <context>
        <name>RecommendationDialog</name>
        <message>
            <source>Edit recommendation</source>
            <translation>Editar la recomendación</translation>
        </message>
        <message>
            <source>New recommendation</source>
            <translation>Nueva recomendación</translation>
        </message>
        <message>
            <source>Only the text is required. Separate several States, themes or SDGs with commas, or put one per line.</source>
            <translation>Solo el texto es obligatorio. Separe varios Estados, temas u ODS con comas, o ponga uno por línea.</translation>
        </message>
        <message>
            <source>e.g. 121.4</source>
            <translation>p. ej., 121.4</translation>
        </message>
        <message>
            <source>The recommendation, as the report words it</source>
            <translation>La recomendación, tal como la formula el informe</translation>
        </message>
        <message>
            <source>e.g. Denmark, Czechia</source>
            <translation>p. ej., Dinamarca, Chequia</translation>
        </message>
        <message>
            <source>Goal numbers, e.g. 5, 16</source>
            <translation>Números de los objetivos, p. ej., 5, 16</translation>
        </message>
        <message>
            <source>e.g. 47</source>
            <translation>p. ej., 47</translation>
        </message>
        <message>
            <source>Not given</source>
            <translation>No indicada</translation>
        </message>
        <message>
            <source>minimal action</source>
            <translation>acción mínima</translation>
        </message>
        <message>
            <source>continuing action</source>
            <translation>acción continua</translation>
        </message>
        <message>
            <source>considering action</source>
            <translation>acción en estudio</translation>
        </message>
        <message>
            <source>general action</source>
            <translation>acción general</translation>
        </message>
        <message>
            <source>specific action</source>
            <translation>acción específica</translation>
        </message>
        <message>
            <source>e.g. A/HRC/58/12</source>
            <translation>p. ej., A/HRC/58/12</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>Número</translation>
        </message>
        <message>
            <source>Recommendation</source>
            <translation>Recomendación</translation>
        </message>
        <message>
            <source>Recommending State(s)</source>
            <translation>Estado(s) recomendante(s)</translation>
        </message>
        <message>
            <source>Response</source>
            <translation>Respuesta</translation>
        </message>
        <message>
            <source>Themes</source>
            <translation>Temas</translation>
        </message>
        <message>
            <source>Affected persons</source>
            <translation>Personas afectadas</translation>
        </message>
        <message>
            <source>SDGs</source>
            <translation>ODS</translation>
        </message>
        <message>
            <source>Session</source>
            <translation>Período de sesiones</translation>
        </message>
        <message>
            <source>Action category</source>
            <translation>Categoría de acción</translation>
        </message>
        <message>
            <source>Document symbol</source>
            <translation>Signatura del documento</translation>
        </message>
        <message>
            <source>State under review</source>
            <translation>Estado examinado</translation>
        </message>
        <message>
            <source>Save changes</source>
            <translation>Guardar los cambios</translation>
        </message>
        <message>
            <source>Add recommendation</source>
            <translation>Añadir la recomendación</translation>
        </message>
        <message>
            <source>Write the recommendation's text.</source>
            <translation>Escriba el texto de la recomendación.</translation>
        </message>
        <message>
            <source>“%1” is not an SDG: use goal numbers from 1 to 17.</source>
            <translation>«%1» no es un ODS: use los números de los objetivos, del 1 al 17.</translation>
        </message>
        <message>
            <source>The session is a whole number, e.g. 47.</source>
            <translation>El período de sesiones es un número entero, p. ej., 47.</translation>
        </message>
    </context>
    <context>
        <name>RecommendationModel</name>
        <message>
            <source>Ref.</source>
            <translation>Ref.</translation>
        </message>
        <message>
            <source>Recommendation</source>
            <translation>Recomendación</translation>
        </message>
        <message>
            <source>Recommended by</source>
            <translation>Recomendada por</translation>
        </message>
        <message>
            <source>Response</source>
            <translation>Respuesta</translation>
        </message>
        <message>
            <source>Themes</source>
            <translation>Temas</translation>
        </message>
        <message>
            <source>Session</source>
            <translation>Período de sesiones</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notas</translation>
        </message>
        <message>
            <source>Number of notes on the recommendation</source>
            <translation>Número de notas sobre la recomendación</translation>
        </message>
        <message>
            <source>Recommending State(s). Click to sort; click again to reverse</source>
            <translation>Estado(s) recomendante(s). Haga clic para ordenar; vuelva a hacer clic para invertir</translation>
        </message>
        <message>
            <source>Click to sort; click again to reverse; a third click returns to the default order</source>
            <translation>Haga clic para ordenar; vuelva a hacer clic para invertir; un tercer clic vuelve al orden predeterminado</translation>
        </message>
    </context>
    <context>
        <name>RecommendationPickerDialog</name>
        <message numerus="yes">
            <source>%n chosen</source>
            <translation>
                <numerusform>%n elegida</numerusform>
                <numerusform>%n elegidas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n listed</source>
            <translation>
                <numerusform>%n en la lista</numerusform>
                <numerusform>%n en la lista</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RecommendationTableModel</name>
        <message numerus="yes">
            <source>%n note(s)</source>
            <translation>
                <numerusform>%n nota</numerusform>
                <numerusform>%n notas</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Recommendations</name>
        <message>
            <source>The recommendation has no text.</source>
            <translation>La recomendación no tiene texto.</translation>
        </message>
        <message>
            <source>The action category must be between 1 and 5.</source>
            <translation>La categoría de acción debe estar entre 1 y 5.</translation>
        </message>
        <message>
            <source>The UPR session must be a positive number.</source>
            <translation>El período de sesiones del EPU debe ser un número positivo.</translation>
        </message>
        <message numerus="yes">
            <source>Nothing new: all %n recommendations from {file} are already in the workshop.</source>
            <translation>
                <numerusform>Nada nuevo: la recomendación de {file} (%n) ya está en el taller.</numerusform>
                <numerusform>Nada nuevo: las %n recomendaciones de {file} ya están en el taller.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Read %n recommendation(s) from {file}.</source>
            <translation>
                <numerusform>Se leyó %n recomendación de {file}.</numerusform>
                <numerusform>Se leyeron %n recomendaciones de {file}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n were already in the workshop and were not added again.</source>
            <translation>
                <numerusform>%n ya estaba en el taller y no se volvió a añadir.</numerusform>
                <numerusform>%n ya estaban en el taller y no se volvieron a añadir.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n for other States under review were left out.</source>
            <translation>
                <numerusform>Se omitió %n dirigida a otros Estados examinados.</numerusform>
                <numerusform>Se omitieron %n dirigidas a otros Estados examinados.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>This file holds recommendations to %n States under review ({names}). Choose which State to import, or “All countries”.</source>
            <translation>
                <numerusform>Este archivo contiene recomendaciones dirigidas a %n Estado examinado ({names}). Elija qué Estado importar, o «Todos los países».</numerusform>
                <numerusform>Este archivo contiene recomendaciones dirigidas a %n Estados examinados ({names}). Elija qué Estado importar, o «Todos los países».</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Delete %n recommendation(s)</source>
            <translation>
                <numerusform>Eliminar %n recomendación</numerusform>
                <numerusform>Eliminar %n recomendaciones</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RecoveryKeyDialog</name>
        <message>
            <source>Recovery key</source>
            <translation>Clave de recuperación</translation>
        </message>
        <message>
            <source>UPR Desktop — recovery key</source>
            <translation>UPR Desktop — clave de recuperación</translation>
        </message>
        <message>
            <source>Workshop file: {name}</source>
            <translation>Archivo del taller: {name}</translation>
        </message>
        <message>
            <source>Made on {day}</source>
            <translation>Generada el {day}</translation>
        </message>
        <message>
            <source>This key opens the workshop in place of its passphrase: type it where the passphrase is asked for. Anyone who has it can read the workshop.</source>
            <translation>Esta clave abre el taller en lugar de su frase de contraseña: escríbala donde se pida la frase de contraseña. Cualquier persona que la tenga puede leer el taller.</translation>
        </message>
        <message>
            <source>Keep this sheet in a safe place away from the computer, such as the coalition's safe. Do not photograph it or keep it with the laptop.</source>
            <translation>Guarde esta hoja en un lugar seguro, lejos de la computadora, como la caja fuerte de la coalición. No la fotografíe ni la guarde junto con la computadora portátil.</translation>
        </message>
        <message>
            <source>If the passphrase is changed, this key stops working and a new one is given.</source>
            <translation>Si se cambia la frase de contraseña, esta clave deja de funcionar y se entrega una nueva.</translation>
        </message>
        <message>
            <source>Your new recovery key</source>
            <translation>Su nueva clave de recuperación</translation>
        </message>
        <message>
            <source>Your recovery key</source>
            <translation>Su clave de recuperación</translation>
        </message>
        <message>
            <source>The passphrase was changed, so the old recovery key no longer works. This is the new one: it opens “{name}” if the passphrase is forgotten. It is shown only now: print it, or save it as a PDF and print that, and keep it in a safe place away from this computer.</source>
            <translation>Se cambió la frase de contraseña, por lo que la antigua clave de recuperación ya no funciona. Esta es la nueva: abre «{name}» si se olvida la frase de contraseña. Solo se muestra ahora: imprímala, o guárdela como PDF e imprima ese archivo, y consérvela en un lugar seguro lejos de esta computadora.</translation>
        </message>
        <message>
            <source>This key opens “{name}” if the passphrase is forgotten. It is shown only now: print it, or save it as a PDF and print that, and keep it in a safe place away from this computer.</source>
            <translation>Esta clave abre «{name}» si se olvida la frase de contraseña. Solo se muestra ahora: imprímala, o guárdela como PDF e imprima ese archivo, y consérvela en un lugar seguro, lejos de esta computadora.</translation>
        </message>
        <message>
            <source>Print the recovery key…</source>
            <translation>Imprimir la clave de recuperación…</translation>
        </message>
        <message>
            <source>Save as PDF…</source>
            <translation>Guardar como PDF…</translation>
        </message>
        <message>
            <source>I have stored it safely</source>
            <translation>Ya la guardé en un lugar seguro</translation>
        </message>
        <message>
            <source>Print or save the key first, then click “I have stored it safely”. It can't be shown again.</source>
            <translation>Primero imprima o guarde la clave y luego haga clic en «Ya la guardé en un lugar seguro». No se puede volver a mostrar.</translation>
        </message>
        <message>
            <source>The recovery key could not be printed: {reason}. Save it as a PDF and print that file.</source>
            <translation>No se pudo imprimir la clave de recuperación: {reason}. Guárdela como PDF e imprima ese archivo.</translation>
        </message>
        <message>
            <source>The recovery key was sent to the printer.</source>
            <translation>La clave de recuperación se envió a la impresora.</translation>
        </message>
        <message>
            <source>{name} recovery key.pdf</source>
            <translation>{name} clave de recuperación.pdf</translation>
        </message>
        <message>
            <source>Save the recovery key as PDF</source>
            <translation>Guardar la clave de recuperación como PDF</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>Documentos PDF (*.pdf)</translation>
        </message>
        <message>
            <source>The PDF could not be saved: {reason}</source>
            <translation>No se pudo guardar el PDF: {reason}</translation>
        </message>
        <message>
            <source>Saved to {path}. Print it, store the paper safely, then delete the file.</source>
            <translation>Se guardó en {path}. Imprímalo, guarde el papel en un lugar seguro y luego elimine el archivo.</translation>
        </message>
    </context>
    <context>
        <name>Response</name>
        <message>
            <source>Supported</source>
            <translation>Apoyada</translation>
        </message>
        <message>
            <source>Noted</source>
            <translation>Anotada</translation>
        </message>
        <message>
            <source>Pending</source>
            <translation>Pendiente</translation>
        </message>
        <message>
            <source>Voluntary pledge</source>
            <translation>Compromiso voluntario</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>Desconocida</translation>
        </message>
    </context>
    <context>
        <name>Responses</name>
        <message>
            <source>Response not known</source>
            <translation>Respuesta desconocida</translation>
        </message>
        <message>
            <source>Supported</source>
            <comment>the State's response</comment>
            <translation>Apoyada</translation>
        </message>
        <message>
            <source>Noted</source>
            <comment>the State's response</comment>
            <translation>Anotada</translation>
        </message>
        <message>
            <source>Pending</source>
            <comment>the State's response</comment>
            <translation>Pendiente</translation>
        </message>
        <message>
            <source>Voluntary pledge</source>
            <translation>Compromiso voluntario</translation>
        </message>
    </context>
    <context>
        <name>Result figures</name>
        <message>
            <source>Dots</source>
            <translation>Puntos adhesivos</translation>
        </message>
        <message>
            <source>Share %</source>
            <translation>% del total</translation>
        </message>
        <message>
            <source>Voters</source>
            <translation>Votantes</translation>
        </message>
        <message>
            <source>Points</source>
            <translation>Puntos</translation>
        </message>
        <message>
            <source>Approvals</source>
            <translation>Apoyos</translation>
        </message>
        <message>
            <source>% of ballots</source>
            <translation>% de las papeletas</translation>
        </message>
        <message>
            <source>Sum</source>
            <translation>Suma</translation>
        </message>
        <message>
            <source>Mean</source>
            <translation>Media</translation>
        </message>
        <message>
            <source>Rated by</source>
            <translation>Puntuada por</translation>
        </message>
        <message>
            <source>Borda points</source>
            <translation>Puntos Borda</translation>
        </message>
        <message>
            <source>First choices</source>
            <translation>Primeras opciones</translation>
        </message>
        <message>
            <source>Beatpath wins</source>
            <translation>Victorias por ruta de Schulze</translation>
        </message>
        <message>
            <source>Head-to-head wins</source>
            <translation>Victorias en enfrentamiento directo</translation>
        </message>
        <message>
            <source>Must</source>
            <translation>Must</translation>
        </message>
        <message>
            <source>Should</source>
            <translation>Should</translation>
        </message>
        <message>
            <source>Could</source>
            <translation>Could</translation>
        </message>
        <message>
            <source>Won't</source>
            <translation>Won't</translation>
        </message>
    </context>
    <context>
        <name>Results document</name>
        <message numerus="yes">
            <source>%n dot(s)</source>
            <translation>
                <numerusform>%n punto adhesivo</numerusform>
                <numerusform>%n puntos adhesivos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n point(s)</source>
            <translation>
                <numerusform>%n punto</numerusform>
                <numerusform>%n puntos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n approval(s)</source>
            <translation>
                <numerusform>%n apoyo</numerusform>
                <numerusform>%n apoyos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n Borda point(s)</source>
            <translation>
                <numerusform>%n punto Borda</numerusform>
                <numerusform>%n puntos Borda</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n beatpath win(s)</source>
            <translation>
                <numerusform>%n victoria por ruta de Schulze</numerusform>
                <numerusform>%n victorias por ruta de Schulze</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n MoSCoW point(s)</source>
            <translation>
                <numerusform>%n punto MoSCoW</numerusform>
                <numerusform>%n puntos MoSCoW</numerusform>
            </translation>
        </message>
        <message>
            <source>{names} and {last}</source>
            <comment>a list of names</comment>
            <translation>{names} y {last}</translation>
        </message>
        <message>
            <source>A run-off between them has been set up ({title}) and not yet held.</source>
            <translation>Se ha organizado una segunda vuelta entre ellas ({title}), que aún no se ha celebrado.</translation>
        </message>
        <message>
            <source>A run-off between them ({title}) is open for voting.</source>
            <translation>Hay una segunda vuelta entre ellas ({title}) abierta a votación.</translation>
        </message>
        <message>
            <source>A run-off between them ({title}) was held and closed on {date}</source>
            <translation>Se celebró una segunda vuelta entre ellas ({title}), cerrada el {date}</translation>
        </message>
        <message>
            <source>A run-off between them ({title}) was held</source>
            <translation>Se celebró una segunda vuelta entre ellas ({title})</translation>
        </message>
        <message>
            <source>{held}; no ballots were cast.</source>
            <translation>{held}; no se emitió ninguna papeleta.</translation>
        </message>
        <message>
            <source>{held}; {names} tied again.</source>
            <translation>{held}; {names} volvieron a empatar.</translation>
        </message>
        <message>
            <source>{held}; {names} tied again with {count} each.</source>
            <translation>{held}; {names} volvieron a empatar, con {count} cada una.</translation>
        </message>
        <message>
            <source>{name} ({count})</source>
            <translation>{name} ({count})</translation>
        </message>
        <message>
            <source>{before}, then {after}</source>
            <comment>places in an order</comment>
            <translation>{before}, luego {after}</translation>
        </message>
        <message>
            <source>{held}: {order}.</source>
            <translation>{held}: {order}.</translation>
        </message>
        <message>
            <source>Choose the voting round whose results to print.</source>
            <translation>Elija la ronda de votación cuyos resultados desea imprimir.</translation>
        </message>
        <message>
            <source>“{title}” has not been opened for voting yet, so it has no results to print. Results are printed once the round has been held and closed.</source>
            <translation>«{title}» todavía no se ha abierto a votación, por lo que no tiene resultados que imprimir. Los resultados se imprimen una vez celebrada y cerrada la ronda.</translation>
        </message>
        <message>
            <source>“{title}” is still open for voting. Results are printed once the round closes: close it on the Vote step first.</source>
            <translation>«{title}» sigue abierta a votación. Los resultados se imprimen cuando se cierra la ronda: ciérrela antes en el paso Votación.</translation>
        </message>
        <message>
            <source>No run-off has been held: they stay tied in this result.</source>
            <translation>No se ha celebrado ninguna segunda vuelta: siguen empatadas en este resultado.</translation>
        </message>
        <message>
            <source>No run-off has been held: the order stands as counted.</source>
            <translation>No se ha celebrado ninguna segunda vuelta: el orden se mantiene según el recuento.</translation>
        </message>
        <message>
            <source>{names}: {outcome}</source>
            <translation>{names}: {outcome}</translation>
        </message>
        <message>
            <source>an earlier round</source>
            <translation>una ronda anterior</translation>
        </message>
        <message numerus="yes">
            <source>{voted} of %n organisation(s) voted</source>
            <translation>
                <numerusform>{voted} de %n organización votó</numerusform>
                <numerusform>{voted} de %n organizaciones votaron</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{voted} of %n participant(s) voted</source>
            <translation>
                <numerusform>{voted} de %n participante votó</numerusform>
                <numerusform>{voted} de %n participantes votaron</numerusform>
            </translation>
        </message>
        <message>
            <source>{turnout} ({share}%)</source>
            <translation>{turnout} ({share} %)</translation>
        </message>
        <message>
            <source>Secret: ballots are not linked to anyone</source>
            <translation>Secreta: las papeletas no están vinculadas a nadie</translation>
        </message>
        <message>
            <source>Open: who voted how is recorded, but this report names no one</source>
            <translation>Pública: se registra qué votó cada persona, pero este informe no nombra a nadie</translation>
        </message>
        <message>
            <source>METHOD</source>
            <translation>MÉTODO</translation>
        </message>
        <message>
            <source>BALLOT</source>
            <translation>PAPELETA</translation>
        </message>
        <message>
            <source>VOTERS</source>
            <translation>VOTANTES</translation>
        </message>
        <message>
            <source>One ballot per organisation</source>
            <translation>Una papeleta por organización</translation>
        </message>
        <message>
            <source>Each participant</source>
            <translation>Cada participante</translation>
        </message>
        <message>
            <source>CLOSED</source>
            <translation>CERRADA</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Cerrada</translation>
        </message>
        <message>
            <source>TURNOUT</source>
            <translation>PARTICIPACIÓN</translation>
        </message>
        <message>
            <source>BALLOTS COUNTED</source>
            <translation>PAPELETAS CONTADAS</translation>
        </message>
        <message>
            <source>RUN-OFF OF</source>
            <translation>SEGUNDA VUELTA DE</translation>
        </message>
        <message>
            <source>No ballots were cast in this round.</source>
            <translation>No se emitió ninguna papeleta en esta ronda.</translation>
        </message>
        <message>
            <source>{names} share first place: none of them beats another.</source>
            <translation>{names} comparten el primer puesto: ninguna supera a otra.</translation>
        </message>
        <message>
            <source>{names} are tied for first place with {count} each.</source>
            <translation>{names} empatan en el primer puesto, con {count} cada una.</translation>
        </message>
        <message>
            <source>{name} came first with {count}.</source>
            <translation>{name} quedó en primer puesto, con {count}.</translation>
        </message>
        <message>
            <source>{names} share second place.</source>
            <translation>{names} comparten el segundo puesto.</translation>
        </message>
        <message>
            <source>{names} share second place with {count} each.</source>
            <translation>{names} comparten el segundo puesto, con {count} cada una.</translation>
        </message>
        <message>
            <source>{name} came second with {count}.</source>
            <translation>{name} quedó en segundo puesto, con {count}.</translation>
        </message>
        <message>
            <source>Rank</source>
            <translation>Puesto</translation>
        </message>
        <message>
            <source>Ties and close calls</source>
            <translation>Empates y resultados ajustados</translation>
        </message>
        <message>
            <source>UPR Desktop applies no tie-break: candidates with the same figure share a rank (shown as =5), and results within {margin} of each other among the top places are reported as close calls. The room decides what to do about them, usually with a run-off between just those candidates.</source>
            <translation>UPR Desktop no aplica ningún criterio de desempate: las opciones con la misma cifra comparten un puesto (indicado como =5), y los resultados que entre los primeros puestos difieren en menos de {margin} se señalan como resultados ajustados. La sala decide qué hacer con ellos, normalmente mediante una segunda vuelta solo entre esas opciones.</translation>
        </message>
        <message>
            <source>There are no ties and no close calls: every place at the top of the table was decided by more than {margin}.</source>
            <translation>No hay empates ni resultados ajustados: cada puesto de la parte superior de la tabla se decidió por más de {margin}.</translation>
        </message>
        <message>
            <source>Run-offs of this round</source>
            <translation>Segundas vueltas de esta ronda</translation>
        </message>
        <message>
            <source>RESULTS OF A VOTE</source>
            <translation>RESULTADOS DE UNA VOTACIÓN</translation>
        </message>
        <message>
            <source>Beatpath wins of the top {number}</source>
            <translation>Victorias por ruta de Schulze de las {number} primeras</translation>
        </message>
        <message>
            <source>Beatpath wins per recommendation, in rank order</source>
            <translation>Victorias por ruta de Schulze por recomendación, por orden de clasificación</translation>
        </message>
        <message>
            <source>Top {number} by {figure}</source>
            <translation>Las {number} primeras por {figure}</translation>
        </message>
        <message>
            <source>{figure} per recommendation</source>
            <translation>{figure} por recomendación</translation>
        </message>
        <message>
            <source>Amber bars share their rank with another recommendation (a tie).</source>
            <translation>Las barras ámbar comparten su puesto con otra recomendación (empate).</translation>
        </message>
        <message numerus="yes">
            <source>Not shown: %n recommendation(s) with no {figure}.</source>
            <translation>
                <numerusform>No se muestra: %n recomendación sin {figure}.</numerusform>
                <numerusform>No se muestran: %n recomendaciones sin {figure}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n recommendation(s), ranked by the Schulze method, as the rule above says.</source>
            <translation>
                <numerusform>%n recomendación, clasificada por el método de Schulze, según la regla anterior.</numerusform>
                <numerusform>%n recomendaciones, clasificadas por el método de Schulze, según la regla anterior.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n recommendation(s), ranked by {figure}.</source>
            <translation>
                <numerusform>%n recomendación, clasificada por {figure}.</numerusform>
                <numerusform>%n recomendaciones, clasificadas por {figure}.</numerusform>
            </translation>
        </message>
        <message>
            <source>Full ranking</source>
            <translation>Clasificación completa</translation>
        </message>
        <message>
            <source>A rank with = is shared with another recommendation.</source>
            <translation>Un puesto con = es compartido con otra recomendación.</translation>
        </message>
        <message>
            <source>This report names no voter.</source>
            <translation>Este informe no nombra a ningún votante.</translation>
        </message>
        <message>
            <source>The ballots of this round were secret.</source>
            <translation>La votación de esta ronda fue secreta.</translation>
        </message>
        <message>
            <source>Printed {date} by UPR Desktop.</source>
            <translation>Impreso el {date} por UPR Desktop.</translation>
        </message>
        <message>
            <source>Results: {round}</source>
            <translation>Resultados: {round}</translation>
        </message>
        <message>
            <source>Closed {moment}</source>
            <translation>Cerrada el {moment}</translation>
        </message>
        <message>
            <source>Results of a vote</source>
            <translation>Resultados de una votación</translation>
        </message>
        <message>
            <source>dots</source>
            <comment>ranked by</comment>
            <translation>puntos adhesivos</translation>
        </message>
        <message>
            <source>points</source>
            <comment>ranked by</comment>
            <translation>puntos</translation>
        </message>
        <message>
            <source>approvals</source>
            <comment>ranked by</comment>
            <translation>apoyos</translation>
        </message>
        <message>
            <source>sum of scores</source>
            <comment>ranked by</comment>
            <translation>suma de puntuaciones</translation>
        </message>
        <message>
            <source>Borda points</source>
            <comment>ranked by</comment>
            <translation>puntos Borda</translation>
        </message>
        <message>
            <source>beatpath wins</source>
            <comment>ranked by</comment>
            <translation>victorias por ruta de Schulze</translation>
        </message>
        <message>
            <source>MoSCoW points</source>
            <comment>ranked by</comment>
            <translation>puntos MoSCoW</translation>
        </message>
        <message>
            <source>No ties or close calls.</source>
            <translation>No hay empates ni resultados ajustados.</translation>
        </message>
    </context>
    <context>
        <name>Results export</name>
        <message>
            <source>Round</source>
            <translation>Ronda</translation>
        </message>
        <message>
            <source>Method</source>
            <translation>Método</translation>
        </message>
        <message>
            <source>Ballot</source>
            <translation>Papeleta</translation>
        </message>
        <message>
            <source>Open: who voted how is recorded</source>
            <translation>Pública: se registra qué votó cada persona</translation>
        </message>
        <message>
            <source>Voters</source>
            <translation>Votantes</translation>
        </message>
        <message>
            <source>Turnout</source>
            <translation>Participación</translation>
        </message>
        <message>
            <source>Ballots counted</source>
            <translation>Papeletas contadas</translation>
        </message>
        <message>
            <source>Tied</source>
            <translation>Empate</translation>
        </message>
        <message>
            <source>tied</source>
            <translation>empate</translation>
        </message>
        <message>
            <source>How</source>
            <translation>Cómo</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Nota</translation>
        </message>
        <message>
            <source>Voter</source>
            <translation>Votante</translation>
        </message>
        <message>
            <source>Cast at</source>
            <translation>Emitida el</translation>
        </message>
        <message>
            <source>Blank ballot (abstention)</source>
            <translation>Papeleta en blanco (abstención)</translation>
        </message>
    </context>
    <context>
        <name>Results sources</name>
        <message>
            <source>No ballots</source>
            <translation>Sin papeletas</translation>
        </message>
        <message numerus="yes">
            <source>%n ballot(s): {kiosk} at the laptop, {paper} on paper</source>
            <translation>
                <numerusform>%n papeleta: {kiosk} en la computadora, {paper} en papel</numerusform>
                <numerusform>%n papeletas: {kiosk} en la computadora, {paper} en papel</numerusform>
            </translation>
        </message>
        <message>
            <source>1 ballot, on paper</source>
            <translation>1 papeleta, en papel</translation>
        </message>
        <message numerus="yes">
            <source>%n ballots, all on paper</source>
            <translation>
                <numerusform>%n papeleta, en papel</numerusform>
                <numerusform>%n papeletas, todas en papel</numerusform>
            </translation>
        </message>
        <message>
            <source>1 ballot, at the laptop</source>
            <translation>1 papeleta, en la computadora</translation>
        </message>
        <message numerus="yes">
            <source>%n ballots, all at the laptop</source>
            <translation>
                <numerusform>%n papeleta, en la computadora</numerusform>
                <numerusform>%n papeletas, todas en la computadora</numerusform>
            </translation>
        </message>
        <message>
            <source>1 person</source>
            <translation>1 persona</translation>
        </message>
        <message numerus="yes">
            <source>%n people</source>
            <translation>
                <numerusform>%n persona</numerusform>
                <numerusform>%n personas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>wall chart: %n dot(s) from {people}</source>
            <translation>
                <numerusform>papelógrafo: %n punto adhesivo de {people}</numerusform>
                <numerusform>papelógrafo: %n puntos adhesivos de {people}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>wall chart: %n point(s) from {people}</source>
            <translation>
                <numerusform>papelógrafo: %n punto de {people}</numerusform>
                <numerusform>papelógrafo: %n puntos de {people}</numerusform>
            </translation>
        </message>
        <message>
            <source>{ballots}; {wall_chart}</source>
            <translation>{ballots}; {wall_chart}</translation>
        </message>
    </context>
    <context>
        <name>ResultsPage</name>
        <message>
            <source>Results</source>
            <translation>Resultados</translation>
        </message>
        <message>
            <source>A round's results show once it closes.</source>
            <translation>Los resultados de una ronda se muestran cuando se cierra.</translation>
        </message>
        <message>
            <source>Voting round</source>
            <translation>Ronda de votación</translation>
        </message>
        <message>
            <source>Round</source>
            <translation>Ronda</translation>
        </message>
        <message>
            <source>Export results…</source>
            <translation>Exportar los resultados…</translation>
        </message>
        <message>
            <source>Save this round's results as an Excel workbook or a CSV file</source>
            <translation>Guardar los resultados de esta ronda como libro de Excel o archivo CSV</translation>
        </message>
        <message>
            <source>Show on projector</source>
            <translation>Mostrar en el proyector</translation>
        </message>
        <message>
            <source>Full screen on the second screen: the turnout while voting is open, the results once it closes</source>
            <translation>Pantalla completa en la segunda pantalla: la participación mientras la votación está abierta, los resultados cuando se cierra</translation>
        </message>
        <message>
            <source>No voting rounds yet.
Choose recommendations on the Review step, then set up a round on the Vote step. Its results show here once it closes.</source>
            <translation>Todavía no hay rondas de votación.
Elija recomendaciones en el paso Examen y luego prepare una ronda en el paso Votación. Sus resultados se mostrarán aquí cuando se cierre.</translation>
        </message>
        <message>
            <source>Go to the Vote step</source>
            <translation>Ir al paso Votación</translation>
        </message>
        <message>
            <source>TIES AND CLOSE CALLS</source>
            <translation>EMPATES Y RESULTADOS AJUSTADOS</translation>
        </message>
        <message>
            <source>draft</source>
            <translation>borrador</translation>
        </message>
        <message>
            <source>open for voting</source>
            <translation>abierta a votación</translation>
        </message>
        <message>
            <source>closed</source>
            <translation>cerrada</translation>
        </message>
        <message>
            <source>OPEN FOR VOTING</source>
            <translation>ABIERTA A VOTACIÓN</translation>
        </message>
        <message>
            <source>Results appear here when the round closes: nobody sees any figure while people are still voting. Close the round on the Vote step once everyone has voted.</source>
            <translation>Los resultados aparecen aquí cuando se cierra la ronda: nadie ve ninguna cifra mientras se sigue votando. Cierre la ronda en el paso Votación cuando todos hayan votado.</translation>
        </message>
        <message>
            <source>DRAFT</source>
            <translation>BORRADOR</translation>
        </message>
        <message>
            <source>This round has not opened for voting yet. Open it on the Vote step; its results show here once it closes.</source>
            <translation>Esta ronda todavía no se ha abierto a votación. Ábrala en el paso Votación; sus resultados se mostrarán aquí cuando se cierre.</translation>
        </message>
        <message numerus="yes">
            <source>%n of 1 has voted</source>
            <translation>
                <numerusform>%n de 1 ha votado</numerusform>
                <numerusform>%n de 1 ha votado</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 of %2 have voted</source>
            <translation>%1 de %2 han votado</translation>
        </message>
        <message>
            <source>Closed %1</source>
            <translation>Cerrada el %1</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Cerrada</translation>
        </message>
        <message>
            <source>secret ballot</source>
            <translation>votación secreta</translation>
        </message>
        <message>
            <source>open ballot: who voted how is recorded</source>
            <translation>votación pública: se registra qué votó cada persona</translation>
        </message>
        <message>
            <source>one ballot per organisation</source>
            <translation>una papeleta por organización</translation>
        </message>
        <message>
            <source>run-off of “%1”</source>
            <translation>segunda vuelta de «%1»</translation>
        </message>
        <message>
            <source>a run-off</source>
            <translation>una segunda vuelta</translation>
        </message>
        <message>
            <source>Turnout: %1. %2.</source>
            <translation>Participación: %1. %2.</translation>
        </message>
        <message>
            <source>%1 OF THE TOP %2, IN RANK ORDER</source>
            <translation>%1 DE LOS %2 PRIMEROS, POR ORDEN DE CLASIFICACIÓN</translation>
        </message>
        <message>
            <source>%1, IN RANK ORDER</source>
            <translation>%1, POR ORDEN DE CLASIFICACIÓN</translation>
        </message>
        <message>
            <source>TOP %1 BY %2</source>
            <translation>LOS %1 PRIMEROS POR %2</translation>
        </message>
        <message>
            <source>BY %1</source>
            <translation>POR %1</translation>
        </message>
        <message>
            <source>Open the run-off</source>
            <translation>Abrir la segunda vuelta</translation>
        </message>
        <message>
            <source>A run-off between these candidates exists: show it on the Vote step</source>
            <translation>Existe una segunda vuelta entre estas opciones: mostrarla en el paso Votación</translation>
        </message>
        <message>
            <source>Create a run-off between %1</source>
            <translation>Crear una segunda vuelta entre %1</translation>
        </message>
        <message numerus="yes">
            <source>Create a run-off between these %n</source>
            <translation>
                <numerusform>Crear una segunda vuelta con esta opción (%n)</numerusform>
                <numerusform>Crear una segunda vuelta entre estas %n</numerusform>
            </translation>
        </message>
        <message>
            <source>A new draft round between %1 only, with the same method and secrecy. Undo with Ctrl+Z.</source>
            <translation>Una nueva ronda en borrador solo entre %1, con el mismo método y el mismo carácter secreto. Para deshacer, pulse Ctrl+Z.</translation>
        </message>
        <message>
            <source>Show fewer</source>
            <translation>Mostrar menos</translation>
        </message>
        <message>
            <source>Show %1 more</source>
            <translation>Mostrar %1 más</translation>
        </message>
        <message>
            <source>Create a run-off</source>
            <translation>Crear una segunda vuelta</translation>
        </message>
        <message>
            <source>Run-off created as a draft round. Open it for voting on the Vote step. Undo with Ctrl+Z.</source>
            <translation>Segunda vuelta creada como ronda en borrador. Ábrala a votación en el paso Votación. Para deshacer, pulse Ctrl+Z.</translation>
        </message>
        <message>
            <source>Results – %1</source>
            <translation>Resultados – %1</translation>
        </message>
        <message>
            <source>Export results</source>
            <translation>Exportar los resultados</translation>
        </message>
        <message>
            <source>Results saved to %1</source>
            <translation>Resultados guardados en %1</translation>
        </message>
        <message>
            <source>The projector shows “%1”. Press Esc or double-click it to close it.</source>
            <translation>El proyector muestra «%1». Pulse Esc o haga doble clic en él para cerrarlo.</translation>
        </message>
    </context>
    <context>
        <name>ResultsTableModel</name>
        <message>
            <source>Rank</source>
            <translation>Puesto</translation>
        </message>
        <message>
            <source>Reference</source>
            <translation>Referencia</translation>
        </message>
        <message>
            <source>Recommendation</source>
            <translation>Recomendación</translation>
        </message>
        <message>
            <source>“=3” means the candidate shares 3rd place: no tie-break is applied.</source>
            <translation>«=3» significa que la opción comparte el tercer puesto: no se aplica ningún desempate.</translation>
        </message>
        <message>
            <source>Tied for %1 place</source>
            <translation>Empate en el puesto %1</translation>
        </message>
    </context>
    <context>
        <name>ReviewPage</name>
        <message>
            <source>Review the recommendations</source>
            <translation>Examinar las recomendaciones</translation>
        </message>
        <message>
            <source>New recommendation</source>
            <translation>Nueva recomendación</translation>
        </message>
        <message>
            <source>Add a recommendation by hand (Ctrl+Shift+N)</source>
            <translation>Añadir una recomendación a mano (Ctrl+Mayús+N)</translation>
        </message>
        <message>
            <source>Edit</source>
            <translation>Editar</translation>
        </message>
        <message>
            <source>Edit the selected recommendation (Enter)</source>
            <translation>Editar la recomendación seleccionada (Intro)</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Eliminar</translation>
        </message>
        <message>
            <source>Delete the selected recommendations (Del)</source>
            <translation>Eliminar las recomendaciones seleccionadas (Supr)</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>Exportar…</translation>
        </message>
        <message>
            <source>Export the list</source>
            <translation>Exportar la lista</translation>
        </message>
        <message>
            <source>Save the recommendations listed here, with this search and these filters, as Excel or CSV</source>
            <translation>Guardar las recomendaciones que figuran aquí, con esta búsqueda y estos filtros, como Excel o CSV</translation>
        </message>
        <message>
            <source>Recommendations</source>
            <translation>Recomendaciones</translation>
        </message>
        <message>
            <source>All States under review</source>
            <translation>Todos los Estados examinados</translation>
        </message>
        <message>
            <source>UPR cycle %1</source>
            <translation>Ciclo %1 del EPU</translation>
        </message>
        <message numerus="yes">
            <source>%Ln recommendation(s)</source>
            <translation>
                <numerusform>%Ln recomendación</numerusform>
                <numerusform>%Ln recomendaciones</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n supported</source>
            <translation>
                <numerusform>%n apoyada</numerusform>
                <numerusform>%n apoyadas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n noted</source>
            <translation>
                <numerusform>%n anotada</numerusform>
                <numerusform>%n anotadas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Delete %n recommendation(s)? Their notes are deleted with them. You can undo this with Ctrl+Z.</source>
            <translation>
                <numerusform>¿Desea eliminar %n recomendación? Sus notas se eliminarán con ella. Puede deshacerlo con Ctrl+Z.</numerusform>
                <numerusform>¿Desea eliminar %n recomendaciones? Sus notas se eliminarán con ellas. Puede deshacerlo con Ctrl+Z.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Saved %n recommendation(s) to {path}</source>
            <translation>
                <numerusform>Se guardó %n recomendación en {path}</numerusform>
                <numerusform>Se guardaron %n recomendaciones en {path}</numerusform>
            </translation>
        </message>
        <message>
            <source>best matches first</source>
            <translation>las más pertinentes primero</translation>
        </message>
        <message>
            <source>too many matches to rank: in file order</source>
            <translation>demasiados resultados para clasificarlos: en el orden del archivo</translation>
        </message>
        <message>
            <source>This workshop has no recommendations yet.
Import the country's recommendations from a UPR Info, UHRI or OHCHR file, or add them by hand.</source>
            <translation>Este taller todavía no tiene recomendaciones.
Importe las recomendaciones del país desde un archivo de UPR Info, UHRI o el ACNUDH, o añádalas a mano.</translation>
        </message>
        <message>
            <source>Add one by hand</source>
            <translation>Añadir una a mano</translation>
        </message>
        <message>
            <source>Import recommendations…</source>
            <translation>Importar recomendaciones…</translation>
        </message>
        <message>
            <source>No recommendations match — clear the filters to see all %1.</source>
            <translation>Ninguna recomendación coincide: borre los filtros para ver las %1.</translation>
        </message>
        <message>
            <source>Clear filters</source>
            <translation>Borrar los filtros</translation>
        </message>
        <message>
            <source>Recommendation added. Undo with Ctrl+Z.</source>
            <translation>Recomendación añadida. Para deshacer, pulse Ctrl+Z.</translation>
        </message>
        <message>
            <source>Recommendation added. The current search or filters hide it.</source>
            <translation>Recomendación añadida. La búsqueda o los filtros actuales la ocultan.</translation>
        </message>
        <message>
            <source>Recommendation saved.</source>
            <translation>Recomendación guardada.</translation>
        </message>
        <message>
            <source>this recommendation</source>
            <translation>esta recomendación</translation>
        </message>
        <message>
            <source>Delete %1? Its notes are deleted with it. You can undo this with Ctrl+Z.</source>
            <translation>¿Eliminar %1? Sus notas se eliminan con ella. Puede deshacerlo con Ctrl+Z.</translation>
        </message>
        <message>
            <source>The charter's priorities %1 cite it; they will no longer do so.</source>
            <translation>Las prioridades %1 de la carta la citan; dejarán de hacerlo.</translation>
        </message>
        <message>
            <source>Delete recommendations</source>
            <translation>Eliminar recomendaciones</translation>
        </message>
        <message>
            <source>Recommendation deleted. Undo with Ctrl+Z.</source>
            <translation>Recomendación eliminada. Para deshacer, pulse Ctrl+Z.</translation>
        </message>
        <message numerus="yes">
            <source>%n recommendations deleted. Undo with Ctrl+Z.</source>
            <translation>
                <numerusform>Se eliminó %n recomendación. Para deshacer, pulse Ctrl+Z.</numerusform>
                <numerusform>Se eliminaron %n recomendaciones. Para deshacer, pulse Ctrl+Z.</numerusform>
            </translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx);;CSV files (*.csv)</source>
            <translation>Libros de Excel (*.xlsx);;Archivos CSV (*.csv)</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Editar…</translation>
        </message>
        <message>
            <source>Add a note</source>
            <translation>Añadir una nota</translation>
        </message>
        <message>
            <source>Delete…</source>
            <translation>Eliminar…</translation>
        </message>
    </context>
    <context>
        <name>RoundDialog</name>
        <message>
            <source>Edit voting round</source>
            <translation>Editar la ronda de votación</translation>
        </message>
        <message>
            <source>New voting round</source>
            <translation>Nueva ronda de votación</translation>
        </message>
        <message>
            <source>e.g. Our five priorities for the next four years</source>
            <translation>p. ej., Nuestras cinco prioridades para los próximos cuatro años</translation>
        </message>
        <message>
            <source>Keep its %1 candidates</source>
            <translation>Mantener sus %1 opciones</translation>
        </message>
        <message>
            <source>Selected recommendations (%1)</source>
            <translation>Recomendaciones seleccionadas (%1)</translation>
        </message>
        <message>
            <source>Selected recommendations (none selected on the Review page)</source>
            <translation>Recomendaciones seleccionadas (ninguna seleccionada en la página Examen)</translation>
        </message>
        <message>
            <source>All %1 shown by the current filter</source>
            <translation>Las %1 que muestra el filtro actual</translation>
        </message>
        <message>
            <source>All %1 recommendations (no filter is set on the Review page)</source>
            <translation>Las %1 recomendaciones (no hay ningún filtro en la página Examen)</translation>
        </message>
        <message>
            <source>To vote on some recommendations, pick them on the Review page: select them there (Ctrl+click or Shift+click picks several), or search and filter the list, then come back to create the round.</source>
            <translation>Para votar sobre algunas recomendaciones, elíjalas en la página Examen: selecciónelas allí (Ctrl+clic o Mayús+clic para elegir varias), o busque y filtre la lista, y luego vuelva para crear la ronda.</translation>
        </message>
        <message>
            <source>Go to Review</source>
            <translation>Ir a Examen</translation>
        </message>
        <message>
            <source>Limit what one candidate can get, to at most</source>
            <translation>Limitar lo que puede obtener una opción a un máximo de</translation>
        </message>
        <message>
            <source>Secret ballot: no one can see who voted for what</source>
            <translation>Votación secreta: nadie puede ver qué votó cada persona</translation>
        </message>
        <message>
            <source>Open ballot: who voted for what is kept, to show once closed</source>
            <translation>Votación pública: se conserva qué votó cada persona, para mostrarlo una vez cerrada la ronda</translation>
        </message>
        <message>
            <source>Voters pick their name at the laptop</source>
            <translation>Los votantes eligen su nombre en la computadora</translation>
        </message>
        <message>
            <source>Anonymous ballot codes: each person takes a printed code at random</source>
            <translation>Códigos de votación anónimos: cada persona toma al azar un código impreso</translation>
        </message>
        <message>
            <source>One per participant plus about 10% spare, for slips lost or spoilt.</source>
            <translation>Uno por participante más un 10 % de reserva, para las tarjetas perdidas o estropeadas.</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Título</translation>
        </message>
        <message>
            <source>Candidates</source>
            <translation>Opciones</translation>
        </message>
        <message>
            <source>Method</source>
            <translation>Método</translation>
        </message>
        <message>
            <source>Ballot</source>
            <translation>Papeleta</translation>
        </message>
        <message>
            <source>Who votes</source>
            <translation>Quién vota</translation>
        </message>
        <message>
            <source>Save changes</source>
            <translation>Guardar los cambios</translation>
        </message>
        <message>
            <source>Create round</source>
            <translation>Crear la ronda</translation>
        </message>
        <message numerus="yes">
            <source>%n code(s)</source>
            <comment>the number of ballot codes to make, shown in a spin box</comment>
            <translation>
                <numerusform>%n código</numerusform>
                <numerusform>%n códigos</numerusform>
            </translation>
        </message>
        <message>
            <source>Dots per person</source>
            <translation>Puntos adhesivos por persona</translation>
        </message>
        <message>
            <source>Rule of thumb: a third of the %1 candidates, %2.</source>
            <translation>Regla práctica: un tercio de las %1 opciones, %2.</translation>
        </message>
        <message>
            <source>Points per person</source>
            <translation>Puntos por persona</translation>
        </message>
        <message>
            <source>Usually %1.</source>
            <translation>Normalmente %1.</translation>
        </message>
        <message>
            <source>The strongest secrecy: the workshop file never learns who held which code, so nothing on this laptop ties a ballot to a person, even if a specialist examines its disk. The codes are shown once, when the round opens: print the slips then, cut them up, let people take one at random. Tick attendance on paper or with Attendance… on the Vote step, before or after the vote, never as people vote.</source>
            <translation>El máximo secreto: el archivo del taller nunca registra quién tenía cada código, por lo que nada en esta computadora vincula una papeleta con una persona, ni siquiera si un especialista examina su disco. Los códigos se muestran una sola vez, al abrir la ronda: imprima entonces las tarjetas, recórtelas y deje que cada persona tome una al azar. Registre la asistencia en papel o con «Asistencia…» en el paso Votación, antes o después de la votación, nunca mientras se vota.</translation>
        </message>
        <message>
            <source>With one ballot per organisation, voters pick their name. Someone who opens the workshop file with this app or with SQLite can't see who cast which ballot, nor in what order. This does not hold against a specialist who recovers old data from the laptop's disk: for that, use anonymous ballot codes with one ballot per person.</source>
            <translation>Con una papeleta por organización, los votantes eligen su nombre. Quien abra el archivo del taller con esta aplicación o con SQLite no puede ver quién emitió cada papeleta ni en qué orden. Esta protección no es eficaz frente a un especialista que recupere datos antiguos del disco de la computadora: en ese caso, use códigos de votación anónimos con una papeleta por persona.</translation>
        </message>
        <message>
            <source>Convenient. Someone who opens the workshop file with this app or with SQLite can't see who cast which ballot, nor in what order. It does not hold against a specialist who recovers old data from the laptop's disk: where that is a risk, use anonymous ballot codes.</source>
            <translation>Práctico. Quien abra el archivo del taller con esta aplicación o con SQLite no puede ver quién emitió cada papeleta ni en qué orden. Esta protección no es eficaz frente a un especialista que recupere datos antiguos del disco de la computadora: cuando exista ese riesgo, use códigos de votación anónimos.</translation>
        </message>
        <message>
            <source>Choose the candidates: the selected recommendations, or all those shown on the Review page.</source>
            <translation>Elija las opciones: las recomendaciones seleccionadas, o todas las que se muestran en la página Examen.</translation>
        </message>
    </context>
    <context>
        <name>SetPassphraseDialog</name>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
    </context>
    <context>
        <name>Signature page</name>
        <message>
            <source>Organisation</source>
            <translation>Organización</translation>
        </message>
        <message>
            <source>Representative</source>
            <translation>Representante</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Cargo</translation>
        </message>
        <message>
            <source>Signature</source>
            <translation>Firma</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>N.º</translation>
        </message>
        <message>
            <source>The organisations below adopted this charter.</source>
            <translation>Las organizaciones que figuran a continuación adoptaron esta carta.</translation>
        </message>
        <message>
            <source>The organisations below endorse this charter.</source>
            <translation>Las organizaciones que figuran a continuación se adhieren a esta carta.</translation>
        </message>
    </context>
    <context>
        <name>Spreadsheet export</name>
        <message>
            <source>Themes</source>
            <translation>Temas</translation>
        </message>
        <message>
            <source>About</source>
            <translation>Acerca de</translation>
        </message>
        <message>
            <source>Workshop</source>
            <translation>Taller</translation>
        </message>
        <message>
            <source>Generated</source>
            <translation>Generado</translation>
        </message>
        <message>
            <source>{moment} by UPR Desktop</source>
            <translation>{moment} por UPR Desktop</translation>
        </message>
        <message>
            <source>Rows</source>
            <translation>Filas</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Buscar</translation>
        </message>
        <message>
            <source>Implementation matrix</source>
            <translation>Matriz de aplicación</translation>
        </message>
        <message>
            <source>Priority no.</source>
            <translation>N.º de prioridad</translation>
        </message>
        <message>
            <source>Priority</source>
            <translation>Prioridad</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Grado de aplicación</translation>
        </message>
        <message>
            <source>Recommendation reference</source>
            <translation>Referencia de la recomendación</translation>
        </message>
        <message>
            <source>Recommendation text</source>
            <translation>Texto de la recomendación</translation>
        </message>
        <message>
            <source>Charter</source>
            <translation>Carta</translation>
        </message>
        <message>
            <source>Draft</source>
            <translation>Borrador</translation>
        </message>
        <message>
            <source>Dates</source>
            <translation>Fechas</translation>
        </message>
        <message numerus="yes">
            <source>%n row(s): one per priority and recommendation it cites</source>
            <translation>
                <numerusform>%n fila: una por prioridad y recomendación que cita</numerusform>
                <numerusform>%n filas: una por prioridad y recomendación que cita</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Stakeholder submission</name>
        <message>
            <source>the State</source>
            <translation>el Estado</translation>
        </message>
        <message>
            <source>Joint stakeholder submission on {country} for the next Universal Periodic Review</source>
            <translation>Contribución conjunta de partes interesadas sobre {country} para el próximo Examen Periódico Universal</translation>
        </message>
        <message>
            <source>Stakeholder submission on {country} for the next Universal Periodic Review</source>
            <translation>Contribución de partes interesadas sobre {country} para el próximo Examen Periódico Universal</translation>
        </message>
        <message>
            <source>Introduction and methodology</source>
            <translation>Introducción y metodología</translation>
        </message>
        <message>
            <source>This submission follows up the recommendations {country} received at its last review ({review}) and the priorities civil society set at the {workshop}.</source>
            <translation>La presente contribución da seguimiento a las recomendaciones que {country} recibió en su último examen ({review}) y a las prioridades que la sociedad civil estableció en el {workshop}.</translation>
        </message>
        <message>
            <source>the previous cycle</source>
            <translation>el ciclo anterior</translation>
        </message>
        <message>
            <source>workshop</source>
            <translation>taller</translation>
        </message>
        <message>
            <source>Follow-up of the priorities</source>
            <translation>Seguimiento de las prioridades</translation>
        </message>
        <message>
            <source>The charter has no priorities yet.</source>
            <translation>La carta todavía no tiene prioridades.</translation>
        </message>
        <message>
            <source>Recommendations for the next review</source>
            <translation>Recomendaciones para el próximo examen</translation>
        </message>
        <message>
            <source>Word count: {count} of {cap} (joint submission, annexes not counted).</source>
            <translation>Número de palabras: {count} de {cap} (contribución conjunta, sin contar los anexos).</translation>
        </message>
        <message>
            <source>Word count: {count} of {cap} (one organisation, annexes not counted).</source>
            <translation>Número de palabras: {count} de {cap} (una sola organización, sin contar los anexos).</translation>
        </message>
        <message>
            <source>Annex: assessment matrix</source>
            <translation>Anexo: matriz de evaluación</translation>
        </message>
        <message>
            <source>Current status</source>
            <translation>Situación actual</translation>
        </message>
        <message>
            <source>Assessed on</source>
            <translation>Evaluada el</translation>
        </message>
        <message>
            <source>By</source>
            <translation>Evaluada por</translation>
        </message>
    </context>
    <context>
        <name>StartScreen</name>
        <message>
            <source>Today, {time}</source>
            <translation>Hoy, {time}</translation>
        </message>
        <message>
            <source>Yesterday, {time}</source>
            <translation>Ayer, {time}</translation>
        </message>
        <message>
            <source>UPR Desktop</source>
            <translation>UPR Desktop</translation>
        </message>
        <message>
            <source>Run a UPR follow-up workshop offline: review recommendations, cluster, vote, and sign an outcome charter.</source>
            <translation>Organice sin conexión un taller de seguimiento del EPU: examine las recomendaciones, agrúpelas por temas, vote y firme una carta final.</translation>
        </message>
        <message>
            <source>Open the demo workshop</source>
            <translation>Abrir el taller de demostración</translation>
        </message>
        <message>
            <source>Explore with illustrative recommendations. It stays as you leave it.</source>
            <translation>Explore con recomendaciones ilustrativas. Se conserva tal como lo deje.</translation>
        </message>
        <message>
            <source>New workshop…</source>
            <translation>Nuevo taller…</translation>
        </message>
        <message>
            <source>Start an empty workshop file, then import the country's recommendations.</source>
            <translation>Cree un archivo de taller vacío y luego importe las recomendaciones del país.</translation>
        </message>
        <message>
            <source>Open a workshop…</source>
            <translation>Abrir un taller…</translation>
        </message>
        <message>
            <source>Continue a workshop saved on this laptop or a USB stick (.uprw).</source>
            <translation>Continúe un taller guardado en esta computadora o en una memoria USB (.uprw).</translation>
        </message>
        <message>
            <source>Start the demo afresh…</source>
            <translation>Reiniciar la demostración…</translation>
        </message>
        <message>
            <source>Replace the demo workshop with a fresh copy</source>
            <translation>Sustituir el taller de demostración por una copia nueva</translation>
        </message>
        <message>
            <source>START</source>
            <translation>INICIO</translation>
        </message>
        <message>
            <source>RECENT WORKSHOPS</source>
            <translation>TALLERES RECIENTES</translation>
        </message>
        <message>
            <source>Recent workshops</source>
            <translation>Talleres recientes</translation>
        </message>
        <message>
            <source>Workshops you open or create will be listed here.</source>
            <translation>Aquí aparecerán los talleres que abra o cree.</translation>
        </message>
        <message>
            <source>Drop a .uprw workshop or a recommendations file (CSV, XLS/XLSX, DOCX, JSON) here</source>
            <translation>Suelte aquí un taller .uprw o un archivo de recomendaciones (CSV, XLS/XLSX, DOCX, JSON)</translation>
        </message>
        <message>
            <source>About UPR Desktop %1</source>
            <translation>Acerca de UPR Desktop %1</translation>
        </message>
        <message>
            <source>The version, where settings and backups are kept, and the licences</source>
            <translation>La versión, dónde se guardan la configuración y las copias de seguridad, y las licencias</translation>
        </message>
        <message>
            <source>Choose the language of the interface:</source>
            <translation>Elija el idioma de la interfaz:</translation>
        </message>
        <message>
            <source>Portable: settings, recent workshops and backups stay beside the app, in “%1”. Nothing is written to this computer.</source>
            <translation>Portátil: la configuración, los talleres recientes y las copias de seguridad se quedan junto a la aplicación, en «%1». No se escribe nada en esta computadora.</translation>
        </message>
        <message>
            <source>Works without internet. Workshop files stay on this computer unless you copy them.</source>
            <translation>Funciona sin internet. Los archivos de taller permanecen en esta computadora salvo que usted los copie.</translation>
        </message>
    </context>
    <context>
        <name>Tally sheet</name>
        <message>
            <source>Tally of dots</source>
            <translation>Recuento de puntos adhesivos</translation>
        </message>
        <message>
            <source>Total dots</source>
            <translation>Total de puntos adhesivos</translation>
        </message>
        <message>
            <source>Points as read out</source>
            <translation>Puntos leídos en voz alta</translation>
        </message>
        <message>
            <source>Total points</source>
            <translation>Total de puntos</translation>
        </message>
        <message>
            <source>Tally of ticks</source>
            <translation>Recuento de marcas</translation>
        </message>
        <message>
            <source>Total ticks</source>
            <translation>Total de marcas</translation>
        </message>
        <message>
            <source>Scores as read out</source>
            <translation>Puntuaciones leídas en voz alta</translation>
        </message>
        <message>
            <source>Sum</source>
            <translation>Suma</translation>
        </message>
        <message>
            <source>Rated by</source>
            <translation>Puntuada por</translation>
        </message>
        <message>
            <source>Tally of first choices</source>
            <translation>Recuento de primeras opciones</translation>
        </message>
        <message>
            <source>First choices</source>
            <translation>Primeras opciones</translation>
        </message>
        <message>
            <source>Must</source>
            <translation>Must</translation>
        </message>
        <message>
            <source>Should</source>
            <translation>Should</translation>
        </message>
        <message>
            <source>Could</source>
            <translation>Could</translation>
        </message>
        <message>
            <source>Won't</source>
            <translation>Won't</translation>
        </message>
        <message>
            <source>For the people who count the paper ballots; it is not a ballot. Read each ballot aloud, keep the count here, then total each row.</source>
            <translation>Para las personas que cuentan las papeletas en papel; no es una papeleta. Lea cada papeleta en voz alta, lleve aquí el recuento y luego sume cada fila.</translation>
        </message>
        <message>
            <source>Ranked ballots are counted by UPR Desktop: type every paper ballot in on the Vote step. This sheet keeps a check of first choices.</source>
            <translation>UPR Desktop cuenta las papeletas de clasificación: introduzca cada papeleta en papel en el paso Votación. Esta hoja sirve para verificar las primeras opciones.</translation>
        </message>
        <message>
            <source>Type the paper ballots in on the Vote step as well: this sheet is the check.</source>
            <translation>Introduzca también las papeletas en papel en el paso Votación: esta hoja sirve de verificación.</translation>
        </message>
        <message>
            <source>Ballots handed out</source>
            <translation>Papeletas entregadas</translation>
        </message>
        <message>
            <source>Ballots returned</source>
            <translation>Papeletas devueltas</translation>
        </message>
        <message>
            <source>Blank ballots</source>
            <translation>Papeletas en blanco</translation>
        </message>
        <message>
            <source>Spoilt ballots</source>
            <translation>Papeletas nulas</translation>
        </message>
        <message>
            <source>Counted by</source>
            <translation>Contado por</translation>
        </message>
        <message>
            <source>Checked by</source>
            <translation>Verificado por</translation>
        </message>
        <message>
            <source>FOR THE FACILITATOR</source>
            <translation>PARA EL FACILITADOR</translation>
        </message>
        <message>
            <source>Tally sheet: {round}</source>
            <translation>Hoja de recuento: {round}</translation>
        </message>
    </context>
    <context>
        <name>Travel copy</name>
        <message>
            <source>Wrote the travel copy to {path}.</source>
            <translation>Se escribió la copia de viaje en {path}.</translation>
        </message>
        <message>
            <source>participants' names, contacts and personal codes</source>
            <translation>los nombres, los datos de contacto y los códigos personales de los participantes</translation>
        </message>
        <message>
            <source>authors of comments</source>
            <translation>los autores de los comentarios</translation>
        </message>
        <message>
            <source>confidential evidence and testimony</source>
            <translation>las pruebas confidenciales y todos los testimonios</translation>
        </message>
        <message>
            <source>organisations that did not consent to be named</source>
            <translation>las organizaciones que no dieron su consentimiento para ser nombradas</translation>
        </message>
        <message>
            <source>the history of changes (it names people)</source>
            <translation>el historial de cambios (contiene nombres de personas)</translation>
        </message>
        <message>
            <source>recommendations, with their notes (without their authors)</source>
            <translation>las recomendaciones, con sus notas (sin sus autores)</translation>
        </message>
        <message>
            <source>clusters</source>
            <translation>los grupos temáticos</translation>
        </message>
        <message>
            <source>voting rounds and their results</source>
            <translation>las rondas de votación y sus resultados</translation>
        </message>
        <message>
            <source>the charter (signatories shown as “Organisation 1”, “Organisation 2”…)</source>
            <translation>la carta (con los firmantes mostrados como «Organización 1», «Organización 2»…)</translation>
        </message>
        <message>
            <source>follow-up assessments and evidence that is neither confidential nor testimony</source>
            <translation>las evaluaciones de seguimiento y las pruebas que no son confidenciales ni testimonios</translation>
        </message>
        <message>
            <source>the workshop's title, country, dates, venue and organisers</source>
            <translation>el título, el país, las fechas, el lugar y los organizadores del taller</translation>
        </message>
        <message>
            <source>Left out of the travel copy:</source>
            <translation>Lo que no se incluye en la copia de viaje:</translation>
        </message>
        <message>
            <source>Kept:</source>
            <translation>Lo que se conserva:</translation>
        </message>
        <message>
            <source>No organisation has recorded consent to be named in this workshop, so every organisation is shown by number.</source>
            <translation>Ninguna organización ha registrado su consentimiento para ser nombrada en este taller, por lo que todas las organizaciones se muestran con un número.</translation>
        </message>
        <message>
            <source>“{name}” already exists. Choose another name for the travel copy.</source>
            <translation>«{name}» ya existe. Elija otro nombre para la copia de viaje.</translation>
        </message>
        <message>
            <source>The travel copy must be a new file.</source>
            <translation>La copia de viaje debe ser un archivo nuevo.</translation>
        </message>
        <message>
            <source>Can't write to “{folder}”. Choose another folder.</source>
            <translation>No se puede escribir en «{folder}». Elija otra carpeta.</translation>
        </message>
        <message>
            <source>The travel copy could not be written ({error}). The workshop is unchanged.</source>
            <translation>No se pudo escribir la copia de viaje ({error}). El taller no se ha modificado.</translation>
        </message>
    </context>
    <context>
        <name>TravelCopyDialog</name>
        <message>
            <source>Save a travel copy</source>
            <translation>Guardar una copia de viaje</translation>
        </message>
        <message>
            <source>Left out</source>
            <translation>No se incluye</translation>
        </message>
        <message>
            <source>Nothing in this workshop identifies people.</source>
            <translation>Nada en este taller identifica a personas.</translation>
        </message>
        <message>
            <source>Kept</source>
            <translation>Se conserva</translation>
        </message>
        <message>
            <source>As a workshop file (.uprw) that opens in UPR Desktop</source>
            <translation>Como archivo de taller (.uprw) que se abre en UPR Desktop</translation>
        </message>
        <message>
            <source>As a PDF of the charter, without the names of the people who signed it (their organisations stay)</source>
            <translation>Como PDF de la carta, sin los nombres de las personas que la firmaron (sus organizaciones se mantienen)</translation>
        </message>
        <message>
            <source>Protect the travel copy with a passphrase of its own</source>
            <translation>Proteger la copia de viaje con su propia frase de contraseña</translation>
        </message>
        <message>
            <source>Worth it even without names: the charter and results still show what the coalition works on.</source>
            <translation>Vale la pena incluso sin nombres: la carta y los resultados siguen mostrando en qué trabaja la coalición.</translation>
        </message>
        <message>
            <source>Save it</source>
            <translation>Cómo guardarla</translation>
        </message>
        <message>
            <source>Save travel copy…</source>
            <translation>Guardar la copia de viaje…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>A copy to carry across a border or hand on: it leaves out what identifies the people who took part. This workshop itself is not changed.</source>
            <translation>Una copia para llevar a través de una frontera o entregarla a otras personas: excluye lo que identifica a quienes participaron. Este taller en sí no se modifica.</translation>
        </message>
        <message>
            <source>{name} (travel copy){suffix}</source>
            <translation>{name} (copia de viaje){suffix}</translation>
        </message>
        <message>
            <source>Save the travel copy</source>
            <translation>Guardar la copia de viaje</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>Documentos PDF (*.pdf)</translation>
        </message>
        <message>
            <source>UPR Desktop workshops (*.uprw)</source>
            <translation>Talleres de UPR Desktop (*.uprw)</translation>
        </message>
        <message>
            <source>Choose another file: the travel copy can't replace the workshop.</source>
            <translation>Elija otro archivo: la copia de viaje no puede sustituir al taller.</translation>
        </message>
        <message>
            <source>Set the travel copy's passphrase</source>
            <translation>Establecer la frase de contraseña de la copia de viaje</translation>
        </message>
        <message>
            <source>“{name}” will be encrypted with it. Give it to whoever will open the copy by another way than the copy itself.</source>
            <translation>«{name}» se cifrará con ella. Comuníquela a quien vaya a abrir la copia por una vía distinta de la propia copia.</translation>
        </message>
        <message>
            <source>Save travel copy</source>
            <translation>Guardar la copia de viaje</translation>
        </message>
        <message>
            <source>The travel copy could not be saved: {reason}</source>
            <translation>No se pudo guardar la copia de viaje: {reason}</translation>
        </message>
        <message>
            <source>The travel copy was saved to {path}</source>
            <translation>La copia de viaje se guardó en {path}</translation>
        </message>
    </context>
    <context>
        <name>VotePage</name>
        <message>
            <source>Vote on priorities</source>
            <translation>Votar sobre las prioridades</translation>
        </message>
        <message>
            <source>Set up a round, open it, and let people vote at this laptop or on paper. Results stay hidden until you close the round.</source>
            <translation>Prepare una ronda, ábrala y deje que las personas voten en esta computadora o en papel. Los resultados permanecen ocultos hasta que cierre la ronda.</translation>
        </message>
        <message>
            <source>New round</source>
            <translation>Nueva ronda</translation>
        </message>
        <message>
            <source>Set up a vote on the recommendations selected or shown on the Review page</source>
            <translation>Preparar una votación sobre las recomendaciones seleccionadas o mostradas en la página Examen</translation>
        </message>
        <message>
            <source>Voting rounds</source>
            <translation>Rondas de votación</translation>
        </message>
        <message>
            <source>ROUNDS</source>
            <translation>RONDAS</translation>
        </message>
        <message>
            <source>No voting rounds yet</source>
            <translation>Todavía no hay rondas de votación</translation>
        </message>
        <message>
            <source>A round puts some recommendations to the vote. First pick them on the Review page: select them, or search and filter the list. Then create a round here, choose how people vote (dots, points, ranking and more), open it, and start the kiosk so that each person votes at this laptop.</source>
            <translation>Una ronda somete a votación algunas recomendaciones. Primero elíjalas en la página Examen: selecciónelas, o busque y filtre la lista. Luego cree aquí una ronda, elija cómo se vota (puntos adhesivos, puntos, clasificación y más), ábrala e inicie el quiosco para que cada persona vote en esta computadora.</translation>
        </message>
        <message>
            <source>Go to Review</source>
            <translation>Ir a Examen</translation>
        </message>
        <message>
            <source>New round…</source>
            <translation>Nueva ronda…</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Editar…</translation>
        </message>
        <message>
            <source>Change the title, the rules or the candidates</source>
            <translation>Cambiar el título, las reglas o las opciones</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Eliminar</translation>
        </message>
        <message>
            <source>Open for voting</source>
            <translation>Abrir a votación</translation>
        </message>
        <message>
            <source>People can vote once the round is open</source>
            <translation>Se puede votar una vez abierta la ronda</translation>
        </message>
        <message>
            <source>Start kiosk…</source>
            <translation>Iniciar el quiosco…</translation>
        </message>
        <message>
            <source>Full screen at this laptop: each person picks their name and votes</source>
            <translation>Pantalla completa en esta computadora: cada persona elige su nombre y vota</translation>
        </message>
        <message>
            <source>Paper ballots…</source>
            <translation>Papeletas en papel…</translation>
        </message>
        <message>
            <source>Type in ballots that were filled in on paper</source>
            <translation>Introducir las papeletas rellenadas en papel</translation>
        </message>
        <message>
            <source>Wall-chart counts…</source>
            <translation>Recuentos del papelógrafo…</translation>
        </message>
        <message>
            <source>Dots counted on a wall chart, per candidate</source>
            <translation>Puntos adhesivos contados en un papelógrafo, por opción</translation>
        </message>
        <message>
            <source>Attendance…</source>
            <translation>Asistencia…</translation>
        </message>
        <message>
            <source>Tick who is present and received a ballot-code slip</source>
            <translation>Marcar quién está presente y recibió una tarjeta con código de votación</translation>
        </message>
        <message>
            <source>Show on projector</source>
            <translation>Mostrar en el proyector</translation>
        </message>
        <message>
            <source>The round and its turnout, large, for the room</source>
            <translation>La ronda y su participación, en grande, para la sala</translation>
        </message>
        <message>
            <source>Close round…</source>
            <translation>Cerrar la ronda…</translation>
        </message>
        <message>
            <source>Stop the voting and count the ballots</source>
            <translation>Detener la votación y contar las papeletas</translation>
        </message>
        <message>
            <source>See results</source>
            <translation>Ver los resultados</translation>
        </message>
        <message>
            <source>How</source>
            <translation>Cómo</translation>
        </message>
        <message>
            <source>Ballot</source>
            <translation>Papeleta</translation>
        </message>
        <message>
            <source>Who votes</source>
            <translation>Quién vota</translation>
        </message>
        <message>
            <source>Rules</source>
            <translation>Reglas</translation>
        </message>
        <message>
            <source>Turnout</source>
            <translation>Participación</translation>
        </message>
        <message>
            <source>Candidates</source>
            <translation>Opciones</translation>
        </message>
        <message>
            <source>One ballot per organisation (%1 organisations with registered participants)</source>
            <translation>Una papeleta por organización (%1 organizaciones con participantes inscritos)</translation>
        </message>
        <message>
            <source>Each participant (%1 registered)</source>
            <translation>Cada participante (%1 inscritos)</translation>
        </message>
        <message>
            <source>Rules locked: the round is closed.</source>
            <translation>Reglas bloqueadas: la ronda está cerrada.</translation>
        </message>
        <message>
            <source>Rules locked: ballots are in. Method, candidates and budget can no longer change.</source>
            <translation>Reglas bloqueadas: ya hay papeletas. El método, las opciones y la asignación ya no pueden cambiar.</translation>
        </message>
        <message>
            <source>Open the round when the room is ready to vote. Until then you can edit it or delete it.</source>
            <translation>Abra la ronda cuando la sala esté lista para votar. Hasta entonces puede editarla o eliminarla.</translation>
        </message>
        <message>
            <source>Results stay hidden until you close the round, so no one is swayed by the early count.</source>
            <translation>Los resultados permanecen ocultos hasta que cierre la ronda, para que nadie se deje influir por el recuento provisional.</translation>
        </message>
        <message>
            <source>The round is closed: the results are on the Results step.</source>
            <translation>La ronda está cerrada: los resultados están en el paso Resultados.</translation>
        </message>
        <message>
            <source>Candidates (%1)</source>
            <translation>Opciones (%1)</translation>
        </message>
        <message numerus="yes">
            <source>%n of {eligible} voted</source>
            <translation>
                <numerusform>%n de {eligible} ha votado</numerusform>
                <numerusform>%n de {eligible} han votado</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n at the laptop</source>
            <translation>
                <numerusform>%n en la computadora</numerusform>
                <numerusform>%n en la computadora</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n on paper</source>
            <translation>
                <numerusform>%n en papel</numerusform>
                <numerusform>%n en papel</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n on the wall chart</source>
            <translation>
                <numerusform>%n en el papelógrafo</numerusform>
                <numerusform>%n en el papelógrafo</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n present</source>
            <translation>
                <numerusform>%n presente</numerusform>
                <numerusform>%n presentes</numerusform>
            </translation>
        </message>
        <message>
            <source>Round saved. Undo with Ctrl+Z.</source>
            <translation>Ronda guardada. Para deshacer, pulse Ctrl+Z.</translation>
        </message>
        <message>
            <source>Delete round</source>
            <translation>Eliminar la ronda</translation>
        </message>
        <message>
            <source>Delete the draft round “%1”? You can undo this with Ctrl+Z.</source>
            <translation>¿Eliminar la ronda en borrador «%1»? Puede deshacerlo con Ctrl+Z.</translation>
        </message>
        <message>
            <source>Round deleted. Undo with Ctrl+Z.</source>
            <translation>Ronda eliminada. Para deshacer, pulse Ctrl+Z.</translation>
        </message>
        <message>
            <source>“%1” is open for voting. Start the kiosk, or enter paper ballots.</source>
            <translation>«%1» está abierta a votación. Inicie el quiosco o introduzca papeletas en papel.</translation>
        </message>
        <message>
            <source>Close round</source>
            <translation>Cerrar la ronda</translation>
        </message>
        <message>
            <source>Close “%1” and count the ballots? %2.

A closed round never reopens: no one can vote in it afterwards.</source>
            <translation>¿Cerrar «%1» y contar las papeletas? %2.

Una ronda cerrada nunca se vuelve a abrir: después nadie puede votar en ella.</translation>
        </message>
        <message>
            <source>“%1” is closed. See its results on the Results step.</source>
            <translation>«%1» está cerrada. Vea sus resultados en el paso Resultados.</translation>
        </message>
        <message>
            <source>The kiosk is running. To leave it, press Facilitator (or Esc) and type the PIN.</source>
            <translation>El quiosco está en marcha. Para salir, pulse «Facilitador» (o Esc) y escriba el PIN.</translation>
        </message>
        <message>
            <source>Kiosk closed.</source>
            <translation>Quiosco cerrado.</translation>
        </message>
        <message>
            <source>The projector view is not available in this version.</source>
            <translation>La vista del proyector no está disponible en esta versión.</translation>
        </message>
        <message>
            <source>Draft</source>
            <translation>Borrador</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Abierta</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Cerrada</translation>
        </message>
        <message>
            <source>Secret ballot: no one can see who voted for what</source>
            <translation>Votación secreta: nadie puede ver qué votó cada persona</translation>
        </message>
        <message>
            <source>Open ballot: who voted for what is kept, and can be shown once the round closes</source>
            <translation>Votación pública: se conserva qué votó cada persona, y puede mostrarse una vez cerrada la ronda</translation>
        </message>
    </context>
    <context>
        <name>VoteRoundList</name>
        <message numerus="yes">
            <source>%n candidate(s)</source>
            <translation>
                <numerusform>%n opción</numerusform>
                <numerusform>%n opciones</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n of {eligible} voted</source>
            <translation>
                <numerusform>%n de {eligible} ha votado</numerusform>
                <numerusform>%n de {eligible} han votado</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n of {eligible} have voted</source>
            <translation>
                <numerusform>%n de {eligible} ha votado</numerusform>
                <numerusform>%n de {eligible} han votado</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Voting</name>
        <message>
            <source>Draft</source>
            <translation>Borrador</translation>
        </message>
        <message>
            <source>Open for voting</source>
            <translation>Abierta a votación</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Cerrada</translation>
        </message>
        <message>
            <source>Each participant</source>
            <translation>Cada participante</translation>
        </message>
        <message>
            <source>One ballot per organisation</source>
            <translation>Una papeleta por organización</translation>
        </message>
        <message>
            <source>at the laptop</source>
            <translation>en la computadora</translation>
        </message>
        <message>
            <source>on paper</source>
            <translation>en papel</translation>
        </message>
        <message>
            <source>{voted} of {eligible} have voted</source>
            <translation>{voted} de {eligible} han votado</translation>
        </message>
        <message>
            <source>Run-off: {title}</source>
            <translation>Segunda vuelta: {title}</translation>
        </message>
        <message>
            <source>Dot voting</source>
            <translation>Votación con puntos adhesivos</translation>
        </message>
        <message>
            <source>100-point voting</source>
            <translation>Votación con 100 puntos</translation>
        </message>
        <message>
            <source>Approval</source>
            <translation>Votación por aprobación</translation>
        </message>
        <message>
            <source>Score 0–{most}</source>
            <translation>Puntuación de 0 a {most}</translation>
        </message>
        <message>
            <source>Ranked (Borda)</source>
            <translation>Clasificación (Borda)</translation>
        </message>
        <message>
            <source>Ranked (Schulze)</source>
            <translation>Clasificación (Schulze)</translation>
        </message>
        <message>
            <source>MoSCoW</source>
            <translation>MoSCoW</translation>
        </message>
        <message>
            <source>Must</source>
            <translation>Must</translation>
        </message>
        <message>
            <source>Should</source>
            <translation>Should</translation>
        </message>
        <message>
            <source>Could</source>
            <translation>Could</translation>
        </message>
        <message>
            <source>Won't</source>
            <translation>Won't</translation>
        </message>
        <message>
            <source>{method}: the number of dots per person is not set yet.</source>
            <translation>{method}: todavía no se ha fijado el número de puntos adhesivos por persona.</translation>
        </message>
        <message numerus="yes">
            <source>{method}: %n dot(s) each, at most {cap} on one candidate.</source>
            <translation>
                <numerusform>{method}: %n punto adhesivo por persona, como máximo {cap} en una misma opción.</numerusform>
                <numerusform>{method}: %n puntos adhesivos por persona, como máximo {cap} en una misma opción.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{method}: %n dot(s) each, and any number may go on one candidate.</source>
            <translation>
                <numerusform>{method}: %n punto adhesivo por persona, y se puede poner cualquier cantidad en una misma opción.</numerusform>
                <numerusform>{method}: %n puntos adhesivos por persona, y se puede poner cualquier cantidad en una misma opción.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{method}: %n point(s) each to share out, at most {cap} on one candidate.</source>
            <translation>
                <numerusform>{method}: %n punto por persona para repartir, como máximo {cap} en una misma opción.</numerusform>
                <numerusform>{method}: %n puntos por persona para repartir, como máximo {cap} en una misma opción.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{method}: %n point(s) each to share out, and any number may go on one candidate.</source>
            <translation>
                <numerusform>{method}: %n punto por persona para repartir, y se puede poner cualquier cantidad en una misma opción.</numerusform>
                <numerusform>{method}: %n puntos por persona para repartir, y se puede poner cualquier cantidad en una misma opción.</numerusform>
            </translation>
        </message>
        <message>
            <source>{method}: tick every candidate you support, as many as you like; candidates are ranked by the number of ticks.</source>
            <translation>{method}: marque cada opción que apoye, tantas como quiera; las opciones se clasifican según el número de marcas.</translation>
        </message>
        <message>
            <source>{method}: rate any candidate from 0 to {most}; candidates are ranked by the sum of their scores. A candidate left unrated gets no score (not a 0), so its mean is over the people who rated it.</source>
            <translation>{method}: puntúe cualquier opción de 0 a {most}; las opciones se clasifican según la suma de sus puntuaciones. Una opción que se deja sin puntuar no recibe puntuación (no es un 0), por lo que su media se calcula sobre las personas que la puntuaron.</translation>
        </message>
        <message>
            <source>{method}: rank as many candidates as you like, best first; you may rank some level. A ballot that ranks k candidates gives k points to its first choice, k − 1 to the second, and so on down to 1 point for the last one ranked; unranked candidates get 0. Candidates ranked level share the points of the places they fill: two level in 2nd and 3rd place of 4 get (3 + 2) ÷ 2 = 2.5 each. Candidates are ranked by their points.</source>
            <translation>{method}: clasifique tantas opciones como quiera, empezando por la preferida; puede clasificar algunas empatadas. Una papeleta que clasifica k opciones da k puntos a su primera opción, k − 1 a la segunda, y así sucesivamente hasta 1 punto para la última clasificada; las opciones sin clasificar reciben 0. Las opciones empatadas se reparten los puntos de los puestos que ocupan: dos empatadas en los puestos 2.º y 3.º de 4 reciben (3 + 2) ÷ 2 = 2,5 cada una. Las opciones se clasifican según sus puntos.</translation>
        </message>
        <message>
            <source>{method}: rank as many candidates as you like, best first; you may rank some level, and unranked candidates count as level below every ranked one. X beats Y when the strongest chain of head-to-head wins from X to Y is stronger than the strongest chain from Y to X. A chain is as strong as its weakest win; a win is stronger when more ballots back it, or as many back it and fewer oppose it. First place goes to every candidate no one beats; then the same among the rest, and so on. Candidates sharing a place do not beat each other; the beatpath wins shown are not used to separate them.</source>
            <translation>{method}: clasifique tantas opciones como quiera, empezando por la preferida; puede clasificar algunas empatadas, y las opciones sin clasificar cuentan como empatadas por debajo de todas las clasificadas. X supera a Y cuando la cadena más fuerte de victorias en enfrentamientos directos de X a Y es más fuerte que la cadena más fuerte de Y a X. Una cadena es tan fuerte como su victoria más débil; una victoria es más fuerte cuando la respaldan más papeletas, o cuando la respaldan las mismas y se oponen menos. El primer puesto corresponde a todas las opciones a las que ninguna supera; luego se hace lo mismo con las restantes, y así sucesivamente. Las opciones que comparten un puesto no se superan entre sí; las victorias por ruta de Schulze que se muestran no se usan para separarlas.</translation>
        </message>
        <message>
            <source>{method}: mark each candidate Must, Should, Could or Won't; candidates are ranked by points (Must 3, Should 2, Could 1, Won't 0).</source>
            <translation>{method}: marque cada opción como Must, Should, Could o Won't; las opciones se clasifican por puntos (Must 3, Should 2, Could 1, Won't 0).</translation>
        </message>
        <message>
            <source>This round's voting method ({value!r}) is not one this version knows. Choose the method again.</source>
            <translation>Esta versión no reconoce el método de votación de esta ronda ({value!r}). Vuelva a elegir el método.</translation>
        </message>
        <message>
            <source>Dot voting needs a number of dots per person. Set it before opening the round.</source>
            <translation>La votación con puntos adhesivos necesita un número de puntos adhesivos por persona. Fíjelo antes de abrir la ronda.</translation>
        </message>
        <message>
            <source>Each person needs at least 1 dot, as a whole number; the round says {dots}. Set the dots per person to 1 or more.</source>
            <translation>Cada persona necesita al menos 1 punto adhesivo, en número entero; la ronda indica {dots}. Fije los puntos adhesivos por persona en 1 o más.</translation>
        </message>
        <message>
            <source>The points budget must be a whole number of at least 1; the round says {points}. Set it to {default}, or another number of 1 or more.</source>
            <translation>El total de puntos debe ser un número entero igual o superior a 1; la ronda indica {points}. Fíjelo en {default} o en otro número igual o superior a 1.</translation>
        </message>
        <message>
            <source>A limit per candidate only applies to dot voting and 100-point voting. Clear it for {method}.</source>
            <translation>Un límite por opción solo se aplica a la votación con puntos adhesivos y a la votación con 100 puntos. Quítelo para {method}.</translation>
        </message>
        <message>
            <source>The most on one candidate must be a whole number of at least 1; the round says {cap}. Raise it, or clear it to allow any amount.</source>
            <translation>El máximo en una misma opción debe ser un número entero igual o superior a 1; la ronda indica {cap}. Auméntelo, o quítelo para permitir cualquier cantidad.</translation>
        </message>
        <message numerus="yes">
            <source>The most on one candidate ({cap}) is more than each person's %n dot(s). Lower it to {budget} or less, or clear it.</source>
            <translation>
                <numerusform>El máximo en una misma opción ({cap}) supera el %n punto adhesivo de cada persona. Redúzcalo a {budget} o menos, o quítelo.</numerusform>
                <numerusform>El máximo en una misma opción ({cap}) supera los %n puntos adhesivos de cada persona. Redúzcalo a {budget} o menos, o quítelo.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The most on one candidate ({cap}) is more than each person's %n point(s). Lower it to {budget} or less, or clear it.</source>
            <translation>
                <numerusform>El máximo en una misma opción ({cap}) supera el %n punto de cada persona. Redúzcalo a {budget} o menos, o quítelo.</numerusform>
                <numerusform>El máximo en una misma opción ({cap}) supera los %n puntos de cada persona. Redúzcalo a {budget} o menos, o quítelo.</numerusform>
            </translation>
        </message>
        <message>
            <source>A vote needs at least 2 candidates; this round has {count}. Add candidates before opening it.</source>
            <translation>Una votación necesita al menos 2 opciones; esta ronda tiene {count}. Añada opciones antes de abrirla.</translation>
        </message>
        <message>
            <source>A ranked vote works on a shortlist of at most {most} candidates; this round has {count}. Shortlist first (for example with a dot-voting round), or use dot, approval or score voting.</source>
            <translation>Una votación por clasificación funciona con una preselección de como máximo {most} opciones; esta ronda tiene {count}. Haga primero una preselección (por ejemplo, con una ronda de votación con puntos adhesivos), o use la votación con puntos adhesivos, por aprobación o por puntuación.</translation>
        </message>
        <message>
            <source>For dot voting, give the number of dots on each candidate.</source>
            <translation>Para la votación con puntos adhesivos, indique el número de puntos adhesivos de cada opción.</translation>
        </message>
        <message>
            <source>For 100-point voting, give the number of points on each candidate.</source>
            <translation>Para la votación con 100 puntos, indique el número de puntos de cada opción.</translation>
        </message>
        <message>
            <source>For approval voting, give the list of candidates ticked.</source>
            <translation>Para la votación por aprobación, indique la lista de opciones marcadas.</translation>
        </message>
        <message>
            <source>For score voting, give a score from 0 to {most} for each candidate rated.</source>
            <translation>Para la votación por puntuación, indique una puntuación de 0 a {most} para cada opción puntuada.</translation>
        </message>
        <message>
            <source>For a ranked vote, give the candidates in order, best first. Put candidates you rank level together in a list of their own.</source>
            <translation>Para una votación por clasificación, indique las opciones en orden, empezando por la preferida. Agrupe las opciones empatadas en una lista aparte.</translation>
        </message>
        <message>
            <source>For MoSCoW, give Must, Should, Could or Won't for each candidate classified.</source>
            <translation>Para MoSCoW, indique Must, Should, Could o Won't para cada opción clasificada.</translation>
        </message>
        <message>
            <source>“{key}” is not a candidate in this round. Remove it from the ballot.</source>
            <translation>«{key}» no es una opción de esta ronda. Quítela de la papeleta.</translation>
        </message>
        <message>
            <source>{candidate} is not a candidate in this round. Remove it from the ballot.</source>
            <translation>{candidate} no es una opción de esta ronda. Quítela de la papeleta.</translation>
        </message>
        <message>
            <source>A group of candidates ranked level holds candidates only, not another group. {hint}</source>
            <translation>Un grupo de opciones empatadas solo contiene opciones, no otro grupo. {hint}</translation>
        </message>
        <message>
            <source>{candidate} is ranked twice. Rank each candidate once at most.</source>
            <translation>{candidate} está clasificada dos veces. Clasifique cada opción como máximo una vez.</translation>
        </message>
        <message numerus="yes">
            <source>{candidate} is ranked %n times. Rank each candidate once at most.</source>
            <translation>
                <numerusform>{candidate} está clasificada %n vez. Clasifique cada opción como máximo una vez.</numerusform>
                <numerusform>{candidate} está clasificada %n veces. Clasifique cada opción como máximo una vez.</numerusform>
            </translation>
        </message>
        <message>
            <source>“{value}” is not a MoSCoW choice (for {candidate}). Use Must, Should, Could or Won't.</source>
            <translation>«{value}» no es una opción MoSCoW (para {candidate}). Use Must, Should, Could o Won't.</translation>
        </message>
        <message>
            <source>Scores run from 0 to {score_max}: {candidate} has {n}. Give a score from 0 to {score_max}, or leave it unrated.</source>
            <translation>Las puntuaciones van de 0 a {score_max}: {candidate} tiene {n}. Indique una puntuación de 0 a {score_max}, o déjela sin puntuar.</translation>
        </message>
        <message>
            <source>This ballot puts {count} on {candidate}; the most on one candidate is {cap}. Take {number} off.</source>
            <translation>Esta papeleta pone {count} en {candidate}; el máximo en una misma opción es {cap}. Quite {number}.</translation>
        </message>
        <message>
            <source>This ballot gives {count}; each person has {budget}. Take {number} off.</source>
            <translation>Esta papeleta da {count}; cada persona dispone de {budget}. Quite {number}.</translation>
        </message>
        <message>
            <source>{candidate} has “{value}”, which is not a number. Give a whole number.</source>
            <translation>{candidate} tiene «{value}», que no es un número. Indique un número entero.</translation>
        </message>
        <message>
            <source>Dots are whole numbers: {candidate} has {value:g}. Give a whole number.</source>
            <translation>Los puntos adhesivos son números enteros: {candidate} tiene {value:g}. Indique un número entero.</translation>
        </message>
        <message>
            <source>Points are whole numbers: {candidate} has {value:g}. Give a whole number.</source>
            <translation>Los puntos son números enteros: {candidate} tiene {value:g}. Indique un número entero.</translation>
        </message>
        <message>
            <source>Scores are whole numbers: {candidate} has {value:g}. Give a whole number.</source>
            <translation>Las puntuaciones son números enteros: {candidate} tiene {value:g}. Indique un número entero.</translation>
        </message>
        <message>
            <source>{candidate} has {value}; a ballot cannot give a negative number. Use 0 or more.</source>
            <translation>{candidate} tiene {value}; una papeleta no puede dar un número negativo. Use 0 o más.</translation>
        </message>
        <message>
            <source>Candidate {dup} is listed twice in this round. Remove the repeat, then count again.</source>
            <translation>La opción {dup} figura dos veces en esta ronda. Quite la repetición y vuelva a contar.</translation>
        </message>
        <message>
            <source>Wall-chart counts only apply to dot voting and 100-point voting; this round uses {label}. Enter the paper ballots one by one instead.</source>
            <translation>Los recuentos del papelógrafo solo se aplican a la votación con puntos adhesivos y a la votación con 100 puntos; esta ronda usa {label}. Introduzca en su lugar las papeletas en papel una por una.</translation>
        </message>
        <message>
            <source>The wall chart has a count for candidate {c}, which is not in this round. Remove that count.</source>
            <translation>El papelógrafo tiene un recuento para la opción {c}, que no está en esta ronda. Quite ese recuento.</translation>
        </message>
        <message>
            <source>The wall-chart count for candidate {c} is {n}. Counts are whole numbers, 0 or more.</source>
            <translation>El recuento del papelógrafo para la opción {c} es {n}. Los recuentos son números enteros, 0 o más.</translation>
        </message>
        <message>
            <source>A ballot names candidate {candidate!r}, which is not in this round. Restore the candidate or remove the ballot, then count again.</source>
            <translation>Una papeleta nombra la opción {candidate!r}, que no está en esta ronda. Restablezca la opción o quite la papeleta, y vuelva a contar.</translation>
        </message>
        <message>
            <source>A ballot has “{word}” for candidate {c}, which is not a MoSCoW choice. Correct the ballot, then count again.</source>
            <translation>Una papeleta tiene «{word}» para la opción {c}, que no es una opción MoSCoW. Corrija la papeleta y vuelva a contar.</translation>
        </message>
        <message>
            <source>The Schulze count found a cycle of wins, which the method rules out. Report this with the workshop file.</source>
            <translation>El recuento de Schulze encontró un ciclo de victorias, algo que el método excluye. Comunique este problema junto con el archivo del taller.</translation>
        </message>
        <message>
            <source>{number} {unit}</source>
            <comment>a fraction of a unit, e.g. 2.5 Borda points</comment>
            <translation>{number} {unit}</translation>
        </message>
        <message numerus="yes">
            <source>%n dot(s)</source>
            <translation>
                <numerusform>%n punto adhesivo</numerusform>
                <numerusform>%n puntos adhesivos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n approval(s)</source>
            <translation>
                <numerusform>%n apoyo</numerusform>
                <numerusform>%n apoyos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n Borda point(s)</source>
            <translation>
                <numerusform>%n punto Borda</numerusform>
                <numerusform>%n puntos Borda</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n beatpath win(s)</source>
            <translation>
                <numerusform>%n victoria por ruta de Schulze</numerusform>
                <numerusform>%n victorias por ruta de Schulze</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n MoSCoW point(s)</source>
            <translation>
                <numerusform>%n punto MoSCoW</numerusform>
                <numerusform>%n puntos MoSCoW</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n point(s)</source>
            <translation>
                <numerusform>%n punto</numerusform>
                <numerusform>%n puntos</numerusform>
            </translation>
        </message>
        <message>
            <source>dots</source>
            <translation>puntos adhesivos</translation>
        </message>
        <message>
            <source>approvals</source>
            <translation>apoyos</translation>
        </message>
        <message>
            <source>Borda points</source>
            <translation>puntos Borda</translation>
        </message>
        <message>
            <source>beatpath wins</source>
            <translation>victorias por ruta de Schulze</translation>
        </message>
        <message>
            <source>MoSCoW points</source>
            <translation>puntos MoSCoW</translation>
        </message>
        <message>
            <source>points</source>
            <translation>puntos</translation>
        </message>
        <message>
            <source>{n}st</source>
            <comment>the ordinal 1 in “1st choice”</comment>
            <translation>{n}</translation>
        </message>
        <message>
            <source>{n}th</source>
            <comment>an ordinal choice: 4th, 11th, 13th, 20th choice</comment>
            <translation>{n}</translation>
        </message>
        <message>
            <source>{n}st</source>
            <comment>an ordinal choice ending in 1, not 1 or 11: 21st choice</comment>
            <translation>{n}</translation>
        </message>
        <message>
            <source>{n}nd</source>
            <comment>an ordinal choice ending in 2: 2nd, 22nd choice</comment>
            <translation>{n}</translation>
        </message>
        <message>
            <source>{n}rd</source>
            <comment>an ordinal choice ending in 3: 3rd, 23rd choice</comment>
            <translation>{n}</translation>
        </message>
        <message>
            <source>{n}st</source>
            <comment>the ordinal 1 in “1st place”</comment>
            <translation>{n}</translation>
        </message>
        <message>
            <source>{n}th</source>
            <comment>an ordinal place: 4th, 11th, 13th, 20th place</comment>
            <translation>{n}</translation>
        </message>
        <message>
            <source>{n}st</source>
            <comment>an ordinal place ending in 1, not 1 or 11: 21st place</comment>
            <translation>{n}</translation>
        </message>
        <message>
            <source>{n}nd</source>
            <comment>an ordinal place ending in 2: 2nd, 22nd place</comment>
            <translation>{n}</translation>
        </message>
        <message>
            <source>{n}rd</source>
            <comment>an ordinal place ending in 3: 3rd, 23rd place</comment>
            <translation>{n}</translation>
        </message>
        <message numerus="yes">
            <source>{names} and %n others</source>
            <translation>
                <numerusform>{names} y %n más</numerusform>
                <numerusform>{names} y %n más</numerusform>
            </translation>
        </message>
        <message>
            <source>{names} share {place} place: none of them beats another on the strongest chain of head-to-head wins. No tie-break is applied: hold a run-off to separate them.</source>
            <translation>{names} comparten el puesto {place}: ninguna supera a otra en la cadena más fuerte de victorias en enfrentamientos directos. No se aplica ningún criterio de desempate: celebre una segunda vuelta para separarlas.</translation>
        </message>
        <message>
            <source>{names} got no {unit}; they share {place} place.</source>
            <translation>{names} no obtuvieron {unit}; comparten el puesto {place}.</translation>
        </message>
        <message>
            <source>{names} are tied for {place} place with {amount} each. No tie-break is applied: hold a run-off to separate them.</source>
            <translation>{names} empatan en el puesto {place}, con {amount} cada una. No se aplica ningún criterio de desempate: celebre una segunda vuelta para separarlas.</translation>
        </message>
        <message numerus="yes">
            <source>{higher} and {lower} are exactly level head to head: %n ballot(s) put {higher} higher and %n put {lower} higher. {higher} ranks above only on Borda points. Between these two it is a tie: hold a run-off to separate them.</source>
            <translation>
                <numerusform>{higher} y {lower} están exactamente empatadas en el enfrentamiento directo: %n papeleta sitúa a {higher} por encima y %n sitúa a {lower} por encima. {higher} queda por delante solo por los puntos Borda. Entre estas dos hay empate: celebre una segunda vuelta para separarlas.</numerusform>
                <numerusform>{higher} y {lower} están exactamente empatadas en el enfrentamiento directo: %n papeletas sitúan a {higher} por encima y %n sitúan a {lower} por encima. {higher} queda por delante solo por los puntos Borda. Entre estas dos hay empate: celebre una segunda vuelta para separarlas.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{higher} and {lower} are exactly level head to head: %n ballot(s) put {higher} higher and %n put {lower} higher. {higher} ranks above only because of how each fares against other candidates. Between these two it is a tie: hold a run-off to separate them.</source>
            <translation>
                <numerusform>{higher} y {lower} están exactamente empatadas en el enfrentamiento directo: %n papeleta sitúa a {higher} por encima y %n sitúa a {lower} por encima. {higher} queda por delante solo por los resultados de cada una frente a las demás opciones. Entre estas dos hay empate: celebre una segunda vuelta para separarlas.</numerusform>
                <numerusform>{higher} y {lower} están exactamente empatadas en el enfrentamiento directo: %n papeletas sitúan a {higher} por encima y %n sitúan a {lower} por encima. {higher} queda por delante solo por los resultados de cada una frente a las demás opciones. Entre estas dos hay empate: celebre una segunda vuelta para separarlas.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{higher} and {lower} are nearly level head to head: %n ballot(s) put {higher} higher, {under} put {lower} higher. Consider a run-off.</source>
            <translation>
                <numerusform>{higher} y {lower} están casi empatadas en el enfrentamiento directo: %n papeleta sitúa a {higher} por encima y {under} sitúan a {lower} por encima. Considere celebrar una segunda vuelta.</numerusform>
                <numerusform>{higher} y {lower} están casi empatadas en el enfrentamiento directo: %n papeletas sitúan a {higher} por encima y {under} sitúan a {lower} por encima. Considere celebrar una segunda vuelta.</numerusform>
            </translation>
        </message>
        <message>
            <source>{higher} ({higher_amount}) and {lower} ({lower_amount}) are within {margin} of each other: a tie in practice. Consider a run-off.</source>
            <translation>{higher} ({higher_amount}) y {lower} ({lower_amount}) difieren en menos de {margin}: en la práctica, un empate. Considere celebrar una segunda vuelta.</translation>
        </message>
        <message>
            <source>There is no voting round {round_id} in this workshop.</source>
            <translation>No hay ninguna ronda de votación {round_id} en este taller.</translation>
        </message>
        <message>
            <source>{label} is not registered with an organisation, and this round takes one ballot per organisation.</source>
            <translation>{label} no está inscrito con ninguna organización, y esta ronda admite una papeleta por organización.</translation>
        </message>
        <message>
            <source>{label} has already voted in “{title}”. Each person votes once.</source>
            <translation>{label} ya ha votado en «{title}». Cada persona vota una sola vez.</translation>
        </message>
        <message>
            <source>{organisation} has already voted in “{title}”. Each organisation votes once.</source>
            <translation>{organisation} ya ha votado en «{title}». Cada organización vota una sola vez.</translation>
        </message>
        <message>
            <source>“{title}” has not been opened for voting yet. Results show once it has been opened and closed.</source>
            <translation>«{title}» todavía no se ha abierto a votación. Los resultados se muestran una vez que se ha abierto y cerrado.</translation>
        </message>
        <message>
            <source>Results of “{title}” show when the round closes. So far {sentence}.</source>
            <translation>Los resultados de «{title}» se muestran cuando se cierra la ronda. Hasta ahora, {sentence}.</translation>
        </message>
        <message>
            <source>This round is secret: ballots are not linked to anyone.</source>
            <translation>Esta ronda es secreta: las papeletas no están vinculadas a nadie.</translation>
        </message>
        <message>
            <source>Ballots show when the round closes.</source>
            <translation>Las papeletas se muestran cuando se cierra la ronda.</translation>
        </message>
        <message>
            <source>{missing_count} of the chosen recommendations are no longer in the workshop.</source>
            <translation>{missing_count} de las recomendaciones elegidas ya no están en el taller.</translation>
        </message>
        <message>
            <source>The round needs a title.</source>
            <translation>La ronda necesita un título.</translation>
        </message>
        <message>
            <source>The title is too long (at most {title_max} characters).</source>
            <translation>El título es demasiado largo (como máximo {title_max} caracteres).</translation>
        </message>
        <message>
            <source>Create voting round “{title}”</source>
            <translation>Crear la ronda de votación «{title}»</translation>
        </message>
        <message>
            <source>Anonymous ballot codes are for secret rounds. Make the round secret.</source>
            <translation>Los códigos de votación anónimos son para las rondas secretas. Haga secreta la ronda.</translation>
        </message>
        <message>
            <source>Anonymous ballot codes can't tell organisations apart: a round with one ballot per organisation uses secret ballots by name.</source>
            <translation>Los códigos de votación anónimos no permiten distinguir entre organizaciones: una ronda con una papeleta por organización usa votación secreta por nombre.</translation>
        </message>
        <message>
            <source>The number of ballot codes must be between 1 and {max_codes}.</source>
            <translation>El número de códigos de votación debe estar entre 1 y {max_codes}.</translation>
        </message>
        <message>
            <source>The rules of “{title}” are locked: ballots are in. Method, candidates and budget can no longer change. Create a new round instead.</source>
            <translation>Las reglas de «{title}» están bloqueadas: ya hay papeletas emitidas. El método, las opciones y el total de puntos ya no pueden cambiar. Cree una nueva ronda.</translation>
        </message>
        <message>
            <source>“{title}” is open: its ballot codes were made when it opened, so whether it uses codes, and how many, can no longer change. Create a new round instead.</source>
            <translation>«{title}» está abierta: sus códigos de votación se generaron al abrirla, por lo que ya no se puede cambiar si usa códigos ni cuántos. Cree una nueva ronda.</translation>
        </message>
        <message>
            <source>Edit voting round “{new_title}”</source>
            <translation>Editar la ronda de votación «{new_title}»</translation>
        </message>
        <message>
            <source>The rules of “{title}” are locked: ballots are in, so this step can no longer be undone.</source>
            <translation>Las reglas de «{title}» están bloqueadas: ya hay papeletas emitidas, por lo que este paso ya no se puede deshacer.</translation>
        </message>
        <message>
            <source>Delete voting round “{title}”</source>
            <translation>Eliminar la ronda de votación «{title}»</translation>
        </message>
        <message>
            <source>“{title}” has been opened for voting, so it stays in the workshop's record.</source>
            <translation>«{title}» se ha abierto a votación, por lo que permanece en el registro del taller.</translation>
        </message>
        <message>
            <source>A run-off follows a closed round; “{title}” is not closed yet.</source>
            <translation>Una segunda vuelta sigue a una ronda cerrada; «{title}» todavía no está cerrada.</translation>
        </message>
        <message>
            <source>A run-off needs at least two of this round's candidates.</source>
            <translation>Una segunda vuelta necesita al menos dos de las opciones de esta ronda.</translation>
        </message>
        <message>
            <source>Someone ticked present is not registered for this round. Refresh the list and tick again.</source>
            <translation>Una persona marcada como presente no está inscrita en esta ronda. Actualice la lista y vuelva a marcar.</translation>
        </message>
        <message>
            <source>Attendance for “{title}”</source>
            <translation>Asistencia a «{title}»</translation>
        </message>
        <message>
            <source>“{title}” does not use anonymous ballot codes: the “has voted” record already says who took part.</source>
            <translation>«{title}» no usa códigos de votación anónimos: el registro de «ha votado» ya indica quién participó.</translation>
        </message>
        <message>
            <source>“{title}” is closed. A closed round never reopens; create a run-off or a new round instead.</source>
            <translation>«{title}» está cerrada. Una ronda cerrada nunca se vuelve a abrir; cree una segunda vuelta o una nueva ronda.</translation>
        </message>
        <message>
            <source>No organisations are registered yet. Register participants first.</source>
            <translation>Todavía no hay organizaciones registradas. Registre primero a los participantes.</translation>
        </message>
        <message>
            <source>No participants are registered yet. Register participants first.</source>
            <translation>Todavía no hay participantes registrados. Registre primero a los participantes.</translation>
        </message>
        <message>
            <source>“{title}” has not been opened for voting yet.</source>
            <translation>«{title}» todavía no se ha abierto a votación.</translation>
        </message>
        <message>
            <source>There is no participant {participant_id} in this workshop.</source>
            <translation>No hay ningún participante {participant_id} en este taller.</translation>
        </message>
        <message>
            <source>“{title}” is closed: it takes no more ballots.</source>
            <translation>«{title}» está cerrada: ya no admite papeletas.</translation>
        </message>
        <message>
            <source>“{title}” is not open for voting yet.</source>
            <translation>«{title}» todavía no está abierta a votación.</translation>
        </message>
        <message>
            <source>“{title}” uses anonymous ballot codes: a ballot is cast with a code, never under a name.</source>
            <translation>«{title}» usa códigos de votación anónimos: las papeletas se emiten con un código, nunca a nombre de alguien.</translation>
        </message>
        <message>
            <source>“{title}” does not use ballot codes: voters pick their name.</source>
            <translation>«{title}» no usa códigos de votación: los votantes eligen su nombre.</translation>
        </message>
        <message>
            <source>“{title}” does not use ballot codes.</source>
            <translation>«{title}» no usa códigos de votación.</translation>
        </message>
        <message>
            <source>“{title}” is not open: its ballot codes are made when it opens.</source>
            <translation>«{title}» no está abierta: sus códigos de votación se generan al abrirla.</translation>
        </message>
        <message>
            <source>Code {n} ({code}) is not an unused ballot code of “{title}”.</source>
            <translation>El código {n} ({code}) no es un código de votación no utilizado de «{title}».</translation>
        </message>
        <message>
            <source>Another program has this workshop open{who}. A secret ballot is recorded only when no other program is reading the file. Close it there and cast the ballot again; nothing was recorded.</source>
            <translation>Otro programa tiene abierto este taller{who}. Una votación secreta solo se registra cuando ningún otro programa está leyendo el archivo. Ciérrelo allí y vuelva a emitir la papeleta; no se registró nada.</translation>
        </message>
        <message>
            <source>Wall-chart counts are for dot or point voting. Type in paper ballots instead.</source>
            <translation>Los recuentos del papelógrafo son para la votación con puntos adhesivos o con puntos. Introduzca en su lugar las papeletas en papel.</translation>
        </message>
        <message>
            <source>Candidate {cand} is not in this round.</source>
            <translation>La opción {cand} no está en esta ronda.</translation>
        </message>
        <message>
            <source>The count for {known} must be a whole number, 0 or more.</source>
            <translation>El recuento de {known} debe ser un número entero, 0 o más.</translation>
        </message>
        <message>
            <source>“{title}” uses anonymous ballot codes: nobody is marked by name. Enter the wall-chart counts without naming who placed them.</source>
            <translation>«{title}» usa códigos de votación anónimos: no se marca a nadie por su nombre. Introduzca los recuentos del papelógrafo sin indicar quién colocó los puntos.</translation>
        </message>
        <message>
            <source>This ballot code is not valid for this round, or it has been used already. Check it, or ask the facilitator for a new slip.</source>
            <translation>Este código de votación no es válido para esta ronda, o ya se ha utilizado. Revíselo o pida al facilitador una nueva tarjeta.</translation>
        </message>
        <message numerus="yes">
            <source>The wall chart has %n dot(s), more than the {most} that everyone registered could place. Check the count (a zero too many?) and type it again.</source>
            <translation>
                <numerusform>El papelógrafo tiene %n punto adhesivo, más de los {most} que podrían colocar todas las personas inscritas. Revise el recuento (¿un cero de más?) y vuelva a escribirlo.</numerusform>
                <numerusform>El papelógrafo tiene %n puntos adhesivos, más de los {most} que podrían colocar todas las personas inscritas. Revise el recuento (¿un cero de más?) y vuelva a escribirlo.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The wall chart has %n point(s), more than the {most} that everyone registered could place. Check the count (a zero too many?) and type it again.</source>
            <translation>
                <numerusform>El papelógrafo tiene %n punto, más de los {most} que podrían colocar todas las personas inscritas. Revise el recuento (¿un cero de más?) y vuelva a escribirlo.</numerusform>
                <numerusform>El papelógrafo tiene %n puntos, más de los {most} que podrían colocar todas las personas inscritas. Revise el recuento (¿un cero de más?) y vuelva a escribirlo.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{candidate} has %n dot(s), more than the {most} that everyone registered could place. Check the count (a zero too many?) and type it again.</source>
            <translation>
                <numerusform>{candidate} tiene %n punto adhesivo, más de los {most} que podrían colocar todas las personas inscritas. Revise el recuento (¿un cero de más?) y vuelva a escribirlo.</numerusform>
                <numerusform>{candidate} tiene %n puntos adhesivos, más de los {most} que podrían colocar todas las personas inscritas. Revise el recuento (¿un cero de más?) y vuelva a escribirlo.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{candidate} has %n point(s), more than the {most} that everyone registered could place. Check the count (a zero too many?) and type it again.</source>
            <translation>
                <numerusform>{candidate} tiene %n punto, más de los {most} que podrían colocar todas las personas inscritas. Revise el recuento (¿un cero de más?) y vuelva a escribirlo.</numerusform>
                <numerusform>{candidate} tiene %n puntos, más de los {most} que podrían colocar todas las personas inscritas. Revise el recuento (¿un cero de más?) y vuelva a escribirlo.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Voting methods</name>
        <message>
            <source>Dot voting</source>
            <translation>Votación con puntos adhesivos</translation>
        </message>
        <message>
            <source>100-point voting</source>
            <translation>Votación con 100 puntos</translation>
        </message>
        <message>
            <source>Approval</source>
            <translation>Votación por aprobación</translation>
        </message>
        <message>
            <source>Score 0–{top}</source>
            <translation>Puntuación de 0 a {top}</translation>
        </message>
        <message>
            <source>Ranked (Borda)</source>
            <translation>Clasificación (Borda)</translation>
        </message>
        <message>
            <source>Ranked (Schulze)</source>
            <translation>Clasificación (Schulze)</translation>
        </message>
        <message>
            <source>MoSCoW</source>
            <translation>MoSCoW</translation>
        </message>
    </context>
    <context>
        <name>WallChartDialog</name>
        <message>
            <source>Wall-chart counts: %1</source>
            <translation>Recuentos del papelógrafo: %1</translation>
        </message>
        <message>
            <source>Enter wall-chart counts</source>
            <translation>Introducir los recuentos del papelógrafo</translation>
        </message>
        <message>
            <source>Type how many dots each candidate got on the wall chart; counts entered before are shown, to correct or complete. Tick the people who voted on the wall, so they can't also vote at the laptop.</source>
            <translation>Escriba cuántos puntos adhesivos recibió cada opción en el papelógrafo; se muestran los recuentos introducidos antes, para corregirlos o completarlos. Marque a las personas que votaron en el papelógrafo, para que no puedan votar también en la computadora.</translation>
        </message>
        <message>
            <source>Type how many points each candidate got on the wall chart; counts entered before are shown, to correct or complete. Tick the people who voted on the wall, so they can't also vote at the laptop.</source>
            <translation>Escriba cuántos puntos recibió cada opción en el papelógrafo; se muestran los recuentos introducidos antes, para corregirlos o completarlos. Marque a las personas que votaron en el papelógrafo, para que no puedan votar también en la computadora.</translation>
        </message>
        <message>
            <source>Counts per candidate</source>
            <translation>Recuentos por opción</translation>
        </message>
        <message>
            <source>Who voted on the wall</source>
            <translation>Quién votó en el papelógrafo</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Save wall-chart counts</source>
            <translation>Guardar los recuentos del papelógrafo</translation>
        </message>
        <message>
            <source>1 person ticked</source>
            <translation>1 persona marcada</translation>
        </message>
        <message numerus="yes">
            <source>%n people ticked</source>
            <translation>
                <numerusform>%n persona marcada</numerusform>
                <numerusform>%n personas marcadas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>On the wall: %n dot(s)</source>
            <translation>
                <numerusform>En el papelógrafo: %n punto adhesivo</numerusform>
                <numerusform>En el papelógrafo: %n puntos adhesivos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>On the wall: %n point(s)</source>
            <translation>
                <numerusform>En el papelógrafo: %n punto</numerusform>
                <numerusform>En el papelógrafo: %n puntos</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>WallCountModel</name>
        <message>
            <source>No.</source>
            <translation>N.º</translation>
        </message>
        <message>
            <source>Recommendation</source>
            <translation>Recomendación</translation>
        </message>
        <message>
            <source>Dots on the wall</source>
            <translation>Puntos adhesivos en el papelógrafo</translation>
        </message>
    </context>
    <context>
        <name>Word export</name>
        <message>
            <source>Organised by: {organisers}</source>
            <translation>Organizado por: {organisers}</translation>
        </message>
        <message>
            <source>Untitled priority</source>
            <translation>Prioridad sin título</translation>
        </message>
        <message>
            <source>{number}. {title}</source>
            <translation>{number}. {title}</translation>
        </message>
        <message>
            <source>Cluster</source>
            <translation>Grupo temático</translation>
        </message>
        <message>
            <source>{label}:</source>
            <comment>a label before its value</comment>
            <translation>{label}:</translation>
        </message>
        <message>
            <source>(this recommendation was deleted)</source>
            <translation>(esta recomendación se eliminó)</translation>
        </message>
    </context>
    <context>
        <name>Workshop</name>
        <message>
            <source>Added {count}.</source>
            <translation>Se añadieron {count}.</translation>
        </message>
        <message>
            <source>1 was already in the workshop and was not added again.</source>
            <translation>1 ya estaba en el taller y no se volvió a añadir.</translation>
        </message>
        <message>
            <source>Choose a different file name for the copy.</source>
            <translation>Elija otro nombre de archivo para la copia.</translation>
        </message>
        <message>
            <source>Can't write to “{parent}”: the folder is read-only. Choose another folder.</source>
            <translation>No se puede escribir en «{parent}»: la carpeta es de solo lectura. Elija otra carpeta.</translation>
        </message>
        <message>
            <source>The copy could not be written to “{target}”: {error}. The workshop is unchanged.</source>
            <translation>No se pudo escribir la copia en «{target}»: {error}. El taller no se ha modificado.</translation>
        </message>
        <message>
            <source>Edit workshop details</source>
            <translation>Editar los detalles del taller</translation>
        </message>
        <message>
            <source>The same recommendation, from the same State(s), is already in the workshop.</source>
            <translation>La misma recomendación, del mismo Estado o de los mismos Estados, ya está en el taller.</translation>
        </message>
        <message>
            <source>Add recommendation {value}</source>
            <translation>Añadir la recomendación {value}</translation>
        </message>
        <message>
            <source>This recommendation has not been saved yet.</source>
            <translation>Esta recomendación todavía no se ha guardado.</translation>
        </message>
        <message>
            <source>This recommendation no longer exists (it may have been deleted).</source>
            <translation>Esta recomendación ya no existe (puede haberse eliminado).</translation>
        </message>
        <message>
            <source>Edit recommendation {value}</source>
            <translation>Editar la recomendación {value}</translation>
        </message>
        <message>
            <source>The note is empty.</source>
            <translation>La nota está vacía.</translation>
        </message>
        <message>
            <source>This recommendation no longer exists.</source>
            <translation>Esta recomendación ya no existe.</translation>
        </message>
        <message>
            <source>The note is empty. Delete it instead.</source>
            <translation>La nota está vacía. Elimínela.</translation>
        </message>
        <message>
            <source>This note no longer exists.</source>
            <translation>Esta nota ya no existe.</translation>
        </message>
        <message>
            <source>This file has no recommendations to {chosen}.</source>
            <translation>Este archivo no contiene recomendaciones dirigidas a {chosen}.</translation>
        </message>
        <message>
            <source>{problems} Correct the file and import it again; nothing was added.</source>
            <translation>{problems} Corrija el archivo y vuelva a importarlo; no se añadió nada.</translation>
        </message>
        <message>
            <source>The workshop needs a title.</source>
            <translation>El taller necesita un título.</translation>
        </message>
        <message>
            <source>The UPR cycle must be a number from 1 to 10.</source>
            <translation>El ciclo del EPU debe ser un número de 1 a 10.</translation>
        </message>
        <message>
            <source>“{code}” is not a document language; choose one of {codes}.</source>
            <translation>«{code}» no es un idioma de documentos; elija uno de estos: {codes}.</translation>
        </message>
    </context>
    <context>
        <name>WorkshopDialogs</name>
        <message>
            <source>Workshop</source>
            <translation>Taller</translation>
        </message>
    </context>
    <context>
        <name>WorkshopFile</name>
        <message>
            <source>“{name}” is open in another program (an upr-desktop command, on this computer) that is changing it. Wait for it to finish and try again; you can open it read-only meanwhile.</source>
            <translation>«{name}» está abierto en otro programa (un comando upr-desktop, en esta computadora) que lo está modificando. Espere a que termine y vuelva a intentarlo; mientras tanto, puede abrirlo en modo de solo lectura.</translation>
        </message>
        <message>
            <source>“{name}” is open in another program (an upr-desktop command, on another computer) that is changing it. Wait for it to finish and try again; you can open it read-only meanwhile.</source>
            <translation>«{name}» está abierto en otro programa (un comando upr-desktop, en otra computadora) que lo está modificando. Espere a que termine y vuelva a intentarlo; mientras tanto, puede abrirlo en modo de solo lectura.</translation>
        </message>
        <message>
            <source>“{name}” is open in another program (an upr-desktop command) that is changing it. Wait for it to finish and try again; you can open it read-only meanwhile.</source>
            <translation>«{name}» está abierto en otro programa (un comando upr-desktop) que lo está modificando. Espere a que termine y vuelva a intentarlo; mientras tanto, puede abrirlo en modo de solo lectura.</translation>
        </message>
        <message>
            <source>“{name}” is open in another window of UPR Desktop (on this computer). You can open it read-only to look at it or print from it; changes can only be made in the other window.</source>
            <translation>«{name}» está abierto en otra ventana de UPR Desktop (en esta computadora). Puede abrirlo en modo de solo lectura para consultarlo o imprimir a partir de él; solo se pueden hacer cambios en la otra ventana.</translation>
        </message>
        <message>
            <source>“{name}” is open in another window of UPR Desktop (on another computer). You can open it read-only to look at it or print from it; changes can only be made in the other window.</source>
            <translation>«{name}» está abierto en otra ventana de UPR Desktop (en otra computadora). Puede abrirlo en modo de solo lectura para consultarlo o imprimir a partir de él; solo se pueden hacer cambios en la otra ventana.</translation>
        </message>
        <message>
            <source>“{name}” is open in another window of UPR Desktop. You can open it read-only to look at it or print from it; changes can only be made in the other window.</source>
            <translation>«{name}» está abierto en otra ventana de UPR Desktop. Puede abrirlo en modo de solo lectura para consultarlo o imprimir a partir de él; solo se pueden hacer cambios en la otra ventana.</translation>
        </message>
        <message>
            <source>{listed}; and {more} more</source>
            <translation>{listed}; y {more} más</translation>
        </message>
        <message>
            <source>“{name}” was not opened: it contains {listed}. Something added there could record or change what is done in the workshop (such as who voted and when). The file has not been changed. Save a cleaned copy, which keeps the workshop's data and nothing else, and open that.</source>
            <translation>No se abrió «{name}»: contiene {listed}. Algo añadido allí podría registrar o modificar lo que se hace en el taller (como quién votó y cuándo). El archivo no se ha modificado. Guarde una copia depurada, que conserva los datos del taller y nada más, y abra esa copia.</translation>
        </message>
        <message>
            <source>The disk is full: free some space and try again. Nothing was changed.</source>
            <translation>El disco está lleno: libere espacio y vuelva a intentarlo. No se modificó nada.</translation>
        </message>
        <message>
            <source>Can't write to “{parent}”: {value}. Choose another folder.</source>
            <translation>No se puede escribir en «{parent}»: {value}. Elija otra carpeta.</translation>
        </message>
        <message>
            <source>“{name}” could not be written: {value}. Free some space or choose another folder; nothing was changed.</source>
            <translation>No se pudo escribir «{name}»: {value}. Libere espacio o elija otra carpeta; no se modificó nada.</translation>
        </message>
        <message>
            <source>The workshop file “{name}” is damaged ({detail}). Nothing was changed. Open the latest good backup of it (UPR Desktop offers it when it opens the file) and work on that.</source>
            <translation>El archivo de taller «{name}» está dañado ({detail}). No se modificó nada. Abra su última copia de seguridad en buen estado (UPR Desktop la ofrece al abrir el archivo) y trabaje en ella.</translation>
        </message>
        <message>
            <source>The workshop file “{name}” is damaged. Nothing was changed. Open the latest good backup of it (UPR Desktop offers it when it opens the file) and work on that.</source>
            <translation>El archivo de taller «{name}» está dañado. No se modificó nada. Abra su última copia de seguridad en buen estado (UPR Desktop la ofrece al abrir el archivo) y trabaje en ella.</translation>
        </message>
        <message>
            <source>The workshop file is damaged ({detail}). Nothing was changed. Open the latest good backup of it (UPR Desktop offers it when it opens the file) and work on that.</source>
            <translation>El archivo de taller está dañado ({detail}). No se modificó nada. Abra su última copia de seguridad en buen estado (UPR Desktop la ofrece al abrir el archivo) y trabaje en ella.</translation>
        </message>
        <message>
            <source>The workshop file is damaged. Nothing was changed. Open the latest good backup of it (UPR Desktop offers it when it opens the file) and work on that.</source>
            <translation>El archivo de taller está dañado. No se modificó nada. Abra su última copia de seguridad en buen estado (UPR Desktop la ofrece al abrir el archivo) y trabaje en ella.</translation>
        </message>
        <message>
            <source>“{name}” can't be changed: it is read-only. Use “Save a copy…” to work on a copy.</source>
            <translation>«{name}» no se puede modificar: es de solo lectura. Use «Guardar una copia…» para trabajar en una copia.</translation>
        </message>
        <message>
            <source>“{name}” is busy in another window or program. Close it there and try again.</source>
            <translation>«{name}» está ocupado en otra ventana u otro programa. Ciérrelo allí y vuelva a intentarlo.</translation>
        </message>
        <message>
            <source>“{name}” is damaged. Open it again: the app then offers its latest good backup. The backups folder is shown in Help ▸ About.</source>
            <translation>«{name}» está dañado. Vuelva a abrirlo: la aplicación le ofrecerá entonces su última copia de seguridad en buen estado. La carpeta de copias de seguridad se indica en Ayuda ▸ Acerca de UPR Desktop.</translation>
        </message>
        <message>
            <source>The change could not be saved to “{name}”: {error}.</source>
            <translation>No se pudo guardar el cambio en «{name}»: {error}.</translation>
        </message>
        <message>
            <source>SQLite's check found: {problem}</source>
            <translation>La comprobación de SQLite encontró: {problem}</translation>
        </message>
        <message>
            <source>“{name}” is open read-only. Use “Save a copy…” to make changes.</source>
            <translation>«{name}» está abierto en modo de solo lectura. Use «Guardar una copia…» para hacer cambios.</translation>
        </message>
        <message>
            <source>Some text contains characters that are not valid text (the file may be damaged or mis-exported), so nothing was saved. Re-export the file and try again.</source>
            <translation>Parte del texto contiene caracteres no válidos (el archivo puede estar dañado o mal exportado), por lo que no se guardó nada. Vuelva a exportar el archivo e inténtelo de nuevo.</translation>
        </message>
        <message>
            <source>There is no file at “{path}”.</source>
            <translation>No hay ningún archivo en «{path}».</translation>
        </message>
        <message>
            <source>“{path}” is a folder, not a workshop file.</source>
            <translation>«{path}» es una carpeta, no un archivo de taller.</translation>
        </message>
        <message>
            <source>“{name}” can't be read: {strerror}.</source>
            <translation>No se puede leer «{name}»: {strerror}.</translation>
        </message>
        <message>
            <source>“{name}” is empty: it is not a workshop file.</source>
            <translation>«{name}» está vacío: no es un archivo de taller.</translation>
        </message>
        <message>
            <source>“{name}” is not a UPR Desktop workshop file. To bring its recommendations into a workshop, use Import.</source>
            <translation>«{name}» no es un archivo de taller de UPR Desktop. Para incorporar sus recomendaciones a un taller, use Importar.</translation>
        </message>
        <message>
            <source>“{name}” is not a UPR Desktop workshop file.</source>
            <translation>«{name}» no es un archivo de taller de UPR Desktop.</translation>
        </message>
        <message>
            <source>“{name}” is no longer open in this window. Open it again.</source>
            <translation>«{name}» ya no está abierto en esta ventana. Vuelva a abrirlo.</translation>
        </message>
        <message>
            <source>“{name}” is damaged or not a workshop file ({error}). Restore it from a backup, or open a backup copy.</source>
            <translation>«{name}» está dañado o no es un archivo de taller ({error}). Restáurelo a partir de una copia de seguridad, o abra una copia de seguridad.</translation>
        </message>
        <message>
            <source>SQLite says: {error}</source>
            <translation>SQLite indica: {error}</translation>
        </message>
        <message>
            <source>“{name}” is a database, but not a UPR Desktop workshop file.</source>
            <translation>«{name}» es una base de datos, pero no un archivo de taller de UPR Desktop.</translation>
        </message>
        <message>
            <source>“{name}” was saved by a newer version of UPR Desktop (its format has {applied_count} upgrades, this version knows {schema_version}). Install the latest UPR Desktop to open it. The file has not been changed.</source>
            <translation>«{name}» se guardó con una versión más reciente de UPR Desktop (su formato tiene {applied_count} actualizaciones; esta versión conoce {schema_version}). Instale la última versión de UPR Desktop para abrirlo. El archivo no se ha modificado.</translation>
        </message>
        <message>
            <source>“{name}” was made by an older version and must be upgraded, which can't be done where it is (read-only). Copy it to a folder you can write to and open the copy.</source>
            <translation>«{name}» se creó con una versión anterior y debe actualizarse, lo que no es posible en su ubicación actual (de solo lectura). Cópielo en una carpeta con permiso de escritura y abra la copia.</translation>
        </message>
        <message>
            <source>“{name}” needs an upgrade, but no copy of it could be kept first ({error}), so it was not upgraded. Nothing was changed.</source>
            <translation>«{name}» necesita una actualización, pero antes no se pudo guardar una copia ({error}), por lo que no se actualizó. No se modificó nada.</translation>
        </message>
        <message>
            <source>“{name}” could not be upgraded ({reason}). It is unchanged, and a copy was kept at “{backup}”.</source>
            <translation>No se pudo actualizar «{name}» ({reason}). No se ha modificado, y se guardó una copia en «{backup}».</translation>
        </message>
        <message>
            <source>“{name}” already exists. Choose another name, or open it instead.</source>
            <translation>«{name}» ya existe. Elija otro nombre, o ábralo.</translation>
        </message>
        <message>
            <source>The folder “{parent}” does not exist.</source>
            <translation>La carpeta «{parent}» no existe.</translation>
        </message>
        <message>
            <source>Can't create “{name}”: the folder “{parent}” is read-only. Choose another folder.</source>
            <translation>No se puede crear «{name}»: la carpeta «{parent}» es de solo lectura. Elija otra carpeta.</translation>
        </message>
        <message>
            <source>“{name}” already exists. Choose another name for the cleaned copy.</source>
            <translation>«{name}» ya existe. Elija otro nombre para la copia depurada.</translation>
        </message>
        <message>
            <source>The cleaned copy must be a new file: the original is kept as it is.</source>
            <translation>La copia depurada debe ser un archivo nuevo: el original se conserva tal como está.</translation>
        </message>
        <message>
            <source>“{name}” was saved by a newer version of UPR Desktop. Install the latest UPR Desktop to clean it.</source>
            <translation>«{name}» se guardó con una versión más reciente de UPR Desktop. Instale la última versión de UPR Desktop para depurarlo.</translation>
        </message>
        <message>
            <source>A cleaned copy of “{name}” could not be made ({error}). The original is unchanged; open an earlier backup of it instead.</source>
            <translation>No se pudo crear una copia depurada de «{name}» ({error}). El original no se ha modificado; abra en su lugar una copia de seguridad anterior.</translation>
        </message>
        <message>
            <source>A cleaned copy could not be written to “{target}” ({strerror}).</source>
            <translation>No se pudo escribir una copia depurada en «{target}» ({strerror}).</translation>
        </message>
        <message>
            <source>a {type} “{name}” that UPR Desktop did not put there</source>
            <translation>un objeto {type} «{name}» que UPR Desktop no puso allí</translation>
        </message>
        <message>
            <source>no {type} “{name}”, which UPR Desktop needs</source>
            <translation>ningún objeto {type} «{name}», que UPR Desktop necesita</translation>
        </message>
        <message>
            <source>a {type} “{name}” that is not the one UPR Desktop made</source>
            <translation>un objeto {type} «{name}» que no es el que creó UPR Desktop</translation>
        </message>
    </context>
    <context>
        <name>WorkshopInfoDialog</name>
        <message>
            <source>Workshop details</source>
            <translation>Detalles del taller</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Guardar</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>These details appear on printouts and on the outcome charter.</source>
            <translation>Estos detalles aparecen en los documentos impresos y en la carta final.</translation>
        </message>
        <message>
            <source>“{name}” is open read-only, so its details can't be changed. Use “Save a copy…” to work on a copy.</source>
            <translation>«{name}» está abierto en modo de solo lectura, por lo que sus detalles no se pueden cambiar. Use «Guardar una copia…» para trabajar en una copia.</translation>
        </message>
    </context>
    <context>
        <name>WorkshopInfoForm</name>
        <message>
            <source>e.g. CSO strategy workshop on Kenya's 4th UPR cycle</source>
            <translation>p. ej., Taller de estrategia de las OSC sobre el 4.º ciclo del EPU de Kenya</translation>
        </message>
        <message>
            <source>Type or choose a State, e.g. Kenya</source>
            <translation>Escriba o elija un Estado, p. ej., Kenya</translation>
        </message>
        <message>
            <source>Not set</source>
            <translation>Sin fijar</translation>
        </message>
        <message>
            <source>e.g. Nairobi, YMCA conference hall</source>
            <translation>p. ej., Nairobi, sala de conferencias de la YMCA</translation>
        </message>
        <message>
            <source>One organisation per line</source>
            <translation>Una organización por línea</translation>
        </message>
        <message>
            <source>THE REVIEW</source>
            <translation>EL EXAMEN</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Título</translation>
        </message>
        <message>
            <source>Country under review</source>
            <translation>País examinado</translation>
        </message>
        <message>
            <source>Review date</source>
            <translation>Fecha del examen</translation>
        </message>
        <message>
            <source>UPR cycle</source>
            <translation>Ciclo del EPU</translation>
        </message>
        <message>
            <source>THE WORKSHOP</source>
            <translation>EL TALLER</translation>
        </message>
        <message>
            <source>Venue</source>
            <translation>Lugar</translation>
        </message>
        <message>
            <source>to</source>
            <translation>al</translation>
        </message>
        <message>
            <source>Dates</source>
            <translation>Fechas</translation>
        </message>
        <message>
            <source>Organisers</source>
            <translation>Organizadores</translation>
        </message>
        <message>
            <source>The charter, handouts, ballots and exports are written in this language.</source>
            <translation>La carta, los folletos, las papeletas y las exportaciones se redactan en este idioma.</translation>
        </message>
        <message>
            <source>Documents in</source>
            <translation>Documentos en</translation>
        </message>
        <message>
            <source>All countries (coalition database)</source>
            <translation>Todos los países (base de datos de la coalición)</translation>
        </message>
        <message>
            <source>Give the workshop a title: it appears on every printout and on the charter.</source>
            <translation>Dé un título al taller: aparece en todos los documentos impresos y en la carta.</translation>
        </message>
        <message>
            <source>The workshop's last day is before its first day. Check the dates.</source>
            <translation>El último día del taller es anterior al primero. Revise las fechas.</translation>
        </message>
    </context>
    <context>
        <name>WorkshopLocker</name>
        <message>
            <source>The workshop can't be locked while the kiosk is open for voting.</source>
            <translation>El taller no se puede bloquear mientras el quiosco esté abierto a votación.</translation>
        </message>
        <message>
            <source>Locked — UPR Desktop</source>
            <translation>Bloqueado — UPR Desktop</translation>
        </message>
        <message>
            <source>Type the passphrase first.</source>
            <translation>Escriba primero la frase de contraseña.</translation>
        </message>
        <message>
            <source>That passphrase is not right, so the workshop stays locked. Check the keyboard layout and Caps Lock, and try again.</source>
            <translation>Esa frase de contraseña no es correcta, por lo que el taller sigue bloqueado. Revise la distribución del teclado y Bloq Mayús, y vuelva a intentarlo.</translation>
        </message>
        <message>
            <source>The workshop could not be reopened: {reason}</source>
            <translation>No se pudo volver a abrir el taller: {reason}</translation>
        </message>
    </context>
    <context>
        <name>_FilterPopup</name>
        <message>
            <source>Nothing to choose from in this workshop yet.</source>
            <translation>Todavía no hay nada que elegir en este taller.</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>Borrar</translation>
        </message>
        <message numerus="yes">
            <source>%n selected</source>
            <translation>
                <numerusform>%n seleccionado</numerusform>
                <numerusform>%n seleccionados</numerusform>
            </translation>
        </message>
        <message>
            <source>Any</source>
            <translation>Cualquiera</translation>
        </message>
    </context>
</TS>
