<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
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
            <source>Coming with the training work: the course catalogue, enrolments, attendance and certificates.</source>
            <translation>Llegará con el trabajo de capacitación: el catálogo de cursos, las inscripciones, la asistencia y los certificados.</translation>
        </message>
        <message>
            <source>Plans</source>
            <translation>Planes</translation>
        </message>
        <message>
            <source>Coming with the reintegration work: reintegration plans, their milestones and their approval.</source>
            <translation>Llegará con el trabajo de reintegración: los planes de reintegración, sus etapas y su aprobación.</translation>
        </message>
        <message>
            <source>Community projects</source>
            <translation>Proyectos comunitarios</translation>
        </message>
        <message>
            <source>Coming with the remittances work: community projects and what workers contribute to them.</source>
            <translation>Llegará con el trabajo de remesas: los proyectos comunitarios y lo que los trabajadores aportan a ellos.</translation>
        </message>
        <message>
            <source>Follow-ups</source>
            <translation>Seguimientos</translation>
        </message>
        <message>
            <source>Coming with the case notes work: interviews, calls, visits and follow-up dates.</source>
            <translation>Llegará con el trabajo de notas de caso: entrevistas, llamadas, visitas y fechas de seguimiento.</translation>
        </message>
        <message>
            <source>Reports</source>
            <translation>Informes</translation>
        </message>
        <message>
            <source>Coming with the reports work: worker records, certificates, indicators and exports.</source>
            <translation>Llegará con el trabajo de informes: fichas de trabajadores, certificados, indicadores y exportaciones.</translation>
        </message>
        <message>
            <source>Sync</source>
            <translation>Sincronización</translation>
        </message>
        <message>
            <source>Coming with the sync work: sending and receiving changes with the central server. Until then, every record stays on this computer.</source>
            <translation>Llegará con el trabajo de sincronización: enviar y recibir cambios con el servidor central. Mientras tanto, todos los registros se quedan en esta computadora.</translation>
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
            <source>Format: {example}</source>
            <translation>Formato: {example}</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>No se guardó</translation>
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
            <source>Other languages: two-letter codes, e.g. qu, nah</source>
            <translation>Otros idiomas: códigos de dos letras, p. ej. qu, nah</translation>
        </message>
        <message>
            <source>(not given)</source>
            <translation>(no indicado)</translation>
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
            <source>New worker</source>
            <translation>Nuevo trabajador</translation>
        </message>
        <message>
            <source>More than {count} matches: keep typing to narrow the list.</source>
            <translation>Más de {count} coincidencias: siga escribiendo para acotar la lista.</translation>
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
