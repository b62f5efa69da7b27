<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>ConflictsView</name>
        <message>
            <source>No conflicts: every change is settled.</source>
            <translation>No conflicts: every change is settled.</translation>
        </message>
        <message numerus="yes">
            <source>%n field(s) settled; they sync like any change.</source>
            <translation>
                <numerusform>%n field settled; it syncs like any change.</numerusform>
                <numerusform>%n fields settled; they sync like any change.</numerusform>
            </translation>
        </message>
        <message>
            <source>Decide later</source>
            <translation>Decide later</translation>
        </message>
        <message>
            <source>Keep mine</source>
            <translation>Keep mine</translation>
        </message>
        <message>
            <source>Take theirs</source>
            <translation>Take theirs</translation>
        </message>
        <message>
            <source>Type a new value</source>
            <translation>Type a new value</translation>
        </message>
        <message>
            <source>Conflicts</source>
            <translation>Conflicts</translation>
        </message>
        <message>
            <source>These fields were changed here and on the server before the two met. The server's value is in use until you decide; nothing has been lost.</source>
            <translation>These fields were changed here and on the server before the two met. The server's value is in use until you decide; nothing has been lost.</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>Record</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Field</translation>
        </message>
        <message>
            <source>Before</source>
            <translation>Before</translation>
        </message>
        <message>
            <source>Mine</source>
            <translation>Mine</translation>
        </message>
        <message>
            <source>Theirs</source>
            <translation>Theirs</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>Decision</translation>
        </message>
        <message>
            <source>New value</source>
            <translation>New value</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>Apply</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Refresh</translation>
        </message>
    </context>
    <context>
        <name>DateField</name>
        <message>
            <source>Not set</source>
            <translation>Not set</translation>
        </message>
        <message>
            <source>Clear this date</source>
            <translation>Clear this date</translation>
        </message>
    </context>
    <context>
        <name>FirstRunDialog</name>
        <message>
            <source>Welcome to Puente</source>
            <translation>Welcome to Puente</translation>
        </message>
        <message>
            <source>Before you start, tell Puente who works on this computer. Your name and mission go into the history of every record you change and into the case codes of the workers you register.</source>
            <translation>Before you start, tell Puente who works on this computer. Your name and mission go into the history of every record you change and into the case codes of the workers you register.</translation>
        </message>
        <message>
            <source>Your full name</source>
            <translation>Your full name</translation>
        </message>
        <message>
            <source>Your mission</source>
            <translation>Your mission</translation>
        </message>
    </context>
    <context>
        <name>IntakeForm</name>
        <message>
            <source>Intake form code</source>
            <translation>Intake form code</translation>
        </message>
        <message>
            <source>Type or scan this code when you enter the form.</source>
            <translation>Type or scan this code when you enter the form.</translation>
        </message>
        <message>
            <source>Identity</source>
            <translation>Identity</translation>
        </message>
        <message>
            <source>Given names</source>
            <translation>Given names</translation>
        </message>
        <message>
            <source>First family name</source>
            <translation>First family name</translation>
        </message>
        <message>
            <source>Second family name</source>
            <translation>Second family name</translation>
        </message>
        <message>
            <source>Date of birth</source>
            <translation>Date of birth</translation>
        </message>
        <message>
            <source>Sex</source>
            <translation>Sex</translation>
        </message>
        <message>
            <source>Female</source>
            <translation>Female</translation>
        </message>
        <message>
            <source>Male</source>
            <translation>Male</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Other</translation>
        </message>
        <message>
            <source>Prefers not to say</source>
            <translation>Prefers not to say</translation>
        </message>
        <message>
            <source>Nationality</source>
            <translation>Nationality</translation>
        </message>
        <message>
            <source>Mexico</source>
            <translation>Mexico</translation>
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
            <translation>Other country:</translation>
        </message>
        <message>
            <source>Contact and address</source>
            <translation>Contact and address</translation>
        </message>
        <message>
            <source>Mobile phone (with country code)</source>
            <translation>Mobile phone (with country code)</translation>
        </message>
        <message>
            <source>Other phone (family or neighbour)</source>
            <translation>Other phone (family or neighbour)</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>Email</translation>
        </message>
        <message>
            <source>State, department or province</source>
            <translation>State, department or province</translation>
        </message>
        <message>
            <source>Municipality</source>
            <translation>Municipality</translation>
        </message>
        <message>
            <source>Community, village or neighbourhood</source>
            <translation>Community, village or neighbourhood</translation>
        </message>
        <message>
            <source>Address (street, number, directions)</source>
            <translation>Address (street, number, directions)</translation>
        </message>
        <message>
            <source>ID documents</source>
            <translation>ID documents</translation>
        </message>
        <message>
            <source>Type of ID document</source>
            <translation>Type of ID document</translation>
        </message>
        <message>
            <source>CURP (Mexico)</source>
            <translation>CURP (Mexico)</translation>
        </message>
        <message>
            <source>DUI (El Salvador)</source>
            <translation>DUI (El Salvador)</translation>
        </message>
        <message>
            <source>Citizenship card (Colombia)</source>
            <translation>Citizenship card (Colombia)</translation>
        </message>
        <message>
            <source>Identity card (Ecuador)</source>
            <translation>Identity card (Ecuador)</translation>
        </message>
        <message>
            <source>DNI (Honduras)</source>
            <translation>DNI (Honduras)</translation>
        </message>
        <message>
            <source>Passport</source>
            <translation>Passport</translation>
        </message>
        <message>
            <source>Other document:</source>
            <translation>Other document:</translation>
        </message>
        <message>
            <source>ID document number</source>
            <translation>ID document number</translation>
        </message>
        <message>
            <source>Education, trades and skills</source>
            <translation>Education, trades and skills</translation>
        </message>
        <message>
            <source>Highest level of education completed</source>
            <translation>Highest level of education completed</translation>
        </message>
        <message>
            <source>No schooling</source>
            <translation>No schooling</translation>
        </message>
        <message>
            <source>Primary, not finished</source>
            <translation>Primary, not finished</translation>
        </message>
        <message>
            <source>Primary</source>
            <translation>Primary</translation>
        </message>
        <message>
            <source>Lower secondary</source>
            <translation>Lower secondary</translation>
        </message>
        <message>
            <source>Upper secondary</source>
            <translation>Upper secondary</translation>
        </message>
        <message>
            <source>Technical or vocational</source>
            <translation>Technical or vocational</translation>
        </message>
        <message>
            <source>University</source>
            <translation>University</translation>
        </message>
        <message>
            <source>Languages spoken</source>
            <translation>Languages spoken</translation>
        </message>
        <message>
            <source>Spanish</source>
            <translation>Spanish</translation>
        </message>
        <message>
            <source>English</source>
            <translation>English</translation>
        </message>
        <message>
            <source>French</source>
            <translation>French</translation>
        </message>
        <message>
            <source>Other (e.g. an Indigenous language):</source>
            <translation>Other (e.g. an Indigenous language):</translation>
        </message>
        <message>
            <source>Current or usual occupation</source>
            <translation>Current or usual occupation</translation>
        </message>
        <message>
            <source>Trades, skills and work experience</source>
            <translation>Trades, skills and work experience</translation>
        </message>
        <message>
            <source>For example: harvesting, driving, welding, cooking.</source>
            <translation>For example: harvesting, driving, welding, cooking.</translation>
        </message>
        <message>
            <source>Household and dependants</source>
            <translation>Household and dependants</translation>
        </message>
        <message>
            <source>Number of dependants</source>
            <translation>Number of dependants</translation>
        </message>
        <message>
            <source>People who live on your income: children, parents, others.</source>
            <translation>People who live on your income: children, parents, others.</translation>
        </message>
        <message>
            <source>Migration stage and intentions</source>
            <translation>Migration stage and intentions</translation>
        </message>
        <message>
            <source>Current stage</source>
            <translation>Current stage</translation>
        </message>
        <message>
            <source>Preparing to leave</source>
            <translation>Preparing to leave</translation>
        </message>
        <message>
            <source>Working in Canada</source>
            <translation>Working in Canada</translation>
        </message>
        <message>
            <source>Back home</source>
            <translation>Back home</translation>
        </message>
        <message>
            <source>Plans and intentions</source>
            <translation>Plans and intentions</translation>
        </message>
        <message>
            <source>What do you hope to do in Canada and after you come back?</source>
            <translation>What do you hope to do in Canada and after you come back?</translation>
        </message>
        <message>
            <source>Consent</source>
            <translation>Consent</translation>
        </message>
        <message>
            <source>I agree that IOM uses my information for</source>
            <translation>I agree that IOM uses my information for</translation>
        </message>
        <message>
            <source>Following up my case</source>
            <translation>Following up my case</translation>
        </message>
        <message>
            <source>Training and courses</source>
            <translation>Training and courses</translation>
        </message>
        <message>
            <source>My return and reintegration plan</source>
            <translation>My return and reintegration plan</translation>
        </message>
        <message>
            <source>Anonymous statistics</source>
            <translation>Anonymous statistics</translation>
        </message>
        <message>
            <source>Letting employers in Canada contact me</source>
            <translation>Letting employers in Canada contact me</translation>
        </message>
        <message>
            <source>Date of consent</source>
            <translation>Date of consent</translation>
        </message>
        <message>
            <source>Consent obtained by (IOM officer)</source>
            <translation>Consent obtained by (IOM officer)</translation>
        </message>
        <message>
            <source>Please read this, or ask the officer to read it to you, before you sign. The International Organization for Migration (IOM) asks for the information on this form to support you before you leave, while you work in Canada and after you come back home. We keep your name, date of birth, ID document, contact details, education and skills, household, your stage in the programme and notes from our meetings with you. We use them only for the purposes you mark below. We keep them on protected computers and share them only with the IOM staff who follow your case, and with employers in Canada only if you mark that box. Giving this information is voluntary: you may leave any question blank, ask to see or correct your information, and withdraw your consent at any time by telling an IOM officer. After that we stop using your information, except what the law requires us to keep. For questions, complaints or to withdraw your consent, contact the IOM office written below.</source>
            <translation>Please read this, or ask the officer to read it to you, before you sign. The International Organization for Migration (IOM) asks for the information on this form to support you before you leave, while you work in Canada and after you come back home. We keep your name, date of birth, ID document, contact details, education and skills, household, your stage in the programme and notes from our meetings with you. We use them only for the purposes you mark below. We keep them on protected computers and share them only with the IOM staff who follow your case, and with employers in Canada only if you mark that box. Giving this information is voluntary: you may leave any question blank, ask to see or correct your information, and withdraw your consent at any time by telling an IOM officer. After that we stop using your information, except what the law requires us to keep. For questions, complaints or to withdraw your consent, contact the IOM office written below.</translation>
        </message>
        <message>
            <source>Worker intake form</source>
            <translation>Worker intake form</translation>
        </message>
        <message>
            <source>IOM · Labour mobility programme to Canada</source>
            <translation>IOM · Labour mobility programme to Canada</translation>
        </message>
        <message>
            <source>Mission: {mission}</source>
            <translation>Mission: {mission}</translation>
        </message>
        <message>
            <source>Form code</source>
            <translation>Form code</translation>
        </message>
        <message>
            <source>Page {page} of {pages}</source>
            <translation>Page {page} of {pages}</translation>
        </message>
        <message>
            <source>Printed on {date}</source>
            <translation>Printed on {date}</translation>
        </message>
        <message>
            <source>Write in CAPITAL LETTERS, one letter or digit per box. Mark choices with an X. Leave blank what you do not know or prefer not to say.</source>
            <translation>Write in CAPITAL LETTERS, one letter or digit per box. Mark choices with an X. Leave blank what you do not know or prefer not to say.</translation>
        </message>
        <message>
            <source>(continued)</source>
            <translation>(continued)</translation>
        </message>
        <message>
            <source>DD/MM/YYYY</source>
            <translation>DD/MM/YYYY</translation>
        </message>
        <message>
            <source>mark one</source>
            <translation>mark one</translation>
        </message>
        <message>
            <source>mark all that apply</source>
            <translation>mark all that apply</translation>
        </message>
        <message>
            <source>IOM office to contact (name, phone, email):</source>
            <translation>IOM office to contact (name, phone, email):</translation>
        </message>
        <message>
            <source>Signature or thumbprint of the worker</source>
            <translation>Signature or thumbprint of the worker</translation>
        </message>
        <message>
            <source>Name and signature of the IOM officer</source>
            <translation>Name and signature of the IOM officer</translation>
        </message>
        <message>
            <source>Date (DD/MM/YYYY)</source>
            <translation>Date (DD/MM/YYYY)</translation>
        </message>
        <message>
            <source>Headquarters Ottawa</source>
            <translation>Headquarters Ottawa</translation>
        </message>
    </context>
    <context>
        <name>Labels</name>
        <message>
            <source>Active</source>
            <translation>Active</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Closed</translation>
        </message>
        <message>
            <source>Mexico</source>
            <translation>Mexico</translation>
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
            <translation>Headquarters</translation>
        </message>
        <message>
            <source>Case status</source>
            <translation>Case status</translation>
        </message>
        <message>
            <source>Consent withdrawn on</source>
            <translation>Consent withdrawn on</translation>
        </message>
        <message>
            <source>Mission</source>
            <translation>Mission</translation>
        </message>
        <message>
            <source>Case code</source>
            <translation>Case code</translation>
        </message>
        <message>
            <source>Archived on</source>
            <translation>Archived on</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Workers</source>
            <translation>Workers</translation>
        </message>
        <message>
            <source>Courses</source>
            <translation>Courses</translation>
        </message>
        <message>
            <source>Coming with the training work: the course catalogue, enrolments, attendance and certificates.</source>
            <translation>Coming with the training work: the course catalogue, enrolments, attendance and certificates.</translation>
        </message>
        <message>
            <source>Plans</source>
            <translation>Plans</translation>
        </message>
        <message>
            <source>Coming with the reintegration work: reintegration plans, their milestones and their approval.</source>
            <translation>Coming with the reintegration work: reintegration plans, their milestones and their approval.</translation>
        </message>
        <message>
            <source>Community projects</source>
            <translation>Community projects</translation>
        </message>
        <message>
            <source>Coming with the remittances work: community projects and what workers contribute to them.</source>
            <translation>Coming with the remittances work: community projects and what workers contribute to them.</translation>
        </message>
        <message>
            <source>Follow-ups</source>
            <translation>Follow-ups</translation>
        </message>
        <message>
            <source>Coming with the case notes work: interviews, calls, visits and follow-up dates.</source>
            <translation>Coming with the case notes work: interviews, calls, visits and follow-up dates.</translation>
        </message>
        <message>
            <source>Reports</source>
            <translation>Reports</translation>
        </message>
        <message>
            <source>Coming with the reports work: worker records, certificates, indicators and exports.</source>
            <translation>Coming with the reports work: worker records, certificates, indicators and exports.</translation>
        </message>
        <message>
            <source>Sync</source>
            <translation>Sync</translation>
        </message>
        <message>
            <source>Coming with the sync work: sending and receiving changes with the central server. Until then, every record stays on this computer.</source>
            <translation>Coming with the sync work: sending and receiving changes with the central server. Until then, every record stays on this computer.</translation>
        </message>
        <message>
            <source>Not signed in</source>
            <translation>Not signed in</translation>
        </message>
        <message>
            <source>Not connected yet</source>
            <translation>Not connected yet</translation>
        </message>
        <message>
            <source>Online</source>
            <translation>Online</translation>
        </message>
        <message>
            <source>Offline</source>
            <translation>Offline</translation>
        </message>
        <message numerus="yes">
            <source>%n change(s) waiting to sync</source>
            <translation>
                <numerusform>%n change waiting to sync</numerusform>
                <numerusform>%n changes waiting to sync</numerusform>
            </translation>
        </message>
        <message>
            <source>Never synced</source>
            <translation>Never synced</translation>
        </message>
        <message>
            <source>Last sync: {when}</source>
            <translation>Last sync: {when}</translation>
        </message>
        <message>
            <source>Signed out.</source>
            <translation>Signed out.</translation>
        </message>
        <message>
            <source>DEMO (synthetic data, not real workers)</source>
            <translation>DEMO (synthetic data, not real workers)</translation>
        </message>
        <message>
            <source>Conflicts</source>
            <translation>Conflicts</translation>
        </message>
        <message>
            <source>Sign &amp;in to the server…</source>
            <translation>Sign &amp;in to the server…</translation>
        </message>
        <message>
            <source>The demo data never leaves this laptop: sign in from the real store.</source>
            <translation>The demo data never leaves this laptop: sign in from the real store.</translation>
        </message>
        <message>
            <source>Sign &amp;out</source>
            <translation>Sign &amp;out</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <source>&amp;New worker</source>
            <translation>&amp;New worker</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quit</translation>
        </message>
        <message>
            <source>&amp;Settings</source>
            <translation>&amp;Settings</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Language</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <source>&amp;About Puente</source>
            <translation>&amp;About Puente</translation>
        </message>
        <message>
            <source>DEMO</source>
            <translation>DEMO</translation>
        </message>
        <message>
            <source>Officer: {name}</source>
            <translation>Officer: {name}</translation>
        </message>
        <message>
            <source>Mission: {mission}</source>
            <translation>Mission: {mission}</translation>
        </message>
        <message>
            <source>Device: {tag}</source>
            <translation>Device: {tag}</translation>
        </message>
        <message>
            <source>Counting workers…</source>
            <translation>Counting workers…</translation>
        </message>
        <message numerus="yes">
            <source>%Ln worker(s)</source>
            <translation>
                <numerusform>%Ln worker</numerusform>
                <numerusform>%Ln workers</numerusform>
            </translation>
        </message>
        <message>
            <source>About Puente</source>
            <translation>About Puente</translation>
        </message>
        <message>
            <source>Puente {version}
Case management for labour mobility programmes, working offline first.</source>
            <translation>Puente {version}
Case management for labour mobility programmes, working offline first.</translation>
        </message>
    </context>
    <context>
        <name>Reports</name>
        <message>
            <source>Attendance sheet</source>
            <translation>Attendance sheet</translation>
        </message>
        <message>
            <source>Course code</source>
            <translation>Course code</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Provider</source>
            <translation>Provider</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Place</translation>
        </message>
        <message>
            <source>Dates</source>
            <translation>Dates</translation>
        </message>
        <message>
            <source>Hours</source>
            <translation>Hours</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>Participants</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>No.</translation>
        </message>
        <message>
            <source>Case code</source>
            <translation>Case code</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Date: ____/____</source>
            <translation>Date: ____/____</translation>
        </message>
        <message>
            <source>Sessions {first}–{last} of {count}</source>
            <translation>Sessions {first}–{last} of {count}</translation>
        </message>
        <message>
            <source>Each participant signs (or leaves a thumbprint) under the date of every session attended. Do not sign for someone else.</source>
            <translation>Each participant signs (or leaves a thumbprint) under the date of every session attended. Do not sign for someone else.</translation>
        </message>
        <message>
            <source>Name and signature of the facilitator</source>
            <translation>Name and signature of the facilitator</translation>
        </message>
        <message>
            <source>Name and signature of the IOM officer</source>
            <translation>Name and signature of the IOM officer</translation>
        </message>
        <message>
            <source>Nobody is enrolled in this course yet.</source>
            <translation>Nobody is enrolled in this course yet.</translation>
        </message>
        <message>
            <source>Certificate of completion</source>
            <translation>Certificate of completion</translation>
        </message>
        <message>
            <source>This certifies that</source>
            <translation>This certifies that</translation>
        </message>
        <message>
            <source>has completed the course</source>
            <translation>has completed the course</translation>
        </message>
        <message>
            <source>{hours} hours of training given by {provider}</source>
            <translation>{hours} hours of training given by {provider}</translation>
        </message>
        <message>
            <source>{hours} hours of training</source>
            <translation>{hours} hours of training</translation>
        </message>
        <message>
            <source>Result: {result}</source>
            <translation>Result: {result}</translation>
        </message>
        <message>
            <source>Completed on {date}</source>
            <translation>Completed on {date}</translation>
        </message>
        <message>
            <source>Certificate No. {number}</source>
            <translation>Certificate No. {number}</translation>
        </message>
        <message>
            <source>Case code {code}</source>
            <translation>Case code {code}</translation>
        </message>
        <message>
            <source>For IOM {mission}</source>
            <translation>For IOM {mission}</translation>
        </message>
        <message>
            <source>Facilitator</source>
            <translation>Facilitator</translation>
        </message>
        <message>
            <source>This worker withdrew consent: their data cannot be printed or exported.</source>
            <translation>This worker withdrew consent: their data cannot be printed or exported.</translation>
        </message>
        <message>
            <source>A certificate can only be made for a completed course.</source>
            <translation>A certificate can only be made for a completed course.</translation>
        </message>
        <message>
            <source>Mission</source>
            <translation>Mission</translation>
        </message>
        <message>
            <source>Given names</source>
            <translation>Given names</translation>
        </message>
        <message>
            <source>First family name</source>
            <translation>First family name</translation>
        </message>
        <message>
            <source>Second family name</source>
            <translation>Second family name</translation>
        </message>
        <message>
            <source>Sex</source>
            <translation>Sex</translation>
        </message>
        <message>
            <source>Date of birth</source>
            <translation>Date of birth</translation>
        </message>
        <message>
            <source>Year of birth</source>
            <translation>Year of birth</translation>
        </message>
        <message>
            <source>Nationality</source>
            <translation>Nationality</translation>
        </message>
        <message>
            <source>ID document</source>
            <translation>ID document</translation>
        </message>
        <message>
            <source>ID number</source>
            <translation>ID number</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>Other phone</source>
            <translation>Other phone</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>Email</translation>
        </message>
        <message>
            <source>State or department</source>
            <translation>State or department</translation>
        </message>
        <message>
            <source>Municipality</source>
            <translation>Municipality</translation>
        </message>
        <message>
            <source>Community</source>
            <translation>Community</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Address</translation>
        </message>
        <message>
            <source>Education</source>
            <translation>Education</translation>
        </message>
        <message>
            <source>Languages</source>
            <translation>Languages</translation>
        </message>
        <message>
            <source>Occupation</source>
            <translation>Occupation</translation>
        </message>
        <message>
            <source>Skills</source>
            <translation>Skills</translation>
        </message>
        <message>
            <source>Dependants</source>
            <translation>Dependants</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Stage</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Consent date</source>
            <translation>Consent date</translation>
        </message>
        <message>
            <source>Consent purposes</source>
            <translation>Consent purposes</translation>
        </message>
        <message>
            <source>Intake form code</source>
            <translation>Intake form code</translation>
        </message>
        <message>
            <source>Registered on</source>
            <translation>Registered on</translation>
        </message>
        <message>
            <source>Last changed on</source>
            <translation>Last changed on</translation>
        </message>
        <message>
            <source>Employer</source>
            <translation>Employer</translation>
        </message>
        <message>
            <source>City</source>
            <translation>City</translation>
        </message>
        <message>
            <source>Province</source>
            <translation>Province</translation>
        </message>
        <message>
            <source>Sector</source>
            <translation>Sector</translation>
        </message>
        <message>
            <source>NOC code</source>
            <translation>NOC code</translation>
        </message>
        <message>
            <source>Programme stream</source>
            <translation>Programme stream</translation>
        </message>
        <message>
            <source>Work permit number</source>
            <translation>Work permit number</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Start</translation>
        </message>
        <message>
            <source>Planned end</source>
            <translation>Planned end</translation>
        </message>
        <message>
            <source>Returned on</source>
            <translation>Returned on</translation>
        </message>
        <message>
            <source>Course</source>
            <translation>Course</translation>
        </message>
        <message>
            <source>Kind of course</source>
            <translation>Kind of course</translation>
        </message>
        <message>
            <source>Enrolled on</source>
            <translation>Enrolled on</translation>
        </message>
        <message>
            <source>Completed on</source>
            <translation>Completed on</translation>
        </message>
        <message>
            <source>Certificate number</source>
            <translation>Certificate number</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Result</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Score</translation>
        </message>
        <message>
            <source>Mexico</source>
            <translation>Mexico</translation>
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
            <translation>Headquarters Ottawa</translation>
        </message>
        <message>
            <source>All missions</source>
            <translation>All missions</translation>
        </message>
        <message>
            <source>Female</source>
            <translation>Female</translation>
        </message>
        <message>
            <source>Male</source>
            <translation>Male</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Other</translation>
        </message>
        <message>
            <source>Not stated</source>
            <translation>Not stated</translation>
        </message>
        <message>
            <source>Pre-departure</source>
            <translation>Pre-departure</translation>
        </message>
        <message>
            <source>Abroad</source>
            <translation>Abroad</translation>
        </message>
        <message>
            <source>Returned</source>
            <translation>Returned</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Active</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Closed</translation>
        </message>
        <message>
            <source>No schooling</source>
            <translation>No schooling</translation>
        </message>
        <message>
            <source>Primary, incomplete</source>
            <translation>Primary, incomplete</translation>
        </message>
        <message>
            <source>Primary</source>
            <translation>Primary</translation>
        </message>
        <message>
            <source>Lower secondary</source>
            <translation>Lower secondary</translation>
        </message>
        <message>
            <source>Upper secondary</source>
            <translation>Upper secondary</translation>
        </message>
        <message>
            <source>Technical</source>
            <translation>Technical</translation>
        </message>
        <message>
            <source>University</source>
            <translation>University</translation>
        </message>
        <message>
            <source>Citizenship card (CO)</source>
            <translation>Citizenship card (CO)</translation>
        </message>
        <message>
            <source>Identity card (EC)</source>
            <translation>Identity card (EC)</translation>
        </message>
        <message>
            <source>Passport</source>
            <translation>Passport</translation>
        </message>
        <message>
            <source>Construction</source>
            <translation>Construction</translation>
        </message>
        <message>
            <source>Tourism</source>
            <translation>Tourism</translation>
        </message>
        <message>
            <source>Hospitality</source>
            <translation>Hospitality</translation>
        </message>
        <message>
            <source>Services</source>
            <translation>Services</translation>
        </message>
        <message>
            <source>Agriculture</source>
            <translation>Agriculture</translation>
        </message>
        <message>
            <source>Seasonal Agricultural Worker Program</source>
            <translation>Seasonal Agricultural Worker Program</translation>
        </message>
        <message>
            <source>Agricultural stream</source>
            <translation>Agricultural stream</translation>
        </message>
        <message>
            <source>Low-wage stream</source>
            <translation>Low-wage stream</translation>
        </message>
        <message>
            <source>High-wage stream</source>
            <translation>High-wage stream</translation>
        </message>
        <message>
            <source>Planned</source>
            <translation>Planned</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation>Completed</translation>
        </message>
        <message>
            <source>Ended early</source>
            <translation>Ended early</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Cancelled</translation>
        </message>
        <message>
            <source>Pre-departure orientation</source>
            <translation>Pre-departure orientation</translation>
        </message>
        <message>
            <source>On-site training</source>
            <translation>On-site training</translation>
        </message>
        <message>
            <source>Additional course</source>
            <translation>Additional course</translation>
        </message>
        <message>
            <source>Entrepreneurship</source>
            <translation>Entrepreneurship</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Language</translation>
        </message>
        <message>
            <source>Enrolled</source>
            <translation>Enrolled</translation>
        </message>
        <message>
            <source>Attending</source>
            <translation>Attending</translation>
        </message>
        <message>
            <source>Withdrawn</source>
            <translation>Withdrawn</translation>
        </message>
        <message>
            <source>Passed</source>
            <translation>Passed</translation>
        </message>
        <message>
            <source>Passed with distinction</source>
            <translation>Passed with distinction</translation>
        </message>
        <message>
            <source>Not passed</source>
            <translation>Not passed</translation>
        </message>
        <message>
            <source>Attendance only</source>
            <translation>Attendance only</translation>
        </message>
        <message>
            <source>Employment</source>
            <translation>Employment</translation>
        </message>
        <message>
            <source>Business</source>
            <translation>Business</translation>
        </message>
        <message>
            <source>Community investment</source>
            <translation>Community investment</translation>
        </message>
        <message>
            <source>Draft</source>
            <translation>Draft</translation>
        </message>
        <message>
            <source>Submitted</source>
            <translation>Submitted</translation>
        </message>
        <message>
            <source>Approved</source>
            <translation>Approved</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>In progress</translation>
        </message>
        <message>
            <source>Abandoned</source>
            <translation>Abandoned</translation>
        </message>
        <message>
            <source>Household</source>
            <translation>Household</translation>
        </message>
        <message>
            <source>Savings</source>
            <translation>Savings</translation>
        </message>
        <message>
            <source>Community project</source>
            <translation>Community project</translation>
        </message>
        <message>
            <source>Proposed</source>
            <translation>Proposed</translation>
        </message>
        <message>
            <source>Fundraising</source>
            <translation>Fundraising</translation>
        </message>
        <message>
            <source>Interview</source>
            <translation>Interview</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>Follow-up</translation>
        </message>
        <message>
            <source>Call</source>
            <translation>Call</translation>
        </message>
        <message>
            <source>Visit</source>
            <translation>Visit</translation>
        </message>
        <message>
            <source>Referral</source>
            <translation>Referral</translation>
        </message>
        <message>
            <source>Case management</source>
            <translation>Case management</translation>
        </message>
        <message>
            <source>Training</source>
            <translation>Training</translation>
        </message>
        <message>
            <source>Reintegration</source>
            <translation>Reintegration</translation>
        </message>
        <message>
            <source>Statistics</source>
            <translation>Statistics</translation>
        </message>
        <message>
            <source>Contact by employers</source>
            <translation>Contact by employers</translation>
        </message>
        <message>
            <source>Under 18</source>
            <translation>Under 18</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <source>ALERT indicators</source>
            <translation>ALERT indicators</translation>
        </message>
        <message>
            <source>{mission} · {start} to {end}</source>
            <translation>{mission} · {start} to {end}</translation>
        </message>
        <message>
            <source>Nothing recorded in this period.</source>
            <translation>Nothing recorded in this period.</translation>
        </message>
        <message>
            <source>About</source>
            <translation>About</translation>
        </message>
        <message>
            <source>From</source>
            <translation>From</translation>
        </message>
        <message>
            <source>To</source>
            <translation>To</translation>
        </message>
        <message>
            <source>Made on</source>
            <translation>Made on</translation>
        </message>
        <message>
            <source>Workers who withdrew consent and archived records are left out. Ages are on the last day of the period. Amounts in different currencies are never added together.</source>
            <translation>Workers who withdrew consent and archived records are left out. Ages are on the last day of the period. Amounts in different currencies are never added together.</translation>
        </message>
        <message>
            <source>The {shown} projects with most participants, of {count}; the spreadsheet export lists them all.</source>
            <translation>The {shown} projects with most participants, of {count}; the spreadsheet export lists them all.</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Summary</translation>
        </message>
        <message>
            <source>Access to training</source>
            <translation>Access to training</translation>
        </message>
        <message>
            <source>Leveraging remittances</source>
            <translation>Leveraging remittances</translation>
        </message>
        <message>
            <source>Engaging communities</source>
            <translation>Engaging communities</translation>
        </message>
        <message>
            <source>Reciprocity: reintegration at home</source>
            <translation>Reciprocity: reintegration at home</translation>
        </message>
        <message>
            <source>Transparency: who the programme reaches</source>
            <translation>Transparency: who the programme reaches</translation>
        </message>
        <message>
            <source>Workers followed</source>
            <translation>Workers followed</translation>
        </message>
        <message>
            <source>Women</source>
            <translation>Women</translation>
        </message>
        <message>
            <source>Enrolments in the period</source>
            <translation>Enrolments in the period</translation>
        </message>
        <message>
            <source>Workers who completed a course</source>
            <translation>Workers who completed a course</translation>
        </message>
        <message>
            <source>Training hours completed</source>
            <translation>Training hours completed</translation>
        </message>
        <message>
            <source>Remittances recorded</source>
            <translation>Remittances recorded</translation>
        </message>
        <message>
            <source>Communities with projects</source>
            <translation>Communities with projects</translation>
        </message>
        <message>
            <source>Community projects</source>
            <translation>Community projects</translation>
        </message>
        <message>
            <source>Workers in community projects</source>
            <translation>Workers in community projects</translation>
        </message>
        <message>
            <source>Reintegration plans</source>
            <translation>Reintegration plans</translation>
        </message>
        <message>
            <source>Businesses started</source>
            <translation>Businesses started</translation>
        </message>
        <message>
            <source>Workers by migration stage and sex</source>
            <translation>Workers by migration stage and sex</translation>
        </message>
        <message>
            <source>Workers by age band and sex (age at the end of the period)</source>
            <translation>Workers by age band and sex (age at the end of the period)</translation>
        </message>
        <message>
            <source>Age</source>
            <translation>Age</translation>
        </message>
        <message>
            <source>Workers by mission and migration stage</source>
            <translation>Workers by mission and migration stage</translation>
        </message>
        <message>
            <source>Training by kind of course</source>
            <translation>Training by kind of course</translation>
        </message>
        <message>
            <source>Enrolments</source>
            <translation>Enrolments</translation>
        </message>
        <message>
            <source>Completions</source>
            <translation>Completions</translation>
        </message>
        <message>
            <source>Hours completed</source>
            <translation>Hours completed</translation>
        </message>
        <message>
            <source>Workers who completed</source>
            <translation>Workers who completed</translation>
        </message>
        <message>
            <source>Purpose</source>
            <translation>Purpose</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>Currency</translation>
        </message>
        <message>
            <source>Remittances</source>
            <translation>Remittances</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Amount</translation>
        </message>
        <message>
            <source>Workers</source>
            <translation>Workers</translation>
        </message>
        <message>
            <source>Remittances by purpose and currency</source>
            <translation>Remittances by purpose and currency</translation>
        </message>
        <message>
            <source>Amounts in different currencies are never added together.</source>
            <translation>Amounts in different currencies are never added together.</translation>
        </message>
        <message>
            <source>Remittances to community projects</source>
            <translation>Remittances to community projects</translation>
        </message>
        <message>
            <source>Community projects: participants and progress to goal</source>
            <translation>Community projects: participants and progress to goal</translation>
        </message>
        <message>
            <source>Project</source>
            <translation>Project</translation>
        </message>
        <message>
            <source>Contributed in the period</source>
            <translation>Contributed in the period</translation>
        </message>
        <message>
            <source>Contributed to date</source>
            <translation>Contributed to date</translation>
        </message>
        <message>
            <source>Goal currency</source>
            <translation>Goal currency</translation>
        </message>
        <message>
            <source>Goal</source>
            <translation>Goal</translation>
        </message>
        <message>
            <source>Progress to goal</source>
            <translation>Progress to goal</translation>
        </message>
        <message>
            <source>Reintegration plans by kind and status</source>
            <translation>Reintegration plans by kind and status</translation>
        </message>
        <message>
            <source>Kind of plan</source>
            <translation>Kind of plan</translation>
        </message>
        <message>
            <source>Businesses started by sector and sex of the owner</source>
            <translation>Businesses started by sector and sex of the owner</translation>
        </message>
        <message>
            <source>Key figures</source>
            <translation>Key figures</translation>
        </message>
        <message>
            <source>Indicator</source>
            <translation>Indicator</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Value</translation>
        </message>
        <message>
            <source>IOM · Labour mobility programme to Canada</source>
            <translation>IOM · Labour mobility programme to Canada</translation>
        </message>
        <message>
            <source>Page {page} of {pages}</source>
            <translation>Page {page} of {pages}</translation>
        </message>
        <message>
            <source>Made on {date}</source>
            <translation>Made on {date}</translation>
        </message>
        <message>
            <source>Mission: {mission}</source>
            <translation>Mission: {mission}</translation>
        </message>
        <message>
            <source>Confidential: personal data</source>
            <translation>Confidential: personal data</translation>
        </message>
        <message>
            <source>Reintegration plan</source>
            <translation>Reintegration plan</translation>
        </message>
        <message>
            <source>Plan</source>
            <translation>Plan</translation>
        </message>
        <message>
            <source>Business started on</source>
            <translation>Business started on</translation>
        </message>
        <message>
            <source>Submitted on</source>
            <translation>Submitted on</translation>
        </message>
        <message>
            <source>{date} by {name}</source>
            <translation>{date} by {name}</translation>
        </message>
        <message>
            <source>Goals</source>
            <translation>Goals</translation>
        </message>
        <message>
            <source>Funding</source>
            <translation>Funding</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Item</translation>
        </message>
        <message>
            <source>Share of budget</source>
            <translation>Share of budget</translation>
        </message>
        <message>
            <source>Budget</source>
            <translation>Budget</translation>
        </message>
        <message>
            <source>Own savings</source>
            <translation>Own savings</translation>
        </message>
        <message>
            <source>Own remittances</source>
            <translation>Own remittances</translation>
        </message>
        <message>
            <source>Other funding</source>
            <translation>Other funding</translation>
        </message>
        <message>
            <source>Other funding ({source})</source>
            <translation>Other funding ({source})</translation>
        </message>
        <message>
            <source>Total funding</source>
            <translation>Total funding</translation>
        </message>
        <message>
            <source>Still to find</source>
            <translation>Still to find</translation>
        </message>
        <message>
            <source>Milestones</source>
            <translation>Milestones</translation>
        </message>
        <message>
            <source>Milestone</source>
            <translation>Milestone</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Due</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Progress</translation>
        </message>
        <message>
            <source>Done on {date}</source>
            <translation>Done on {date}</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>Overdue</translation>
        </message>
        <message>
            <source>Pending</source>
            <translation>Pending</translation>
        </message>
        <message>
            <source>No milestones yet.</source>
            <translation>No milestones yet.</translation>
        </message>
        <message>
            <source>Signature of the worker</source>
            <translation>Signature of the worker</translation>
        </message>
        <message>
            <source>Approved by the supervisor (name, signature, date)</source>
            <translation>Approved by the supervisor (name, signature, date)</translation>
        </message>
        <message>
            <source>Worker record</source>
            <translation>Worker record</translation>
        </message>
        <message>
            <source>Pseudonymous copy: names, contact details and ID numbers are not shown for your role.</source>
            <translation>Pseudonymous copy: names, contact details and ID numbers are not shown for your role.</translation>
        </message>
        <message>
            <source>1. Profile</source>
            <translation>1. Profile</translation>
        </message>
        <message>
            <source>2. Journey: work abroad</source>
            <translation>2. Journey: work abroad</translation>
        </message>
        <message>
            <source>3. Training</source>
            <translation>3. Training</translation>
        </message>
        <message>
            <source>4. Reintegration plan</source>
            <translation>4. Reintegration plan</translation>
        </message>
        <message>
            <source>5. Case notes</source>
            <translation>5. Case notes</translation>
        </message>
        <message>
            <source>{age} years</source>
            <translation>{age} years</translation>
        </message>
        <message>
            <source>Consent</source>
            <translation>Consent</translation>
        </message>
        <message>
            <source>Given on {date}: {purposes}</source>
            <translation>Given on {date}: {purposes}</translation>
        </message>
        <message>
            <source>Certificate</source>
            <translation>Certificate</translation>
        </message>
        <message>
            <source>Attended</source>
            <translation>Attended</translation>
        </message>
        <message>
            <source>{sessions} sessions, {hours} h</source>
            <translation>{sessions} sessions, {hours} h</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Author</source>
            <translation>Author</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Follow-up on {date}</source>
            <translation>Follow-up on {date}</translation>
        </message>
        <message>
            <source>No placement abroad recorded.</source>
            <translation>No placement abroad recorded.</translation>
        </message>
        <message>
            <source>No course recorded.</source>
            <translation>No course recorded.</translation>
        </message>
        <message>
            <source>No reintegration plan recorded.</source>
            <translation>No reintegration plan recorded.</translation>
        </message>
        <message>
            <source>No case notes.</source>
            <translation>No case notes.</translation>
        </message>
    </context>
    <context>
        <name>Services</name>
        <message>
            <source>This value is not valid for this field.</source>
            <translation>This value is not valid for this field.</translation>
        </message>
        <message>
            <source>This conflict was already settled.</source>
            <translation>This conflict was already settled.</translation>
        </message>
        <message>
            <source>This record does not exist or is not visible to you.</source>
            <translation>This record does not exist or is not visible to you.</translation>
        </message>
        <message>
            <source>Some fields need correcting.</source>
            <translation>Some fields need correcting.</translation>
        </message>
        <message>
            <source>This record was changed elsewhere since you opened it. Reopen it to see the current values.</source>
            <translation>This record was changed elsewhere since you opened it. Reopen it to see the current values.</translation>
        </message>
        <message>
            <source>Your role does not allow this action.</source>
            <translation>Your role does not allow this action.</translation>
        </message>
        <message>
            <source>This record belongs to mission {mission}, which you cannot change.</source>
            <translation>This record belongs to mission {mission}, which you cannot change.</translation>
        </message>
        <message>
            <source>This form code is already used for {name} ({code}).</source>
            <translation>This form code is already used for {name} ({code}).</translation>
        </message>
    </context>
    <context>
        <name>SignInDialog</name>
        <message>
            <source>Testing the connection…</source>
            <translation>Testing the connection…</translation>
        </message>
        <message>
            <source>The server answers.</source>
            <translation>The server answers.</translation>
        </message>
        <message>
            <source>Fill in the server, your username and your password.</source>
            <translation>Fill in the server, your username and your password.</translation>
        </message>
        <message>
            <source>Signing in…</source>
            <translation>Signing in…</translation>
        </message>
        <message>
            <source>Too many failed attempts. Wait {seconds} seconds and try again.</source>
            <translation>Too many failed attempts. Wait {seconds} seconds and try again.</translation>
        </message>
        <message>
            <source>The username or password is not right.</source>
            <translation>The username or password is not right.</translation>
        </message>
        <message>
            <source>This device was blocked by an administrator. Contact support.</source>
            <translation>This device was blocked by an administrator. Contact support.</translation>
        </message>
        <message>
            <source>This version of Puente is too old for the server. Install the update.</source>
            <translation>This version of Puente is too old for the server. Install the update.</translation>
        </message>
        <message>
            <source>The server cannot be reached. Check the address and the connection.</source>
            <translation>The server cannot be reached. Check the address and the connection.</translation>
        </message>
        <message>
            <source>The server had a problem. Try again later.</source>
            <translation>The server had a problem. Try again later.</translation>
        </message>
        <message>
            <source>The address is not valid. It looks like https://puente.example.org</source>
            <translation>The address is not valid. It looks like https://puente.example.org</translation>
        </message>
        <message>
            <source>Sign in to the Puente server</source>
            <translation>Sign in to the Puente server</translation>
        </message>
        <message>
            <source>Server address:</source>
            <translation>Server address:</translation>
        </message>
        <message>
            <source>Username:</source>
            <translation>Username:</translation>
        </message>
        <message>
            <source>Password:</source>
            <translation>Password:</translation>
        </message>
        <message>
            <source>Test connection</source>
            <translation>Test connection</translation>
        </message>
        <message>
            <source>Sign in</source>
            <translation>Sign in</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
    </context>
    <context>
        <name>Startup</name>
        <message>
            <source>Making the demo data (synthetic workers)…</source>
            <translation>Making the demo data (synthetic workers)…</translation>
        </message>
        <message>
            <source>DEMO</source>
            <translation>DEMO</translation>
        </message>
        <message>
            <source>The demo data could not be made.</source>
            <translation>The demo data could not be made.</translation>
        </message>
        <message>
            <source>Puente cannot open its case file.</source>
            <translation>Puente cannot open its case file.</translation>
        </message>
    </context>
    <context>
        <name>SyncView</name>
        <message>
            <source>The server cannot be reached. Your changes are kept and will be sent when the connection is back.</source>
            <translation>The server cannot be reached. Your changes are kept and will be sent when the connection is back.</translation>
        </message>
        <message>
            <source>Your sign-in has expired. Sign in again; your changes are kept.</source>
            <translation>Your sign-in has expired. Sign in again; your changes are kept.</translation>
        </message>
        <message>
            <source>The server did not accept your sign-in. Sign in again; your changes are kept.</source>
            <translation>The server did not accept your sign-in. Sign in again; your changes are kept.</translation>
        </message>
        <message>
            <source>This version of Puente is too old for the server. Install the update; your changes are kept.</source>
            <translation>This version of Puente is too old for the server. Install the update; your changes are kept.</translation>
        </message>
        <message>
            <source>The server refused to sync with this device or role. Contact your supervisor.</source>
            <translation>The server refused to sync with this device or role. Contact your supervisor.</translation>
        </message>
        <message>
            <source>Too many sign-in attempts. Wait a few minutes and try again.</source>
            <translation>Too many sign-in attempts. Wait a few minutes and try again.</translation>
        </message>
        <message>
            <source>The server was restored from a backup; Puente reads it again from the start.</source>
            <translation>The server was restored from a backup; Puente reads it again from the start.</translation>
        </message>
        <message>
            <source>The server had a problem. Try again later; your changes are kept.</source>
            <translation>The server had a problem. Try again later; your changes are kept.</translation>
        </message>
        <message>
            <source>Sign in to sync, or wait for the running sync to end.</source>
            <translation>Sign in to sync, or wait for the running sync to end.</translation>
        </message>
        <message>
            <source>Sending changes: %v of %m</source>
            <translation>Sending changes: %v of %m</translation>
        </message>
        <message>
            <source>Receiving changes</source>
            <translation>Receiving changes</translation>
        </message>
        <message>
            <source>Sync stopped because of an error in Puente. Your changes are kept.</source>
            <translation>Sync stopped because of an error in Puente. Your changes are kept.</translation>
        </message>
        <message numerus="yes">
            <source>%n change(s) waiting to be sent</source>
            <translation>
                <numerusform>%n change waiting to be sent</numerusform>
                <numerusform>%n changes waiting to be sent</numerusform>
            </translation>
        </message>
        <message>
            <source>Never</source>
            <translation>Never</translation>
        </message>
        <message numerus="yes">
            <source>%n conflict(s) to settle in Conflicts.</source>
            <translation>
                <numerusform>%n conflict to settle in Conflicts.</numerusform>
                <numerusform>%n conflicts to settle in Conflicts.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n change(s) refused by the server.</source>
            <translation>
                <numerusform>%n change refused by the server.</numerusform>
                <numerusform>%n changes refused by the server.</numerusform>
            </translation>
        </message>
        <message>
            <source>None</source>
            <translation>None</translation>
        </message>
        <message>
            <source>Refused by the server: {what} ({reason})</source>
            <translation>Refused by the server: {what} ({reason})</translation>
        </message>
        <message>
            <source>{when}: stopped. {problem}</source>
            <translation>{when}: stopped. {problem}</translation>
        </message>
        <message>
            <source>{when}: cancelled; what was done is kept.</source>
            <translation>{when}: cancelled; what was done is kept.</translation>
        </message>
        <message>
            <source>{when}: {sent} sent, {received} received, {conflicts} conflicts, {refused} refused</source>
            <translation>{when}: {sent} sent, {received} received, {conflicts} conflicts, {refused} refused</translation>
        </message>
        <message>
            <source>Checking…</source>
            <translation>Checking…</translation>
        </message>
        <message>
            <source>Online</source>
            <translation>Online</translation>
        </message>
        <message>
            <source>Offline</source>
            <translation>Offline</translation>
        </message>
        <message>
            <source>Sync</source>
            <translation>Sync</translation>
        </message>
        <message>
            <source>Sync now</source>
            <translation>Sync now</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Connection:</source>
            <translation>Connection:</translation>
        </message>
        <message>
            <source>Pending changes:</source>
            <translation>Pending changes:</translation>
        </message>
        <message>
            <source>Last successful sync:</source>
            <translation>Last successful sync:</translation>
        </message>
        <message>
            <source>Last problem:</source>
            <translation>Last problem:</translation>
        </message>
        <message>
            <source>Sync log</source>
            <translation>Sync log</translation>
        </message>
    </context>
    <context>
        <name>Validation</name>
        <message>
            <source>This field is required.</source>
            <translation>This field is required.</translation>
        </message>
        <message>
            <source>Remove the invisible control characters from this name.</source>
            <translation>Remove the invisible control characters from this name.</translation>
        </message>
        <message>
            <source>Names cannot contain digits.</source>
            <translation>Names cannot contain digits.</translation>
        </message>
        <message>
            <source>Names can contain only letters, spaces, hyphens, apostrophes and periods.</source>
            <translation>Names can contain only letters, spaces, hyphens, apostrophes and periods.</translation>
        </message>
        <message>
            <source>Too long: use at most {max} characters.</source>
            <translation>Too long: use at most {max} characters.</translation>
        </message>
        <message>
            <source>Remove the invisible control characters.</source>
            <translation>Remove the invisible control characters.</translation>
        </message>
        <message>
            <source>The date of birth cannot be in the future.</source>
            <translation>The date of birth cannot be in the future.</translation>
        </message>
        <message>
            <source>The worker would be {age} years old at intake; workers must be between {min} and {max}. Check the date of birth.</source>
            <translation>The worker would be {age} years old at intake; workers must be between {min} and {max}. Check the date of birth.</translation>
        </message>
        <message>
            <source>Choose a country from the list (two-letter ISO code, e.g. MX).</source>
            <translation>Choose a country from the list (two-letter ISO code, e.g. MX).</translation>
        </message>
        <message>
            <source>Choose one of the missions.</source>
            <translation>Choose one of the missions.</translation>
        </message>
        <message>
            <source>A CURP is issued by Mexico only, but this worker is not Mexican. Choose the document of the worker's country, or Passport.</source>
            <translation>A CURP is issued by Mexico only, but this worker is not Mexican. Choose the document of the worker's country, or Passport.</translation>
        </message>
        <message>
            <source>A DUI is issued by El Salvador only, but this worker is not Salvadoran. Choose the document of the worker's country, or Passport.</source>
            <translation>A DUI is issued by El Salvador only, but this worker is not Salvadoran. Choose the document of the worker's country, or Passport.</translation>
        </message>
        <message>
            <source>A Colombian cédula is issued by Colombia only, but this worker is not Colombian. Choose the document of the worker's country, or Passport.</source>
            <translation>A Colombian cédula is issued by Colombia only, but this worker is not Colombian. Choose the document of the worker's country, or Passport.</translation>
        </message>
        <message>
            <source>An Ecuadorian cédula is issued by Ecuador only, but this worker is not Ecuadorian. Choose the document of the worker's country, or Passport.</source>
            <translation>An Ecuadorian cédula is issued by Ecuador only, but this worker is not Ecuadorian. Choose the document of the worker's country, or Passport.</translation>
        </message>
        <message>
            <source>A DNI is issued by Honduras only, but this worker is not Honduran. Choose the document of the worker's country, or Passport.</source>
            <translation>A DNI is issued by Honduras only, but this worker is not Honduran. Choose the document of the worker's country, or Passport.</translation>
        </message>
        <message>
            <source>Enter the document number, or choose "Other" if the worker has none.</source>
            <translation>Enter the document number, or choose "Other" if the worker has none.</translation>
        </message>
        <message>
            <source>A CURP has 18 characters: 4 letters, 6 digits of the birth date, 6 letters, then a letter or digit and a check digit (e.g. {example}).</source>
            <translation>A CURP has 18 characters: 4 letters, 6 digits of the birth date, 6 letters, then a letter or digit and a check digit (e.g. {example}).</translation>
        </message>
        <message>
            <source>This CURP's check digit is wrong: a character was probably mistyped.</source>
            <translation>This CURP's check digit is wrong: a character was probably mistyped.</translation>
        </message>
        <message>
            <source>This CURP has an impossible birth date, sex letter or state code.</source>
            <translation>This CURP has an impossible birth date, sex letter or state code.</translation>
        </message>
        <message>
            <source>The birth date in the CURP does not match the date of birth entered.</source>
            <translation>The birth date in the CURP does not match the date of birth entered.</translation>
        </message>
        <message>
            <source>The sex letter in the CURP does not match the sex entered.</source>
            <translation>The sex letter in the CURP does not match the sex entered.</translation>
        </message>
        <message>
            <source>A DUI has 8 digits, a hyphen and a check digit (e.g. {example}).</source>
            <translation>A DUI has 8 digits, a hyphen and a check digit (e.g. {example}).</translation>
        </message>
        <message>
            <source>This DUI's check digit is wrong: a digit was probably mistyped.</source>
            <translation>This DUI's check digit is wrong: a digit was probably mistyped.</translation>
        </message>
        <message>
            <source>An Ecuadorian cédula has 10 digits (e.g. {example}).</source>
            <translation>An Ecuadorian cédula has 10 digits (e.g. {example}).</translation>
        </message>
        <message>
            <source>This cédula does not start with a valid province code (01 to 24, or 30), or its third digit is above 6.</source>
            <translation>This cédula does not start with a valid province code (01 to 24, or 30), or its third digit is above 6.</translation>
        </message>
        <message>
            <source>This cédula's check digit is wrong: a digit was probably mistyped.</source>
            <translation>This cédula's check digit is wrong: a digit was probably mistyped.</translation>
        </message>
        <message>
            <source>A DNI has 13 digits written as {example}.</source>
            <translation>A DNI has 13 digits written as {example}.</translation>
        </message>
        <message>
            <source>The DNI starts with department {department}; departments go from 01 to 18.</source>
            <translation>The DNI starts with department {department}; departments go from 01 to 18.</translation>
        </message>
        <message>
            <source>The DNI names municipality {municipality} of department {department}, which has municipalities 01 to {count}.</source>
            <translation>The DNI names municipality {municipality} of department {department}, which has municipalities 01 to {count}.</translation>
        </message>
        <message>
            <source>The year in the DNI ({year}) does not fit a worker born in {birth_year}. Check the DNI and the date of birth.</source>
            <translation>The year in the DNI ({year}) does not fit a worker born in {birth_year}. Check the DNI and the date of birth.</translation>
        </message>
        <message>
            <source>A Colombian cédula has 6 to 10 digits and does not start with 0 (e.g. {example}).</source>
            <translation>A Colombian cédula has 6 to 10 digits and does not start with 0 (e.g. {example}).</translation>
        </message>
        <message>
            <source>A passport number has 5 to 20 letters and digits (e.g. {example}).</source>
            <translation>A passport number has 5 to 20 letters and digits (e.g. {example}).</translation>
        </message>
        <message>
            <source>This is not a valid phone number. Write it as dialled in the worker's country, or with + and the country code (e.g. +1 for Canada).</source>
            <translation>This is not a valid phone number. Write it as dialled in the worker's country, or with + and the country code (e.g. +1 for Canada).</translation>
        </message>
        <message>
            <source>This does not look like an email address (e.g. name@example.com).</source>
            <translation>This does not look like an email address (e.g. name@example.com).</translation>
        </message>
        <message>
            <source>Choose a state, department or province of the worker's country.</source>
            <translation>Choose a state, department or province of the worker's country.</translation>
        </message>
        <message>
            <source>Unknown language code "{code}": use two-letter codes such as es, en, fr.</source>
            <translation>Unknown language code "{code}": use two-letter codes such as es, en, fr.</translation>
        </message>
        <message>
            <source>Dependants must be a number from 0 to {max}.</source>
            <translation>Dependants must be a number from 0 to {max}.</translation>
        </message>
        <message>
            <source>A worker cannot be saved without recorded consent: enter the date consent was given.</source>
            <translation>A worker cannot be saved without recorded consent: enter the date consent was given.</translation>
        </message>
        <message>
            <source>The consent date cannot be in the future.</source>
            <translation>The consent date cannot be in the future.</translation>
        </message>
        <message>
            <source>Tick at least one purpose the worker consented to.</source>
            <translation>Tick at least one purpose the worker consented to.</translation>
        </message>
        <message>
            <source>Unknown consent purpose "{purpose}".</source>
            <translation>Unknown consent purpose "{purpose}".</translation>
        </message>
        <message>
            <source>Enter the name of the person who obtained the consent.</source>
            <translation>Enter the name of the person who obtained the consent.</translation>
        </message>
        <message>
            <source>Consent cannot be withdrawn before the date it was given.</source>
            <translation>Consent cannot be withdrawn before the date it was given.</translation>
        </message>
        <message>
            <source>The withdrawal date cannot be in the future.</source>
            <translation>The withdrawal date cannot be in the future.</translation>
        </message>
    </context>
    <context>
        <name>WorkerEditor</name>
        <message>
            <source>Format: {example}</source>
            <translation>Format: {example}</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>Not saved</translation>
        </message>
        <message>
            <source>Nothing was saved: correct the fields marked in red.</source>
            <translation>Nothing was saved: correct the fields marked in red.</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Unsaved changes</translation>
        </message>
        <message>
            <source>This worker has changes that are not saved.</source>
            <translation>This worker has changes that are not saved.</translation>
        </message>
        <message>
            <source>Save them before closing?</source>
            <translation>Save them before closing?</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>Record</translation>
        </message>
        <message>
            <source>History</source>
            <translation>History</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Save</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Given when the worker is saved</source>
            <translation>Given when the worker is saved</translation>
        </message>
        <message>
            <source>Case status (not on the paper form)</source>
            <translation>Case status (not on the paper form)</translation>
        </message>
        <message>
            <source>New worker</source>
            <translation>New worker</translation>
        </message>
        <message>
            <source>Other languages: two-letter codes, e.g. qu, nah</source>
            <translation>Other languages: two-letter codes, e.g. qu, nah</translation>
        </message>
        <message>
            <source>(not given)</source>
            <translation>(not given)</translation>
        </message>
    </context>
    <context>
        <name>WorkerHistoryTable</name>
        <message>
            <source>Field</source>
            <translation>Field</translation>
        </message>
        <message>
            <source>Old value</source>
            <translation>Old value</translation>
        </message>
        <message>
            <source>New value</source>
            <translation>New value</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Who</translation>
        </message>
        <message>
            <source>When</source>
            <translation>When</translation>
        </message>
    </context>
    <context>
        <name>WorkerTableModel</name>
        <message>
            <source>Case code</source>
            <translation>Case code</translation>
        </message>
        <message>
            <source>Full name</source>
            <translation>Full name</translation>
        </message>
        <message>
            <source>Mission</source>
            <translation>Mission</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Stage</translation>
        </message>
        <message>
            <source>Date of birth</source>
            <translation>Date of birth</translation>
        </message>
        <message>
            <source>Community</source>
            <translation>Community</translation>
        </message>
        <message>
            <source>Last change</source>
            <translation>Last change</translation>
        </message>
    </context>
    <context>
        <name>WorkersView</name>
        <message>
            <source>Not changed</source>
            <translation>Not changed</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>Restore</translation>
        </message>
        <message>
            <source>Archive</source>
            <translation>Archive</translation>
        </message>
        <message>
            <source>Search by name, case code or ID number (accents not needed)</source>
            <translation>Search by name, case code or ID number (accents not needed)</translation>
        </message>
        <message>
            <source>Show archived</source>
            <translation>Show archived</translation>
        </message>
        <message>
            <source>New worker</source>
            <translation>New worker</translation>
        </message>
        <message>
            <source>More than {count} matches: keep typing to narrow the list.</source>
            <translation>More than {count} matches: keep typing to narrow the list.</translation>
        </message>
    </context>
    <context>
        <name>Workflows</name>
        <message>
            <source>Only a mission supervisor can do this.</source>
            <translation>Only a mission supervisor can do this.</translation>
        </message>
        <message>
            <source>The record of {name} is archived: restore it before changing it.</source>
            <translation>The record of {name} is archived: restore it before changing it.</translation>
        </message>
        <message>
            <source>pre-departure</source>
            <translation>pre-departure</translation>
        </message>
        <message>
            <source>abroad</source>
            <translation>abroad</translation>
        </message>
        <message>
            <source>returned</source>
            <translation>returned</translation>
        </message>
        <message>
            <source>planned</source>
            <translation>planned</translation>
        </message>
        <message>
            <source>active</source>
            <translation>active</translation>
        </message>
        <message>
            <source>completed</source>
            <translation>completed</translation>
        </message>
        <message>
            <source>ended early</source>
            <translation>ended early</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>cancelled</translation>
        </message>
        <message>
            <source>enrolled</source>
            <translation>enrolled</translation>
        </message>
        <message>
            <source>attending</source>
            <translation>attending</translation>
        </message>
        <message>
            <source>withdrawn</source>
            <translation>withdrawn</translation>
        </message>
        <message>
            <source>draft</source>
            <translation>draft</translation>
        </message>
        <message>
            <source>submitted</source>
            <translation>submitted</translation>
        </message>
        <message>
            <source>approved</source>
            <translation>approved</translation>
        </message>
        <message>
            <source>in progress</source>
            <translation>in progress</translation>
        </message>
        <message>
            <source>abandoned</source>
            <translation>abandoned</translation>
        </message>
        <message>
            <source>proposed</source>
            <translation>proposed</translation>
        </message>
        <message>
            <source>fundraising</source>
            <translation>fundraising</translation>
        </message>
        <message>
            <source>This field is required.</source>
            <translation>This field is required.</translation>
        </message>
        <message>
            <source>Too long: use at most {max} characters.</source>
            <translation>Too long: use at most {max} characters.</translation>
        </message>
        <message>
            <source>The end date cannot be before the start date.</source>
            <translation>The end date cannot be before the start date.</translation>
        </message>
        <message>
            <source>This value is not valid here.</source>
            <translation>This value is not valid here.</translation>
        </message>
        <message>
            <source>Enter an amount greater than zero.</source>
            <translation>Enter an amount greater than zero.</translation>
        </message>
        <message>
            <source>This cannot be negative.</source>
            <translation>This cannot be negative.</translation>
        </message>
        <message>
            <source>Same ID number</source>
            <translation>Same ID number</translation>
        </message>
        <message>
            <source>Same name</source>
            <translation>Same name</translation>
        </message>
        <message>
            <source>Given names differ by one letter</source>
            <translation>Given names differ by one letter</translation>
        </message>
        <message>
            <source>Given names in another order</source>
            <translation>Given names in another order</translation>
        </message>
        <message>
            <source>One given name missing</source>
            <translation>One given name missing</translation>
        </message>
        <message>
            <source>Family names differ by one letter</source>
            <translation>Family names differ by one letter</translation>
        </message>
        <message>
            <source>Family names in the other order</source>
            <translation>Family names in the other order</translation>
        </message>
        <message>
            <source>One family name missing</source>
            <translation>One family name missing</translation>
        </message>
        <message>
            <source>Same date of birth</source>
            <translation>Same date of birth</translation>
        </message>
        <message>
            <source>Date of birth a few days apart</source>
            <translation>Date of birth a few days apart</translation>
        </message>
        <message>
            <source>Day and month of birth swapped</source>
            <translation>Day and month of birth swapped</translation>
        </message>
        <message>
            <source>Date of birth differs by one digit</source>
            <translation>Date of birth differs by one digit</translation>
        </message>
        <message>
            <source>Date of birth not given</source>
            <translation>Date of birth not given</translation>
        </message>
        <message>
            <source>A newer version of this note exists: open the latest one to change it.</source>
            <translation>A newer version of this note exists: open the latest one to change it.</translation>
        </message>
        <message>
            <source>Only the author of a note ({author}) or a supervisor can revise it.</source>
            <translation>Only the author of a note ({author}) or a supervisor can revise it.</translation>
        </message>
        <message>
            <source>This note has no follow-up date.</source>
            <translation>This note has no follow-up date.</translation>
        </message>
        <message>
            <source>This follow-up was already marked done on {date}.</source>
            <translation>This follow-up was already marked done on {date}.</translation>
        </message>
        <message>
            <source>Use the province code, e.g. CA-ON.</source>
            <translation>Use the province code, e.g. CA-ON.</translation>
        </message>
        <message>
            <source>The NOC code has 5 digits.</source>
            <translation>The NOC code has 5 digits.</translation>
        </message>
        <message>
            <source>{name} cannot depart: only a worker at the pre-departure stage can depart.</source>
            <translation>{name} cannot depart: only a worker at the pre-departure stage can depart.</translation>
        </message>
        <message>
            <source>{name} cannot depart without a planned placement abroad. Add the placement first.</source>
            <translation>{name} cannot depart without a planned placement abroad. Add the placement first.</translation>
        </message>
        <message>
            <source>Only a planned placement can start; the status of this one is {status}.</source>
            <translation>Only a planned placement can start; the status of this one is {status}.</translation>
        </message>
        <message>
            <source>The departure date is after the planned end of the placement ({end}).</source>
            <translation>The departure date is after the planned end of the placement ({end}).</translation>
        </message>
        <message>
            <source>{name} cannot return: only a worker who is abroad can return.</source>
            <translation>{name} cannot return: only a worker who is abroad can return.</translation>
        </message>
        <message>
            <source>The return date is before the start of the placement ({start}).</source>
            <translation>The return date is before the start of the placement ({start}).</translation>
        </message>
        <message>
            <source>{name} is not abroad, so there is no departure to cancel.</source>
            <translation>{name} is not abroad, so there is no departure to cancel.</translation>
        </message>
        <message>
            <source>Only a planned placement can be cancelled; the status of this one is {status}.</source>
            <translation>Only a planned placement can be cancelled; the status of this one is {status}.</translation>
        </message>
        <message>
            <source>The status of this placement is {status}: it can no longer be edited.</source>
            <translation>The status of this placement is {status}: it can no longer be edited.</translation>
        </message>
        <message>
            <source>A plan in status {status} cannot be submitted.</source>
            <translation>A plan in status {status} cannot be submitted.</translation>
        </message>
        <message>
            <source>A plan in status {status} cannot go back to draft.</source>
            <translation>A plan in status {status} cannot go back to draft.</translation>
        </message>
        <message>
            <source>A plan in status {status} cannot be approved.</source>
            <translation>A plan in status {status} cannot be approved.</translation>
        </message>
        <message>
            <source>A plan in status {status} cannot be started.</source>
            <translation>A plan in status {status} cannot be started.</translation>
        </message>
        <message>
            <source>A plan in status {status} cannot be completed.</source>
            <translation>A plan in status {status} cannot be completed.</translation>
        </message>
        <message>
            <source>A plan in status {status} cannot be abandoned.</source>
            <translation>A plan in status {status} cannot be abandoned.</translation>
        </message>
        <message>
            <source>A plan in status {status} cannot be edited.</source>
            <translation>A plan in status {status} cannot be edited.</translation>
        </message>
        <message>
            <source>A plan in status {status} is closed: its milestones can no longer change.</source>
            <translation>A plan in status {status} is closed: its milestones can no longer change.</translation>
        </message>
        <message>
            <source>This milestone was already done on {date}.</source>
            <translation>This milestone was already done on {date}.</translation>
        </message>
        <message>
            <source>The funding ({funded} {currency}) does not cover the budget ({budget} {currency}): {gap} {currency} are missing.</source>
            <translation>The funding ({funded} {currency}) does not cover the budget ({budget} {currency}): {gap} {currency} are missing.</translation>
        </message>
        <message>
            <source>The plan has no budget yet.</source>
            <translation>The plan has no budget yet.</translation>
        </message>
        <message>
            <source>{name} belongs to mission {own}; this project belongs to mission {mission}.</source>
            <translation>{name} belongs to mission {own}; this project belongs to mission {mission}.</translation>
        </message>
        <message>
            <source>{name} already takes part in this project.</source>
            <translation>{name} already takes part in this project.</translation>
        </message>
        <message>
            <source>{name} does not take part in this project.</source>
            <translation>{name} does not take part in this project.</translation>
        </message>
        <message>
            <source>Community projects belong to a country mission.</source>
            <translation>Community projects belong to a country mission.</translation>
        </message>
        <message>
            <source>Use a three-letter currency code such as CAD, USD or MXN.</source>
            <translation>Use a three-letter currency code such as CAD, USD or MXN.</translation>
        </message>
        <message>
            <source>This community project was cancelled: it no longer takes contributions.</source>
            <translation>This community project was cancelled: it no longer takes contributions.</translation>
        </message>
        <message>
            <source>Mission {mission} already has a course with code {code}.</source>
            <translation>Mission {mission} already has a course with code {code}.</translation>
        </message>
        <message>
            <source>The course is full: {capacity} places, {enrolled} taken.</source>
            <translation>The course is full: {capacity} places, {enrolled} taken.</translation>
        </message>
        <message>
            <source>{enrolled} places are already taken: the capacity cannot be lower.</source>
            <translation>{enrolled} places are already taken: the capacity cannot be lower.</translation>
        </message>
        <message>
            <source>{name} is already enrolled in this course.</source>
            <translation>{name} is already enrolled in this course.</translation>
        </message>
        <message>
            <source>{name} has already completed this course.</source>
            <translation>{name} has already completed this course.</translation>
        </message>
        <message>
            <source>This course belongs to mission {mission}; {name} can only join courses of mission {own} or HQ-wide courses.</source>
            <translation>This course belongs to mission {mission}; {name} can only join courses of mission {own} or HQ-wide courses.</translation>
        </message>
        <message>
            <source>The status of this enrolment is {status}: attendance and results can no longer change.</source>
            <translation>The status of this enrolment is {status}: attendance and results can no longer change.</translation>
        </message>
        <message>
            <source>Certificate number {number} is already used in this mission.</source>
            <translation>Certificate number {number} is already used in this mission.</translation>
        </message>
        <message>
            <source>A course that was not passed gets no certificate number.</source>
            <translation>A course that was not passed gets no certificate number.</translation>
        </message>
        <message>
            <source>The completion date is before the enrolment date ({enrolled_on}).</source>
            <translation>The completion date is before the enrolment date ({enrolled_on}).</translation>
        </message>
    </context>
</TS>
