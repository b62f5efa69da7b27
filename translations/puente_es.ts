<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
    <context>
        <name>AccountPage</name>
        <message>
            <source>Testing…</source>
            <translation>Probando…</translation>
        </message>
        <message>
            <source>The server answered. You can sign in.</source>
            <translation>El servidor respondió. Ya puede iniciar sesión.</translation>
        </message>
        <message>
            <source>Make a local account</source>
            <translation>Crear una cuenta local</translation>
        </message>
        <message>
            <source>Sign in</source>
            <translation>Iniciar sesión</translation>
        </message>
        <message>
            <source>Server address:</source>
            <translation>Dirección del servidor:</translation>
        </message>
        <message>
            <source>Username:</source>
            <translation>Usuario:</translation>
        </message>
        <message>
            <source>Password:</source>
            <translation>Contraseña:</translation>
        </message>
        <message>
            <source>Repeat the password:</source>
            <translation>Repita la contraseña:</translation>
        </message>
        <message>
            <source>Test the connection</source>
            <translation>Probar la conexión</translation>
        </message>
    </context>
    <context>
        <name>AttendanceDialog</name>
        <message>
            <source>Choose the date of the session.</source>
            <translation>Elija la fecha de la sesión.</translation>
        </message>
        <message>
            <source>Tick at least one worker who attended.</source>
            <translation>Marque al menos a un trabajador que asistió.</translation>
        </message>
        <message>
            <source>Already recorded for this date, left unchanged: {names}</source>
            <translation>Ya registrado para esta fecha, sin cambios: {names}</translation>
        </message>
        <message>
            <source>Attendance not recorded: {reason}</source>
            <translation>Asistencia no registrada: {reason}</translation>
        </message>
        <message>
            <source>Attendance not recorded</source>
            <translation>Asistencia sin registrar</translation>
        </message>
        <message>
            <source>The attendance ticked here is not recorded yet. Close without it?</source>
            <translation>La asistencia marcada aquí aún no está registrada. ¿Cerrar sin registrarla?</translation>
        </message>
        <message>
            <source>Record attendance</source>
            <translation>Registrar asistencia</translation>
        </message>
        <message>
            <source>Tick the workers who attended this session. Attendance cannot be changed once recorded.</source>
            <translation>Marque a los trabajadores que asistieron a esta sesión. La asistencia no se puede cambiar una vez registrada.</translation>
        </message>
        <message>
            <source>Session date</source>
            <translation>Fecha de la sesión</translation>
        </message>
        <message>
            <source>Hours of the session</source>
            <translation>Horas de la sesión</translation>
        </message>
        <message>
            <source>h</source>
            <translation>h</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
    </context>
    <context>
        <name>Audit</name>
        <message>
            <source>Signed in</source>
            <translation>Inicio de sesión</translation>
        </message>
        <message>
            <source>Sign-in refused</source>
            <translation>Inicio de sesión rechazado</translation>
        </message>
        <message>
            <source>Signed out</source>
            <translation>Cierre de sesión</translation>
        </message>
        <message>
            <source>Device blocked</source>
            <translation>Equipo bloqueado</translation>
        </message>
        <message>
            <source>User created</source>
            <translation>Usuario creado</translation>
        </message>
        <message>
            <source>Role changed</source>
            <translation>Rol cambiado</translation>
        </message>
        <message>
            <source>Password reset</source>
            <translation>Contraseña restablecida</translation>
        </message>
        <message>
            <source>Change sent to the server</source>
            <translation>Cambio enviado al servidor</translation>
        </message>
        <message>
            <source>Changes received from the server</source>
            <translation>Cambios recibidos del servidor</translation>
        </message>
        <message>
            <source>Sync file imported</source>
            <translation>Archivo de sincronización importado</translation>
        </message>
        <message>
            <source>Sync file written</source>
            <translation>Archivo de sincronización creado</translation>
        </message>
        <message>
            <source>Audit log read</source>
            <translation>Registro de auditoría consultado</translation>
        </message>
        <message>
            <source>Data exported</source>
            <translation>Datos exportados</translation>
        </message>
        <message>
            <source>Filled document printed</source>
            <translation>Documento con datos impreso</translation>
        </message>
        <message>
            <source>Consent recorded or changed</source>
            <translation>Consentimiento registrado o modificado</translation>
        </message>
        <message>
            <source>Consent withdrawn</source>
            <translation>Consentimiento retirado</translation>
        </message>
        <message>
            <source>Record archived</source>
            <translation>Registro archivado</translation>
        </message>
        <message>
            <source>Record restored</source>
            <translation>Registro restaurado</translation>
        </message>
        <message>
            <source>Retention period set</source>
            <translation>Plazo de conservación fijado</translation>
        </message>
        <message>
            <source>Retention period removed</source>
            <translation>Plazo de conservación eliminado</translation>
        </message>
        <message>
            <source>Closed records anonymised (retention)</source>
            <translation>Expedientes cerrados anonimizados (conservación)</translation>
        </message>
    </context>
    <context>
        <name>AuditView</name>
        <message>
            <source>The start date is after the end date.</source>
            <translation>La fecha de inicio es posterior a la fecha de fin.</translation>
        </message>
        <message>
            <source>Reading the audit log from the server…</source>
            <translation>Leyendo el registro de auditoría del servidor…</translation>
        </message>
        <message>
            <source>The server cannot be reached. The audit log is read from the server: try again when this computer is online.</source>
            <translation>No se puede contactar con el servidor. El registro de auditoría se lee en el servidor: inténtelo de nuevo cuando este equipo tenga conexión.</translation>
        </message>
        <message>
            <source>Sign in to the server (Sync page) to read the audit log.</source>
            <translation>Inicie sesión en el servidor (página Sincronización) para leer el registro de auditoría.</translation>
        </message>
        <message>
            <source>Only HQ analysts and administrators can read the audit log.</source>
            <translation>Solo los analistas de la sede y los administradores pueden leer el registro de auditoría.</translation>
        </message>
        <message>
            <source>The server could not give the audit log. Try again later.</source>
            <translation>El servidor no pudo entregar el registro de auditoría. Inténtelo más tarde.</translation>
        </message>
        <message>
            <source>No events match these filters.</source>
            <translation>Ningún evento coincide con estos filtros.</translation>
        </message>
        <message numerus="yes">
            <source>%n event(s) shown; more are on the server.</source>
            <translation>
                <numerusform>%n evento mostrado; hay más en el servidor.</numerusform>
                <numerusform>%n eventos mostrados; hay más en el servidor.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n event(s) shown.</source>
            <translation>
                <numerusform>%n evento mostrado.</numerusform>
                <numerusform>%n eventos mostrados.</numerusform>
            </translation>
        </message>
        <message>
            <source>Field officer</source>
            <translation>Oficial de campo</translation>
        </message>
        <message>
            <source>Supervisor</source>
            <translation>Supervisor</translation>
        </message>
        <message>
            <source>HQ analyst</source>
            <translation>Analista de la sede</translation>
        </message>
        <message>
            <source>Administrator</source>
            <translation>Administrador</translation>
        </message>
        <message>
            <source>Worker</source>
            <translation>Trabajador</translation>
        </message>
        <message>
            <source>Job placement</source>
            <translation>Colocación laboral</translation>
        </message>
        <message>
            <source>Course</source>
            <translation>Curso</translation>
        </message>
        <message>
            <source>Course enrolment</source>
            <translation>Inscripción a curso</translation>
        </message>
        <message>
            <source>Attendance</source>
            <translation>Asistencia</translation>
        </message>
        <message>
            <source>Reintegration plan</source>
            <translation>Plan de reintegración</translation>
        </message>
        <message>
            <source>Plan milestone</source>
            <translation>Etapa del plan</translation>
        </message>
        <message>
            <source>Community project</source>
            <translation>Proyecto comunitario</translation>
        </message>
        <message>
            <source>Project participant</source>
            <translation>Participante del proyecto</translation>
        </message>
        <message>
            <source>Remittance</source>
            <translation>Remesa</translation>
        </message>
        <message>
            <source>Case note</source>
            <translation>Nota del caso</translation>
        </message>
        <message>
            <source>done</source>
            <translation>hecho</translation>
        </message>
        <message>
            <source>new record</source>
            <translation>registro nuevo</translation>
        </message>
        <message>
            <source>change</source>
            <translation>cambio</translation>
        </message>
        <message>
            <source>archived</source>
            <translation>archivado</translation>
        </message>
        <message>
            <source>stored</source>
            <translation>guardado</translation>
        </message>
        <message>
            <source>merged</source>
            <translation>combinado</translation>
        </message>
        <message>
            <source>conflict</source>
            <translation>conflicto</translation>
        </message>
        <message>
            <source>refused</source>
            <translation>rechazado</translation>
        </message>
        <message>
            <source>already received</source>
            <translation>ya recibido</translation>
        </message>
        <message>
            <source>wrong password</source>
            <translation>contraseña incorrecta</translation>
        </message>
        <message>
            <source>unknown user</source>
            <translation>usuario desconocido</translation>
        </message>
        <message>
            <source>inactive user</source>
            <translation>usuario inactivo</translation>
        </message>
        <message>
            <source>already blocked</source>
            <translation>ya bloqueado</translation>
        </message>
        <message>
            <source>already imported</source>
            <translation>ya importado</translation>
        </message>
        <message>
            <source>record not found</source>
            <translation>registro no encontrado</translation>
        </message>
        <message>
            <source>mission not allowed</source>
            <translation>misión no permitida</translation>
        </message>
        <message>
            <source>not allowed for this role</source>
            <translation>no permitido para este rol</translation>
        </message>
        <message>
            <source>invalid value</source>
            <translation>valor no válido</translation>
        </message>
        <message>
            <source>breaks a rule</source>
            <translation>incumple una regla</translation>
        </message>
        <message>
            <source>{outcome} ({count} rows)</source>
            <translation>{outcome} ({count} filas)</translation>
        </message>
        <message>
            <source>Audit log</source>
            <translation>Registro de auditoría</translation>
        </message>
        <message>
            <source>Who signed in, sent changes, exported or printed, on which computer and when, as the server recorded it. Only names and record numbers are kept, never personal details. Times are shown on this computer's clock.</source>
            <translation>Quién inició sesión, envió cambios, exportó o imprimió, en qué equipo y cuándo, tal como lo registró el servidor. Solo se guardan nombres de usuario y números de registro, nunca datos personales. Las horas se muestran según el reloj de este equipo.</translation>
        </message>
        <message>
            <source>Mission</source>
            <translation>Misión</translation>
        </message>
        <message>
            <source>Event</source>
            <translation>Evento</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Desde</translation>
        </message>
        <message>
            <source>To</source>
            <translation>Hasta</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>Mostrar</translation>
        </message>
        <message>
            <source>Load more</source>
            <translation>Cargar más</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Cuándo</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Quién</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rol</translation>
        </message>
        <message>
            <source>Computer</source>
            <translation>Equipo</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Resultado</translation>
        </message>
        <message>
            <source>Record type</source>
            <translation>Tipo de registro</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>Registro</translation>
        </message>
        <message>
            <source>Fields</source>
            <translation>Campos</translation>
        </message>
        <message>
            <source>All missions</source>
            <translation>Todas las misiones</translation>
        </message>
        <message>
            <source>All events</source>
            <translation>Todos los eventos</translation>
        </message>
    </context>
    <context>
        <name>Backup</name>
        <message>
            <source>The file could not be used: {reason}</source>
            <translation>No se pudo usar el archivo: {reason}</translation>
        </message>
        <message>
            <source>Choose a file first.</source>
            <translation>Primero elija un archivo.</translation>
        </message>
        <message>
            <source>There is no file at {path}.</source>
            <translation>No hay ningún archivo en {path}.</translation>
        </message>
        <message>
            <source>Keep the backup outside Puente's data folder, for example on a USB stick.</source>
            <translation>Guarde la copia de seguridad fuera de la carpeta de datos de Puente, por ejemplo en una memoria USB.</translation>
        </message>
        <message>
            <source>Something went wrong. Nothing was changed.</source>
            <translation>Algo salió mal. No se cambió nada.</translation>
        </message>
        <message>
            <source>Save or close the open records first, then restore again. Nothing was changed.</source>
            <translation>Primero guarde o cierre los registros abiertos y vuelva a restaurar. No se cambió nada.</translation>
        </message>
        <message>
            <source>This file is not a Puente backup.</source>
            <translation>Este archivo no es una copia de seguridad de Puente.</translation>
        </message>
        <message>
            <source>This backup is damaged or was changed after it was made, so it cannot be restored. Nothing was changed.</source>
            <translation>Esta copia de seguridad está dañada o fue modificada después de hacerse, así que no se puede restaurar. No se cambió nada.</translation>
        </message>
        <message>
            <source>This backup was made by a newer Puente ({version}). Install Puente {version} or newer to restore it. Nothing was changed.</source>
            <translation>Esta copia de seguridad la hizo una versión más reciente de Puente ({version}). Instale Puente {version} o una versión posterior para restaurarla. No se cambió nada.</translation>
        </message>
        <message>
            <source>The username or password does not open this backup. Nothing was changed.</source>
            <translation>El usuario o la contraseña no abren esta copia de seguridad. No se cambió nada.</translation>
        </message>
        <message>
            <source>This is a backup of the demo data (not encrypted). It cannot replace a real case file.</source>
            <translation>Esta es una copia de seguridad de los datos de demostración (sin cifrar). No puede reemplazar un archivo de casos real.</translation>
        </message>
        <message>
            <source>This is a backup of a real case file. It cannot replace the demo data.</source>
            <translation>Esta es una copia de seguridad de un archivo de casos real. No puede reemplazar los datos de demostración.</translation>
        </message>
        <message>
            <source>The case file inside this backup failed its check, so it was not restored. Nothing was changed.</source>
            <translation>El archivo de casos de esta copia de seguridad no pasó la verificación, así que no se restauró. No se cambió nada.</translation>
        </message>
        <message>
            <source>Puente is still using the case file. Close Puente and try again.</source>
            <translation>Puente todavía está usando el archivo de casos. Cierre Puente y vuelva a intentarlo.</translation>
        </message>
        <message>
            <source>There is no case file to back up yet.</source>
            <translation>Todavía no hay un archivo de casos que respaldar.</translation>
        </message>
        <message>
            <source>This case file is encrypted: sign in to back it up.</source>
            <translation>Este archivo de casos está cifrado: inicie sesión para respaldarlo.</translation>
        </message>
        <message>
            <source>The key does not open this case file.</source>
            <translation>La clave no abre este archivo de casos.</translation>
        </message>
        <message>
            <source>The copy of the case file was not encrypted, so no backup was written.</source>
            <translation>La copia del archivo de casos no quedó cifrada, así que no se escribió ninguna copia de seguridad.</translation>
        </message>
        <message>
            <source>The case file could not be read: {reason}</source>
            <translation>No se pudo leer el archivo de casos: {reason}</translation>
        </message>
    </context>
    <context>
        <name>BackupDialog</name>
        <message>
            <source>Puente backups (*.puente-backup)</source>
            <translation>Copias de seguridad de Puente (*.puente-backup)</translation>
        </message>
        <message>
            <source>Something went wrong. The details were written to the log.</source>
            <translation>Algo salió mal. Los detalles se escribieron en el registro.</translation>
        </message>
        <message>
            <source>Made on {date} by Puente {version} ({size}).</source>
            <translation>Hecha el {date} con Puente {version} ({size}).</translation>
        </message>
        <message>
            <source>Demo data, not encrypted.</source>
            <translation>Datos de demostración, sin cifrar.</translation>
        </message>
        <message>
            <source>Made by a newer Puente: install version {version} or newer.</source>
            <translation>Hecha con una versión más reciente de Puente: instale la versión {version} o una posterior.</translation>
        </message>
        <message>
            <source>Back up the case file</source>
            <translation>Respaldar el archivo de casos</translation>
        </message>
        <message>
            <source>This is the demo data: its backup is NOT encrypted. Real case files are always backed up encrypted.</source>
            <translation>Estos son los datos de demostración: su copia de seguridad NO está cifrada. Los archivos de casos reales siempre se respaldan cifrados.</translation>
        </message>
        <message>
            <source>The backup is encrypted: only the passwords of the people who sign in on this laptop open it. Keep it away from this laptop, for example on a USB stick kept somewhere safe.</source>
            <translation>La copia de seguridad está cifrada: solo la abren las contraseñas de las personas que inician sesión en esta computadora. Guárdela lejos de esta computadora, por ejemplo en una memoria USB en un lugar seguro.</translation>
        </message>
        <message>
            <source>Backup file:</source>
            <translation>Archivo de copia:</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Elegir…</translation>
        </message>
        <message>
            <source>Back up</source>
            <translation>Respaldar</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <source>Backing up…</source>
            <translation>Respaldando…</translation>
        </message>
        <message>
            <source>The backup was written to {path}.</source>
            <translation>La copia de seguridad se escribió en {path}.</translation>
        </message>
        <message>
            <source>Restore a backup</source>
            <translation>Restaurar una copia de seguridad</translation>
        </message>
        <message>
            <source>The case file on this laptop is replaced by the backup. The backup is checked completely first; if anything is wrong, nothing is replaced.</source>
            <translation>El archivo de casos de esta computadora se reemplaza por la copia de seguridad. Antes se verifica la copia completa; si algo está mal, no se reemplaza nada.</translation>
        </message>
        <message>
            <source>Backup:</source>
            <translation>Copia:</translation>
        </message>
        <message>
            <source>Username:</source>
            <translation>Usuario:</translation>
        </message>
        <message>
            <source>Password:</source>
            <translation>Contraseña:</translation>
        </message>
        <message>
            <source>the password of a person in the backup</source>
            <translation>la contraseña de una persona de la copia</translation>
        </message>
        <message>
            <source>Restore…</source>
            <translation>Restaurar…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Choose a backup file first.</source>
            <translation>Primero elija un archivo de copia de seguridad.</translation>
        </message>
        <message>
            <source>Type the password of a person in the backup.</source>
            <translation>Escriba la contraseña de una persona de la copia de seguridad.</translation>
        </message>
        <message>
            <source>Checking the backup…</source>
            <translation>Verificando la copia de seguridad…</translation>
        </message>
        <message>
            <source>Replace the case file on this laptop with the backup made on {date}? Everything recorded here since then is lost, unless it was synced.</source>
            <translation>¿Reemplazar el archivo de casos de esta computadora por la copia de seguridad del {date}? Todo lo registrado aquí desde entonces se pierde, salvo lo que ya se sincronizó.</translation>
        </message>
        <message>
            <source>Restoring…</source>
            <translation>Restaurando…</translation>
        </message>
        <message>
            <source>The backup was restored. Puente now reopens the case file: sign in again.</source>
            <translation>Se restauró la copia de seguridad. Puente vuelve a abrir ahora el archivo de casos: inicie sesión de nuevo.</translation>
        </message>
        <message>
            <source>The backup was restored. Puente now reopens the case file.</source>
            <translation>Se restauró la copia de seguridad. Puente vuelve a abrir ahora el archivo de casos.</translation>
        </message>
        <message>
            <source>Puente now reopens the case file.</source>
            <translation>Puente vuelve a abrir ahora el archivo de casos.</translation>
        </message>
        <message>
            <source>Back up…</source>
            <translation>Respaldar…</translation>
        </message>
    </context>
    <context>
        <name>CaseNoteDialog</name>
        <message>
            <source>New case note</source>
            <translation>Nueva nota del caso</translation>
        </message>
        <message>
            <source>Revise case note</source>
            <translation>Revisar nota del caso</translation>
        </message>
        <message>
            <source>&amp;Kind</source>
            <translation>&amp;Tipo</translation>
        </message>
        <message>
            <source>&amp;Stage</source>
            <translation>&amp;Etapa</translation>
        </message>
        <message>
            <source>&amp;Text</source>
            <translation>&amp;Texto</translation>
        </message>
        <message>
            <source>&amp;Follow up on</source>
            <translation>&amp;Seguimiento el</translation>
        </message>
        <message>
            <source>Save as a new &amp;revision</source>
            <translation>Guardar como nueva &amp;versión</translation>
        </message>
    </context>
    <context>
        <name>ChangePasswordDialog</name>
        <message>
            <source>Checking the password…</source>
            <translation>Comprobando la contraseña…</translation>
        </message>
        <message>
            <source>Change the password of this laptop</source>
            <translation>Cambiar la contraseña de esta computadora</translation>
        </message>
        <message>
            <source>This password opens the case file on this laptop. The records are not encrypted again; only the key is. A server account keeps the server's password: the next online sign-in uses it again.</source>
            <translation>Esta contraseña abre el archivo de casos de esta computadora. Los registros no se vuelven a cifrar; solo la clave. Una cuenta del servidor conserva la contraseña del servidor: el próximo inicio de sesión en línea vuelve a usarla.</translation>
        </message>
        <message>
            <source>Current password:</source>
            <translation>Contraseña actual:</translation>
        </message>
        <message>
            <source>New password:</source>
            <translation>Contraseña nueva:</translation>
        </message>
        <message>
            <source>Repeat the new password:</source>
            <translation>Repita la contraseña nueva:</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Cambiar</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
    </context>
    <context>
        <name>CompletionDialog</name>
        <message>
            <source>Completion not recorded</source>
            <translation>Término sin registrar</translation>
        </message>
        <message>
            <source>This completion is not recorded yet. Close without it?</source>
            <translation>Este término aún no está registrado. ¿Cerrar sin registrarlo?</translation>
        </message>
        <message>
            <source>Choose the completion date.</source>
            <translation>Elija la fecha de término.</translation>
        </message>
        <message>
            <source>Record completion</source>
            <translation>Registrar término</translation>
        </message>
        <message>
            <source>&lt;b&gt;{worker}&lt;/b&gt; · {code}&lt;br&gt;enrolled on {date}</source>
            <translation>&lt;b&gt;{worker}&lt;/b&gt; · {code}&lt;br&gt;inscrito el {date}</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Resultado</translation>
        </message>
        <message>
            <source>Completed on</source>
            <translation>Terminado el</translation>
        </message>
        <message>
            <source>Certificate number</source>
            <translation>Número de certificado</translation>
        </message>
        <message>
            <source>Left empty: the next number is given</source>
            <translation>Si se deja vacío, se asigna el número siguiente</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
    </context>
    <context>
        <name>ConflictsView</name>
        <message>
            <source>No conflicts: every change is settled.</source>
            <translation>No hay conflictos: todos los cambios están resueltos.</translation>
        </message>
        <message numerus="yes">
            <source>%n field(s) settled; they sync like any change.</source>
            <translation>
                <numerusform>%n campo resuelto; se sincroniza como cualquier cambio.</numerusform>
                <numerusform>%n campos resueltos; se sincronizan como cualquier cambio.</numerusform>
            </translation>
        </message>
        <message>
            <source>Decide later</source>
            <translation>Decidir después</translation>
        </message>
        <message>
            <source>Keep mine</source>
            <translation>Conservar el mío</translation>
        </message>
        <message>
            <source>Take theirs</source>
            <translation>Tomar el del servidor</translation>
        </message>
        <message>
            <source>Type a new value</source>
            <translation>Escribir un valor nuevo</translation>
        </message>
        <message>
            <source>Conflicts</source>
            <translation>Conflictos</translation>
        </message>
        <message>
            <source>These fields were changed here and on the server before the two met. The server's value is in use until you decide; nothing has been lost.</source>
            <translation>Estos campos se cambiaron aquí y en el servidor antes de sincronizar. Se usa el valor del servidor hasta que usted decida; no se ha perdido nada.</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>Registro</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Campo</translation>
        </message>
        <message>
            <source>Before</source>
            <translation>Antes</translation>
        </message>
        <message>
            <source>Mine</source>
            <translation>Mío</translation>
        </message>
        <message>
            <source>Theirs</source>
            <translation>Del servidor</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>Decisión</translation>
        </message>
        <message>
            <source>New value</source>
            <translation>Valor nuevo</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>Aplicar</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Actualizar</translation>
        </message>
    </context>
    <context>
        <name>CourseCompletionDialog</name>
        <message>
            <source>Enter the date.</source>
            <translation>Indique la fecha.</translation>
        </message>
        <message>
            <source>Record completion</source>
            <translation>Registrar finalización</translation>
        </message>
        <message>
            <source>&amp;Result</source>
            <translation>&amp;Resultado</translation>
        </message>
        <message>
            <source>&amp;Completed on</source>
            <translation>&amp;Completado el</translation>
        </message>
        <message>
            <source>Certificate &amp;number</source>
            <translation>&amp;Número de certificado</translation>
        </message>
        <message>
            <source>Leave empty to number it automatically</source>
            <translation>Déjelo vacío para numerarlo automáticamente</translation>
        </message>
    </context>
    <context>
        <name>CourseEditor</name>
        <message>
            <source>Mission</source>
            <translation>Misión</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Código</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Título</translation>
        </message>
        <message>
            <source>Provider</source>
            <translation>Proveedor</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Etapa</translation>
        </message>
        <message>
            <source>Skill area</source>
            <translation>Área de competencia</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Idioma</translation>
        </message>
        <message>
            <source>Hours</source>
            <translation>Horas</translation>
        </message>
        <message>
            <source>Starts on</source>
            <translation>Empieza el</translation>
        </message>
        <message>
            <source>Ends on</source>
            <translation>Termina el</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Lugar</translation>
        </message>
        <message>
            <source>Places</source>
            <translation>Plazas</translation>
        </message>
        <message>
            <source>Nothing was saved: correct the fields marked in red.</source>
            <translation>No se guardó nada: corrija los campos marcados en rojo.</translation>
        </message>
        <message>
            <source>This course has changes that are not saved.</source>
            <translation>Este curso tiene cambios sin guardar.</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Guardar</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <source>e.g. PDO-2026-03</source>
            <translation>p. ej. PDO-2026-03</translation>
        </message>
        <message>
            <source>h</source>
            <translation>h</translation>
        </message>
        <message>
            <source>New course</source>
            <translation>Nuevo curso</translation>
        </message>
    </context>
    <context>
        <name>CourseEnrolDialog</name>
        <message>
            <source>Enrol in a course</source>
            <translation>Inscribir en un curso</translation>
        </message>
        <message>
            <source>&amp;Course</source>
            <translation>&amp;Curso</translation>
        </message>
        <message>
            <source>&amp;Enrolled on</source>
            <translation>&amp;Inscrito el</translation>
        </message>
        <message>
            <source>Reading the catalogue…</source>
            <translation>Leyendo el catálogo…</translation>
        </message>
        <message>
            <source>No course in the catalogue yet</source>
            <translation>Todavía no hay cursos en el catálogo</translation>
        </message>
        <message>
            <source>&amp;Enrol</source>
            <translation>&amp;Inscribir</translation>
        </message>
        <message>
            <source>{taken} of {capacity} places taken</source>
            <translation>{taken} de {capacity} lugares ocupados</translation>
        </message>
        <message>
            <source>no date</source>
            <translation>sin fecha</translation>
        </message>
    </context>
    <context>
        <name>CourseLabels</name>
        <message>
            <source>Pre-departure orientation</source>
            <translation>Orientación previa a la salida</translation>
        </message>
        <message>
            <source>On-site training</source>
            <translation>Capacitación en el lugar de trabajo</translation>
        </message>
        <message>
            <source>Additional course</source>
            <translation>Curso complementario</translation>
        </message>
        <message>
            <source>Entrepreneurship</source>
            <translation>Emprendimiento</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Idioma</translation>
        </message>
        <message>
            <source>Enrolled</source>
            <translation>Inscrito</translation>
        </message>
        <message>
            <source>Attending</source>
            <translation>Asistiendo</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation>Terminado</translation>
        </message>
        <message>
            <source>Withdrawn</source>
            <translation>Retirado</translation>
        </message>
        <message>
            <source>Passed</source>
            <translation>Aprobado</translation>
        </message>
        <message>
            <source>Passed with distinction</source>
            <translation>Aprobado con distinción</translation>
        </message>
        <message>
            <source>Not passed</source>
            <translation>No aprobado</translation>
        </message>
        <message>
            <source>Attendance only</source>
            <translation>Solo asistencia</translation>
        </message>
        <message>
            <source>Spanish</source>
            <translation>Español</translation>
        </message>
        <message>
            <source>English</source>
            <translation>Inglés</translation>
        </message>
        <message>
            <source>French</source>
            <translation>Francés</translation>
        </message>
    </context>
    <context>
        <name>CourseTableModel</name>
        <message>
            <source>Code</source>
            <translation>Código</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Título</translation>
        </message>
        <message>
            <source>Mission</source>
            <translation>Misión</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Etapa</translation>
        </message>
        <message>
            <source>Starts</source>
            <translation>Inicio</translation>
        </message>
        <message>
            <source>Ends</source>
            <translation>Fin</translation>
        </message>
        <message>
            <source>Places</source>
            <translation>Plazas</translation>
        </message>
        <message>
            <source>Enrolled</source>
            <translation>Inscritos</translation>
        </message>
        <message>
            <source>Hours</source>
            <translation>Horas</translation>
        </message>
    </context>
    <context>
        <name>CoursesView</name>
        <message>
            <source>Participants</source>
            <translation>Participantes</translation>
        </message>
        <message>
            <source>Choose a course to see its participants.</source>
            <translation>Elija un curso para ver a sus participantes.</translation>
        </message>
        <message>
            <source>Participants of {course} ({count})</source>
            <translation>Participantes de {course} ({count})</translation>
        </message>
        <message>
            <source>{hours} h</source>
            <translation>{hours} h</translation>
        </message>
        <message>
            <source>{taken} of {capacity} places taken</source>
            <translation>{taken} de {capacity} plazas ocupadas</translation>
        </message>
        <message>
            <source>Withdraw from the course</source>
            <translation>Retirar del curso</translation>
        </message>
        <message>
            <source>Withdraw {worker} from this course? Their place is freed.</source>
            <translation>¿Retirar a {worker} de este curso? Su plaza queda libre.</translation>
        </message>
        <message>
            <source>Not changed</source>
            <translation>Sin cambios</translation>
        </message>
        <message>
            <source>Starting from:</source>
            <translation>Que empiezan desde:</translation>
        </message>
        <message>
            <source>All kinds</source>
            <translation>Todos los tipos</translation>
        </message>
        <message>
            <source>Search courses by code or title</source>
            <translation>Buscar cursos por código o título</translation>
        </message>
        <message>
            <source>New course…</source>
            <translation>Nuevo curso…</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Editar…</translation>
        </message>
        <message>
            <source>Attendance sheet…</source>
            <translation>Hoja de asistencia…</translation>
        </message>
        <message>
            <source>Enrol workers…</source>
            <translation>Inscribir trabajadores…</translation>
        </message>
        <message>
            <source>Record attendance…</source>
            <translation>Registrar asistencia…</translation>
        </message>
        <message>
            <source>Record completion…</source>
            <translation>Registrar término…</translation>
        </message>
        <message>
            <source>Withdraw</source>
            <translation>Retirar</translation>
        </message>
        <message>
            <source>Certificate…</source>
            <translation>Certificado…</translation>
        </message>
    </context>
    <context>
        <name>DateField</name>
        <message>
            <source>Not set</source>
            <translation>Sin fecha</translation>
        </message>
        <message>
            <source>Clear this date</source>
            <translation>Borrar esta fecha</translation>
        </message>
    </context>
    <context>
        <name>DemoPage</name>
        <message>
            <source>The demo</source>
            <translation>La demostración</translation>
        </message>
        <message>
            <source>Puente opens a separate case file with synthetic workers, marked DEMO. Nothing in it is real and nothing is sent to a server. To work with real records later, start Puente again and choose the server or a local account.</source>
            <translation>Puente abre un archivo de casos aparte con trabajadores ficticios, marcado DEMOSTRACIÓN. Nada en él es real y nada se envía a un servidor. Para trabajar con registros reales más adelante, vuelva a abrir Puente y elija el servidor o una cuenta local.</translation>
        </message>
    </context>
    <context>
        <name>DocumentActions</name>
        <message>
            <source>Worker record</source>
            <translation>Expediente de la persona trabajadora</translation>
        </message>
        <message>
            <source>Attendance sheet</source>
            <translation>Lista de asistencia</translation>
        </message>
        <message>
            <source>Certificate of completion</source>
            <translation>Certificado de finalización</translation>
        </message>
        <message>
            <source>Reintegration plan</source>
            <translation>Plan de reintegración</translation>
        </message>
        <message>
            <source>Blank intake forms</source>
            <translation>Formularios de registro en blanco</translation>
        </message>
        <message>
            <source>A4</source>
            <translation>A4</translation>
        </message>
        <message>
            <source>Letter</source>
            <translation>Carta</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>Documentos PDF (*.pdf)</translation>
        </message>
        <message>
            <source>The file could not be written ({reason}). Choose another folder.</source>
            <translation>No se pudo escribir el archivo ({reason}). Elija otra carpeta.</translation>
        </message>
        <message>
            <source>The document could not be made. The details were written to the log.</source>
            <translation>No se pudo crear el documento. Los detalles quedaron en el registro.</translation>
        </message>
        <message>
            <source>Save {document} as</source>
            <translation>Guardar {document} como</translation>
        </message>
        <message>
            <source>Saved as {path}.
Open it now to print it?</source>
            <translation>Guardado como {path}.
¿Abrirlo ahora para imprimirlo?</translation>
        </message>
        <message>
            <source>No program to open PDF files was found. The document is saved as {path}.</source>
            <translation>No se encontró un programa para abrir archivos PDF. El documento está guardado como {path}.</translation>
        </message>
        <message>
            <source>Documents</source>
            <translation>Documentos</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Abrir</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
    </context>
    <context>
        <name>DocumentOptionsDialog</name>
        <message>
            <source>Print: {document}</source>
            <translation>Imprimir: {document}</translation>
        </message>
        <message>
            <source>The PDF is saved first; then open it to print it.</source>
            <translation>Primero se guarda el PDF; después ábralo para imprimirlo.</translation>
        </message>
        <message>
            <source>Language:</source>
            <translation>Idioma:</translation>
        </message>
        <message>
            <source>Paper:</source>
            <translation>Papel:</translation>
        </message>
        <message>
            <source>Copies (each with its own form code):</source>
            <translation>Copias (cada una con su propio código):</translation>
        </message>
        <message>
            <source>Second language:</source>
            <translation>Segundo idioma:</translation>
        </message>
        <message>
            <source>Include the case notes</source>
            <translation>Incluir las notas del caso</translation>
        </message>
        <message>
            <source>Bilingual (each line also in a second language)</source>
            <translation>Bilingüe (cada línea también en un segundo idioma)</translation>
        </message>
        <message>
            <source>Save as PDF…</source>
            <translation>Guardar como PDF…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
    </context>
    <context>
        <name>Documents</name>
        <message>
            <source>Choose Spanish, English or French.</source>
            <translation>Elija español, inglés o francés.</translation>
        </message>
        <message>
            <source>Choose A4 or Letter paper.</source>
            <translation>Elija papel A4 o Carta.</translation>
        </message>
        <message>
            <source>The number of copies must be from 1 to {most}.</source>
            <translation>El número de copias debe ser de 1 a {most}.</translation>
        </message>
        <message>
            <source>The end of the period is before its start.</source>
            <translation>El final del periodo es anterior a su inicio.</translation>
        </message>
        <message>
            <source>The file {name} could not be written ({reason}). Choose another folder or close the program that has it open.</source>
            <translation>No se pudo escribir el archivo {name} ({reason}). Elija otra carpeta o cierre el programa que lo tiene abierto.</translation>
        </message>
    </context>
    <context>
        <name>DuplicateDialog</name>
        <message>
            <source>Already registered?</source>
            <translation>¿Ya está registrado?</translation>
        </message>
        <message numerus="yes">
            <source>%n stored worker(s) may be this person.</source>
            <translation>
                <numerusform>%n trabajador registrado puede ser esta persona.</numerusform>
                <numerusform>%n trabajadores registrados pueden ser esta persona.</numerusform>
            </translation>
        </message>
        <message>
            <source>Open the stored record rather than registering the person twice.</source>
            <translation>Abra el registro existente en lugar de registrar dos veces a la persona.</translation>
        </message>
        <message>
            <source>If this is someone else, create a new worker.</source>
            <translation>Si es otra persona, cree un trabajador nuevo.</translation>
        </message>
        <message>
            <source>&amp;Open this worker</source>
            <translation>&amp;Abrir este trabajador</translation>
        </message>
        <message>
            <source>&amp;Create a new worker anyway</source>
            <translation>&amp;Crear un trabajador nuevo de todos modos</translation>
        </message>
        <message>
            <source>&amp;Back to the form</source>
            <translation>&amp;Volver al formulario</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Case code</source>
            <translation>Código de caso</translation>
        </message>
        <message>
            <source>Date of birth</source>
            <translation>Fecha de nacimiento</translation>
        </message>
        <message>
            <source>ID number</source>
            <translation>Número de documento</translation>
        </message>
        <message>
            <source>Mission</source>
            <translation>Misión</translation>
        </message>
        <message>
            <source>Why it may be the same person</source>
            <translation>Por qué puede ser la misma persona</translation>
        </message>
        <message>
            <source>{name} (archived)</source>
            <translation>{name} (archivado)</translation>
        </message>
    </context>
    <context>
        <name>EnrolDialog</name>
        <message numerus="yes">
            <source>%n worker(s) ticked</source>
            <translation>
                <numerusform>%n trabajador marcado</numerusform>
                <numerusform>%n trabajadores marcados</numerusform>
            </translation>
        </message>
        <message>
            <source>{worker}: enrolled</source>
            <translation>{worker}: inscrito</translation>
        </message>
        <message>
            <source>{worker}: not enrolled. {reason}</source>
            <translation>{worker}: no inscrito. {reason}</translation>
        </message>
        <message numerus="yes">
            <source>%n worker(s) enrolled</source>
            <translation>
                <numerusform>%n trabajador inscrito.</numerusform>
                <numerusform>%n trabajadores inscritos.</numerusform>
            </translation>
        </message>
        <message>
            <source>Some could not be enrolled:</source>
            <translation>Algunos no pudieron inscribirse:</translation>
        </message>
        <message>
            <source>Enrolment cancelled: nobody was enrolled.</source>
            <translation>Inscripción cancelada: no se inscribió a nadie.</translation>
        </message>
        <message>
            <source>The enrolment failed: nothing was saved.</source>
            <translation>La inscripción falló: no se guardó nada.</translation>
        </message>
        <message>
            <source>Workers not enrolled</source>
            <translation>Trabajadores sin inscribir</translation>
        </message>
        <message>
            <source>The ticked workers are not enrolled yet. Close without enrolling them?</source>
            <translation>Los trabajadores marcados aún no están inscritos. ¿Cerrar sin inscribirlos?</translation>
        </message>
        <message>
            <source>Enrol workers in {course}</source>
            <translation>Inscribir trabajadores en {course}</translation>
        </message>
        <message>
            <source>{taken} of {capacity} places taken</source>
            <translation>{taken} de {capacity} plazas ocupadas</translation>
        </message>
        <message>
            <source>Search workers by name or case code</source>
            <translation>Buscar trabajadores por nombre o código de caso</translation>
        </message>
        <message>
            <source>Enrol ticked workers</source>
            <translation>Inscribir a los marcados</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <source>Workers</source>
            <translation>Personas trabajadoras</translation>
        </message>
        <message>
            <source>Placements abroad</source>
            <translation>Contratos en el extranjero</translation>
        </message>
        <message>
            <source>Course enrolments</source>
            <translation>Inscripciones a cursos</translation>
        </message>
        <message>
            <source>CSV (any spreadsheet or tool)</source>
            <translation>CSV (cualquier hoja de cálculo o herramienta)</translation>
        </message>
        <message>
            <source>XLSX (Excel workbook)</source>
            <translation>XLSX (libro de Excel)</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>Archivos CSV (*.csv)</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Libros de Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>Export to</source>
            <translation>Exportar a</translation>
        </message>
        <message>
            <source>Choose where to save the file.</source>
            <translation>Elija dónde guardar el archivo.</translation>
        </message>
        <message>
            <source>This is a folder: add a file name.</source>
            <translation>Esto es una carpeta: agregue un nombre de archivo.</translation>
        </message>
        <message>
            <source>Counting the rows…</source>
            <translation>Contando las filas…</translation>
        </message>
        <message>
            <source>{done} of {total} rows written…</source>
            <translation>{done} de {total} filas escritas…</translation>
        </message>
        <message numerus="yes">
            <source>%Ln row(s) saved in {path}.</source>
            <translation>
                <numerusform>%Ln fila guardada en {path}.</numerusform>
                <numerusform>%Ln filas guardadas en {path}.</numerusform>
            </translation>
        </message>
        <message>
            <source>Stopped: no file was written.</source>
            <translation>Detenido: no se escribió ningún archivo.</translation>
        </message>
        <message>
            <source>Stopping…</source>
            <translation>Deteniendo…</translation>
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
            <source>Export</source>
            <translation>Exportar</translation>
        </message>
        <message>
            <source>What:</source>
            <translation>Qué:</translation>
        </message>
        <message>
            <source>Format:</source>
            <translation>Formato:</translation>
        </message>
        <message>
            <source>Mission:</source>
            <translation>Misión:</translation>
        </message>
        <message>
            <source>Save as:</source>
            <translation>Guardar como:</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Elegir…</translation>
        </message>
        <message>
            <source>Only the fields your role may see are exported, and workers who withdrew consent are left out. Cells that a spreadsheet would run as a formula are written as plain text.</source>
            <translation>Solo se exportan los campos que su función puede ver, y se excluye a las personas que retiraron su consentimiento. Las celdas que una hoja de cálculo ejecutaría como fórmula se escriben como texto.</translation>
        </message>
        <message>
            <source>&amp;Export</source>
            <translation>&amp;Exportar</translation>
        </message>
    </context>
    <context>
        <name>Filters</name>
        <message>
            <source>All missions</source>
            <translation>Todas las misiones</translation>
        </message>
        <message>
            <source>All stages</source>
            <translation>Todas las etapas</translation>
        </message>
    </context>
    <context>
        <name>FirstRunAssistant</name>
        <message>
            <source>Preparing the encrypted case file…</source>
            <translation>Preparando el archivo de casos cifrado…</translation>
        </message>
        <message>
            <source>Welcome to Puente</source>
            <translation>Bienvenido a Puente</translation>
        </message>
    </context>
    <context>
        <name>FirstRunDialog</name>
        <message>
            <source>Welcome to Puente</source>
            <translation>Bienvenido a Puente</translation>
        </message>
        <message>
            <source>Before you start, tell Puente who works on this computer. Your name and mission go into the history of every record you change and into the case codes of the workers you register.</source>
            <translation>Antes de empezar, indique a Puente quién trabaja en esta computadora. Su nombre y su misión quedan en el historial de cada registro que usted modifique y en los códigos de caso de los trabajadores que registre.</translation>
        </message>
        <message>
            <source>Your full name</source>
            <translation>Su nombre completo</translation>
        </message>
        <message>
            <source>Your mission</source>
            <translation>Su misión</translation>
        </message>
    </context>
    <context>
        <name>FollowUpTableModel</name>
        <message>
            <source>Interview</source>
            <translation>Entrevista</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>Seguimiento</translation>
        </message>
        <message>
            <source>Call</source>
            <translation>Llamada</translation>
        </message>
        <message>
            <source>Visit</source>
            <translation>Visita</translation>
        </message>
        <message>
            <source>Referral</source>
            <translation>Derivación</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <source>Days late</source>
            <translation>Días de atraso</translation>
        </message>
        <message>
            <source>Worker</source>
            <translation>Trabajador</translation>
        </message>
        <message>
            <source>Case code</source>
            <translation>Código de caso</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Officer</source>
            <translation>Oficial</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Nota</translation>
        </message>
        <message>
            <source>The record of this worker is archived.</source>
            <translation>El expediente de este trabajador está archivado.</translation>
        </message>
    </context>
    <context>
        <name>FollowUpsView</name>
        <message>
            <source>The follow-ups could not be read.</source>
            <translation>No se pudieron leer los seguimientos.</translation>
        </message>
        <message>
            <source>My follow-ups</source>
            <translation>Mis seguimientos</translation>
        </message>
        <message>
            <source>All officers</source>
            <translation>Todos los oficiales</translation>
        </message>
        <message>
            <source>Not changed</source>
            <translation>Sin cambios</translation>
        </message>
        <message>
            <source>Overdue ({count})</source>
            <translation>Vencidos ({count})</translation>
        </message>
        <message>
            <source>Due this week ({count})</source>
            <translation>Esta semana ({count})</translation>
        </message>
        <message>
            <source>Later ({count})</source>
            <translation>Más adelante ({count})</translation>
        </message>
        <message numerus="yes">
            <source>%n follow-up(s) open</source>
            <translation>
                <numerusform>%n seguimiento pendiente</numerusform>
                <numerusform>%n seguimientos pendientes</numerusform>
            </translation>
        </message>
        <message>
            <source>Officer</source>
            <translation>Oficial</translation>
        </message>
        <message>
            <source>Mark done</source>
            <translation>Marcar como hecho</translation>
        </message>
        <message>
            <source>Open worker</source>
            <translation>Abrir trabajador</translation>
        </message>
    </context>
    <context>
        <name>FormCodeDialog</name>
        <message>
            <source>Type in a paper form</source>
            <translation>Capturar un formulario en papel</translation>
        </message>
        <message>
            <source>Type the form code printed at the top of the paper form, or scan its QR code.</source>
            <translation>Escriba el código impreso arriba del formulario en papel, o escanee su código QR.</translation>
        </message>
        <message>
            <source>&amp;Start the intake</source>
            <translation>&amp;Empezar el registro</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>&amp;Open this worker</source>
            <translation>&amp;Abrir este trabajador</translation>
        </message>
    </context>
    <context>
        <name>FormDialog</name>
        <message>
            <source>The list could not be read. Close this window and try again.</source>
            <translation>No se pudo leer la lista. Cierre esta ventana e inténtelo de nuevo.</translation>
        </message>
    </context>
    <context>
        <name>HistoryTab</name>
        <message>
            <source>synced</source>
            <translation>sincronizado</translation>
        </message>
        <message>
            <source>Every change to this worker and their records, newest first.</source>
            <translation>Todos los cambios de esta persona y de sus registros, del más reciente al más antiguo.</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>Registro</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Campo</translation>
        </message>
        <message>
            <source>Old value</source>
            <translation>Valor anterior</translation>
        </message>
        <message>
            <source>New value</source>
            <translation>Valor nuevo</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Quién</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Cuándo</translation>
        </message>
    </context>
    <context>
        <name>IdleLock</name>
        <message>
            <source>Puente is locked. Unlock it in the Puente window.</source>
            <translation>Puente está bloqueado. Desbloquéelo en la ventana de Puente.</translation>
        </message>
        <message>
            <source>Puente was locked after a time without use. {name}, type your password to go on.</source>
            <translation>Puente se bloqueó tras un tiempo sin uso. {name}, escriba su contraseña para continuar.</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Contraseña</translation>
        </message>
        <message>
            <source>Unlock</source>
            <translation>Desbloquear</translation>
        </message>
        <message>
            <source>locked</source>
            <translation>bloqueado</translation>
        </message>
        <message>
            <source>Checking the password…</source>
            <translation>Comprobando la contraseña…</translation>
        </message>
        <message>
            <source>Idle lock</source>
            <translation>Bloqueo por inactividad</translation>
        </message>
        <message>
            <source>Lock Puente after this many minutes without use:</source>
            <translation>Bloquear Puente tras estos minutos sin uso:</translation>
        </message>
        <message>
            <source>&amp;Lock now</source>
            <translation>&amp;Bloquear ahora</translation>
        </message>
        <message>
            <source>Lock after idle time…</source>
            <translation>Bloquear tras inactividad…</translation>
        </message>
        <message>
            <source>Change my password…</source>
            <translation>Cambiar mi contraseña…</translation>
        </message>
        <message>
            <source>Not encrypted</source>
            <translation>Sin cifrar</translation>
        </message>
        <message>
            <source>The demo case file holds synthetic data and is stored without encryption. Real case files are always encrypted.</source>
            <translation>El archivo de casos de demostración contiene datos sintéticos y se guarda sin cifrar. Los archivos de casos reales siempre están cifrados.</translation>
        </message>
    </context>
    <context>
        <name>Intake</name>
        <message>
            <source>A new worker starts as preparing to leave or back home; going abroad is recorded in the worker file, with the placement.</source>
            <translation>Un trabajador nuevo empieza preparándose para salir o de regreso en casa; la salida al extranjero se registra en el expediente del trabajador, con la colocación.</translation>
        </message>
        <message>
            <source>The stage changes through the journey actions of the worker file (departure, return).</source>
            <translation>La etapa cambia con las acciones del trayecto en el expediente del trabajador (salida, regreso).</translation>
        </message>
        <message>
            <source>This is not a form code. A form code looks like F-MX-7K3Q-9H2M-X: type it as printed at the top of the paper form.</source>
            <translation>Esto no es un código de formulario. Un código de formulario se ve así: F-MX-7K3Q-9H2M-X. Escríbalo tal como aparece arriba del formulario en papel.</translation>
        </message>
        <message>
            <source>This form code has a mistake: its last character does not match the others. Check each character against the paper form.</source>
            <translation>Este código de formulario tiene un error: su último carácter no corresponde con los demás. Compare cada carácter con el formulario en papel.</translation>
        </message>
        <message>
            <source>This form code is already used for {name} ({code}).</source>
            <translation>Este código de formulario ya se usó para {name} ({code}).</translation>
        </message>
        <message>
            <source>This form code is already used for a worker of another mission ({code}).</source>
            <translation>Este código de formulario ya se usó para un trabajador de otra misión ({code}).</translation>
        </message>
    </context>
    <context>
        <name>IntakeForm</name>
        <message>
            <source>Intake form code</source>
            <translation>Código del formulario</translation>
        </message>
        <message>
            <source>Type or scan this code when you enter the form.</source>
            <translation>Escriba o escanee este código al registrar el formulario en el sistema.</translation>
        </message>
        <message>
            <source>Identity</source>
            <translation>Identidad</translation>
        </message>
        <message>
            <source>Given names</source>
            <translation>Nombre(s)</translation>
        </message>
        <message>
            <source>First family name</source>
            <translation>Primer apellido</translation>
        </message>
        <message>
            <source>Second family name</source>
            <translation>Segundo apellido</translation>
        </message>
        <message>
            <source>Date of birth</source>
            <translation>Fecha de nacimiento</translation>
        </message>
        <message>
            <source>Sex</source>
            <translation>Sexo</translation>
        </message>
        <message>
            <source>Female</source>
            <translation>Mujer</translation>
        </message>
        <message>
            <source>Male</source>
            <translation>Hombre</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Otro</translation>
        </message>
        <message>
            <source>Prefers not to say</source>
            <translation>Prefiere no decirlo</translation>
        </message>
        <message>
            <source>Nationality</source>
            <translation>Nacionalidad</translation>
        </message>
        <message>
            <source>Mexico</source>
            <translation>México</translation>
        </message>
        <message>
            <source>El Salvador</source>
            <translation>El Salvador</translation>
        </message>
        <message>
            <source>Colombia</source>
            <translation>Colombia</translation>
        </message>
        <message>
            <source>Ecuador</source>
            <translation>Ecuador</translation>
        </message>
        <message>
            <source>Honduras</source>
            <translation>Honduras</translation>
        </message>
        <message>
            <source>Other country:</source>
            <translation>Otro país:</translation>
        </message>
        <message>
            <source>Contact and address</source>
            <translation>Contacto y domicilio</translation>
        </message>
        <message>
            <source>Mobile phone (with country code)</source>
            <translation>Teléfono celular (con código de país)</translation>
        </message>
        <message>
            <source>Other phone (family or neighbour)</source>
            <translation>Otro teléfono (familiar o vecino)</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>Correo electrónico</translation>
        </message>
        <message>
            <source>State, department or province</source>
            <translation>Estado, departamento o provincia</translation>
        </message>
        <message>
            <source>Municipality</source>
            <translation>Municipio</translation>
        </message>
        <message>
            <source>Community, village or neighbourhood</source>
            <translation>Comunidad, localidad o barrio</translation>
        </message>
        <message>
            <source>Address (street, number, directions)</source>
            <translation>Dirección (calle, número, referencias)</translation>
        </message>
        <message>
            <source>ID documents</source>
            <translation>Documentos de identidad</translation>
        </message>
        <message>
            <source>Type of ID document</source>
            <translation>Tipo de documento de identidad</translation>
        </message>
        <message>
            <source>CURP (Mexico)</source>
            <translation>CURP (México)</translation>
        </message>
        <message>
            <source>DUI (El Salvador)</source>
            <translation>DUI (El Salvador)</translation>
        </message>
        <message>
            <source>Citizenship card (Colombia)</source>
            <translation>Cédula de ciudadanía (Colombia)</translation>
        </message>
        <message>
            <source>Identity card (Ecuador)</source>
            <translation>Cédula de identidad (Ecuador)</translation>
        </message>
        <message>
            <source>DNI (Honduras)</source>
            <translation>DNI (Honduras)</translation>
        </message>
        <message>
            <source>Passport</source>
            <translation>Pasaporte</translation>
        </message>
        <message>
            <source>Other document:</source>
            <translation>Otro documento:</translation>
        </message>
        <message>
            <source>ID document number</source>
            <translation>Número del documento de identidad</translation>
        </message>
        <message>
            <source>Education, trades and skills</source>
            <translation>Estudios, oficios y habilidades</translation>
        </message>
        <message>
            <source>Highest level of education completed</source>
            <translation>Nivel de estudios más alto terminado</translation>
        </message>
        <message>
            <source>No schooling</source>
            <translation>Sin estudios</translation>
        </message>
        <message>
            <source>Primary, not finished</source>
            <translation>Primaria incompleta</translation>
        </message>
        <message>
            <source>Primary</source>
            <translation>Primaria</translation>
        </message>
        <message>
            <source>Lower secondary</source>
            <translation>Secundaria</translation>
        </message>
        <message>
            <source>Upper secondary</source>
            <translation>Bachillerato o preparatoria</translation>
        </message>
        <message>
            <source>Technical or vocational</source>
            <translation>Carrera técnica o vocacional</translation>
        </message>
        <message>
            <source>University</source>
            <translation>Universidad</translation>
        </message>
        <message>
            <source>Languages spoken</source>
            <translation>Idiomas que habla</translation>
        </message>
        <message>
            <source>Spanish</source>
            <translation>Español</translation>
        </message>
        <message>
            <source>English</source>
            <translation>Inglés</translation>
        </message>
        <message>
            <source>French</source>
            <translation>Francés</translation>
        </message>
        <message>
            <source>Other (e.g. an Indigenous language):</source>
            <translation>Otro (p. ej., una lengua indígena):</translation>
        </message>
        <message>
            <source>Current or usual occupation</source>
            <translation>Ocupación actual o habitual</translation>
        </message>
        <message>
            <source>Trades, skills and work experience</source>
            <translation>Oficios, habilidades y experiencia laboral</translation>
        </message>
        <message>
            <source>For example: harvesting, driving, welding, cooking.</source>
            <translation>Por ejemplo: cosecha, manejo de vehículos, soldadura, cocina.</translation>
        </message>
        <message>
            <source>Household and dependants</source>
            <translation>Hogar y personas dependientes</translation>
        </message>
        <message>
            <source>Number of dependants</source>
            <translation>Número de personas dependientes</translation>
        </message>
        <message>
            <source>People who live on your income: children, parents, others.</source>
            <translation>Personas que viven de su ingreso: hijos, padres u otras.</translation>
        </message>
        <message>
            <source>Migration stage and intentions</source>
            <translation>Etapa migratoria e intenciones</translation>
        </message>
        <message>
            <source>Current stage</source>
            <translation>Etapa actual</translation>
        </message>
        <message>
            <source>Preparing to leave</source>
            <translation>Preparando la salida</translation>
        </message>
        <message>
            <source>Working in Canada</source>
            <translation>Trabajando en Canadá</translation>
        </message>
        <message>
            <source>Back home</source>
            <translation>De regreso en su país</translation>
        </message>
        <message>
            <source>Plans and intentions</source>
            <translation>Planes e intenciones</translation>
        </message>
        <message>
            <source>What do you hope to do in Canada and after you come back?</source>
            <translation>¿Qué espera hacer en Canadá y después de su regreso?</translation>
        </message>
        <message>
            <source>Consent</source>
            <translation>Consentimiento</translation>
        </message>
        <message>
            <source>I agree that IOM uses my information for</source>
            <translation>Acepto que la OIM use mi información para</translation>
        </message>
        <message>
            <source>Following up my case</source>
            <translation>Dar seguimiento a mi caso</translation>
        </message>
        <message>
            <source>Training and courses</source>
            <translation>Capacitación y cursos</translation>
        </message>
        <message>
            <source>My return and reintegration plan</source>
            <translation>Mi regreso y plan de reintegración</translation>
        </message>
        <message>
            <source>Anonymous statistics</source>
            <translation>Estadísticas anónimas</translation>
        </message>
        <message>
            <source>Letting employers in Canada contact me</source>
            <translation>Permitir que empleadores en Canadá me contacten</translation>
        </message>
        <message>
            <source>Date of consent</source>
            <translation>Fecha del consentimiento</translation>
        </message>
        <message>
            <source>Consent obtained by (IOM officer)</source>
            <translation>Consentimiento obtenido por (personal de la OIM)</translation>
        </message>
        <message>
            <source>Please read this, or ask the officer to read it to you, before you sign. The International Organization for Migration (IOM) asks for the information on this form to support you before you leave, while you work in Canada and after you come back home. We keep your name, date of birth, ID document, contact details, education and skills, household, your stage in the programme and notes from our meetings with you. We use them only for the purposes you mark below. We keep them on protected computers and share them only with the IOM staff who follow your case, and with employers in Canada only if you mark that box. Giving this information is voluntary: you may leave any question blank, ask to see or correct your information, and withdraw your consent at any time by telling an IOM officer. After that we stop using your information, except what the law requires us to keep. For questions, complaints or to withdraw your consent, contact the IOM office written below.</source>
            <translation>Lea este texto, o pida a la persona de la OIM que se lo lea, antes de firmar. La Organización Internacional para las Migraciones (OIM) le pide la información de este formulario para apoyarle antes de su salida, mientras trabaja en Canadá y después de su regreso. Guardamos su nombre, fecha de nacimiento, documento de identidad, datos de contacto, estudios y habilidades, datos de su hogar, la etapa del programa en que se encuentra y las notas de nuestras reuniones con usted. Los usamos solo para los fines que usted marque abajo. Los guardamos en computadoras protegidas y solo los compartimos con el personal de la OIM que da seguimiento a su caso, y con empleadores en Canadá únicamente si usted marca esa casilla. Dar esta información es voluntario: puede dejar en blanco cualquier pregunta, pedir ver o corregir su información y retirar su consentimiento en cualquier momento avisando al personal de la OIM. A partir de ese momento dejaremos de usar su información, salvo lo que la ley nos obligue a conservar. Para preguntas, quejas o para retirar su consentimiento, comuníquese con la oficina de la OIM indicada abajo.</translation>
        </message>
        <message>
            <source>Worker intake form</source>
            <translation>Formulario de registro de trabajadores</translation>
        </message>
        <message>
            <source>IOM · Labour mobility programme to Canada</source>
            <translation>OIM · Programa de movilidad laboral hacia Canadá</translation>
        </message>
        <message>
            <source>Mission: {mission}</source>
            <translation>Misión: {mission}</translation>
        </message>
        <message>
            <source>Form code</source>
            <translation>Código del formulario</translation>
        </message>
        <message>
            <source>Page {page} of {pages}</source>
            <translation>Página {page} de {pages}</translation>
        </message>
        <message>
            <source>Printed on {date}</source>
            <translation>Impreso el {date}</translation>
        </message>
        <message>
            <source>Write in CAPITAL LETTERS, one letter or digit per box. Mark choices with an X. Leave blank what you do not know or prefer not to say.</source>
            <translation>Escriba con letra de molde MAYÚSCULA, una letra o un número por casilla. Marque las opciones con una X. Deje en blanco lo que no sepa o prefiera no decir.</translation>
        </message>
        <message>
            <source>(continued)</source>
            <translation>(continuación)</translation>
        </message>
        <message>
            <source>DD/MM/YYYY</source>
            <translation>DD/MM/AAAA</translation>
        </message>
        <message>
            <source>mark one</source>
            <translation>marque una</translation>
        </message>
        <message>
            <source>mark all that apply</source>
            <translation>marque todas las que correspondan</translation>
        </message>
        <message>
            <source>IOM office to contact (name, phone, email):</source>
            <translation>Oficina de la OIM de contacto (nombre, teléfono, correo):</translation>
        </message>
        <message>
            <source>Signature or thumbprint of the worker</source>
            <translation>Firma o huella digital de la persona trabajadora</translation>
        </message>
        <message>
            <source>Name and signature of the IOM officer</source>
            <translation>Nombre y firma del personal de la OIM</translation>
        </message>
        <message>
            <source>Date (DD/MM/YYYY)</source>
            <translation>Fecha (DD/MM/AAAA)</translation>
        </message>
        <message>
            <source>Headquarters Ottawa</source>
            <translation>Sede en Ottawa</translation>
        </message>
    </context>
    <context>
        <name>JourneyTab</name>
        <message>
            <source>registered {date}</source>
            <translation>registrado el {date}</translation>
        </message>
        <message>
            <source>left on {date}</source>
            <translation>salió el {date}</translation>
        </message>
        <message>
            <source>back on {date}</source>
            <translation>regresó el {date}</translation>
        </message>
        <message>
            <source>done</source>
            <translation>cumplida</translation>
        </message>
        <message>
            <source>not yet</source>
            <translation>todavía no</translation>
        </message>
        <message>
            <source>Cancel placement</source>
            <translation>Cancelar contrato</translation>
        </message>
        <message>
            <source>Cancel the placement with {employer}? It will not happen.</source>
            <translation>¿Cancelar el contrato con {employer}? No se realizará.</translation>
        </message>
        <message>
            <source>Not changed</source>
            <translation>Sin cambios</translation>
        </message>
        <message>
            <source>&amp;Depart abroad…</source>
            <translation>&amp;Salida al extranjero…</translation>
        </message>
        <message>
            <source>&amp;Return home…</source>
            <translation>&amp;Regreso al país…</translation>
        </message>
        <message>
            <source>Cancel de&amp;parture…</source>
            <translation>Anular la sa&amp;lida…</translation>
        </message>
        <message>
            <source>Placements abroad</source>
            <translation>Contratos en el extranjero</translation>
        </message>
        <message>
            <source>&amp;Add placement…</source>
            <translation>&amp;Añadir contrato…</translation>
        </message>
        <message>
            <source>&amp;Edit placement…</source>
            <translation>&amp;Modificar contrato…</translation>
        </message>
        <message>
            <source>Employer</source>
            <translation>Empleador</translation>
        </message>
        <message>
            <source>City, province</source>
            <translation>Ciudad, provincia</translation>
        </message>
        <message>
            <source>Sector</source>
            <translation>Sector</translation>
        </message>
        <message>
            <source>Occupation (NOC)</source>
            <translation>Ocupación (NOC)</translation>
        </message>
        <message>
            <source>Stream</source>
            <translation>Vertiente</translation>
        </message>
        <message>
            <source>Work permit</source>
            <translation>Permiso de trabajo</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Inicio</translation>
        </message>
        <message>
            <source>Planned end</source>
            <translation>Fin prevista</translation>
        </message>
        <message>
            <source>Actual return</source>
            <translation>Regreso real</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
    </context>
    <context>
        <name>Labels</name>
        <message>
            <source>Active</source>
            <translation>Activo</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Cerrado</translation>
        </message>
        <message>
            <source>Mexico</source>
            <translation>México</translation>
        </message>
        <message>
            <source>El Salvador</source>
            <translation>El Salvador</translation>
        </message>
        <message>
            <source>Colombia</source>
            <translation>Colombia</translation>
        </message>
        <message>
            <source>Ecuador</source>
            <translation>Ecuador</translation>
        </message>
        <message>
            <source>Honduras</source>
            <translation>Honduras</translation>
        </message>
        <message>
            <source>Headquarters</source>
            <translation>Sede central</translation>
        </message>
        <message>
            <source>Case status</source>
            <translation>Estado del caso</translation>
        </message>
        <message>
            <source>Consent withdrawn on</source>
            <translation>Consentimiento retirado el</translation>
        </message>
        <message>
            <source>Mission</source>
            <translation>Misión</translation>
        </message>
        <message>
            <source>Case code</source>
            <translation>Código de caso</translation>
        </message>
        <message>
            <source>Archived on</source>
            <translation>Archivado el</translation>
        </message>
    </context>
    <context>
        <name>LanguagePage</name>
        <message>
            <source>Language</source>
            <translation>Idioma</translation>
        </message>
        <message>
            <source>Puente speaks Spanish, English and French. You can change it later in Settings.</source>
            <translation>Puente habla español, inglés y francés. Puede cambiarlo más tarde en Configuración.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Workers</source>
            <translation>Trabajadores</translation>
        </message>
        <message>
            <source>Courses</source>
            <translation>Cursos</translation>
        </message>
        <message>
            <source>Plans</source>
            <translation>Planes</translation>
        </message>
        <message>
            <source>Community projects</source>
            <translation>Proyectos comunitarios</translation>
        </message>
        <message>
            <source>Follow-ups</source>
            <translation>Seguimientos</translation>
        </message>
        <message>
            <source>Reports</source>
            <translation>Informes</translation>
        </message>
        <message>
            <source>Sync</source>
            <translation>Sincronización</translation>
        </message>
        <message>
            <source>Sync is not set up in this window: every record stays on this computer.</source>
            <translation>La sincronización no está configurada en esta ventana: todos los registros se quedan en esta computadora.</translation>
        </message>
        <message>
            <source>Type in a paper form</source>
            <translation>Transcribir un formulario en papel</translation>
        </message>
        <message>
            <source>Finish or close the intake that is open first.</source>
            <translation>Primero termine o cierre el registro que está abierto.</translation>
        </message>
        <message>
            <source>Not signed in</source>
            <translation>Sin sesión iniciada</translation>
        </message>
        <message>
            <source>Not connected yet</source>
            <translation>Aún sin conexión</translation>
        </message>
        <message>
            <source>Online</source>
            <translation>En línea</translation>
        </message>
        <message>
            <source>Offline</source>
            <translation>Sin conexión</translation>
        </message>
        <message numerus="yes">
            <source>%n change(s) waiting to sync</source>
            <translation>
                <numerusform>%n cambio pendiente de sincronizar</numerusform>
                <numerusform>%n cambios pendientes de sincronizar</numerusform>
            </translation>
        </message>
        <message>
            <source>Never synced</source>
            <translation>Nunca sincronizado</translation>
        </message>
        <message>
            <source>Last sync: {when}</source>
            <translation>Última sincronización: {when}</translation>
        </message>
        <message>
            <source>Signed out.</source>
            <translation>Sesión cerrada.</translation>
        </message>
        <message>
            <source>DEMO (synthetic data, not real workers)</source>
            <translation>DEMOSTRACIÓN (datos ficticios, no son trabajadores reales)</translation>
        </message>
        <message>
            <source>Conflicts</source>
            <translation>Conflictos</translation>
        </message>
        <message>
            <source>Audit</source>
            <translation>Auditoría</translation>
        </message>
        <message>
            <source>Sign &amp;in to the server…</source>
            <translation>&amp;Iniciar sesión en el servidor…</translation>
        </message>
        <message>
            <source>The demo data never leaves this laptop: sign in from the real store.</source>
            <translation>Los datos de demostración nunca salen de esta computadora: inicie sesión desde el archivo real.</translation>
        </message>
        <message>
            <source>Sign &amp;out</source>
            <translation>&amp;Cerrar sesión</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Archivo</translation>
        </message>
        <message>
            <source>&amp;New worker</source>
            <translation>&amp;Nuevo trabajador</translation>
        </message>
        <message>
            <source>Type in a &amp;paper form…</source>
            <translation>Transcribir un formulario en &amp;papel…</translation>
        </message>
        <message>
            <source>Print blank intake forms…</source>
            <translation>Imprimir formularios de registro en blanco…</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>Exportar…</translation>
        </message>
        <message>
            <source>Open the &amp;log folder</source>
            <translation>Abrir la carpeta de &amp;registros</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Salir</translation>
        </message>
        <message>
            <source>&amp;Settings</source>
            <translation>&amp;Configuración</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Idioma</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>A&amp;yuda</translation>
        </message>
        <message>
            <source>&amp;About Puente</source>
            <translation>&amp;Acerca de Puente</translation>
        </message>
        <message>
            <source>DEMO</source>
            <translation>DEMOSTRACIÓN</translation>
        </message>
        <message>
            <source>Officer: {name}</source>
            <translation>Oficial: {name}</translation>
        </message>
        <message>
            <source>Mission: {mission}</source>
            <translation>Misión: {mission}</translation>
        </message>
        <message>
            <source>Device: {tag}</source>
            <translation>Equipo: {tag}</translation>
        </message>
        <message>
            <source>Counting workers…</source>
            <translation>Contando trabajadores…</translation>
        </message>
        <message numerus="yes">
            <source>%Ln worker(s)</source>
            <translation>
                <numerusform>%Ln trabajador</numerusform>
                <numerusform>%Ln trabajadores</numerusform>
            </translation>
        </message>
        <message>
            <source>About Puente</source>
            <translation>Acerca de Puente</translation>
        </message>
        <message>
            <source>Puente {version}
Case management for labour mobility programmes, working offline first.</source>
            <translation>Puente {version}
Gestión de casos para programas de movilidad laboral, que funciona primero sin conexión.</translation>
        </message>
    </context>
    <context>
        <name>ModePage</name>
        <message>
            <source>How will you work?</source>
            <translation>¿Cómo va a trabajar?</translation>
        </message>
        <message>
            <source>Workers' records stay encrypted on this laptop in every case.</source>
            <translation>En todos los casos, los registros de los trabajadores quedan cifrados en esta computadora.</translation>
        </message>
        <message>
            <source>Connect to the central server</source>
            <translation>Conectarse al servidor central</translation>
        </message>
        <message>
            <source>Sign in once with the server; after that you can sign in and work without a connection, and changes are exchanged when the server can be reached.</source>
            <translation>Inicie sesión una vez con el servidor; después podrá entrar y trabajar sin conexión, y los cambios se intercambian cuando el servidor esté al alcance.</translation>
        </message>
        <message>
            <source>Work offline on this laptop</source>
            <translation>Trabajar sin conexión en esta computadora</translation>
        </message>
        <message>
            <source>For a mission with no server yet: make a local account with a password of your choice. You can connect to a server later from the File menu.</source>
            <translation>Para una misión que aún no tiene servidor: cree una cuenta local con la contraseña que elija. Puede conectarse a un servidor más tarde desde el menú Archivo.</translation>
        </message>
        <message>
            <source>Open the demo</source>
            <translation>Abrir la demostración</translation>
        </message>
        <message>
            <source>Synthetic workers to try Puente; kept apart and never sent to a server.</source>
            <translation>Trabajadores ficticios para probar Puente; se guardan aparte y nunca se envían a un servidor.</translation>
        </message>
    </context>
    <context>
        <name>NotesTab</name>
        <message>
            <source>Earlier revisions</source>
            <translation>Versiones anteriores</translation>
        </message>
        <message>
            <source>{kind} · {stage} · written {when} by {author}</source>
            <translation>{kind} · {stage} · escrita el {when} por {author}</translation>
        </message>
        <message>
            <source>revised by {name}</source>
            <translation>revisada por {name}</translation>
        </message>
        <message>
            <source>Not changed</source>
            <translation>Sin cambios</translation>
        </message>
        <message>
            <source>&amp;Add note…</source>
            <translation>&amp;Añadir nota…</translation>
        </message>
        <message>
            <source>&amp;Revise…</source>
            <translation>&amp;Revisar…</translation>
        </message>
        <message>
            <source>Follow-up &amp;done</source>
            <translation>Seguimiento &amp;hecho</translation>
        </message>
        <message>
            <source>Written</source>
            <translation>Escrita</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Etapa</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Nota</translation>
        </message>
        <message>
            <source>Follow up on</source>
            <translation>Seguimiento el</translation>
        </message>
        <message>
            <source>Done on</source>
            <translation>Hecho el</translation>
        </message>
        <message>
            <source>Author</source>
            <translation>Autor</translation>
        </message>
    </context>
    <context>
        <name>ParticipantTableModel</name>
        <message>
            <source>Worker</source>
            <translation>Trabajador</translation>
        </message>
        <message>
            <source>Case code</source>
            <translation>Código de caso</translation>
        </message>
        <message>
            <source>Mission</source>
            <translation>Misión</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Enrolled on</source>
            <translation>Inscrito el</translation>
        </message>
        <message>
            <source>Attendance</source>
            <translation>Asistencia</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Resultado</translation>
        </message>
        <message>
            <source>Completed on</source>
            <translation>Terminado el</translation>
        </message>
        <message>
            <source>Certificate number</source>
            <translation>Número de certificado</translation>
        </message>
        <message>
            <source>{sessions}, {hours} h</source>
            <translation>{sessions}, {hours} h</translation>
        </message>
        <message numerus="yes">
            <source>%n session(s)</source>
            <translation>
                <numerusform>%n sesión</numerusform>
                <numerusform>%n sesiones</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PlacementDialog</name>
        <message>
            <source>New placement abroad</source>
            <translation>Nuevo contrato en el extranjero</translation>
        </message>
        <message>
            <source>Placement</source>
            <translation>Contrato</translation>
        </message>
        <message>
            <source>&amp;Employer</source>
            <translation>&amp;Empleador</translation>
        </message>
        <message>
            <source>&amp;City</source>
            <translation>&amp;Ciudad</translation>
        </message>
        <message>
            <source>&amp;Province</source>
            <translation>&amp;Provincia</translation>
        </message>
        <message>
            <source>&amp;Sector</source>
            <translation>&amp;Sector</translation>
        </message>
        <message>
            <source>&amp;Occupation</source>
            <translation>&amp;Ocupación</translation>
        </message>
        <message>
            <source>&amp;NOC code (5 digits)</source>
            <translation>Código &amp;NOC (5 dígitos)</translation>
        </message>
        <message>
            <source>Programme st&amp;ream</source>
            <translation>Vertiente del p&amp;rograma</translation>
        </message>
        <message>
            <source>Work &amp;permit number</source>
            <translation>Número de &amp;permiso de trabajo</translation>
        </message>
        <message>
            <source>S&amp;tart</source>
            <translation>Ini&amp;cio</translation>
        </message>
        <message>
            <source>Planned en&amp;d</source>
            <translation>Fin pre&amp;vista</translation>
        </message>
        <message>
            <source>Not known yet</source>
            <translation>Todavía no se sabe</translation>
        </message>
        <message>
            <source>e.g. 85100</source>
            <translation>p. ej. 85100</translation>
        </message>
    </context>
    <context>
        <name>PlanEditor</name>
        <message>
            <source>Kind of plan</source>
            <translation>Tipo de plan</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Título</translation>
        </message>
        <message>
            <source>Goals</source>
            <translation>Objetivos</translation>
        </message>
        <message>
            <source>Sector</source>
            <translation>Sector</translation>
        </message>
        <message>
            <source>Community</source>
            <translation>Comunidad</translation>
        </message>
        <message>
            <source>Budget</source>
            <translation>Presupuesto</translation>
        </message>
        <message>
            <source>Own savings</source>
            <translation>Ahorros propios</translation>
        </message>
        <message>
            <source>Own remittances</source>
            <translation>Remesas propias</translation>
        </message>
        <message>
            <source>Other funding</source>
            <translation>Otro financiamiento</translation>
        </message>
        <message>
            <source>Source of other funding</source>
            <translation>Fuente del otro financiamiento</translation>
        </message>
        <message>
            <source>Business started on</source>
            <translation>Inicio del negocio</translation>
        </message>
        <message>
            <source>Submit for approval</source>
            <translation>Enviar a aprobación</translation>
        </message>
        <message>
            <source>Return to draft</source>
            <translation>Devolver a borrador</translation>
        </message>
        <message>
            <source>Approve</source>
            <translation>Aprobar</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Iniciar</translation>
        </message>
        <message>
            <source>Mark completed</source>
            <translation>Marcar como terminado</translation>
        </message>
        <message>
            <source>Abandon</source>
            <translation>Abandonar</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>Creado</translation>
        </message>
        <message>
            <source>Returned to draft</source>
            <translation>Devuelto a borrador</translation>
        </message>
        <message>
            <source>Submitted</source>
            <translation>Enviado</translation>
        </message>
        <message>
            <source>Approved</source>
            <translation>Aprobado</translation>
        </message>
        <message>
            <source>Started</source>
            <translation>Iniciado</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation>Terminado</translation>
        </message>
        <message>
            <source>Abandoned</source>
            <translation>Abandonado</translation>
        </message>
        <message>
            <source>Status: {status}</source>
            <translation>Estado: {status}</translation>
        </message>
        <message>
            <source>Own contribution {own}; funded {funded} of {budget}.</source>
            <translation>Aporte propio {own}; financiado {funded} de {budget}.</translation>
        </message>
        <message>
            <source>Missing: {gap}.</source>
            <translation>Faltan: {gap}.</translation>
        </message>
        <message>
            <source>{action}: {reason}</source>
            <translation>{action}: {reason}</translation>
        </message>
        <message>
            <source>Abandon the plan</source>
            <translation>Abandonar el plan</translation>
        </message>
        <message>
            <source>An abandoned plan is closed for good. Abandon it?</source>
            <translation>Un plan abandonado queda cerrado para siempre. ¿Abandonarlo?</translation>
        </message>
        <message>
            <source>Nothing was saved: correct the fields marked in red.</source>
            <translation>No se guardó nada: corrija los campos marcados en rojo.</translation>
        </message>
        <message>
            <source>This plan has changes that are not saved.</source>
            <translation>Este plan tiene cambios que no se han guardado.</translation>
        </message>
        <message>
            <source>Plan</source>
            <translation>Plan</translation>
        </message>
        <message>
            <source>Milestones</source>
            <translation>Hitos</translation>
        </message>
        <message>
            <source>Approval and progress</source>
            <translation>Aprobación y avance</translation>
        </message>
        <message>
            <source>Milestone</source>
            <translation>Hito</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Fecha límite</translation>
        </message>
        <message>
            <source>Done on</source>
            <translation>Cumplido el</translation>
        </message>
        <message>
            <source>A new milestone, e.g. Buy the tools</source>
            <translation>Un nuevo hito, p. ej. Comprar las herramientas</translation>
        </message>
        <message>
            <source>Add milestone</source>
            <translation>Agregar hito</translation>
        </message>
        <message>
            <source>Mark done today</source>
            <translation>Marcar cumplido hoy</translation>
        </message>
        <message>
            <source>Step</source>
            <translation>Paso</translation>
        </message>
        <message>
            <source>By</source>
            <translation>Por</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Cuándo</translation>
        </message>
        <message>
            <source>Print plan…</source>
            <translation>Imprimir plan…</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Guardar</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <source>New reintegration plan for {name}</source>
            <translation>Nuevo plan de reintegración para {name}</translation>
        </message>
        <message>
            <source>Reintegration plan of {name}</source>
            <translation>Plan de reintegración de {name}</translation>
        </message>
    </context>
    <context>
        <name>PlanLabels</name>
        <message>
            <source>Employment</source>
            <translation>Empleo</translation>
        </message>
        <message>
            <source>Business</source>
            <translation>Negocio</translation>
        </message>
        <message>
            <source>Education</source>
            <translation>Educación</translation>
        </message>
        <message>
            <source>Community investment</source>
            <translation>Inversión comunitaria</translation>
        </message>
        <message>
            <source>Draft</source>
            <translation>Borrador</translation>
        </message>
        <message>
            <source>Submitted</source>
            <translation>Enviado</translation>
        </message>
        <message>
            <source>Approved</source>
            <translation>Aprobado</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>En curso</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation>Terminado</translation>
        </message>
        <message>
            <source>Abandoned</source>
            <translation>Abandonado</translation>
        </message>
        <message>
            <source>Construction</source>
            <translation>Construcción</translation>
        </message>
        <message>
            <source>Tourism</source>
            <translation>Turismo</translation>
        </message>
        <message>
            <source>Hospitality</source>
            <translation>Hostelería</translation>
        </message>
        <message>
            <source>Services</source>
            <translation>Servicios</translation>
        </message>
        <message>
            <source>Agriculture</source>
            <translation>Agricultura</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Otro</translation>
        </message>
    </context>
    <context>
        <name>PlanTableModel</name>
        <message>
            <source>Case code</source>
            <translation>Código de caso</translation>
        </message>
        <message>
            <source>Worker</source>
            <translation>Trabajador(a)</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Título</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Budget</source>
            <translation>Presupuesto</translation>
        </message>
        <message>
            <source>Next milestone due</source>
            <translation>Próximo hito</translation>
        </message>
    </context>
    <context>
        <name>PlansTab</name>
        <message>
            <source>{done} of {total}</source>
            <translation>{done} de {total}</translation>
        </message>
        <message>
            <source>&amp;New plan…</source>
            <translation>&amp;Nuevo plan…</translation>
        </message>
        <message>
            <source>&amp;Open plan…</source>
            <translation>&amp;Abrir plan…</translation>
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
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Budget</source>
            <translation>Presupuesto</translation>
        </message>
        <message>
            <source>Still to fund</source>
            <translation>Falta financiar</translation>
        </message>
        <message>
            <source>Milestones done</source>
            <translation>Etapas cumplidas</translation>
        </message>
        <message>
            <source>Last changed</source>
            <translation>Última modificación</translation>
        </message>
    </context>
    <context>
        <name>PlansView</name>
        <message numerus="yes">
            <source>%n plan(s) shown</source>
            <translation>
                <numerusform>%n plan mostrado</numerusform>
                <numerusform>%n planes mostrados</numerusform>
            </translation>
        </message>
        <message>
            <source>Changed since:</source>
            <translation>Modificado desde:</translation>
        </message>
        <message>
            <source>&amp;Status</source>
            <translation>&amp;Estado</translation>
        </message>
        <message>
            <source>&amp;Kind</source>
            <translation>&amp;Tipo</translation>
        </message>
        <message>
            <source>All statuses</source>
            <translation>Todos los estados</translation>
        </message>
        <message>
            <source>All kinds</source>
            <translation>Todos los tipos</translation>
        </message>
        <message>
            <source>Awaiting approval</source>
            <translation>Por aprobar</translation>
        </message>
        <message>
            <source>Plans submitted and waiting for a supervisor</source>
            <translation>Planes enviados que esperan a un(a) supervisor(a)</translation>
        </message>
        <message>
            <source>Open plan</source>
            <translation>Abrir plan</translation>
        </message>
        <message>
            <source>Open worker file</source>
            <translation>Abrir expediente</translation>
        </message>
    </context>
    <context>
        <name>ProfileTab</name>
        <message>
            <source>Last changed {when} by {who}</source>
            <translation>Última modificación: {when}, por {who}</translation>
        </message>
        <message>
            <source>&amp;Edit profile…</source>
            <translation>&amp;Modificar perfil…</translation>
        </message>
        <message>
            <source>Case</source>
            <translation>Caso</translation>
        </message>
    </context>
    <context>
        <name>ProjectEditor</name>
        <message>
            <source>Mission</source>
            <translation>Misión</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Título</translation>
        </message>
        <message>
            <source>Community</source>
            <translation>Comunidad</translation>
        </message>
        <message>
            <source>Municipality</source>
            <translation>Municipio</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Descripción</translation>
        </message>
        <message>
            <source>Goal amount</source>
            <translation>Monto de la meta</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Start date</source>
            <translation>Fecha de inicio</translation>
        </message>
        <message>
            <source>End date</source>
            <translation>Fecha de fin</translation>
        </message>
        <message>
            <source>Not saved yet</source>
            <translation>Aún no guardado</translation>
        </message>
        <message>
            <source>Contributions are remittances linked to it.</source>
            <translation>Los aportes son las remesas vinculadas al proyecto.</translation>
        </message>
        <message>
            <source>{percent} % of the goal</source>
            <translation>{percent} % de la meta</translation>
        </message>
        <message numerus="yes">
            <source>{raised} of {goal} from %n remittance(s).</source>
            <translation>
                <numerusform>{raised} de {goal} en %n remesa.</numerusform>
                <numerusform>{raised} de {goal} en %n remesas.</numerusform>
            </translation>
        </message>
        <message>
            <source>Also {amounts}, not counted towards the goal.</source>
            <translation>Además {amounts}, que no cuentan para la meta.</translation>
        </message>
        <message numerus="yes">
            <source>%n more remittance(s) from workers who left the project.</source>
            <translation>
                <numerusform>%n remesa más de una persona que dejó el proyecto.</numerusform>
                <numerusform>%n remesas más de personas que dejaron el proyecto.</numerusform>
            </translation>
        </message>
        <message>
            <source>No worker found.</source>
            <translation>No se encontró a nadie.</translation>
        </message>
        <message>
            <source>Nothing was saved: correct the fields marked in red.</source>
            <translation>No se guardó nada: corrija los campos marcados en rojo.</translation>
        </message>
        <message>
            <source>This project has changes that are not saved.</source>
            <translation>Este proyecto tiene cambios que no se han guardado.</translation>
        </message>
        <message>
            <source>Project</source>
            <translation>Proyecto</translation>
        </message>
        <message>
            <source>Progress towards the goal</source>
            <translation>Avance hacia la meta</translation>
        </message>
        <message>
            <source>Participating workers</source>
            <translation>Personas participantes</translation>
        </message>
        <message>
            <source>Contributions (remittances linked to it)</source>
            <translation>Aportes (remesas vinculadas)</translation>
        </message>
        <message>
            <source>Worker</source>
            <translation>Trabajador(a)</translation>
        </message>
        <message>
            <source>Case code</source>
            <translation>Código de caso</translation>
        </message>
        <message>
            <source>Contributed</source>
            <translation>Aportado</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>Mes</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Monto</translation>
        </message>
        <message>
            <source>Type a name or case code to add a worker of the mission</source>
            <translation>Escriba un nombre o código de caso para agregar a alguien de la misión</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Agregar</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Quitar</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Guardar</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <source>New community project</source>
            <translation>Nuevo proyecto comunitario</translation>
        </message>
        <message>
            <source>Community project: {title}</source>
            <translation>Proyecto comunitario: {title}</translation>
        </message>
    </context>
    <context>
        <name>ProjectLabels</name>
        <message>
            <source>Proposed</source>
            <translation>Propuesto</translation>
        </message>
        <message>
            <source>Fundraising</source>
            <translation>Recaudando fondos</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>En curso</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation>Terminado</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Cancelado</translation>
        </message>
    </context>
    <context>
        <name>ProjectTableModel</name>
        <message>
            <source>Title</source>
            <translation>Título</translation>
        </message>
        <message>
            <source>Community</source>
            <translation>Comunidad</translation>
        </message>
        <message>
            <source>Mission</source>
            <translation>Misión</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Goal</source>
            <translation>Meta</translation>
        </message>
        <message>
            <source>Contributed</source>
            <translation>Aportado</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Avance</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>Participantes</translation>
        </message>
        <message>
            <source>{raised} of {goal}</source>
            <translation>{raised} de {goal}</translation>
        </message>
        <message>
            <source>{percent} %</source>
            <translation>{percent} %</translation>
        </message>
    </context>
    <context>
        <name>ProjectsView</name>
        <message>
            <source>Starting from:</source>
            <translation>Que empiezan desde:</translation>
        </message>
        <message>
            <source>Filter by community</source>
            <translation>Filtrar por comunidad</translation>
        </message>
        <message>
            <source>&amp;Status</source>
            <translation>&amp;Estado</translation>
        </message>
        <message>
            <source>All statuses</source>
            <translation>Todos los estados</translation>
        </message>
        <message>
            <source>New project</source>
            <translation>Nuevo proyecto</translation>
        </message>
        <message>
            <source>Open project</source>
            <translation>Abrir proyecto</translation>
        </message>
    </context>
    <context>
        <name>RecordWindows</name>
        <message>
            <source>Records removed</source>
            <translation>Registros eliminados</translation>
        </message>
        <message numerus="yes">
            <source>%n open window(s) closed: the record was removed from this laptop under its mission's retention period.</source>
            <translation>
                <numerusform>Se cerró %n ventana abierta: el registro se eliminó de esta computadora por el plazo de conservación de su misión.</numerusform>
                <numerusform>Se cerraron %n ventanas abiertas: los registros se eliminaron de esta computadora por el plazo de conservación de su misión.</numerusform>
            </translation>
        </message>
        <message>
            <source>Workers closed longer than the period are anonymised on the server and removed from laptops at their next sync. Nothing needs to be done.</source>
            <translation>Los trabajadores cerrados hace más tiempo que el plazo se anonimizan en el servidor y se eliminan de las computadoras en su siguiente sincronización. No hay nada que hacer.</translation>
        </message>
    </context>
    <context>
        <name>RemittanceDialog</name>
        <message>
            <source>Enter the amount as a number, e.g. 250.00.</source>
            <translation>Escriba el monto como número, p. ej. 250.00.</translation>
        </message>
        <message>
            <source>New remittance</source>
            <translation>Nueva remesa</translation>
        </message>
        <message>
            <source>&amp;Month</source>
            <translation>&amp;Mes</translation>
        </message>
        <message>
            <source>&amp;Amount</source>
            <translation>&amp;Monto</translation>
        </message>
        <message>
            <source>C&amp;urrency</source>
            <translation>Mo&amp;neda</translation>
        </message>
        <message>
            <source>&amp;Purpose</source>
            <translation>&amp;Destino</translation>
        </message>
        <message>
            <source>Community &amp;project</source>
            <translation>&amp;Proyecto comunitario</translation>
        </message>
        <message>
            <source>None</source>
            <translation>Ninguno</translation>
        </message>
    </context>
    <context>
        <name>RemittancesTab</name>
        <message>
            <source>No remittance recorded yet.</source>
            <translation>Todavía no hay remesas registradas.</translation>
        </message>
        <message>
            <source>Total sent home: {amounts}</source>
            <translation>Total enviado al país: {amounts}</translation>
        </message>
        <message>
            <source>Archive remittance</source>
            <translation>Archivar remesa</translation>
        </message>
        <message>
            <source>Archive the remittance of {month} ({amount})? It leaves every total but stays in the history.</source>
            <translation>¿Archivar la remesa de {month} ({amount})? Deja de contar en los totales pero queda en el historial.</translation>
        </message>
        <message>
            <source>Not changed</source>
            <translation>Sin cambios</translation>
        </message>
        <message>
            <source>&amp;Add remittance…</source>
            <translation>&amp;Añadir remesa…</translation>
        </message>
        <message>
            <source>A&amp;rchive</source>
            <translation>A&amp;rchivar</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>Mes</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Monto</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>Moneda</translation>
        </message>
        <message>
            <source>Purpose</source>
            <translation>Destino</translation>
        </message>
        <message>
            <source>Community project</source>
            <translation>Proyecto comunitario</translation>
        </message>
    </context>
    <context>
        <name>Reports</name>
        <message>
            <source>Attendance sheet</source>
            <translation>Lista de asistencia</translation>
        </message>
        <message>
            <source>Course code</source>
            <translation>Código del curso</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Provider</source>
            <translation>Institución</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Lugar</translation>
        </message>
        <message>
            <source>Dates</source>
            <translation>Fechas</translation>
        </message>
        <message>
            <source>Hours</source>
            <translation>Horas</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>Participantes</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>N.º</translation>
        </message>
        <message>
            <source>Case code</source>
            <translation>Código de caso</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Date: ____/____</source>
            <translation>Fecha: ____/____</translation>
        </message>
        <message>
            <source>Sessions {first}–{last} of {count}</source>
            <translation>Sesiones {first}–{last} de {count}</translation>
        </message>
        <message>
            <source>Each participant signs (or leaves a thumbprint) under the date of every session attended. Do not sign for someone else.</source>
            <translation>Cada participante firma (o pone su huella) bajo la fecha de cada sesión a la que asiste. No firme por otra persona.</translation>
        </message>
        <message>
            <source>Name and signature of the facilitator</source>
            <translation>Nombre y firma de la persona facilitadora</translation>
        </message>
        <message>
            <source>Name and signature of the IOM officer</source>
            <translation>Nombre y firma del personal de la OIM</translation>
        </message>
        <message>
            <source>Nobody is enrolled in this course yet.</source>
            <translation>Todavía no hay nadie inscrito en este curso.</translation>
        </message>
        <message>
            <source>Certificate of completion</source>
            <translation>Certificado de finalización</translation>
        </message>
        <message>
            <source>This certifies that</source>
            <translation>Se hace constar que</translation>
        </message>
        <message>
            <source>has completed the course</source>
            <translation>completó el curso</translation>
        </message>
        <message>
            <source>{hours} hours of training given by {provider}</source>
            <translation>{hours} horas de capacitación impartidas por {provider}</translation>
        </message>
        <message>
            <source>{hours} hours of training</source>
            <translation>{hours} horas de capacitación</translation>
        </message>
        <message>
            <source>Result: {result}</source>
            <translation>Resultado: {result}</translation>
        </message>
        <message>
            <source>Completed on {date}</source>
            <translation>Completado el {date}</translation>
        </message>
        <message>
            <source>Certificate No. {number}</source>
            <translation>Certificado n.º {number}</translation>
        </message>
        <message>
            <source>Case code {code}</source>
            <translation>Código de caso {code}</translation>
        </message>
        <message>
            <source>For IOM {mission}</source>
            <translation>Por la OIM {mission}</translation>
        </message>
        <message>
            <source>Facilitator</source>
            <translation>Persona facilitadora</translation>
        </message>
        <message>
            <source>This worker withdrew consent: their data cannot be printed or exported.</source>
            <translation>Esta persona retiró su consentimiento: sus datos no se pueden imprimir ni exportar.</translation>
        </message>
        <message>
            <source>A certificate can only be made for a completed course.</source>
            <translation>Solo se puede emitir un certificado para un curso completado.</translation>
        </message>
        <message>
            <source>Mission</source>
            <translation>Misión</translation>
        </message>
        <message>
            <source>Given names</source>
            <translation>Nombres</translation>
        </message>
        <message>
            <source>First family name</source>
            <translation>Primer apellido</translation>
        </message>
        <message>
            <source>Second family name</source>
            <translation>Segundo apellido</translation>
        </message>
        <message>
            <source>Sex</source>
            <translation>Sexo</translation>
        </message>
        <message>
            <source>Date of birth</source>
            <translation>Fecha de nacimiento</translation>
        </message>
        <message>
            <source>Year of birth</source>
            <translation>Año de nacimiento</translation>
        </message>
        <message>
            <source>Nationality</source>
            <translation>Nacionalidad</translation>
        </message>
        <message>
            <source>ID document</source>
            <translation>Documento de identidad</translation>
        </message>
        <message>
            <source>ID number</source>
            <translation>Número de documento</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Teléfono</translation>
        </message>
        <message>
            <source>Other phone</source>
            <translation>Otro teléfono</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>Correo electrónico</translation>
        </message>
        <message>
            <source>State or department</source>
            <translation>Estado o departamento</translation>
        </message>
        <message>
            <source>Municipality</source>
            <translation>Municipio</translation>
        </message>
        <message>
            <source>Community</source>
            <translation>Comunidad</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Dirección</translation>
        </message>
        <message>
            <source>Education</source>
            <translation>Educación</translation>
        </message>
        <message>
            <source>Languages</source>
            <translation>Idiomas</translation>
        </message>
        <message>
            <source>Occupation</source>
            <translation>Ocupación</translation>
        </message>
        <message>
            <source>Skills</source>
            <translation>Habilidades</translation>
        </message>
        <message>
            <source>Dependants</source>
            <translation>Dependientes</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Etapa</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Consent date</source>
            <translation>Fecha del consentimiento</translation>
        </message>
        <message>
            <source>Consent purposes</source>
            <translation>Fines del consentimiento</translation>
        </message>
        <message>
            <source>Intake form code</source>
            <translation>Código del formulario de registro</translation>
        </message>
        <message>
            <source>Registered on</source>
            <translation>Registrado el</translation>
        </message>
        <message>
            <source>Last changed on</source>
            <translation>Última modificación</translation>
        </message>
        <message>
            <source>Employer</source>
            <translation>Empleador</translation>
        </message>
        <message>
            <source>City</source>
            <translation>Ciudad</translation>
        </message>
        <message>
            <source>Province</source>
            <translation>Provincia</translation>
        </message>
        <message>
            <source>Sector</source>
            <translation>Sector</translation>
        </message>
        <message>
            <source>NOC code</source>
            <translation>Código CNP (NOC)</translation>
        </message>
        <message>
            <source>Programme stream</source>
            <translation>Vertiente del programa</translation>
        </message>
        <message>
            <source>Work permit number</source>
            <translation>Número de permiso de trabajo</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Inicio</translation>
        </message>
        <message>
            <source>Planned end</source>
            <translation>Fin prevista</translation>
        </message>
        <message>
            <source>Returned on</source>
            <translation>Regresó el</translation>
        </message>
        <message>
            <source>Course</source>
            <translation>Curso</translation>
        </message>
        <message>
            <source>Kind of course</source>
            <translation>Tipo de curso</translation>
        </message>
        <message>
            <source>Enrolled on</source>
            <translation>Inscrito el</translation>
        </message>
        <message>
            <source>Completed on</source>
            <translation>Completado el</translation>
        </message>
        <message>
            <source>Certificate number</source>
            <translation>Número de certificado</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Resultado</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Calificación</translation>
        </message>
        <message>
            <source>Mexico</source>
            <translation>México</translation>
        </message>
        <message>
            <source>El Salvador</source>
            <translation>El Salvador</translation>
        </message>
        <message>
            <source>Colombia</source>
            <translation>Colombia</translation>
        </message>
        <message>
            <source>Ecuador</source>
            <translation>Ecuador</translation>
        </message>
        <message>
            <source>Honduras</source>
            <translation>Honduras</translation>
        </message>
        <message>
            <source>Headquarters Ottawa</source>
            <translation>Sede de Ottawa</translation>
        </message>
        <message>
            <source>All missions</source>
            <translation>Todas las misiones</translation>
        </message>
        <message>
            <source>Female</source>
            <translation>Mujer</translation>
        </message>
        <message>
            <source>Male</source>
            <translation>Hombre</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Otro</translation>
        </message>
        <message>
            <source>Not stated</source>
            <translation>No indicado</translation>
        </message>
        <message>
            <source>Pre-departure</source>
            <translation>Antes de la salida</translation>
        </message>
        <message>
            <source>Abroad</source>
            <translation>En el extranjero</translation>
        </message>
        <message>
            <source>Returned</source>
            <translation>Retornado</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Activo</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Cerrado</translation>
        </message>
        <message>
            <source>No schooling</source>
            <translation>Sin escolaridad</translation>
        </message>
        <message>
            <source>Primary, incomplete</source>
            <translation>Primaria incompleta</translation>
        </message>
        <message>
            <source>Primary</source>
            <translation>Primaria</translation>
        </message>
        <message>
            <source>Lower secondary</source>
            <translation>Secundaria</translation>
        </message>
        <message>
            <source>Upper secondary</source>
            <translation>Bachillerato</translation>
        </message>
        <message>
            <source>Technical</source>
            <translation>Técnica</translation>
        </message>
        <message>
            <source>University</source>
            <translation>Universidad</translation>
        </message>
        <message>
            <source>Citizenship card (CO)</source>
            <translation>Cédula de ciudadanía (CO)</translation>
        </message>
        <message>
            <source>Identity card (EC)</source>
            <translation>Cédula de identidad (EC)</translation>
        </message>
        <message>
            <source>Passport</source>
            <translation>Pasaporte</translation>
        </message>
        <message>
            <source>Construction</source>
            <translation>Construcción</translation>
        </message>
        <message>
            <source>Tourism</source>
            <translation>Turismo</translation>
        </message>
        <message>
            <source>Hospitality</source>
            <translation>Hotelería y restaurantes</translation>
        </message>
        <message>
            <source>Services</source>
            <translation>Servicios</translation>
        </message>
        <message>
            <source>Agriculture</source>
            <translation>Agricultura</translation>
        </message>
        <message>
            <source>Seasonal Agricultural Worker Program</source>
            <translation>Programa de Trabajadores Agrícolas Temporales</translation>
        </message>
        <message>
            <source>Agricultural stream</source>
            <translation>Volet agrícola</translation>
        </message>
        <message>
            <source>Low-wage stream</source>
            <translation>Volet de salarios bajos</translation>
        </message>
        <message>
            <source>High-wage stream</source>
            <translation>Volet de salarios altos</translation>
        </message>
        <message>
            <source>Planned</source>
            <translation>Previsto</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation>Completado</translation>
        </message>
        <message>
            <source>Ended early</source>
            <translation>Terminado antes de tiempo</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Cancelado</translation>
        </message>
        <message>
            <source>Pre-departure orientation</source>
            <translation>Orientación previa a la salida</translation>
        </message>
        <message>
            <source>On-site training</source>
            <translation>Capacitación en el lugar de trabajo</translation>
        </message>
        <message>
            <source>Additional course</source>
            <translation>Curso complementario</translation>
        </message>
        <message>
            <source>Entrepreneurship</source>
            <translation>Emprendimiento</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Idioma</translation>
        </message>
        <message>
            <source>Enrolled</source>
            <translation>Inscrito</translation>
        </message>
        <message>
            <source>Attending</source>
            <translation>Cursando</translation>
        </message>
        <message>
            <source>Withdrawn</source>
            <translation>Retirado</translation>
        </message>
        <message>
            <source>Passed</source>
            <translation>Aprobado</translation>
        </message>
        <message>
            <source>Passed with distinction</source>
            <translation>Aprobado con distinción</translation>
        </message>
        <message>
            <source>Not passed</source>
            <translation>No aprobado</translation>
        </message>
        <message>
            <source>Attendance only</source>
            <translation>Solo asistencia</translation>
        </message>
        <message>
            <source>Employment</source>
            <translation>Empleo</translation>
        </message>
        <message>
            <source>Business</source>
            <translation>Negocio</translation>
        </message>
        <message>
            <source>Community investment</source>
            <translation>Inversión comunitaria</translation>
        </message>
        <message>
            <source>Draft</source>
            <translation>Borrador</translation>
        </message>
        <message>
            <source>Submitted</source>
            <translation>Enviado</translation>
        </message>
        <message>
            <source>Approved</source>
            <translation>Aprobado</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>En curso</translation>
        </message>
        <message>
            <source>Abandoned</source>
            <translation>Abandonado</translation>
        </message>
        <message>
            <source>Household</source>
            <translation>Gastos del hogar</translation>
        </message>
        <message>
            <source>Savings</source>
            <translation>Ahorro</translation>
        </message>
        <message>
            <source>Community project</source>
            <translation>Proyecto comunitario</translation>
        </message>
        <message>
            <source>Proposed</source>
            <translation>Propuesto</translation>
        </message>
        <message>
            <source>Fundraising</source>
            <translation>Recaudando fondos</translation>
        </message>
        <message>
            <source>Interview</source>
            <translation>Entrevista</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>Seguimiento</translation>
        </message>
        <message>
            <source>Call</source>
            <translation>Llamada</translation>
        </message>
        <message>
            <source>Visit</source>
            <translation>Visita</translation>
        </message>
        <message>
            <source>Referral</source>
            <translation>Derivación</translation>
        </message>
        <message>
            <source>Case management</source>
            <translation>Gestión del caso</translation>
        </message>
        <message>
            <source>Training</source>
            <translation>Capacitación</translation>
        </message>
        <message>
            <source>Reintegration</source>
            <translation>Reintegración</translation>
        </message>
        <message>
            <source>Statistics</source>
            <translation>Estadísticas</translation>
        </message>
        <message>
            <source>Contact by employers</source>
            <translation>Contacto de empleadores</translation>
        </message>
        <message>
            <source>Under 18</source>
            <translation>Menos de 18</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <source>ALERT indicators</source>
            <translation>Indicadores ALERT</translation>
        </message>
        <message>
            <source>{mission} · {start} to {end}</source>
            <translation>{mission} · del {start} al {end}</translation>
        </message>
        <message>
            <source>Nothing recorded in this period.</source>
            <translation>No hay registros en este periodo.</translation>
        </message>
        <message>
            <source>About</source>
            <translation>Acerca de</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Desde</translation>
        </message>
        <message>
            <source>To</source>
            <translation>Hasta</translation>
        </message>
        <message>
            <source>Made on</source>
            <translation>Elaborado el</translation>
        </message>
        <message>
            <source>Workers who withdrew consent and archived records are left out. Ages are on the last day of the period. Amounts in different currencies are never added together.</source>
            <translation>Se excluyen las personas que retiraron su consentimiento y los registros archivados. Las edades son las del último día del periodo. Los montos en monedas distintas nunca se suman entre sí.</translation>
        </message>
        <message>
            <source>The {shown} projects with most participants, of {count}; the spreadsheet export lists them all.</source>
            <translation>Los {shown} proyectos con más participantes, de un total de {count}; la exportación a hoja de cálculo los incluye todos.</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Resumen</translation>
        </message>
        <message>
            <source>Access to training</source>
            <translation>Acceso a la capacitación</translation>
        </message>
        <message>
            <source>Leveraging remittances</source>
            <translation>Aprovechamiento de las remesas</translation>
        </message>
        <message>
            <source>Engaging communities</source>
            <translation>Participación de las comunidades</translation>
        </message>
        <message>
            <source>Reciprocity: reintegration at home</source>
            <translation>Reciprocidad: reintegración en el país de origen</translation>
        </message>
        <message>
            <source>Transparency: who the programme reaches</source>
            <translation>Transparencia: a quién llega el programa</translation>
        </message>
        <message>
            <source>Workers followed</source>
            <translation>Personas trabajadoras acompañadas</translation>
        </message>
        <message>
            <source>Women</source>
            <translation>Mujeres</translation>
        </message>
        <message>
            <source>Enrolments in the period</source>
            <translation>Inscripciones en el periodo</translation>
        </message>
        <message>
            <source>Workers who completed a course</source>
            <translation>Personas que completaron un curso</translation>
        </message>
        <message>
            <source>Training hours completed</source>
            <translation>Horas de capacitación completadas</translation>
        </message>
        <message>
            <source>Remittances recorded</source>
            <translation>Remesas registradas</translation>
        </message>
        <message>
            <source>Communities with projects</source>
            <translation>Comunidades con proyectos</translation>
        </message>
        <message>
            <source>Community projects</source>
            <translation>Proyectos comunitarios</translation>
        </message>
        <message>
            <source>Workers in community projects</source>
            <translation>Personas en proyectos comunitarios</translation>
        </message>
        <message>
            <source>Reintegration plans</source>
            <translation>Planes de reintegración</translation>
        </message>
        <message>
            <source>Businesses started</source>
            <translation>Negocios iniciados</translation>
        </message>
        <message>
            <source>Workers by migration stage and sex</source>
            <translation>Personas trabajadoras por etapa migratoria y sexo</translation>
        </message>
        <message>
            <source>Workers by age band and sex (age at the end of the period)</source>
            <translation>Personas trabajadoras por grupo de edad y sexo (edad al final del periodo)</translation>
        </message>
        <message>
            <source>Age</source>
            <translation>Edad</translation>
        </message>
        <message>
            <source>Workers by mission and migration stage</source>
            <translation>Personas trabajadoras por misión y etapa migratoria</translation>
        </message>
        <message>
            <source>Training by kind of course</source>
            <translation>Capacitación por tipo de curso</translation>
        </message>
        <message>
            <source>Enrolments</source>
            <translation>Inscripciones</translation>
        </message>
        <message>
            <source>Completions</source>
            <translation>Cursos completados</translation>
        </message>
        <message>
            <source>Hours completed</source>
            <translation>Horas completadas</translation>
        </message>
        <message>
            <source>Workers who completed</source>
            <translation>Personas que lo completaron</translation>
        </message>
        <message>
            <source>Purpose</source>
            <translation>Destino</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>Moneda</translation>
        </message>
        <message>
            <source>Remittances</source>
            <translation>Remesas</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Monto</translation>
        </message>
        <message>
            <source>Workers</source>
            <translation>Personas</translation>
        </message>
        <message>
            <source>Remittances by purpose and currency</source>
            <translation>Remesas por destino y moneda</translation>
        </message>
        <message>
            <source>Amounts in different currencies are never added together.</source>
            <translation>Los montos en monedas distintas nunca se suman entre sí.</translation>
        </message>
        <message>
            <source>Remittances to community projects</source>
            <translation>Remesas para proyectos comunitarios</translation>
        </message>
        <message>
            <source>Community projects: participants and progress to goal</source>
            <translation>Proyectos comunitarios: participantes y avance hacia la meta</translation>
        </message>
        <message>
            <source>Project</source>
            <translation>Proyecto</translation>
        </message>
        <message>
            <source>Contributed in the period</source>
            <translation>Aportado en el periodo</translation>
        </message>
        <message>
            <source>Contributed to date</source>
            <translation>Aportado a la fecha</translation>
        </message>
        <message>
            <source>Goal currency</source>
            <translation>Moneda de la meta</translation>
        </message>
        <message>
            <source>Goal</source>
            <translation>Meta</translation>
        </message>
        <message>
            <source>Progress to goal</source>
            <translation>Avance hacia la meta</translation>
        </message>
        <message>
            <source>Reintegration plans by kind and status</source>
            <translation>Planes de reintegración por tipo y estado</translation>
        </message>
        <message>
            <source>Kind of plan</source>
            <translation>Tipo de plan</translation>
        </message>
        <message>
            <source>Businesses started by sector and sex of the owner</source>
            <translation>Negocios iniciados por sector y sexo de la persona titular</translation>
        </message>
        <message>
            <source>Key figures</source>
            <translation>Cifras clave</translation>
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
            <source>IOM · Labour mobility programme to Canada</source>
            <translation>OIM · Programa de movilidad laboral a Canadá</translation>
        </message>
        <message>
            <source>Page {page} of {pages}</source>
            <translation>Página {page} de {pages}</translation>
        </message>
        <message>
            <source>Made on {date}</source>
            <translation>Elaborado el {date}</translation>
        </message>
        <message>
            <source>Mission: {mission}</source>
            <translation>Misión: {mission}</translation>
        </message>
        <message>
            <source>Confidential: personal data</source>
            <translation>Confidencial: datos personales</translation>
        </message>
        <message>
            <source>Reintegration plan</source>
            <translation>Plan de reintegración</translation>
        </message>
        <message>
            <source>Plan</source>
            <translation>Plan</translation>
        </message>
        <message>
            <source>Business started on</source>
            <translation>Negocio iniciado el</translation>
        </message>
        <message>
            <source>Submitted on</source>
            <translation>Enviado el</translation>
        </message>
        <message>
            <source>{date} by {name}</source>
            <translation>{date}, por {name}</translation>
        </message>
        <message>
            <source>Goals</source>
            <translation>Objetivos</translation>
        </message>
        <message>
            <source>Funding</source>
            <translation>Financiamiento</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Concepto</translation>
        </message>
        <message>
            <source>Share of budget</source>
            <translation>Parte del presupuesto</translation>
        </message>
        <message>
            <source>Budget</source>
            <translation>Presupuesto</translation>
        </message>
        <message>
            <source>Own savings</source>
            <translation>Ahorros propios</translation>
        </message>
        <message>
            <source>Own remittances</source>
            <translation>Remesas propias</translation>
        </message>
        <message>
            <source>Other funding</source>
            <translation>Otro financiamiento</translation>
        </message>
        <message>
            <source>Other funding ({source})</source>
            <translation>Otro financiamiento ({source})</translation>
        </message>
        <message>
            <source>Total funding</source>
            <translation>Financiamiento total</translation>
        </message>
        <message>
            <source>Still to find</source>
            <translation>Falta conseguir</translation>
        </message>
        <message>
            <source>Milestones</source>
            <translation>Etapas</translation>
        </message>
        <message>
            <source>Milestone</source>
            <translation>Etapa</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Fecha prevista</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Avance</translation>
        </message>
        <message>
            <source>Done on {date}</source>
            <translation>Cumplida el {date}</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>Atrasada</translation>
        </message>
        <message>
            <source>Pending</source>
            <translation>Pendiente</translation>
        </message>
        <message>
            <source>No milestones yet.</source>
            <translation>Todavía no hay etapas.</translation>
        </message>
        <message>
            <source>Signature of the worker</source>
            <translation>Firma de la persona trabajadora</translation>
        </message>
        <message>
            <source>Approved by the supervisor (name, signature, date)</source>
            <translation>Aprobado por la supervisión (nombre, firma, fecha)</translation>
        </message>
        <message>
            <source>Worker record</source>
            <translation>Expediente de la persona trabajadora</translation>
        </message>
        <message>
            <source>Pseudonymous copy: names, contact details and ID numbers are not shown for your role.</source>
            <translation>Copia seudonimizada: su rol no permite ver nombres, datos de contacto ni números de documento.</translation>
        </message>
        <message>
            <source>1. Profile</source>
            <translation>1. Perfil</translation>
        </message>
        <message>
            <source>2. Journey: work abroad</source>
            <translation>2. Trayectoria: trabajo en el extranjero</translation>
        </message>
        <message>
            <source>3. Training</source>
            <translation>3. Capacitación</translation>
        </message>
        <message>
            <source>4. Reintegration plan</source>
            <translation>4. Plan de reintegración</translation>
        </message>
        <message>
            <source>5. Case notes</source>
            <translation>5. Notas del caso</translation>
        </message>
        <message>
            <source>{age} years</source>
            <translation>{age} años</translation>
        </message>
        <message>
            <source>Consent</source>
            <translation>Consentimiento</translation>
        </message>
        <message>
            <source>Given on {date}: {purposes}</source>
            <translation>Otorgado el {date}: {purposes}</translation>
        </message>
        <message>
            <source>Certificate</source>
            <translation>Certificado</translation>
        </message>
        <message>
            <source>Attended</source>
            <translation>Asistencia</translation>
        </message>
        <message>
            <source>{sessions} sessions, {hours} h</source>
            <translation>{sessions} sesiones, {hours} h</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <source>Author</source>
            <translation>Autor</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Nota</translation>
        </message>
        <message>
            <source>Follow-up on {date}</source>
            <translation>Seguimiento el {date}</translation>
        </message>
        <message>
            <source>No placement abroad recorded.</source>
            <translation>No hay contratos en el extranjero registrados.</translation>
        </message>
        <message>
            <source>No course recorded.</source>
            <translation>No hay cursos registrados.</translation>
        </message>
        <message>
            <source>No reintegration plan recorded.</source>
            <translation>No hay plan de reintegración registrado.</translation>
        </message>
        <message>
            <source>No case notes.</source>
            <translation>No hay notas del caso.</translation>
        </message>
    </context>
    <context>
        <name>ReportsView</name>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>Documentos PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Libros de Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>Archivos CSV (*.csv)</translation>
        </message>
        <message>
            <source>The end of the period is before its start.</source>
            <translation>El final del periodo es anterior a su inicio.</translation>
        </message>
        <message>
            <source>Computing the indicators…</source>
            <translation>Calculando los indicadores…</translation>
        </message>
        <message>
            <source>Indicators: {mission}, {start} to {end}.</source>
            <translation>Indicadores: {mission}, del {start} al {end}.</translation>
        </message>
        <message>
            <source>Nothing recorded in this period.</source>
            <translation>Nada registrado en este periodo.</translation>
        </message>
        <message>
            <source>ALERT indicators</source>
            <translation>Indicadores ALERT</translation>
        </message>
        <message>
            <source>Export the indicators</source>
            <translation>Exportar los indicadores</translation>
        </message>
        <message>
            <source>Writing {name}…</source>
            <translation>Escribiendo {name}…</translation>
        </message>
        <message>
            <source>Saved as {path}.</source>
            <translation>Guardado como {path}.</translation>
        </message>
        <message>
            <source>&amp;Mission:</source>
            <translation>&amp;Misión:</translation>
        </message>
        <message>
            <source>&amp;From:</source>
            <translation>&amp;Desde:</translation>
        </message>
        <message>
            <source>&amp;To:</source>
            <translation>&amp;Hasta:</translation>
        </message>
        <message>
            <source>&amp;Show indicators</source>
            <translation>&amp;Mostrar indicadores</translation>
        </message>
        <message>
            <source>Export PDF…</source>
            <translation>Exportar PDF…</translation>
        </message>
        <message>
            <source>Export XLSX…</source>
            <translation>Exportar XLSX…</translation>
        </message>
        <message>
            <source>Export CSV…</source>
            <translation>Exportar CSV…</translation>
        </message>
        <message>
            <source>Choose a mission and a period, then show the indicators.</source>
            <translation>Elija una misión y un periodo y luego muestre los indicadores.</translation>
        </message>
    </context>
    <context>
        <name>Services</name>
        <message>
            <source>This value is not valid for this field.</source>
            <translation>Este valor no es válido para este campo.</translation>
        </message>
        <message>
            <source>This conflict was already settled.</source>
            <translation>Este conflicto ya se resolvió.</translation>
        </message>
        <message>
            <source>This record does not exist or is not visible to you.</source>
            <translation>Este registro no existe o usted no tiene acceso a él.</translation>
        </message>
        <message>
            <source>Some fields need correcting.</source>
            <translation>Algunos campos deben corregirse.</translation>
        </message>
        <message>
            <source>This record was changed elsewhere since you opened it. Reopen it to see the current values.</source>
            <translation>Este registro fue modificado en otro lugar después de que usted lo abrió. Vuelva a abrirlo para ver los valores actuales.</translation>
        </message>
        <message>
            <source>Your role does not allow this action.</source>
            <translation>Su rol no permite esta acción.</translation>
        </message>
        <message>
            <source>This record belongs to mission {mission}, which you cannot change.</source>
            <translation>Este registro pertenece a la misión {mission}, que usted no puede modificar.</translation>
        </message>
        <message>
            <source>This form code is already used for {name} ({code}).</source>
            <translation>Este código de formulario ya está asignado a {name} ({code}).</translation>
        </message>
    </context>
    <context>
        <name>SignInDialog</name>
        <message>
            <source>Testing the connection…</source>
            <translation>Probando la conexión…</translation>
        </message>
        <message>
            <source>The server answers.</source>
            <translation>El servidor responde.</translation>
        </message>
        <message>
            <source>Fill in the server, your username and your password.</source>
            <translation>Indique el servidor, su usuario y su contraseña.</translation>
        </message>
        <message>
            <source>Signing in…</source>
            <translation>Iniciando sesión…</translation>
        </message>
        <message>
            <source>Too many failed attempts. Wait {seconds} seconds and try again.</source>
            <translation>Demasiados intentos fallidos. Espere {seconds} segundos e inténtelo de nuevo.</translation>
        </message>
        <message>
            <source>The username or password is not right.</source>
            <translation>El usuario o la contraseña no son correctos.</translation>
        </message>
        <message>
            <source>This device was blocked by an administrator. Contact support.</source>
            <translation>Un administrador bloqueó este equipo. Comuníquese con soporte.</translation>
        </message>
        <message>
            <source>This version of Puente is too old for the server. Install the update.</source>
            <translation>Esta versión de Puente es demasiado antigua para el servidor. Instale la actualización.</translation>
        </message>
        <message>
            <source>The server cannot be reached. Check the address and the connection.</source>
            <translation>No se puede conectar con el servidor. Revise la dirección y la conexión.</translation>
        </message>
        <message>
            <source>The server had a problem. Try again later.</source>
            <translation>El servidor tuvo un problema. Inténtelo más tarde.</translation>
        </message>
        <message>
            <source>The address is not valid. It looks like https://puente.example.org</source>
            <translation>La dirección no es válida. Tiene la forma https://puente.example.org</translation>
        </message>
        <message>
            <source>Sign in to the Puente server</source>
            <translation>Iniciar sesión en el servidor de Puente</translation>
        </message>
        <message>
            <source>Server address:</source>
            <translation>Dirección del servidor:</translation>
        </message>
        <message>
            <source>Username:</source>
            <translation>Usuario:</translation>
        </message>
        <message>
            <source>Password:</source>
            <translation>Contraseña:</translation>
        </message>
        <message>
            <source>Test connection</source>
            <translation>Probar la conexión</translation>
        </message>
        <message>
            <source>Sign in</source>
            <translation>Iniciar sesión</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
    </context>
    <context>
        <name>StageDialog</name>
        <message>
            <source>Enter the date.</source>
            <translation>Indique la fecha.</translation>
        </message>
        <message>
            <source>Depart abroad</source>
            <translation>Salida al extranjero</translation>
        </message>
        <message>
            <source>Return home</source>
            <translation>Regreso al país</translation>
        </message>
        <message>
            <source>Cancel departure</source>
            <translation>Anular la salida</translation>
        </message>
        <message>
            <source>The worker leaves for the placement chosen below: it becomes active and the worker is recorded as working abroad.</source>
            <translation>La persona sale hacia el contrato elegido abajo: el contrato pasa a activo y la persona queda registrada como trabajando en el extranjero.</translation>
        </message>
        <message>
            <source>The worker came back: the active placement closes on this date (ended early when before its planned end) and the worker is recorded as back home.</source>
            <translation>La persona regresó: el contrato activo se cierra en esta fecha (terminado antes de tiempo si es antes del fin previsto) y queda registrada como de regreso en su país.</translation>
        </message>
        <message>
            <source>The departure did not happen: the worker is again preparing to leave and the active placement is cancelled, unless you keep it planned.</source>
            <translation>La salida no se realizó: la persona vuelve a estar preparando la salida y el contrato activo se cancela, salvo que lo mantenga previsto.</translation>
        </message>
        <message>
            <source>&amp;Placement</source>
            <translation>&amp;Contrato</translation>
        </message>
        <message>
            <source>&amp;Date</source>
            <translation>&amp;Fecha</translation>
        </message>
        <message>
            <source>&amp;Keep the placement planned for a later departure</source>
            <translation>&amp;Mantener el contrato previsto para una salida posterior</translation>
        </message>
        <message>
            <source>No planned placement: add one first</source>
            <translation>No hay contrato previsto: añada uno primero</translation>
        </message>
    </context>
    <context>
        <name>Startup</name>
        <message>
            <source>Making the demo data (synthetic workers)…</source>
            <translation>Creando los datos de demostración (trabajadores ficticios)…</translation>
        </message>
        <message>
            <source>DEMO</source>
            <translation>DEMOSTRACIÓN</translation>
        </message>
        <message>
            <source>The demo data could not be made.</source>
            <translation>No se pudieron crear los datos de demostración.</translation>
        </message>
        <message>
            <source>Puente cannot open its case file.</source>
            <translation>Puente no puede abrir su archivo de casos.</translation>
        </message>
        <message>
            <source>First-run assistant…</source>
            <translation>Asistente de primer inicio…</translation>
        </message>
        <message>
            <source>An administrator blocked this laptop. Its case file and keys were removed from it; the records are safe on the server. Puente closes now.</source>
            <translation>Un administrador bloqueó esta computadora. Su archivo de casos y sus claves se borraron de ella; los registros están a salvo en el servidor. Puente se cierra ahora.</translation>
        </message>
    </context>
    <context>
        <name>SyncView</name>
        <message>
            <source>The server cannot be reached. Your changes are kept and will be sent when the connection is back.</source>
            <translation>No se puede conectar con el servidor. Sus cambios se guardan y se enviarán cuando vuelva la conexión.</translation>
        </message>
        <message>
            <source>Your sign-in has expired. Sign in again; your changes are kept.</source>
            <translation>Su sesión ha vencido. Inicie sesión de nuevo; sus cambios se conservan.</translation>
        </message>
        <message>
            <source>The server did not accept your sign-in. Sign in again; your changes are kept.</source>
            <translation>El servidor no aceptó su sesión. Inicie sesión de nuevo; sus cambios se conservan.</translation>
        </message>
        <message>
            <source>This version of Puente is too old for the server. Install the update; your changes are kept.</source>
            <translation>Esta versión de Puente es demasiado antigua para el servidor. Instale la actualización; sus cambios se conservan.</translation>
        </message>
        <message>
            <source>The server refused to sync with this device or role. Contact your supervisor.</source>
            <translation>El servidor rechazó sincronizar con este equipo o esta función. Comuníquese con su supervisor.</translation>
        </message>
        <message>
            <source>Too many sign-in attempts. Wait a few minutes and try again.</source>
            <translation>Demasiados intentos de inicio de sesión. Espere unos minutos e inténtelo de nuevo.</translation>
        </message>
        <message>
            <source>The server was restored from a backup; Puente reads it again from the start.</source>
            <translation>El servidor se restauró desde una copia de seguridad; Puente lo vuelve a leer desde el principio.</translation>
        </message>
        <message>
            <source>The server had a problem. Try again later; your changes are kept.</source>
            <translation>El servidor tuvo un problema. Inténtelo más tarde; sus cambios se conservan.</translation>
        </message>
        <message numerus="yes">
            <source>%n record(s) removed from this laptop under the retention period (workers closed longer than their mission keeps them).</source>
            <translation>
                <numerusform>%n registro eliminado de esta computadora por el plazo de conservación (trabajadores cerrados hace más tiempo del que su misión los conserva).</numerusform>
                <numerusform>%n registros eliminados de esta computadora por el plazo de conservación (trabajadores cerrados hace más tiempo del que su misión los conserva).</numerusform>
            </translation>
        </message>
        <message>
            <source>Sign in to sync, or wait for the running sync to end.</source>
            <translation>Inicie sesión para sincronizar, o espere a que termine la sincronización en curso.</translation>
        </message>
        <message>
            <source>Sending changes: %v of %m</source>
            <translation>Enviando cambios: %v de %m</translation>
        </message>
        <message>
            <source>Receiving changes</source>
            <translation>Recibiendo cambios</translation>
        </message>
        <message>
            <source>Sync stopped because of an error in Puente. Your changes are kept.</source>
            <translation>La sincronización se detuvo por un error de Puente. Sus cambios se conservan.</translation>
        </message>
        <message numerus="yes">
            <source>%n change(s) waiting to be sent</source>
            <translation>
                <numerusform>%n cambio por enviar</numerusform>
                <numerusform>%n cambios por enviar</numerusform>
            </translation>
        </message>
        <message>
            <source>Never</source>
            <translation>Nunca</translation>
        </message>
        <message numerus="yes">
            <source>%n conflict(s) to settle in Conflicts.</source>
            <translation>
                <numerusform>%n conflicto por resolver en Conflictos.</numerusform>
                <numerusform>%n conflictos por resolver en Conflictos.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n change(s) refused by the server.</source>
            <translation>
                <numerusform>%n cambio rechazado por el servidor.</numerusform>
                <numerusform>%n cambios rechazados por el servidor.</numerusform>
            </translation>
        </message>
        <message>
            <source>None</source>
            <translation>Ninguno</translation>
        </message>
        <message>
            <source>Refused by the server: {what} ({reason})</source>
            <translation>Rechazado por el servidor: {what} ({reason})</translation>
        </message>
        <message>
            <source>{when}: stopped. {problem}</source>
            <translation>{when}: detenida. {problem}</translation>
        </message>
        <message>
            <source>{when}: cancelled; what was done is kept.</source>
            <translation>{when}: cancelada; lo ya hecho se conserva.</translation>
        </message>
        <message>
            <source>{when}: {sent} sent, {received} received, {conflicts} conflicts, {refused} refused</source>
            <translation>{when}: {sent} enviados, {received} recibidos, {conflicts} conflictos, {refused} rechazados</translation>
        </message>
        <message>
            <source>Checking…</source>
            <translation>Comprobando…</translation>
        </message>
        <message>
            <source>Online</source>
            <translation>En línea</translation>
        </message>
        <message>
            <source>Offline</source>
            <translation>Sin conexión</translation>
        </message>
        <message>
            <source>Sync</source>
            <translation>Sincronización</translation>
        </message>
        <message>
            <source>Sync now</source>
            <translation>Sincronizar ahora</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Connection:</source>
            <translation>Conexión:</translation>
        </message>
        <message>
            <source>Pending changes:</source>
            <translation>Cambios pendientes:</translation>
        </message>
        <message>
            <source>Last successful sync:</source>
            <translation>Última sincronización correcta:</translation>
        </message>
        <message>
            <source>Last problem:</source>
            <translation>Último problema:</translation>
        </message>
        <message>
            <source>Sync log</source>
            <translation>Registro de sincronización</translation>
        </message>
    </context>
    <context>
        <name>TrainingTab</name>
        <message numerus="yes">
            <source>%n session(s), {hours} h</source>
            <translation>
                <numerusform>%n sesión, {hours} h</numerusform>
                <numerusform>%n sesiones, {hours} h</numerusform>
            </translation>
        </message>
        <message>
            <source>Withdraw from the course</source>
            <translation>Retirar del curso</translation>
        </message>
        <message>
            <source>Withdraw the worker from {course}? Their place is freed.</source>
            <translation>¿Retirar a la persona de {course}? Su lugar queda libre.</translation>
        </message>
        <message>
            <source>Not changed</source>
            <translation>Sin cambios</translation>
        </message>
        <message>
            <source>E&amp;nrol in a course…</source>
            <translation>I&amp;nscribir en un curso…</translation>
        </message>
        <message>
            <source>Record &amp;completion…</source>
            <translation>Registrar &amp;finalización…</translation>
        </message>
        <message>
            <source>&amp;Withdraw</source>
            <translation>&amp;Retirar</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Código</translation>
        </message>
        <message>
            <source>Course</source>
            <translation>Curso</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Enrolled on</source>
            <translation>Inscrito el</translation>
        </message>
        <message>
            <source>Attendance</source>
            <translation>Asistencia</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Resultado</translation>
        </message>
        <message>
            <source>Completed on</source>
            <translation>Completado el</translation>
        </message>
        <message>
            <source>Certificate number</source>
            <translation>Número de certificado</translation>
        </message>
    </context>
    <context>
        <name>UnlockDialog</name>
        <message numerus="yes">
            <source>Too many wrong passwords. Try again in %n second(s).</source>
            <translation>
                <numerusform>Demasiadas contraseñas incorrectas. Vuelva a intentarlo en %n segundo.</numerusform>
                <numerusform>Demasiadas contraseñas incorrectas. Vuelva a intentarlo en %n segundos.</numerusform>
            </translation>
        </message>
        <message>
            <source>The username or password is not right.</source>
            <translation>El usuario o la contraseña no son correctos.</translation>
        </message>
        <message>
            <source>This person has not signed in on this laptop yet. The first sign-in of each person needs the server.</source>
            <translation>Esta persona todavía no ha iniciado sesión en esta computadora. El primer inicio de sesión de cada persona necesita el servidor.</translation>
        </message>
        <message>
            <source>The key file beside the case file is missing or damaged. Do not delete any file; contact support.</source>
            <translation>Falta o está dañado el archivo de claves junto al archivo de casos. No borre ningún archivo; comuníquese con soporte.</translation>
        </message>
        <message>
            <source>Choose a password of at least {count} characters.</source>
            <translation>Elija una contraseña de al menos {count} caracteres.</translation>
        </message>
        <message>
            <source>The two passwords are not the same.</source>
            <translation>Las dos contraseñas no son iguales.</translation>
        </message>
        <message>
            <source>Too many failed attempts. Wait {seconds} seconds and try again.</source>
            <translation>Demasiados intentos fallidos. Espere {seconds} segundos y vuelva a intentarlo.</translation>
        </message>
        <message>
            <source>This device was blocked by an administrator. Contact support.</source>
            <translation>Un administrador bloqueó este equipo. Comuníquese con soporte.</translation>
        </message>
        <message>
            <source>This version of Puente is too old for the server. Install the update.</source>
            <translation>Esta versión de Puente es demasiado antigua para el servidor. Instale la actualización.</translation>
        </message>
        <message>
            <source>The server cannot be reached. Check the address and the connection.</source>
            <translation>No se puede conectar con el servidor. Revise la dirección y la conexión.</translation>
        </message>
        <message>
            <source>The server had a problem. Try again later.</source>
            <translation>El servidor tuvo un problema. Inténtelo más tarde.</translation>
        </message>
        <message>
            <source>Puente could not open the case file. Nothing was deleted; contact support.</source>
            <translation>Puente no pudo abrir el archivo de casos. No se borró nada; comuníquese con soporte.</translation>
        </message>
        <message>
            <source>The address is not valid. It looks like https://puente.example.org</source>
            <translation>La dirección no es válida. Tiene la forma https://puente.example.org</translation>
        </message>
        <message>
            <source>Fill in your username and your password.</source>
            <translation>Escriba su usuario y su contraseña.</translation>
        </message>
        <message>
            <source>Signing in and encrypting the case file… this can take a minute.</source>
            <translation>Iniciando sesión y cifrando el archivo de casos… puede tardar un minuto.</translation>
        </message>
        <message>
            <source>Checking the password…</source>
            <translation>Comprobando la contraseña…</translation>
        </message>
        <message>
            <source>Sign in to Puente</source>
            <translation>Iniciar sesión en Puente</translation>
        </message>
        <message>
            <source>The case file on this laptop is encrypted. Sign in with your Puente password to open it; no connection is needed.</source>
            <translation>El archivo de casos de esta computadora está cifrado. Inicie sesión con su contraseña de Puente para abrirlo; no hace falta conexión.</translation>
        </message>
        <message>
            <source>Puente now encrypts the case file on this laptop. Sign in once with the server to choose the key; the existing records are then encrypted.</source>
            <translation>Puente ahora cifra el archivo de casos de esta computadora. Inicie sesión una vez con el servidor para crear la clave; después se cifran los registros existentes.</translation>
        </message>
        <message>
            <source>Welcome. The case file on this laptop will be encrypted with a key that only your password opens. The first sign-in on this laptop needs the server; later you can sign in without a connection.</source>
            <translation>Bienvenido. El archivo de casos de esta computadora se cifrará con una clave que solo su contraseña abre. El primer inicio de sesión en esta computadora necesita el servidor; después podrá iniciar sesión sin conexión.</translation>
        </message>
        <message>
            <source>Server address:</source>
            <translation>Dirección del servidor:</translation>
        </message>
        <message>
            <source>Username:</source>
            <translation>Usuario:</translation>
        </message>
        <message>
            <source>Password:</source>
            <translation>Contraseña:</translation>
        </message>
        <message>
            <source>Repeat the password:</source>
            <translation>Repita la contraseña:</translation>
        </message>
        <message>
            <source>My mission has no server yet: make a local account on this laptop</source>
            <translation>Mi misión aún no tiene servidor: crear una cuenta local en esta computadora</translation>
        </message>
        <message>
            <source>Sign in</source>
            <translation>Iniciar sesión</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Salir</translation>
        </message>
    </context>
    <context>
        <name>UnsavedChanges</name>
        <message>
            <source>Unsaved changes</source>
            <translation>Cambios sin guardar</translation>
        </message>
        <message>
            <source>Save them before closing?</source>
            <translation>¿Guardarlos antes de cerrar?</translation>
        </message>
    </context>
    <context>
        <name>Validation</name>
        <message>
            <source>This field is required.</source>
            <translation>Este campo es obligatorio.</translation>
        </message>
        <message>
            <source>Remove the invisible control characters from this name.</source>
            <translation>Quite los caracteres de control invisibles de este nombre.</translation>
        </message>
        <message>
            <source>Names cannot contain digits.</source>
            <translation>Los nombres no pueden contener dígitos.</translation>
        </message>
        <message>
            <source>Names can contain only letters, spaces, hyphens, apostrophes and periods.</source>
            <translation>Los nombres solo pueden contener letras, espacios, guiones, apóstrofos y puntos.</translation>
        </message>
        <message>
            <source>Too long: use at most {max} characters.</source>
            <translation>Demasiado largo: use como máximo {max} caracteres.</translation>
        </message>
        <message>
            <source>Remove the invisible control characters.</source>
            <translation>Quite los caracteres de control invisibles.</translation>
        </message>
        <message>
            <source>The date of birth cannot be in the future.</source>
            <translation>La fecha de nacimiento no puede estar en el futuro.</translation>
        </message>
        <message>
            <source>The worker would be {age} years old at intake; workers must be between {min} and {max}. Check the date of birth.</source>
            <translation>La persona trabajadora tendría {age} años en el registro; debe tener entre {min} y {max}. Revise la fecha de nacimiento.</translation>
        </message>
        <message>
            <source>Choose a country from the list (two-letter ISO code, e.g. MX).</source>
            <translation>Elija un país de la lista (código ISO de dos letras, p. ej. MX).</translation>
        </message>
        <message>
            <source>Choose one of the missions.</source>
            <translation>Elija una de las misiones.</translation>
        </message>
        <message>
            <source>A CURP is issued by Mexico only, but this worker is not Mexican. Choose the document of the worker's country, or Passport.</source>
            <translation>La CURP solo la emite México, pero esta persona no es mexicana. Elija el documento de su país o Pasaporte.</translation>
        </message>
        <message>
            <source>A DUI is issued by El Salvador only, but this worker is not Salvadoran. Choose the document of the worker's country, or Passport.</source>
            <translation>El DUI solo lo emite El Salvador, pero esta persona no es salvadoreña. Elija el documento de su país o Pasaporte.</translation>
        </message>
        <message>
            <source>A Colombian cédula is issued by Colombia only, but this worker is not Colombian. Choose the document of the worker's country, or Passport.</source>
            <translation>La cédula colombiana solo la emite Colombia, pero esta persona no es colombiana. Elija el documento de su país o Pasaporte.</translation>
        </message>
        <message>
            <source>An Ecuadorian cédula is issued by Ecuador only, but this worker is not Ecuadorian. Choose the document of the worker's country, or Passport.</source>
            <translation>La cédula ecuatoriana solo la emite Ecuador, pero esta persona no es ecuatoriana. Elija el documento de su país o Pasaporte.</translation>
        </message>
        <message>
            <source>A DNI is issued by Honduras only, but this worker is not Honduran. Choose the document of the worker's country, or Passport.</source>
            <translation>El DNI solo lo emite Honduras, pero esta persona no es hondureña. Elija el documento de su país o Pasaporte.</translation>
        </message>
        <message>
            <source>Enter the document number, or choose "Other" if the worker has none.</source>
            <translation>Escriba el número del documento, o elija «Otro» si la persona no tiene ninguno.</translation>
        </message>
        <message>
            <source>A CURP has 18 characters: 4 letters, 6 digits of the birth date, 6 letters, then a letter or digit and a check digit (e.g. {example}).</source>
            <translation>La CURP tiene 18 caracteres: 4 letras, 6 dígitos de la fecha de nacimiento, 6 letras, luego una letra o dígito y un dígito verificador (p. ej. {example}).</translation>
        </message>
        <message>
            <source>This CURP's check digit is wrong: a character was probably mistyped.</source>
            <translation>El dígito verificador de esta CURP no es correcto: probablemente se escribió mal un carácter.</translation>
        </message>
        <message>
            <source>This CURP has an impossible birth date, sex letter or state code.</source>
            <translation>Esta CURP tiene una fecha de nacimiento, una letra de sexo o un código de estado imposibles.</translation>
        </message>
        <message>
            <source>The birth date in the CURP does not match the date of birth entered.</source>
            <translation>La fecha de nacimiento de la CURP no coincide con la fecha de nacimiento escrita.</translation>
        </message>
        <message>
            <source>The sex letter in the CURP does not match the sex entered.</source>
            <translation>La letra de sexo de la CURP no coincide con el sexo indicado.</translation>
        </message>
        <message>
            <source>A DUI has 8 digits, a hyphen and a check digit (e.g. {example}).</source>
            <translation>El DUI tiene 8 dígitos, un guion y un dígito verificador (p. ej. {example}).</translation>
        </message>
        <message>
            <source>This DUI's check digit is wrong: a digit was probably mistyped.</source>
            <translation>El dígito verificador de este DUI no es correcto: probablemente se escribió mal un dígito.</translation>
        </message>
        <message>
            <source>An Ecuadorian cédula has 10 digits (e.g. {example}).</source>
            <translation>La cédula ecuatoriana tiene 10 dígitos (p. ej. {example}).</translation>
        </message>
        <message>
            <source>This cédula does not start with a valid province code (01 to 24, or 30), or its third digit is above 6.</source>
            <translation>Esta cédula no empieza con un código de provincia válido (01 a 24, o 30), o su tercer dígito es mayor que 6.</translation>
        </message>
        <message>
            <source>This cédula's check digit is wrong: a digit was probably mistyped.</source>
            <translation>El dígito verificador de esta cédula no es correcto: probablemente se escribió mal un dígito.</translation>
        </message>
        <message>
            <source>A DNI has 13 digits written as {example}.</source>
            <translation>El DNI tiene 13 dígitos y se escribe así: {example}.</translation>
        </message>
        <message>
            <source>The DNI starts with department {department}; departments go from 01 to 18.</source>
            <translation>El DNI empieza con el departamento {department}; los departamentos van del 01 al 18.</translation>
        </message>
        <message>
            <source>The DNI names municipality {municipality} of department {department}, which has municipalities 01 to {count}.</source>
            <translation>El DNI indica el municipio {municipality} del departamento {department}, que tiene los municipios 01 a {count}.</translation>
        </message>
        <message>
            <source>The year in the DNI ({year}) does not fit a worker born in {birth_year}. Check the DNI and the date of birth.</source>
            <translation>El año del DNI ({year}) no corresponde a una persona nacida en {birth_year}. Revise el DNI y la fecha de nacimiento.</translation>
        </message>
        <message>
            <source>A Colombian cédula has 6 to 10 digits and does not start with 0 (e.g. {example}).</source>
            <translation>La cédula colombiana tiene de 6 a 10 dígitos y no empieza con 0 (p. ej. {example}).</translation>
        </message>
        <message>
            <source>A passport number has 5 to 20 letters and digits (e.g. {example}).</source>
            <translation>El número de pasaporte tiene de 5 a 20 letras y dígitos (p. ej. {example}).</translation>
        </message>
        <message>
            <source>This is not a valid phone number. Write it as dialled in the worker's country, or with + and the country code (e.g. +1 for Canada).</source>
            <translation>Este número de teléfono no es válido. Escríbalo como se marca en el país de la persona, o con + y el código del país (p. ej. +1 para Canadá).</translation>
        </message>
        <message>
            <source>This does not look like an email address (e.g. name@example.com).</source>
            <translation>Esto no parece una dirección de correo electrónico (p. ej. nombre@example.com).</translation>
        </message>
        <message>
            <source>Choose a state, department or province of the worker's country.</source>
            <translation>Elija un estado, departamento o provincia del país de la persona.</translation>
        </message>
        <message>
            <source>Unknown language code "{code}": use two-letter codes such as es, en, fr.</source>
            <translation>Código de idioma desconocido «{code}»: use códigos de dos letras como es, en, fr.</translation>
        </message>
        <message>
            <source>Dependants must be a number from 0 to {max}.</source>
            <translation>Las personas dependientes deben ser un número de 0 a {max}.</translation>
        </message>
        <message>
            <source>A worker cannot be saved without recorded consent: enter the date consent was given.</source>
            <translation>No se puede guardar a una persona trabajadora sin consentimiento registrado: escriba la fecha en que lo dio.</translation>
        </message>
        <message>
            <source>The consent date cannot be in the future.</source>
            <translation>La fecha del consentimiento no puede estar en el futuro.</translation>
        </message>
        <message>
            <source>Tick at least one purpose the worker consented to.</source>
            <translation>Marque al menos una finalidad para la que la persona dio su consentimiento.</translation>
        </message>
        <message>
            <source>Unknown consent purpose "{purpose}".</source>
            <translation>Finalidad de consentimiento desconocida «{purpose}».</translation>
        </message>
        <message>
            <source>Enter the name of the person who obtained the consent.</source>
            <translation>Escriba el nombre de quien obtuvo el consentimiento.</translation>
        </message>
        <message>
            <source>Consent cannot be withdrawn before the date it was given.</source>
            <translation>El consentimiento no puede retirarse antes de la fecha en que se dio.</translation>
        </message>
        <message>
            <source>The withdrawal date cannot be in the future.</source>
            <translation>La fecha de retiro no puede estar en el futuro.</translation>
        </message>
    </context>
    <context>
        <name>WorkerEditor</name>
        <message>
            <source>Paper form {code}</source>
            <translation>Formulario en papel {code}</translation>
        </message>
        <message>
            <source>Format: {example}</source>
            <translation>Formato: {example}</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>No se guardó</translation>
        </message>
        <message>
            <source>Looking for this person among the stored workers…</source>
            <translation>Buscando a esta persona entre los trabajadores registrados…</translation>
        </message>
        <message>
            <source>The check for workers already registered failed, so nothing was saved.</source>
            <translation>Falló la búsqueda de trabajadores ya registrados, así que no se guardó nada.</translation>
        </message>
        <message>
            <source>Nothing was saved: correct the fields marked in red.</source>
            <translation>No se guardó nada: corrija los campos marcados en rojo.</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Cambios sin guardar</translation>
        </message>
        <message>
            <source>This worker has changes that are not saved.</source>
            <translation>Este trabajador tiene cambios que no se han guardado.</translation>
        </message>
        <message>
            <source>Save them before closing?</source>
            <translation>¿Desea guardarlos antes de cerrar?</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>Registro</translation>
        </message>
        <message>
            <source>History</source>
            <translation>Historial</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Guardar</translation>
        </message>
        <message>
            <source>Save (Ctrl+S or Ctrl+Enter)</source>
            <translation>Guardar (Ctrl+S o Ctrl+Intro)</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <source>Given when the worker is saved</source>
            <translation>Se asigna al guardar al trabajador</translation>
        </message>
        <message>
            <source>Case status (not on the paper form)</source>
            <translation>Estado del caso (no figura en el formulario en papel)</translation>
        </message>
        <message>
            <source>New worker</source>
            <translation>Nuevo trabajador</translation>
        </message>
        <message>
            <source>Shift+Enter starts a new line.</source>
            <translation>Mayús+Intro empieza una línea nueva.</translation>
        </message>
        <message>
            <source>Other languages: two-letter codes, e.g. qu, nah</source>
            <translation>Otros idiomas: códigos de dos letras, p. ej. qu, nah</translation>
        </message>
        <message>
            <source>(not given)</source>
            <translation>(no indicado)</translation>
        </message>
    </context>
    <context>
        <name>WorkerFile</name>
        <message>
            <source>Construction</source>
            <translation>Construcción</translation>
        </message>
        <message>
            <source>Tourism</source>
            <translation>Turismo</translation>
        </message>
        <message>
            <source>Hospitality</source>
            <translation>Hotelería y restaurantes</translation>
        </message>
        <message>
            <source>Services</source>
            <translation>Servicios</translation>
        </message>
        <message>
            <source>Agriculture</source>
            <translation>Agricultura</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Otro</translation>
        </message>
        <message>
            <source>Seasonal Agricultural Worker Program</source>
            <translation>Programa de Trabajadores Agrícolas Temporales</translation>
        </message>
        <message>
            <source>Agricultural stream</source>
            <translation>Volet agrícola</translation>
        </message>
        <message>
            <source>Low-wage stream</source>
            <translation>Volet de salarios bajos</translation>
        </message>
        <message>
            <source>High-wage stream</source>
            <translation>Volet de salarios altos</translation>
        </message>
        <message>
            <source>SAWP</source>
            <translation>PTAT</translation>
        </message>
        <message>
            <source>Agricultural</source>
            <translation>Agrícola</translation>
        </message>
        <message>
            <source>Low-wage</source>
            <translation>Salarios bajos</translation>
        </message>
        <message>
            <source>High-wage</source>
            <translation>Salarios altos</translation>
        </message>
        <message>
            <source>Planned</source>
            <translation>Previsto</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Activo</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation>Completado</translation>
        </message>
        <message>
            <source>Ended early</source>
            <translation>Terminado antes de tiempo</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Cancelado</translation>
        </message>
        <message>
            <source>Enrolled</source>
            <translation>Inscrito</translation>
        </message>
        <message>
            <source>Attending</source>
            <translation>Cursando</translation>
        </message>
        <message>
            <source>Withdrawn</source>
            <translation>Retirado</translation>
        </message>
        <message>
            <source>Passed</source>
            <translation>Aprobado</translation>
        </message>
        <message>
            <source>Passed with distinction</source>
            <translation>Aprobado con distinción</translation>
        </message>
        <message>
            <source>Not passed</source>
            <translation>No aprobado</translation>
        </message>
        <message>
            <source>Attendance only</source>
            <translation>Solo asistencia</translation>
        </message>
        <message>
            <source>Employment</source>
            <translation>Empleo</translation>
        </message>
        <message>
            <source>Business</source>
            <translation>Negocio</translation>
        </message>
        <message>
            <source>Education</source>
            <translation>Educación</translation>
        </message>
        <message>
            <source>Community investment</source>
            <translation>Inversión comunitaria</translation>
        </message>
        <message>
            <source>Draft</source>
            <translation>Borrador</translation>
        </message>
        <message>
            <source>Submitted</source>
            <translation>Enviado</translation>
        </message>
        <message>
            <source>Approved</source>
            <translation>Aprobado</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>En curso</translation>
        </message>
        <message>
            <source>Abandoned</source>
            <translation>Abandonado</translation>
        </message>
        <message>
            <source>Household</source>
            <translation>Gastos del hogar</translation>
        </message>
        <message>
            <source>Savings</source>
            <translation>Ahorro</translation>
        </message>
        <message>
            <source>Community project</source>
            <translation>Proyecto comunitario</translation>
        </message>
        <message>
            <source>Interview</source>
            <translation>Entrevista</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>Seguimiento</translation>
        </message>
        <message>
            <source>Call</source>
            <translation>Llamada</translation>
        </message>
        <message>
            <source>Visit</source>
            <translation>Visita</translation>
        </message>
        <message>
            <source>Referral</source>
            <translation>Derivación</translation>
        </message>
        <message>
            <source>Profile</source>
            <translation>Perfil</translation>
        </message>
        <message>
            <source>Placement</source>
            <translation>Contrato</translation>
        </message>
        <message>
            <source>Enrolment</source>
            <translation>Inscripción</translation>
        </message>
        <message>
            <source>Attendance</source>
            <translation>Asistencia</translation>
        </message>
        <message>
            <source>Reintegration plan</source>
            <translation>Plan de reintegración</translation>
        </message>
        <message>
            <source>Milestone</source>
            <translation>Etapa del plan</translation>
        </message>
        <message>
            <source>Remittance</source>
            <translation>Remesa</translation>
        </message>
        <message>
            <source>Case note</source>
            <translation>Nota del caso</translation>
        </message>
        <message>
            <source>Employer</source>
            <translation>Empleador</translation>
        </message>
        <message>
            <source>City</source>
            <translation>Ciudad</translation>
        </message>
        <message>
            <source>Province</source>
            <translation>Provincia</translation>
        </message>
        <message>
            <source>Sector</source>
            <translation>Sector</translation>
        </message>
        <message>
            <source>Occupation</source>
            <translation>Ocupación</translation>
        </message>
        <message>
            <source>NOC code</source>
            <translation>Código NOC</translation>
        </message>
        <message>
            <source>Programme stream</source>
            <translation>Vertiente del programa</translation>
        </message>
        <message>
            <source>Work permit number</source>
            <translation>Número de permiso de trabajo</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Inicio</translation>
        </message>
        <message>
            <source>Planned end</source>
            <translation>Fin prevista</translation>
        </message>
        <message>
            <source>Actual return</source>
            <translation>Regreso real</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Course</source>
            <translation>Curso</translation>
        </message>
        <message>
            <source>Enrolled on</source>
            <translation>Inscrito el</translation>
        </message>
        <message>
            <source>Completed on</source>
            <translation>Completado el</translation>
        </message>
        <message>
            <source>Certificate number</source>
            <translation>Número de certificado</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Resultado</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Calificación</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Título</translation>
        </message>
        <message>
            <source>Goals</source>
            <translation>Objetivos</translation>
        </message>
        <message>
            <source>Community</source>
            <translation>Comunidad</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>Moneda</translation>
        </message>
        <message>
            <source>Budget</source>
            <translation>Presupuesto</translation>
        </message>
        <message>
            <source>Own savings</source>
            <translation>Ahorros propios</translation>
        </message>
        <message>
            <source>Own remittances</source>
            <translation>Remesas propias</translation>
        </message>
        <message>
            <source>Other funding</source>
            <translation>Otro financiamiento</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Fecha prevista</translation>
        </message>
        <message>
            <source>Done on</source>
            <translation>Hecho el</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>Mes</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Monto</translation>
        </message>
        <message>
            <source>Purpose</source>
            <translation>Destino</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Etapa</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Texto</translation>
        </message>
        <message>
            <source>Follow-up date</source>
            <translation>Fecha de seguimiento</translation>
        </message>
        <message>
            <source>Follow-up done on</source>
            <translation>Seguimiento hecho el</translation>
        </message>
        <message>
            <source>Replaced by a newer revision</source>
            <translation>Reemplazada por una versión más reciente</translation>
        </message>
        <message>
            <source>Session date</source>
            <translation>Fecha de la sesión</translation>
        </message>
        <message>
            <source>Present</source>
            <translation>Presente</translation>
        </message>
        <message>
            <source>Hours</source>
            <translation>Horas</translation>
        </message>
        <message>
            <source>Archived on</source>
            <translation>Archivado el</translation>
        </message>
        <message>
            <source>Author</source>
            <translation>Autor</translation>
        </message>
        <message>
            <source>Submitted by</source>
            <translation>Enviado por</translation>
        </message>
        <message>
            <source>Submitted on</source>
            <translation>Enviado el</translation>
        </message>
        <message>
            <source>Approved by</source>
            <translation>Aprobado por</translation>
        </message>
        <message>
            <source>Approved on</source>
            <translation>Aprobado el</translation>
        </message>
        <message>
            <source>Started on</source>
            <translation>Iniciado el</translation>
        </message>
        <message>
            <source>Closed on</source>
            <translation>Cerrado el</translation>
        </message>
        <message>
            <source>Other funding source</source>
            <translation>Fuente de otro financiamiento</translation>
        </message>
        <message>
            <source>Business started on</source>
            <translation>Negocio iniciado el</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Sí</translation>
        </message>
        <message>
            <source>No</source>
            <translation>No</translation>
        </message>
    </context>
    <context>
        <name>WorkerFileWindow</name>
        <message>
            <source>Reading the file…</source>
            <translation>Leyendo el expediente…</translation>
        </message>
        <message>
            <source>The file could not be read. Close it and try again.</source>
            <translation>No se pudo leer el expediente. Ciérrelo e inténtelo de nuevo.</translation>
        </message>
        <message>
            <source>&amp;Profile</source>
            <translation>&amp;Perfil</translation>
        </message>
        <message>
            <source>&amp;Journey</source>
            <translation>&amp;Trayectoria</translation>
        </message>
        <message>
            <source>&amp;Training</source>
            <translation>&amp;Capacitación</translation>
        </message>
        <message>
            <source>P&amp;lans</source>
            <translation>P&amp;lanes</translation>
        </message>
        <message>
            <source>Re&amp;mittances</source>
            <translation>Re&amp;mesas</translation>
        </message>
        <message>
            <source>&amp;Notes and follow-ups</source>
            <translation>&amp;Notas y seguimientos</translation>
        </message>
        <message>
            <source>&amp;History</source>
            <translation>&amp;Historial</translation>
        </message>
        <message>
            <source>Print &amp;record…</source>
            <translation>Imprimir e&amp;xpediente…</translation>
        </message>
        <message>
            <source>Worker file</source>
            <translation>Expediente de la persona trabajadora</translation>
        </message>
        <message>
            <source>Archived: restore the worker to change the file</source>
            <translation>Archivado: restaure a la persona para modificar el expediente</translation>
        </message>
        <message>
            <source>Read only</source>
            <translation>Solo lectura</translation>
        </message>
        <message>
            <source>{name} – Worker file</source>
            <translation>{name} – Expediente</translation>
        </message>
    </context>
    <context>
        <name>WorkerHistoryTable</name>
        <message>
            <source>Field</source>
            <translation>Campo</translation>
        </message>
        <message>
            <source>Old value</source>
            <translation>Valor anterior</translation>
        </message>
        <message>
            <source>New value</source>
            <translation>Valor nuevo</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Quién</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Cuándo</translation>
        </message>
    </context>
    <context>
        <name>WorkerTableModel</name>
        <message>
            <source>Case code</source>
            <translation>Código de caso</translation>
        </message>
        <message>
            <source>Full name</source>
            <translation>Nombre completo</translation>
        </message>
        <message>
            <source>Mission</source>
            <translation>Misión</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Etapa</translation>
        </message>
        <message>
            <source>Date of birth</source>
            <translation>Fecha de nacimiento</translation>
        </message>
        <message>
            <source>Community</source>
            <translation>Comunidad</translation>
        </message>
        <message>
            <source>Last change</source>
            <translation>Último cambio</translation>
        </message>
    </context>
    <context>
        <name>WorkersView</name>
        <message>
            <source>Not changed</source>
            <translation>Sin cambios</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>Restaurar</translation>
        </message>
        <message>
            <source>Archive</source>
            <translation>Archivar</translation>
        </message>
        <message>
            <source>Search by name, case code or ID number (accents not needed)</source>
            <translation>Buscar por nombre, código de caso o número de documento (sin necesidad de acentos)</translation>
        </message>
        <message>
            <source>Show archived</source>
            <translation>Mostrar archivados</translation>
        </message>
        <message>
            <source>Changed since:</source>
            <translation>Modificado desde:</translation>
        </message>
        <message>
            <source>New worker</source>
            <translation>Nuevo trabajador</translation>
        </message>
        <message>
            <source>More than {count} matches: keep typing to narrow the list.</source>
            <translation>Más de {count} coincidencias: siga escribiendo para acotar la lista.</translation>
        </message>
        <message>
            <source>Active and closed</source>
            <translation>Activos y cerrados</translation>
        </message>
    </context>
    <context>
        <name>Workflows</name>
        <message>
            <source>Only a mission supervisor can do this.</source>
            <translation>Solo un supervisor de la misión puede hacer esto.</translation>
        </message>
        <message>
            <source>The record of {name} is archived: restore it before changing it.</source>
            <translation>El expediente de {name} está archivado: restáurelo antes de modificarlo.</translation>
        </message>
        <message>
            <source>pre-departure</source>
            <translation>previo a la salida</translation>
        </message>
        <message>
            <source>abroad</source>
            <translation>en el extranjero</translation>
        </message>
        <message>
            <source>returned</source>
            <translation>retornado</translation>
        </message>
        <message>
            <source>planned</source>
            <translation>planificado</translation>
        </message>
        <message>
            <source>active</source>
            <translation>activo</translation>
        </message>
        <message>
            <source>completed</source>
            <translation>completado</translation>
        </message>
        <message>
            <source>ended early</source>
            <translation>terminado antes de tiempo</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>cancelado</translation>
        </message>
        <message>
            <source>enrolled</source>
            <translation>inscrito</translation>
        </message>
        <message>
            <source>attending</source>
            <translation>asistiendo</translation>
        </message>
        <message>
            <source>withdrawn</source>
            <translation>retirado</translation>
        </message>
        <message>
            <source>draft</source>
            <translation>borrador</translation>
        </message>
        <message>
            <source>submitted</source>
            <translation>presentado</translation>
        </message>
        <message>
            <source>approved</source>
            <translation>aprobado</translation>
        </message>
        <message>
            <source>in progress</source>
            <translation>en curso</translation>
        </message>
        <message>
            <source>abandoned</source>
            <translation>abandonado</translation>
        </message>
        <message>
            <source>proposed</source>
            <translation>propuesto</translation>
        </message>
        <message>
            <source>fundraising</source>
            <translation>recaudando fondos</translation>
        </message>
        <message>
            <source>This field is required.</source>
            <translation>Este campo es obligatorio.</translation>
        </message>
        <message>
            <source>Too long: use at most {max} characters.</source>
            <translation>Demasiado largo: use como máximo {max} caracteres.</translation>
        </message>
        <message>
            <source>The end date cannot be before the start date.</source>
            <translation>La fecha de fin no puede ser anterior a la fecha de inicio.</translation>
        </message>
        <message>
            <source>This value is not valid here.</source>
            <translation>Este valor no es válido aquí.</translation>
        </message>
        <message>
            <source>Enter an amount greater than zero.</source>
            <translation>Introduzca un monto mayor que cero.</translation>
        </message>
        <message>
            <source>This cannot be negative.</source>
            <translation>Esto no puede ser negativo.</translation>
        </message>
        <message>
            <source>Same ID number</source>
            <translation>Mismo número de documento</translation>
        </message>
        <message>
            <source>Same name</source>
            <translation>Mismo nombre</translation>
        </message>
        <message>
            <source>Given names differ by one letter</source>
            <translation>Los nombres difieren en una letra</translation>
        </message>
        <message>
            <source>Given names in another order</source>
            <translation>Nombres en otro orden</translation>
        </message>
        <message>
            <source>One given name missing</source>
            <translation>Falta uno de los nombres</translation>
        </message>
        <message>
            <source>Family names differ by one letter</source>
            <translation>Los apellidos difieren en una letra</translation>
        </message>
        <message>
            <source>Family names in the other order</source>
            <translation>Apellidos en el orden inverso</translation>
        </message>
        <message>
            <source>One family name missing</source>
            <translation>Falta uno de los apellidos</translation>
        </message>
        <message>
            <source>Same date of birth</source>
            <translation>Misma fecha de nacimiento</translation>
        </message>
        <message>
            <source>Date of birth a few days apart</source>
            <translation>Fecha de nacimiento con pocos días de diferencia</translation>
        </message>
        <message>
            <source>Day and month of birth swapped</source>
            <translation>Día y mes de nacimiento invertidos</translation>
        </message>
        <message>
            <source>Date of birth differs by one digit</source>
            <translation>La fecha de nacimiento difiere en un dígito</translation>
        </message>
        <message>
            <source>Date of birth not given</source>
            <translation>Fecha de nacimiento no indicada</translation>
        </message>
        <message>
            <source>A newer version of this note exists: open the latest one to change it.</source>
            <translation>Existe una versión más reciente de esta nota: abra la última para modificarla.</translation>
        </message>
        <message>
            <source>Only the author of a note ({author}) or a supervisor can revise it.</source>
            <translation>Solo el autor de la nota ({author}) o un supervisor puede corregirla.</translation>
        </message>
        <message>
            <source>This note has no follow-up date.</source>
            <translation>Esta nota no tiene fecha de seguimiento.</translation>
        </message>
        <message>
            <source>This follow-up was already marked done on {date}.</source>
            <translation>Este seguimiento ya se marcó como hecho el {date}.</translation>
        </message>
        <message>
            <source>Use the province code, e.g. CA-ON.</source>
            <translation>Use el código de la provincia, p. ej. CA-ON.</translation>
        </message>
        <message>
            <source>The NOC code has 5 digits.</source>
            <translation>El código NOC tiene 5 dígitos.</translation>
        </message>
        <message>
            <source>{name} cannot depart: only a worker at the pre-departure stage can depart.</source>
            <translation>{name} no puede salir: solo puede salir un trabajador en la etapa previa a la salida.</translation>
        </message>
        <message>
            <source>{name} cannot depart without a planned placement abroad. Add the placement first.</source>
            <translation>{name} no puede salir sin una colocación planificada en el extranjero. Agregue primero la colocación.</translation>
        </message>
        <message>
            <source>Only a planned placement can start; the status of this one is {status}.</source>
            <translation>Solo una colocación planificada puede comenzar; el estado de esta es {status}.</translation>
        </message>
        <message>
            <source>The departure date is after the planned end of the placement ({end}).</source>
            <translation>La fecha de salida es posterior al fin previsto de la colocación ({end}).</translation>
        </message>
        <message>
            <source>{name} cannot return: only a worker who is abroad can return.</source>
            <translation>{name} no puede retornar: solo puede retornar un trabajador que está en el extranjero.</translation>
        </message>
        <message>
            <source>The return date is before the start of the placement ({start}).</source>
            <translation>La fecha de retorno es anterior al inicio de la colocación ({start}).</translation>
        </message>
        <message>
            <source>{name} is not abroad, so there is no departure to cancel.</source>
            <translation>{name} no está en el extranjero: no hay ninguna salida que cancelar.</translation>
        </message>
        <message>
            <source>Only a planned placement can be cancelled; the status of this one is {status}.</source>
            <translation>Solo se puede cancelar una colocación planificada; el estado de esta es {status}.</translation>
        </message>
        <message>
            <source>The status of this placement is {status}: it can no longer be edited.</source>
            <translation>El estado de esta colocación es {status}: ya no se puede modificar.</translation>
        </message>
        <message>
            <source>A plan in status {status} cannot be submitted.</source>
            <translation>Un plan en estado {status} no se puede presentar.</translation>
        </message>
        <message>
            <source>A plan in status {status} cannot go back to draft.</source>
            <translation>Un plan en estado {status} no puede volver a borrador.</translation>
        </message>
        <message>
            <source>A plan in status {status} cannot be approved.</source>
            <translation>Un plan en estado {status} no se puede aprobar.</translation>
        </message>
        <message>
            <source>A plan in status {status} cannot be started.</source>
            <translation>Un plan en estado {status} no se puede iniciar.</translation>
        </message>
        <message>
            <source>A plan in status {status} cannot be completed.</source>
            <translation>Un plan en estado {status} no se puede completar.</translation>
        </message>
        <message>
            <source>A plan in status {status} cannot be abandoned.</source>
            <translation>Un plan en estado {status} no se puede abandonar.</translation>
        </message>
        <message>
            <source>A plan in status {status} cannot be edited.</source>
            <translation>Un plan en estado {status} no se puede modificar.</translation>
        </message>
        <message>
            <source>A plan in status {status} is closed: its milestones can no longer change.</source>
            <translation>Un plan en estado {status} está cerrado: sus hitos ya no pueden cambiar.</translation>
        </message>
        <message>
            <source>This milestone was already done on {date}.</source>
            <translation>Este hito ya se cumplió el {date}.</translation>
        </message>
        <message>
            <source>The funding ({funded} {currency}) does not cover the budget ({budget} {currency}): {gap} {currency} are missing.</source>
            <translation>El financiamiento ({funded} {currency}) no cubre el presupuesto ({budget} {currency}): faltan {gap} {currency}.</translation>
        </message>
        <message>
            <source>The plan has no budget yet.</source>
            <translation>El plan aún no tiene presupuesto.</translation>
        </message>
        <message>
            <source>{name} belongs to mission {own}; this project belongs to mission {mission}.</source>
            <translation>{name} pertenece a la misión {own}; este proyecto pertenece a la misión {mission}.</translation>
        </message>
        <message>
            <source>{name} already takes part in this project.</source>
            <translation>{name} ya participa en este proyecto.</translation>
        </message>
        <message>
            <source>{name} does not take part in this project.</source>
            <translation>{name} no participa en este proyecto.</translation>
        </message>
        <message>
            <source>Community projects belong to a country mission.</source>
            <translation>Los proyectos comunitarios pertenecen a una misión de país.</translation>
        </message>
        <message>
            <source>Use a three-letter currency code such as CAD, USD or MXN.</source>
            <translation>Use un código de moneda de tres letras, como CAD, USD o MXN.</translation>
        </message>
        <message>
            <source>This community project was cancelled: it no longer takes contributions.</source>
            <translation>Este proyecto comunitario fue cancelado: ya no recibe aportes.</translation>
        </message>
        <message>
            <source>Mission {mission} already has a course with code {code}.</source>
            <translation>La misión {mission} ya tiene un curso con el código {code}.</translation>
        </message>
        <message>
            <source>The course is full: {capacity} places, {enrolled} taken.</source>
            <translation>El curso está completo: {capacity} plazas, {enrolled} ocupadas.</translation>
        </message>
        <message>
            <source>{enrolled} places are already taken: the capacity cannot be lower.</source>
            <translation>Ya hay {enrolled} plazas ocupadas: la capacidad no puede ser menor.</translation>
        </message>
        <message>
            <source>{name} is already enrolled in this course.</source>
            <translation>{name} ya está inscrito en este curso.</translation>
        </message>
        <message>
            <source>{name} has already completed this course.</source>
            <translation>{name} ya completó este curso.</translation>
        </message>
        <message>
            <source>This course belongs to mission {mission}; {name} can only join courses of mission {own} or HQ-wide courses.</source>
            <translation>Este curso pertenece a la misión {mission}; {name} solo puede inscribirse en cursos de la misión {own} o en cursos de la sede.</translation>
        </message>
        <message>
            <source>The status of this enrolment is {status}: attendance and results can no longer change.</source>
            <translation>El estado de esta inscripción es {status}: la asistencia y los resultados ya no pueden cambiar.</translation>
        </message>
        <message>
            <source>Certificate number {number} is already used in this mission.</source>
            <translation>El número de certificado {number} ya se usa en esta misión.</translation>
        </message>
        <message>
            <source>A course that was not passed gets no certificate number.</source>
            <translation>Un curso no aprobado no recibe número de certificado.</translation>
        </message>
        <message>
            <source>The completion date is before the enrolment date ({enrolled_on}).</source>
            <translation>La fecha de finalización es anterior a la fecha de inscripción ({enrolled_on}).</translation>
        </message>
    </context>
</TS>
