<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>ConflictsView</name>
        <message>
            <source>No conflicts: every change is settled.</source>
            <translation>Aucun conflit : toutes les modifications sont réglées.</translation>
        </message>
        <message numerus="yes">
            <source>%n field(s) settled; they sync like any change.</source>
            <translation>
                <numerusform>%n champ réglé ; il se synchronise comme toute modification.</numerusform>
                <numerusform>%n champs réglés ; ils se synchronisent comme toute modification.</numerusform>
            </translation>
        </message>
        <message>
            <source>Decide later</source>
            <translation>Décider plus tard</translation>
        </message>
        <message>
            <source>Keep mine</source>
            <translation>Garder le mien</translation>
        </message>
        <message>
            <source>Take theirs</source>
            <translation>Prendre celui du serveur</translation>
        </message>
        <message>
            <source>Type a new value</source>
            <translation>Saisir une nouvelle valeur</translation>
        </message>
        <message>
            <source>Conflicts</source>
            <translation>Conflits</translation>
        </message>
        <message>
            <source>These fields were changed here and on the server before the two met. The server's value is in use until you decide; nothing has been lost.</source>
            <translation>Ces champs ont été modifiés ici et sur le serveur avant leur synchronisation. La valeur du serveur s'applique jusqu'à votre décision ; rien n'a été perdu.</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>Dossier</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Champ</translation>
        </message>
        <message>
            <source>Before</source>
            <translation>Avant</translation>
        </message>
        <message>
            <source>Mine</source>
            <translation>Le mien</translation>
        </message>
        <message>
            <source>Theirs</source>
            <translation>Du serveur</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>Décision</translation>
        </message>
        <message>
            <source>New value</source>
            <translation>Nouvelle valeur</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>Appliquer</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Actualiser</translation>
        </message>
    </context>
    <context>
        <name>DateField</name>
        <message>
            <source>Not set</source>
            <translation>Non renseignée</translation>
        </message>
        <message>
            <source>Clear this date</source>
            <translation>Effacer cette date</translation>
        </message>
    </context>
    <context>
        <name>FirstRunDialog</name>
        <message>
            <source>Welcome to Puente</source>
            <translation>Bienvenue dans Puente</translation>
        </message>
        <message>
            <source>Before you start, tell Puente who works on this computer. Your name and mission go into the history of every record you change and into the case codes of the workers you register.</source>
            <translation>Avant de commencer, indiquez à Puente qui travaille sur cet ordinateur. Votre nom et votre mission figurent dans l'historique de chaque dossier que vous modifiez et dans les codes de dossier des travailleurs que vous enregistrez.</translation>
        </message>
        <message>
            <source>Your full name</source>
            <translation>Votre nom complet</translation>
        </message>
        <message>
            <source>Your mission</source>
            <translation>Votre mission</translation>
        </message>
    </context>
    <context>
        <name>IntakeForm</name>
        <message>
            <source>Intake form code</source>
            <translation>Code du formulaire</translation>
        </message>
        <message>
            <source>Type or scan this code when you enter the form.</source>
            <translation>Tapez ou scannez ce code lors de la saisie du formulaire.</translation>
        </message>
        <message>
            <source>Identity</source>
            <translation>Identité</translation>
        </message>
        <message>
            <source>Given names</source>
            <translation>Prénoms</translation>
        </message>
        <message>
            <source>First family name</source>
            <translation>Premier nom de famille</translation>
        </message>
        <message>
            <source>Second family name</source>
            <translation>Second nom de famille</translation>
        </message>
        <message>
            <source>Date of birth</source>
            <translation>Date de naissance</translation>
        </message>
        <message>
            <source>Sex</source>
            <translation>Sexe</translation>
        </message>
        <message>
            <source>Female</source>
            <translation>Femme</translation>
        </message>
        <message>
            <source>Male</source>
            <translation>Homme</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Autre</translation>
        </message>
        <message>
            <source>Prefers not to say</source>
            <translation>Préfère ne pas répondre</translation>
        </message>
        <message>
            <source>Nationality</source>
            <translation>Nationalité</translation>
        </message>
        <message>
            <source>Mexico</source>
            <translation>Mexique</translation>
        </message>
        <message>
            <source>El Salvador</source>
            <translation>Salvador</translation>
        </message>
        <message>
            <source>Colombia</source>
            <translation>Colombie</translation>
        </message>
        <message>
            <source>Ecuador</source>
            <translation>Équateur</translation>
        </message>
        <message>
            <source>Honduras</source>
            <translation>Honduras</translation>
        </message>
        <message>
            <source>Other country:</source>
            <translation>Autre pays :</translation>
        </message>
        <message>
            <source>Contact and address</source>
            <translation>Coordonnées et adresse</translation>
        </message>
        <message>
            <source>Mobile phone (with country code)</source>
            <translation>Téléphone portable (avec indicatif du pays)</translation>
        </message>
        <message>
            <source>Other phone (family or neighbour)</source>
            <translation>Autre téléphone (famille ou voisin)</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>Courriel</translation>
        </message>
        <message>
            <source>State, department or province</source>
            <translation>État, département ou province</translation>
        </message>
        <message>
            <source>Municipality</source>
            <translation>Municipalité</translation>
        </message>
        <message>
            <source>Community, village or neighbourhood</source>
            <translation>Communauté, village ou quartier</translation>
        </message>
        <message>
            <source>Address (street, number, directions)</source>
            <translation>Adresse (rue, numéro, indications)</translation>
        </message>
        <message>
            <source>ID documents</source>
            <translation>Pièces d'identité</translation>
        </message>
        <message>
            <source>Type of ID document</source>
            <translation>Type de pièce d'identité</translation>
        </message>
        <message>
            <source>CURP (Mexico)</source>
            <translation>CURP (Mexique)</translation>
        </message>
        <message>
            <source>DUI (El Salvador)</source>
            <translation>DUI (Salvador)</translation>
        </message>
        <message>
            <source>Citizenship card (Colombia)</source>
            <translation>Carte de citoyenneté (Colombie)</translation>
        </message>
        <message>
            <source>Identity card (Ecuador)</source>
            <translation>Carte d'identité (Équateur)</translation>
        </message>
        <message>
            <source>DNI (Honduras)</source>
            <translation>DNI (Honduras)</translation>
        </message>
        <message>
            <source>Passport</source>
            <translation>Passeport</translation>
        </message>
        <message>
            <source>Other document:</source>
            <translation>Autre document :</translation>
        </message>
        <message>
            <source>ID document number</source>
            <translation>Numéro de la pièce d'identité</translation>
        </message>
        <message>
            <source>Education, trades and skills</source>
            <translation>Études, métiers et compétences</translation>
        </message>
        <message>
            <source>Highest level of education completed</source>
            <translation>Plus haut niveau d'études terminé</translation>
        </message>
        <message>
            <source>No schooling</source>
            <translation>Aucune scolarité</translation>
        </message>
        <message>
            <source>Primary, not finished</source>
            <translation>Primaire non terminé</translation>
        </message>
        <message>
            <source>Primary</source>
            <translation>Primaire</translation>
        </message>
        <message>
            <source>Lower secondary</source>
            <translation>Secondaire, premier cycle</translation>
        </message>
        <message>
            <source>Upper secondary</source>
            <translation>Secondaire, second cycle</translation>
        </message>
        <message>
            <source>Technical or vocational</source>
            <translation>Technique ou professionnel</translation>
        </message>
        <message>
            <source>University</source>
            <translation>Université</translation>
        </message>
        <message>
            <source>Languages spoken</source>
            <translation>Langues parlées</translation>
        </message>
        <message>
            <source>Spanish</source>
            <translation>Espagnol</translation>
        </message>
        <message>
            <source>English</source>
            <translation>Anglais</translation>
        </message>
        <message>
            <source>French</source>
            <translation>Français</translation>
        </message>
        <message>
            <source>Other (e.g. an Indigenous language):</source>
            <translation>Autre (p. ex. une langue autochtone) :</translation>
        </message>
        <message>
            <source>Current or usual occupation</source>
            <translation>Profession actuelle ou habituelle</translation>
        </message>
        <message>
            <source>Trades, skills and work experience</source>
            <translation>Métiers, compétences et expérience de travail</translation>
        </message>
        <message>
            <source>For example: harvesting, driving, welding, cooking.</source>
            <translation>Par exemple : récolte, conduite, soudure, cuisine.</translation>
        </message>
        <message>
            <source>Household and dependants</source>
            <translation>Ménage et personnes à charge</translation>
        </message>
        <message>
            <source>Number of dependants</source>
            <translation>Nombre de personnes à charge</translation>
        </message>
        <message>
            <source>People who live on your income: children, parents, others.</source>
            <translation>Personnes qui vivent de votre revenu : enfants, parents, autres.</translation>
        </message>
        <message>
            <source>Migration stage and intentions</source>
            <translation>Étape migratoire et intentions</translation>
        </message>
        <message>
            <source>Current stage</source>
            <translation>Étape actuelle</translation>
        </message>
        <message>
            <source>Preparing to leave</source>
            <translation>Prépare son départ</translation>
        </message>
        <message>
            <source>Working in Canada</source>
            <translation>Travaille au Canada</translation>
        </message>
        <message>
            <source>Back home</source>
            <translation>De retour au pays</translation>
        </message>
        <message>
            <source>Plans and intentions</source>
            <translation>Projets et intentions</translation>
        </message>
        <message>
            <source>What do you hope to do in Canada and after you come back?</source>
            <translation>Qu'espérez-vous faire au Canada et après votre retour ?</translation>
        </message>
        <message>
            <source>Consent</source>
            <translation>Consentement</translation>
        </message>
        <message>
            <source>I agree that IOM uses my information for</source>
            <translation>J'accepte que l'OIM utilise mes informations pour</translation>
        </message>
        <message>
            <source>Following up my case</source>
            <translation>Le suivi de mon dossier</translation>
        </message>
        <message>
            <source>Training and courses</source>
            <translation>Les formations et les cours</translation>
        </message>
        <message>
            <source>My return and reintegration plan</source>
            <translation>Mon retour et mon plan de réintégration</translation>
        </message>
        <message>
            <source>Anonymous statistics</source>
            <translation>Des statistiques anonymes</translation>
        </message>
        <message>
            <source>Letting employers in Canada contact me</source>
            <translation>Permettre à des employeurs au Canada de me contacter</translation>
        </message>
        <message>
            <source>Date of consent</source>
            <translation>Date du consentement</translation>
        </message>
        <message>
            <source>Consent obtained by (IOM officer)</source>
            <translation>Consentement recueilli par (agent de l'OIM)</translation>
        </message>
        <message>
            <source>Please read this, or ask the officer to read it to you, before you sign. The International Organization for Migration (IOM) asks for the information on this form to support you before you leave, while you work in Canada and after you come back home. We keep your name, date of birth, ID document, contact details, education and skills, household, your stage in the programme and notes from our meetings with you. We use them only for the purposes you mark below. We keep them on protected computers and share them only with the IOM staff who follow your case, and with employers in Canada only if you mark that box. Giving this information is voluntary: you may leave any question blank, ask to see or correct your information, and withdraw your consent at any time by telling an IOM officer. After that we stop using your information, except what the law requires us to keep. For questions, complaints or to withdraw your consent, contact the IOM office written below.</source>
            <translation>Lisez ce texte, ou demandez à l'agent de l'OIM de vous le lire, avant de signer. L'Organisation internationale pour les migrations (OIM) vous demande les informations de ce formulaire pour vous accompagner avant votre départ, pendant votre travail au Canada et après votre retour. Nous conservons votre nom, votre date de naissance, votre pièce d'identité, vos coordonnées, vos études et compétences, la composition de votre ménage, votre étape dans le programme et les notes de nos rencontres avec vous. Nous les utilisons uniquement aux fins que vous cochez ci-dessous. Nous les conservons sur des ordinateurs protégés et ne les communiquons qu'au personnel de l'OIM qui suit votre dossier, et à des employeurs au Canada seulement si vous cochez cette case. Fournir ces informations est volontaire : vous pouvez laisser une question sans réponse, demander à consulter ou à corriger vos informations et retirer votre consentement à tout moment en le disant à un agent de l'OIM. Nous cesserons alors d'utiliser vos informations, sauf celles que la loi nous oblige à conserver. Pour toute question ou plainte, ou pour retirer votre consentement, contactez le bureau de l'OIM indiqué ci-dessous.</translation>
        </message>
        <message>
            <source>Worker intake form</source>
            <translation>Formulaire d'inscription des travailleurs</translation>
        </message>
        <message>
            <source>IOM · Labour mobility programme to Canada</source>
            <translation>OIM · Programme de mobilité de la main-d'œuvre vers le Canada</translation>
        </message>
        <message>
            <source>Mission: {mission}</source>
            <translation>Mission : {mission}</translation>
        </message>
        <message>
            <source>Form code</source>
            <translation>Code du formulaire</translation>
        </message>
        <message>
            <source>Page {page} of {pages}</source>
            <translation>Page {page} sur {pages}</translation>
        </message>
        <message>
            <source>Printed on {date}</source>
            <translation>Imprimé le {date}</translation>
        </message>
        <message>
            <source>Write in CAPITAL LETTERS, one letter or digit per box. Mark choices with an X. Leave blank what you do not know or prefer not to say.</source>
            <translation>Écrivez en MAJUSCULES, une lettre ou un chiffre par case. Cochez les choix d'un X. Laissez vide ce que vous ne savez pas ou préférez ne pas dire.</translation>
        </message>
        <message>
            <source>(continued)</source>
            <translation>(suite)</translation>
        </message>
        <message>
            <source>DD/MM/YYYY</source>
            <translation>JJ/MM/AAAA</translation>
        </message>
        <message>
            <source>mark one</source>
            <translation>cochez une case</translation>
        </message>
        <message>
            <source>mark all that apply</source>
            <translation>cochez toutes les cases utiles</translation>
        </message>
        <message>
            <source>IOM office to contact (name, phone, email):</source>
            <translation>Bureau de l'OIM à contacter (nom, téléphone, courriel) :</translation>
        </message>
        <message>
            <source>Signature or thumbprint of the worker</source>
            <translation>Signature ou empreinte digitale du travailleur</translation>
        </message>
        <message>
            <source>Name and signature of the IOM officer</source>
            <translation>Nom et signature de l'agent de l'OIM</translation>
        </message>
        <message>
            <source>Date (DD/MM/YYYY)</source>
            <translation>Date (JJ/MM/AAAA)</translation>
        </message>
        <message>
            <source>Headquarters Ottawa</source>
            <translation>Siège à Ottawa</translation>
        </message>
    </context>
    <context>
        <name>Labels</name>
        <message>
            <source>Active</source>
            <translation>Actif</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Clos</translation>
        </message>
        <message>
            <source>Mexico</source>
            <translation>Mexique</translation>
        </message>
        <message>
            <source>El Salvador</source>
            <translation>Salvador</translation>
        </message>
        <message>
            <source>Colombia</source>
            <translation>Colombie</translation>
        </message>
        <message>
            <source>Ecuador</source>
            <translation>Équateur</translation>
        </message>
        <message>
            <source>Honduras</source>
            <translation>Honduras</translation>
        </message>
        <message>
            <source>Headquarters</source>
            <translation>Siège</translation>
        </message>
        <message>
            <source>Case status</source>
            <translation>Statut du dossier</translation>
        </message>
        <message>
            <source>Consent withdrawn on</source>
            <translation>Consentement retiré le</translation>
        </message>
        <message>
            <source>Mission</source>
            <translation>Mission</translation>
        </message>
        <message>
            <source>Case code</source>
            <translation>Code du dossier</translation>
        </message>
        <message>
            <source>Archived on</source>
            <translation>Archivé le</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Workers</source>
            <translation>Travailleurs</translation>
        </message>
        <message>
            <source>Courses</source>
            <translation>Cours</translation>
        </message>
        <message>
            <source>Coming with the training work: the course catalogue, enrolments, attendance and certificates.</source>
            <translation>Arrivera avec le volet formation : le catalogue des cours, les inscriptions, les présences et les certificats.</translation>
        </message>
        <message>
            <source>Plans</source>
            <translation>Plans</translation>
        </message>
        <message>
            <source>Coming with the reintegration work: reintegration plans, their milestones and their approval.</source>
            <translation>Arrivera avec le volet réintégration : les plans de réintégration, leurs étapes et leur approbation.</translation>
        </message>
        <message>
            <source>Community projects</source>
            <translation>Projets communautaires</translation>
        </message>
        <message>
            <source>Coming with the remittances work: community projects and what workers contribute to them.</source>
            <translation>Arrivera avec le volet transferts de fonds : les projets communautaires et les contributions des travailleurs.</translation>
        </message>
        <message>
            <source>Follow-ups</source>
            <translation>Suivis</translation>
        </message>
        <message>
            <source>Coming with the case notes work: interviews, calls, visits and follow-up dates.</source>
            <translation>Arrivera avec le volet notes de dossier : entretiens, appels, visites et dates de suivi.</translation>
        </message>
        <message>
            <source>Reports</source>
            <translation>Rapports</translation>
        </message>
        <message>
            <source>Coming with the reports work: worker records, certificates, indicators and exports.</source>
            <translation>Arrivera avec le volet rapports : fiches des travailleurs, certificats, indicateurs et exportations.</translation>
        </message>
        <message>
            <source>Sync</source>
            <translation>Synchronisation</translation>
        </message>
        <message>
            <source>Coming with the sync work: sending and receiving changes with the central server. Until then, every record stays on this computer.</source>
            <translation>Arrivera avec le volet synchronisation : envoyer et recevoir les modifications avec le serveur central. D'ici là, tous les dossiers restent sur cet ordinateur.</translation>
        </message>
        <message>
            <source>Not signed in</source>
            <translation>Non connecté</translation>
        </message>
        <message>
            <source>Not connected yet</source>
            <translation>Pas encore connecté</translation>
        </message>
        <message>
            <source>Online</source>
            <translation>En ligne</translation>
        </message>
        <message>
            <source>Offline</source>
            <translation>Hors ligne</translation>
        </message>
        <message numerus="yes">
            <source>%n change(s) waiting to sync</source>
            <translation>
                <numerusform>%n modification en attente de synchronisation</numerusform>
                <numerusform>%n modifications en attente de synchronisation</numerusform>
            </translation>
        </message>
        <message>
            <source>Never synced</source>
            <translation>Jamais synchronisé</translation>
        </message>
        <message>
            <source>Last sync: {when}</source>
            <translation>Dernière synchronisation : {when}</translation>
        </message>
        <message>
            <source>Signed out.</source>
            <translation>Déconnecté.</translation>
        </message>
        <message>
            <source>DEMO (synthetic data, not real workers)</source>
            <translation>DÉMO (données fictives, pas de vrais travailleurs)</translation>
        </message>
        <message>
            <source>Conflicts</source>
            <translation>Conflits</translation>
        </message>
        <message>
            <source>Sign &amp;in to the server…</source>
            <translation>Se &amp;connecter au serveur…</translation>
        </message>
        <message>
            <source>The demo data never leaves this laptop: sign in from the real store.</source>
            <translation>Les données de démonstration ne quittent jamais cet ordinateur : connectez-vous depuis le fichier réel.</translation>
        </message>
        <message>
            <source>Sign &amp;out</source>
            <translation>Se &amp;déconnecter</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Fichier</translation>
        </message>
        <message>
            <source>&amp;New worker</source>
            <translation>&amp;Nouveau travailleur</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quitter</translation>
        </message>
        <message>
            <source>&amp;Settings</source>
            <translation>&amp;Paramètres</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Langue</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Aide</translation>
        </message>
        <message>
            <source>&amp;About Puente</source>
            <translation>À &amp;propos de Puente</translation>
        </message>
        <message>
            <source>DEMO</source>
            <translation>DÉMO</translation>
        </message>
        <message>
            <source>Officer: {name}</source>
            <translation>Agent : {name}</translation>
        </message>
        <message>
            <source>Mission: {mission}</source>
            <translation>Mission : {mission}</translation>
        </message>
        <message>
            <source>Device: {tag}</source>
            <translation>Appareil : {tag}</translation>
        </message>
        <message>
            <source>Counting workers…</source>
            <translation>Décompte des travailleurs…</translation>
        </message>
        <message numerus="yes">
            <source>%Ln worker(s)</source>
            <translation>
                <numerusform>%Ln travailleur</numerusform>
                <numerusform>%Ln travailleurs</numerusform>
            </translation>
        </message>
        <message>
            <source>About Puente</source>
            <translation>À propos de Puente</translation>
        </message>
        <message>
            <source>Puente {version}
Case management for labour mobility programmes, working offline first.</source>
            <translation>Puente {version}
Gestion de dossiers pour les programmes de mobilité de la main-d'œuvre, conçue pour fonctionner hors ligne.</translation>
        </message>
    </context>
    <context>
        <name>Reports</name>
        <message>
            <source>Attendance sheet</source>
            <translation>Feuille de présence</translation>
        </message>
        <message>
            <source>Course code</source>
            <translation>Code du cours</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Provider</source>
            <translation>Prestataire</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Lieu</translation>
        </message>
        <message>
            <source>Dates</source>
            <translation>Dates</translation>
        </message>
        <message>
            <source>Hours</source>
            <translation>Heures</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>Participants</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>N°</translation>
        </message>
        <message>
            <source>Case code</source>
            <translation>Code de dossier</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Date: ____/____</source>
            <translation>Date : ____/____</translation>
        </message>
        <message>
            <source>Sessions {first}–{last} of {count}</source>
            <translation>Séances {first} à {last} sur {count}</translation>
        </message>
        <message>
            <source>Each participant signs (or leaves a thumbprint) under the date of every session attended. Do not sign for someone else.</source>
            <translation>Chaque participant signe (ou appose son empreinte) sous la date de chaque séance suivie. Ne signez pas pour quelqu’un d’autre.</translation>
        </message>
        <message>
            <source>Name and signature of the facilitator</source>
            <translation>Nom et signature de l’animateur</translation>
        </message>
        <message>
            <source>Name and signature of the IOM officer</source>
            <translation>Nom et signature de l’agent de l’OIM</translation>
        </message>
        <message>
            <source>Nobody is enrolled in this course yet.</source>
            <translation>Personne n’est encore inscrit à ce cours.</translation>
        </message>
        <message>
            <source>Certificate of completion</source>
            <translation>Attestation de réussite</translation>
        </message>
        <message>
            <source>This certifies that</source>
            <translation>Nous attestons que</translation>
        </message>
        <message>
            <source>has completed the course</source>
            <translation>a suivi avec succès le cours</translation>
        </message>
        <message>
            <source>{hours} hours of training given by {provider}</source>
            <translation>{hours} heures de formation données par {provider}</translation>
        </message>
        <message>
            <source>{hours} hours of training</source>
            <translation>{hours} heures de formation</translation>
        </message>
        <message>
            <source>Result: {result}</source>
            <translation>Résultat : {result}</translation>
        </message>
        <message>
            <source>Completed on {date}</source>
            <translation>Terminé le {date}</translation>
        </message>
        <message>
            <source>Certificate No. {number}</source>
            <translation>Attestation n° {number}</translation>
        </message>
        <message>
            <source>Case code {code}</source>
            <translation>Code de dossier {code}</translation>
        </message>
        <message>
            <source>For IOM {mission}</source>
            <translation>Pour l’OIM {mission}</translation>
        </message>
        <message>
            <source>Facilitator</source>
            <translation>Animateur</translation>
        </message>
        <message>
            <source>This worker withdrew consent: their data cannot be printed or exported.</source>
            <translation>Cette personne a retiré son consentement : ses données ne peuvent être ni imprimées ni exportées.</translation>
        </message>
        <message>
            <source>A certificate can only be made for a completed course.</source>
            <translation>Une attestation ne peut être établie que pour un cours terminé.</translation>
        </message>
        <message>
            <source>Mission</source>
            <translation>Mission</translation>
        </message>
        <message>
            <source>Given names</source>
            <translation>Prénoms</translation>
        </message>
        <message>
            <source>First family name</source>
            <translation>Premier nom de famille</translation>
        </message>
        <message>
            <source>Second family name</source>
            <translation>Second nom de famille</translation>
        </message>
        <message>
            <source>Sex</source>
            <translation>Sexe</translation>
        </message>
        <message>
            <source>Date of birth</source>
            <translation>Date de naissance</translation>
        </message>
        <message>
            <source>Year of birth</source>
            <translation>Année de naissance</translation>
        </message>
        <message>
            <source>Nationality</source>
            <translation>Nationalité</translation>
        </message>
        <message>
            <source>ID document</source>
            <translation>Pièce d’identité</translation>
        </message>
        <message>
            <source>ID number</source>
            <translation>Numéro de pièce d’identité</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Téléphone</translation>
        </message>
        <message>
            <source>Other phone</source>
            <translation>Autre téléphone</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>Courriel</translation>
        </message>
        <message>
            <source>State or department</source>
            <translation>État ou département</translation>
        </message>
        <message>
            <source>Municipality</source>
            <translation>Municipalité</translation>
        </message>
        <message>
            <source>Community</source>
            <translation>Communauté</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Adresse</translation>
        </message>
        <message>
            <source>Education</source>
            <translation>Éducation</translation>
        </message>
        <message>
            <source>Languages</source>
            <translation>Langues</translation>
        </message>
        <message>
            <source>Occupation</source>
            <translation>Profession</translation>
        </message>
        <message>
            <source>Skills</source>
            <translation>Compétences</translation>
        </message>
        <message>
            <source>Dependants</source>
            <translation>Personnes à charge</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Étape</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>État</translation>
        </message>
        <message>
            <source>Consent date</source>
            <translation>Date du consentement</translation>
        </message>
        <message>
            <source>Consent purposes</source>
            <translation>Finalités du consentement</translation>
        </message>
        <message>
            <source>Intake form code</source>
            <translation>Code du formulaire d’inscription</translation>
        </message>
        <message>
            <source>Registered on</source>
            <translation>Inscrit le</translation>
        </message>
        <message>
            <source>Last changed on</source>
            <translation>Dernière modification</translation>
        </message>
        <message>
            <source>Employer</source>
            <translation>Employeur</translation>
        </message>
        <message>
            <source>City</source>
            <translation>Ville</translation>
        </message>
        <message>
            <source>Province</source>
            <translation>Province</translation>
        </message>
        <message>
            <source>Sector</source>
            <translation>Secteur</translation>
        </message>
        <message>
            <source>NOC code</source>
            <translation>Code CNP</translation>
        </message>
        <message>
            <source>Programme stream</source>
            <translation>Volet du programme</translation>
        </message>
        <message>
            <source>Work permit number</source>
            <translation>Numéro du permis de travail</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Début</translation>
        </message>
        <message>
            <source>Planned end</source>
            <translation>Fin prévue</translation>
        </message>
        <message>
            <source>Returned on</source>
            <translation>Retour le</translation>
        </message>
        <message>
            <source>Course</source>
            <translation>Cours</translation>
        </message>
        <message>
            <source>Kind of course</source>
            <translation>Type de cours</translation>
        </message>
        <message>
            <source>Enrolled on</source>
            <translation>Inscrit le</translation>
        </message>
        <message>
            <source>Completed on</source>
            <translation>Terminé le</translation>
        </message>
        <message>
            <source>Certificate number</source>
            <translation>Numéro d’attestation</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Résultat</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Mexico</source>
            <translation>Mexique</translation>
        </message>
        <message>
            <source>El Salvador</source>
            <translation>El Salvador</translation>
        </message>
        <message>
            <source>Colombia</source>
            <translation>Colombie</translation>
        </message>
        <message>
            <source>Ecuador</source>
            <translation>Équateur</translation>
        </message>
        <message>
            <source>Honduras</source>
            <translation>Honduras</translation>
        </message>
        <message>
            <source>Headquarters Ottawa</source>
            <translation>Siège d’Ottawa</translation>
        </message>
        <message>
            <source>All missions</source>
            <translation>Toutes les missions</translation>
        </message>
        <message>
            <source>Female</source>
            <translation>Femme</translation>
        </message>
        <message>
            <source>Male</source>
            <translation>Homme</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Autre</translation>
        </message>
        <message>
            <source>Not stated</source>
            <translation>Non précisé</translation>
        </message>
        <message>
            <source>Pre-departure</source>
            <translation>Avant le départ</translation>
        </message>
        <message>
            <source>Abroad</source>
            <translation>À l’étranger</translation>
        </message>
        <message>
            <source>Returned</source>
            <translation>De retour</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Actif</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Fermé</translation>
        </message>
        <message>
            <source>No schooling</source>
            <translation>Aucune scolarité</translation>
        </message>
        <message>
            <source>Primary, incomplete</source>
            <translation>Primaire incomplet</translation>
        </message>
        <message>
            <source>Primary</source>
            <translation>Primaire</translation>
        </message>
        <message>
            <source>Lower secondary</source>
            <translation>Premier cycle du secondaire</translation>
        </message>
        <message>
            <source>Upper secondary</source>
            <translation>Second cycle du secondaire</translation>
        </message>
        <message>
            <source>Technical</source>
            <translation>Technique</translation>
        </message>
        <message>
            <source>University</source>
            <translation>Université</translation>
        </message>
        <message>
            <source>Citizenship card (CO)</source>
            <translation>Carte de citoyenneté (CO)</translation>
        </message>
        <message>
            <source>Identity card (EC)</source>
            <translation>Carte d’identité (EC)</translation>
        </message>
        <message>
            <source>Passport</source>
            <translation>Passeport</translation>
        </message>
        <message>
            <source>Construction</source>
            <translation>Construction</translation>
        </message>
        <message>
            <source>Tourism</source>
            <translation>Tourisme</translation>
        </message>
        <message>
            <source>Hospitality</source>
            <translation>Hôtellerie et restauration</translation>
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
            <translation>Programme des travailleurs agricoles saisonniers</translation>
        </message>
        <message>
            <source>Agricultural stream</source>
            <translation>Volet agricole</translation>
        </message>
        <message>
            <source>Low-wage stream</source>
            <translation>Volet des postes à bas salaire</translation>
        </message>
        <message>
            <source>High-wage stream</source>
            <translation>Volet des postes à haut salaire</translation>
        </message>
        <message>
            <source>Planned</source>
            <translation>Prévu</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation>Terminé</translation>
        </message>
        <message>
            <source>Ended early</source>
            <translation>Terminé avant terme</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Annulé</translation>
        </message>
        <message>
            <source>Pre-departure orientation</source>
            <translation>Orientation avant le départ</translation>
        </message>
        <message>
            <source>On-site training</source>
            <translation>Formation en milieu de travail</translation>
        </message>
        <message>
            <source>Additional course</source>
            <translation>Cours complémentaire</translation>
        </message>
        <message>
            <source>Entrepreneurship</source>
            <translation>Entrepreneuriat</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Langue</translation>
        </message>
        <message>
            <source>Enrolled</source>
            <translation>Inscrit</translation>
        </message>
        <message>
            <source>Attending</source>
            <translation>En cours</translation>
        </message>
        <message>
            <source>Withdrawn</source>
            <translation>Retiré</translation>
        </message>
        <message>
            <source>Passed</source>
            <translation>Réussi</translation>
        </message>
        <message>
            <source>Passed with distinction</source>
            <translation>Réussi avec distinction</translation>
        </message>
        <message>
            <source>Not passed</source>
            <translation>Non réussi</translation>
        </message>
        <message>
            <source>Attendance only</source>
            <translation>Présence seulement</translation>
        </message>
        <message>
            <source>Employment</source>
            <translation>Emploi</translation>
        </message>
        <message>
            <source>Business</source>
            <translation>Entreprise</translation>
        </message>
        <message>
            <source>Community investment</source>
            <translation>Investissement communautaire</translation>
        </message>
        <message>
            <source>Draft</source>
            <translation>Brouillon</translation>
        </message>
        <message>
            <source>Submitted</source>
            <translation>Soumis</translation>
        </message>
        <message>
            <source>Approved</source>
            <translation>Approuvé</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>En cours</translation>
        </message>
        <message>
            <source>Abandoned</source>
            <translation>Abandonné</translation>
        </message>
        <message>
            <source>Household</source>
            <translation>Dépenses du ménage</translation>
        </message>
        <message>
            <source>Savings</source>
            <translation>Épargne</translation>
        </message>
        <message>
            <source>Community project</source>
            <translation>Projet communautaire</translation>
        </message>
        <message>
            <source>Proposed</source>
            <translation>Proposé</translation>
        </message>
        <message>
            <source>Fundraising</source>
            <translation>Collecte de fonds</translation>
        </message>
        <message>
            <source>Interview</source>
            <translation>Entretien</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>Suivi</translation>
        </message>
        <message>
            <source>Call</source>
            <translation>Appel</translation>
        </message>
        <message>
            <source>Visit</source>
            <translation>Visite</translation>
        </message>
        <message>
            <source>Referral</source>
            <translation>Orientation vers un service</translation>
        </message>
        <message>
            <source>Case management</source>
            <translation>Gestion du dossier</translation>
        </message>
        <message>
            <source>Training</source>
            <translation>Formation</translation>
        </message>
        <message>
            <source>Reintegration</source>
            <translation>Réintégration</translation>
        </message>
        <message>
            <source>Statistics</source>
            <translation>Statistiques</translation>
        </message>
        <message>
            <source>Contact by employers</source>
            <translation>Contact par des employeurs</translation>
        </message>
        <message>
            <source>Under 18</source>
            <translation>Moins de 18 ans</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <source>ALERT indicators</source>
            <translation>Indicateurs ALERT</translation>
        </message>
        <message>
            <source>{mission} · {start} to {end}</source>
            <translation>{mission} · du {start} au {end}</translation>
        </message>
        <message>
            <source>Nothing recorded in this period.</source>
            <translation>Rien d’enregistré pendant cette période.</translation>
        </message>
        <message>
            <source>About</source>
            <translation>À propos</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Du</translation>
        </message>
        <message>
            <source>To</source>
            <translation>Au</translation>
        </message>
        <message>
            <source>Made on</source>
            <translation>Établi le</translation>
        </message>
        <message>
            <source>Workers who withdrew consent and archived records are left out. Ages are on the last day of the period. Amounts in different currencies are never added together.</source>
            <translation>Les personnes ayant retiré leur consentement et les dossiers archivés sont exclus. Les âges sont ceux du dernier jour de la période. Les montants en devises différentes ne sont jamais additionnés.</translation>
        </message>
        <message>
            <source>The {shown} projects with most participants, of {count}; the spreadsheet export lists them all.</source>
            <translation>Les {shown} projets comptant le plus de participants, sur {count} ; l’export en tableur les contient tous.</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Résumé</translation>
        </message>
        <message>
            <source>Access to training</source>
            <translation>Accès à la formation</translation>
        </message>
        <message>
            <source>Leveraging remittances</source>
            <translation>Mise à profit des envois de fonds</translation>
        </message>
        <message>
            <source>Engaging communities</source>
            <translation>Mobilisation des communautés</translation>
        </message>
        <message>
            <source>Reciprocity: reintegration at home</source>
            <translation>Réciprocité : réintégration au pays</translation>
        </message>
        <message>
            <source>Transparency: who the programme reaches</source>
            <translation>Transparence : qui le programme rejoint</translation>
        </message>
        <message>
            <source>Workers followed</source>
            <translation>Travailleurs suivis</translation>
        </message>
        <message>
            <source>Women</source>
            <translation>Femmes</translation>
        </message>
        <message>
            <source>Enrolments in the period</source>
            <translation>Inscriptions pendant la période</translation>
        </message>
        <message>
            <source>Workers who completed a course</source>
            <translation>Travailleurs ayant terminé un cours</translation>
        </message>
        <message>
            <source>Training hours completed</source>
            <translation>Heures de formation suivies</translation>
        </message>
        <message>
            <source>Remittances recorded</source>
            <translation>Envois de fonds enregistrés</translation>
        </message>
        <message>
            <source>Communities with projects</source>
            <translation>Communautés ayant des projets</translation>
        </message>
        <message>
            <source>Community projects</source>
            <translation>Projets communautaires</translation>
        </message>
        <message>
            <source>Workers in community projects</source>
            <translation>Travailleurs dans des projets communautaires</translation>
        </message>
        <message>
            <source>Reintegration plans</source>
            <translation>Plans de réintégration</translation>
        </message>
        <message>
            <source>Businesses started</source>
            <translation>Entreprises créées</translation>
        </message>
        <message>
            <source>Workers by migration stage and sex</source>
            <translation>Travailleurs par étape migratoire et sexe</translation>
        </message>
        <message>
            <source>Workers by age band and sex (age at the end of the period)</source>
            <translation>Travailleurs par tranche d’âge et sexe (âge à la fin de la période)</translation>
        </message>
        <message>
            <source>Age</source>
            <translation>Âge</translation>
        </message>
        <message>
            <source>Workers by mission and migration stage</source>
            <translation>Travailleurs par mission et étape migratoire</translation>
        </message>
        <message>
            <source>Training by kind of course</source>
            <translation>Formation par type de cours</translation>
        </message>
        <message>
            <source>Enrolments</source>
            <translation>Inscriptions</translation>
        </message>
        <message>
            <source>Completions</source>
            <translation>Cours terminés</translation>
        </message>
        <message>
            <source>Hours completed</source>
            <translation>Heures suivies</translation>
        </message>
        <message>
            <source>Workers who completed</source>
            <translation>Travailleurs l’ayant terminé</translation>
        </message>
        <message>
            <source>Purpose</source>
            <translation>Utilisation</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>Devise</translation>
        </message>
        <message>
            <source>Remittances</source>
            <translation>Envois</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Montant</translation>
        </message>
        <message>
            <source>Workers</source>
            <translation>Travailleurs</translation>
        </message>
        <message>
            <source>Remittances by purpose and currency</source>
            <translation>Envois de fonds par utilisation et devise</translation>
        </message>
        <message>
            <source>Amounts in different currencies are never added together.</source>
            <translation>Les montants en devises différentes ne sont jamais additionnés.</translation>
        </message>
        <message>
            <source>Remittances to community projects</source>
            <translation>Envois de fonds aux projets communautaires</translation>
        </message>
        <message>
            <source>Community projects: participants and progress to goal</source>
            <translation>Projets communautaires : participants et progression vers l’objectif</translation>
        </message>
        <message>
            <source>Project</source>
            <translation>Projet</translation>
        </message>
        <message>
            <source>Contributed in the period</source>
            <translation>Versé pendant la période</translation>
        </message>
        <message>
            <source>Contributed to date</source>
            <translation>Versé à ce jour</translation>
        </message>
        <message>
            <source>Goal currency</source>
            <translation>Devise de l’objectif</translation>
        </message>
        <message>
            <source>Goal</source>
            <translation>Objectif</translation>
        </message>
        <message>
            <source>Progress to goal</source>
            <translation>Progression vers l’objectif</translation>
        </message>
        <message>
            <source>Reintegration plans by kind and status</source>
            <translation>Plans de réintégration par type et état</translation>
        </message>
        <message>
            <source>Kind of plan</source>
            <translation>Type de plan</translation>
        </message>
        <message>
            <source>Businesses started by sector and sex of the owner</source>
            <translation>Entreprises créées par secteur et sexe du propriétaire</translation>
        </message>
        <message>
            <source>Key figures</source>
            <translation>Chiffres clés</translation>
        </message>
        <message>
            <source>Indicator</source>
            <translation>Indicateur</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Valeur</translation>
        </message>
        <message>
            <source>IOM · Labour mobility programme to Canada</source>
            <translation>OIM · Programme de mobilité de la main-d’œuvre vers le Canada</translation>
        </message>
        <message>
            <source>Page {page} of {pages}</source>
            <translation>Page {page} sur {pages}</translation>
        </message>
        <message>
            <source>Made on {date}</source>
            <translation>Établi le {date}</translation>
        </message>
        <message>
            <source>Mission: {mission}</source>
            <translation>Mission : {mission}</translation>
        </message>
        <message>
            <source>Confidential: personal data</source>
            <translation>Confidentiel : données personnelles</translation>
        </message>
        <message>
            <source>Reintegration plan</source>
            <translation>Plan de réintégration</translation>
        </message>
        <message>
            <source>Plan</source>
            <translation>Plan</translation>
        </message>
        <message>
            <source>Business started on</source>
            <translation>Entreprise créée le</translation>
        </message>
        <message>
            <source>Submitted on</source>
            <translation>Soumis le</translation>
        </message>
        <message>
            <source>{date} by {name}</source>
            <translation>{date}, par {name}</translation>
        </message>
        <message>
            <source>Goals</source>
            <translation>Objectifs</translation>
        </message>
        <message>
            <source>Funding</source>
            <translation>Financement</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Poste</translation>
        </message>
        <message>
            <source>Share of budget</source>
            <translation>Part du budget</translation>
        </message>
        <message>
            <source>Budget</source>
            <translation>Budget</translation>
        </message>
        <message>
            <source>Own savings</source>
            <translation>Épargne personnelle</translation>
        </message>
        <message>
            <source>Own remittances</source>
            <translation>Envois de fonds personnels</translation>
        </message>
        <message>
            <source>Other funding</source>
            <translation>Autre financement</translation>
        </message>
        <message>
            <source>Other funding ({source})</source>
            <translation>Autre financement ({source})</translation>
        </message>
        <message>
            <source>Total funding</source>
            <translation>Financement total</translation>
        </message>
        <message>
            <source>Still to find</source>
            <translation>Reste à trouver</translation>
        </message>
        <message>
            <source>Milestones</source>
            <translation>Étapes</translation>
        </message>
        <message>
            <source>Milestone</source>
            <translation>Étape</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Échéance</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Avancement</translation>
        </message>
        <message>
            <source>Done on {date}</source>
            <translation>Réalisée le {date}</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>En retard</translation>
        </message>
        <message>
            <source>Pending</source>
            <translation>À venir</translation>
        </message>
        <message>
            <source>No milestones yet.</source>
            <translation>Aucune étape pour l’instant.</translation>
        </message>
        <message>
            <source>Signature of the worker</source>
            <translation>Signature du travailleur</translation>
        </message>
        <message>
            <source>Approved by the supervisor (name, signature, date)</source>
            <translation>Approuvé par le superviseur (nom, signature, date)</translation>
        </message>
        <message>
            <source>Worker record</source>
            <translation>Dossier du travailleur</translation>
        </message>
        <message>
            <source>Pseudonymous copy: names, contact details and ID numbers are not shown for your role.</source>
            <translation>Copie pseudonymisée : les noms, coordonnées et numéros de pièce d’identité ne sont pas affichés pour votre rôle.</translation>
        </message>
        <message>
            <source>1. Profile</source>
            <translation>1. Profil</translation>
        </message>
        <message>
            <source>2. Journey: work abroad</source>
            <translation>2. Parcours : travail à l’étranger</translation>
        </message>
        <message>
            <source>3. Training</source>
            <translation>3. Formation</translation>
        </message>
        <message>
            <source>4. Reintegration plan</source>
            <translation>4. Plan de réintégration</translation>
        </message>
        <message>
            <source>5. Case notes</source>
            <translation>5. Notes au dossier</translation>
        </message>
        <message>
            <source>{age} years</source>
            <translation>{age} ans</translation>
        </message>
        <message>
            <source>Consent</source>
            <translation>Consentement</translation>
        </message>
        <message>
            <source>Given on {date}: {purposes}</source>
            <translation>Donné le {date} : {purposes}</translation>
        </message>
        <message>
            <source>Certificate</source>
            <translation>Attestation</translation>
        </message>
        <message>
            <source>Attended</source>
            <translation>Présences</translation>
        </message>
        <message>
            <source>{sessions} sessions, {hours} h</source>
            <translation>{sessions} séances, {hours} h</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Author</source>
            <translation>Auteur</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Follow-up on {date}</source>
            <translation>Suivi le {date}</translation>
        </message>
        <message>
            <source>No placement abroad recorded.</source>
            <translation>Aucun contrat à l’étranger enregistré.</translation>
        </message>
        <message>
            <source>No course recorded.</source>
            <translation>Aucun cours enregistré.</translation>
        </message>
        <message>
            <source>No reintegration plan recorded.</source>
            <translation>Aucun plan de réintégration enregistré.</translation>
        </message>
        <message>
            <source>No case notes.</source>
            <translation>Aucune note au dossier.</translation>
        </message>
    </context>
    <context>
        <name>Services</name>
        <message>
            <source>This value is not valid for this field.</source>
            <translation>Cette valeur n'est pas valide pour ce champ.</translation>
        </message>
        <message>
            <source>This conflict was already settled.</source>
            <translation>Ce conflit a déjà été réglé.</translation>
        </message>
        <message>
            <source>This record does not exist or is not visible to you.</source>
            <translation>Cette fiche n'existe pas ou vous n'y avez pas accès.</translation>
        </message>
        <message>
            <source>Some fields need correcting.</source>
            <translation>Certains champs doivent être corrigés.</translation>
        </message>
        <message>
            <source>This record was changed elsewhere since you opened it. Reopen it to see the current values.</source>
            <translation>Cette fiche a été modifiée ailleurs depuis que vous l'avez ouverte. Rouvrez-la pour voir les valeurs actuelles.</translation>
        </message>
        <message>
            <source>Your role does not allow this action.</source>
            <translation>Votre rôle ne permet pas cette action.</translation>
        </message>
        <message>
            <source>This record belongs to mission {mission}, which you cannot change.</source>
            <translation>Cette fiche appartient à la mission {mission}, que vous ne pouvez pas modifier.</translation>
        </message>
        <message>
            <source>This form code is already used for {name} ({code}).</source>
            <translation>Ce code de formulaire est déjà attribué à {name} ({code}).</translation>
        </message>
    </context>
    <context>
        <name>SignInDialog</name>
        <message>
            <source>Testing the connection…</source>
            <translation>Test de la connexion…</translation>
        </message>
        <message>
            <source>The server answers.</source>
            <translation>Le serveur répond.</translation>
        </message>
        <message>
            <source>Fill in the server, your username and your password.</source>
            <translation>Indiquez le serveur, votre nom d'utilisateur et votre mot de passe.</translation>
        </message>
        <message>
            <source>Signing in…</source>
            <translation>Connexion en cours…</translation>
        </message>
        <message>
            <source>Too many failed attempts. Wait {seconds} seconds and try again.</source>
            <translation>Trop de tentatives échouées. Patientez {seconds} secondes puis réessayez.</translation>
        </message>
        <message>
            <source>The username or password is not right.</source>
            <translation>Le nom d'utilisateur ou le mot de passe est incorrect.</translation>
        </message>
        <message>
            <source>This device was blocked by an administrator. Contact support.</source>
            <translation>Cet appareil a été bloqué par un administrateur. Contactez l'assistance.</translation>
        </message>
        <message>
            <source>This version of Puente is too old for the server. Install the update.</source>
            <translation>Cette version de Puente est trop ancienne pour le serveur. Installez la mise à jour.</translation>
        </message>
        <message>
            <source>The server cannot be reached. Check the address and the connection.</source>
            <translation>Le serveur est injoignable. Vérifiez l'adresse et la connexion.</translation>
        </message>
        <message>
            <source>The server had a problem. Try again later.</source>
            <translation>Le serveur a rencontré un problème. Réessayez plus tard.</translation>
        </message>
        <message>
            <source>The address is not valid. It looks like https://puente.example.org</source>
            <translation>L'adresse n'est pas valide. Elle ressemble à https://puente.example.org</translation>
        </message>
        <message>
            <source>Sign in to the Puente server</source>
            <translation>Connexion au serveur Puente</translation>
        </message>
        <message>
            <source>Server address:</source>
            <translation>Adresse du serveur :</translation>
        </message>
        <message>
            <source>Username:</source>
            <translation>Nom d'utilisateur :</translation>
        </message>
        <message>
            <source>Password:</source>
            <translation>Mot de passe :</translation>
        </message>
        <message>
            <source>Test connection</source>
            <translation>Tester la connexion</translation>
        </message>
        <message>
            <source>Sign in</source>
            <translation>Se connecter</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
    </context>
    <context>
        <name>Startup</name>
        <message>
            <source>Making the demo data (synthetic workers)…</source>
            <translation>Création des données de démonstration (travailleurs fictifs)…</translation>
        </message>
        <message>
            <source>DEMO</source>
            <translation>DÉMO</translation>
        </message>
        <message>
            <source>The demo data could not be made.</source>
            <translation>Les données de démonstration n'ont pas pu être créées.</translation>
        </message>
        <message>
            <source>Puente cannot open its case file.</source>
            <translation>Puente ne peut pas ouvrir son fichier de dossiers.</translation>
        </message>
    </context>
    <context>
        <name>SyncView</name>
        <message>
            <source>The server cannot be reached. Your changes are kept and will be sent when the connection is back.</source>
            <translation>Le serveur est injoignable. Vos modifications sont conservées et seront envoyées au retour de la connexion.</translation>
        </message>
        <message>
            <source>Your sign-in has expired. Sign in again; your changes are kept.</source>
            <translation>Votre connexion a expiré. Reconnectez-vous ; vos modifications sont conservées.</translation>
        </message>
        <message>
            <source>The server did not accept your sign-in. Sign in again; your changes are kept.</source>
            <translation>Le serveur n'a pas accepté votre connexion. Reconnectez-vous ; vos modifications sont conservées.</translation>
        </message>
        <message>
            <source>This version of Puente is too old for the server. Install the update; your changes are kept.</source>
            <translation>Cette version de Puente est trop ancienne pour le serveur. Installez la mise à jour ; vos modifications sont conservées.</translation>
        </message>
        <message>
            <source>The server refused to sync with this device or role. Contact your supervisor.</source>
            <translation>Le serveur a refusé de synchroniser avec cet appareil ou ce rôle. Contactez votre superviseur.</translation>
        </message>
        <message>
            <source>Too many sign-in attempts. Wait a few minutes and try again.</source>
            <translation>Trop de tentatives de connexion. Patientez quelques minutes puis réessayez.</translation>
        </message>
        <message>
            <source>The server was restored from a backup; Puente reads it again from the start.</source>
            <translation>Le serveur a été restauré depuis une sauvegarde ; Puente le relit depuis le début.</translation>
        </message>
        <message>
            <source>The server had a problem. Try again later; your changes are kept.</source>
            <translation>Le serveur a rencontré un problème. Réessayez plus tard ; vos modifications sont conservées.</translation>
        </message>
        <message>
            <source>Sign in to sync, or wait for the running sync to end.</source>
            <translation>Connectez-vous pour synchroniser, ou attendez la fin de la synchronisation en cours.</translation>
        </message>
        <message>
            <source>Sending changes: %v of %m</source>
            <translation>Envoi des modifications : %v sur %m</translation>
        </message>
        <message>
            <source>Receiving changes</source>
            <translation>Réception des modifications</translation>
        </message>
        <message>
            <source>Sync stopped because of an error in Puente. Your changes are kept.</source>
            <translation>La synchronisation s'est arrêtée à cause d'une erreur de Puente. Vos modifications sont conservées.</translation>
        </message>
        <message numerus="yes">
            <source>%n change(s) waiting to be sent</source>
            <translation>
                <numerusform>%n modification en attente d'envoi</numerusform>
                <numerusform>%n modifications en attente d'envoi</numerusform>
            </translation>
        </message>
        <message>
            <source>Never</source>
            <translation>Jamais</translation>
        </message>
        <message numerus="yes">
            <source>%n conflict(s) to settle in Conflicts.</source>
            <translation>
                <numerusform>%n conflit à régler dans Conflits.</numerusform>
                <numerusform>%n conflits à régler dans Conflits.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n change(s) refused by the server.</source>
            <translation>
                <numerusform>%n modification refusée par le serveur.</numerusform>
                <numerusform>%n modifications refusées par le serveur.</numerusform>
            </translation>
        </message>
        <message>
            <source>None</source>
            <translation>Aucun</translation>
        </message>
        <message>
            <source>Refused by the server: {what} ({reason})</source>
            <translation>Refusé par le serveur : {what} ({reason})</translation>
        </message>
        <message>
            <source>{when}: stopped. {problem}</source>
            <translation>{when} : interrompue. {problem}</translation>
        </message>
        <message>
            <source>{when}: cancelled; what was done is kept.</source>
            <translation>{when} : annulée ; ce qui a été fait est conservé.</translation>
        </message>
        <message>
            <source>{when}: {sent} sent, {received} received, {conflicts} conflicts, {refused} refused</source>
            <translation>{when} : {sent} envoyées, {received} reçues, {conflicts} conflits, {refused} refusées</translation>
        </message>
        <message>
            <source>Checking…</source>
            <translation>Vérification…</translation>
        </message>
        <message>
            <source>Online</source>
            <translation>En ligne</translation>
        </message>
        <message>
            <source>Offline</source>
            <translation>Hors ligne</translation>
        </message>
        <message>
            <source>Sync</source>
            <translation>Synchronisation</translation>
        </message>
        <message>
            <source>Sync now</source>
            <translation>Synchroniser maintenant</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Connection:</source>
            <translation>Connexion :</translation>
        </message>
        <message>
            <source>Pending changes:</source>
            <translation>Modifications en attente :</translation>
        </message>
        <message>
            <source>Last successful sync:</source>
            <translation>Dernière synchronisation réussie :</translation>
        </message>
        <message>
            <source>Last problem:</source>
            <translation>Dernier problème :</translation>
        </message>
        <message>
            <source>Sync log</source>
            <translation>Journal de synchronisation</translation>
        </message>
    </context>
    <context>
        <name>Validation</name>
        <message>
            <source>This field is required.</source>
            <translation>Ce champ est obligatoire.</translation>
        </message>
        <message>
            <source>Remove the invisible control characters from this name.</source>
            <translation>Supprimez les caractères de contrôle invisibles de ce nom.</translation>
        </message>
        <message>
            <source>Names cannot contain digits.</source>
            <translation>Les noms ne peuvent pas contenir de chiffres.</translation>
        </message>
        <message>
            <source>Names can contain only letters, spaces, hyphens, apostrophes and periods.</source>
            <translation>Les noms ne peuvent contenir que des lettres, des espaces, des traits d'union, des apostrophes et des points.</translation>
        </message>
        <message>
            <source>Too long: use at most {max} characters.</source>
            <translation>Trop long : utilisez au plus {max} caractères.</translation>
        </message>
        <message>
            <source>Remove the invisible control characters.</source>
            <translation>Supprimez les caractères de contrôle invisibles.</translation>
        </message>
        <message>
            <source>The date of birth cannot be in the future.</source>
            <translation>La date de naissance ne peut pas être dans le futur.</translation>
        </message>
        <message>
            <source>The worker would be {age} years old at intake; workers must be between {min} and {max}. Check the date of birth.</source>
            <translation>La personne aurait {age} ans à l'inscription ; elle doit avoir entre {min} et {max} ans. Vérifiez la date de naissance.</translation>
        </message>
        <message>
            <source>Choose a country from the list (two-letter ISO code, e.g. MX).</source>
            <translation>Choisissez un pays dans la liste (code ISO à deux lettres, p. ex. MX).</translation>
        </message>
        <message>
            <source>Choose one of the missions.</source>
            <translation>Choisissez l'une des missions.</translation>
        </message>
        <message>
            <source>A CURP is issued by Mexico only, but this worker is not Mexican. Choose the document of the worker's country, or Passport.</source>
            <translation>La CURP n'est délivrée que par le Mexique, mais cette personne n'est pas mexicaine. Choisissez le document de son pays, ou Passeport.</translation>
        </message>
        <message>
            <source>A DUI is issued by El Salvador only, but this worker is not Salvadoran. Choose the document of the worker's country, or Passport.</source>
            <translation>Le DUI n'est délivré que par le Salvador, mais cette personne n'est pas salvadorienne. Choisissez le document de son pays, ou Passeport.</translation>
        </message>
        <message>
            <source>A Colombian cédula is issued by Colombia only, but this worker is not Colombian. Choose the document of the worker's country, or Passport.</source>
            <translation>La cédula colombienne n'est délivrée que par la Colombie, mais cette personne n'est pas colombienne. Choisissez le document de son pays, ou Passeport.</translation>
        </message>
        <message>
            <source>An Ecuadorian cédula is issued by Ecuador only, but this worker is not Ecuadorian. Choose the document of the worker's country, or Passport.</source>
            <translation>La cédula équatorienne n'est délivrée que par l'Équateur, mais cette personne n'est pas équatorienne. Choisissez le document de son pays, ou Passeport.</translation>
        </message>
        <message>
            <source>A DNI is issued by Honduras only, but this worker is not Honduran. Choose the document of the worker's country, or Passport.</source>
            <translation>Le DNI n'est délivré que par le Honduras, mais cette personne n'est pas hondurienne. Choisissez le document de son pays, ou Passeport.</translation>
        </message>
        <message>
            <source>Enter the document number, or choose "Other" if the worker has none.</source>
            <translation>Saisissez le numéro du document, ou choisissez « Autre » si la personne n'en a pas.</translation>
        </message>
        <message>
            <source>A CURP has 18 characters: 4 letters, 6 digits of the birth date, 6 letters, then a letter or digit and a check digit (e.g. {example}).</source>
            <translation>La CURP compte 18 caractères : 4 lettres, 6 chiffres de la date de naissance, 6 lettres, puis une lettre ou un chiffre et un chiffre de contrôle (p. ex. {example}).</translation>
        </message>
        <message>
            <source>This CURP's check digit is wrong: a character was probably mistyped.</source>
            <translation>Le chiffre de contrôle de cette CURP est faux : un caractère a sans doute été mal saisi.</translation>
        </message>
        <message>
            <source>This CURP has an impossible birth date, sex letter or state code.</source>
            <translation>Cette CURP contient une date de naissance, une lettre de sexe ou un code d'État impossibles.</translation>
        </message>
        <message>
            <source>The birth date in the CURP does not match the date of birth entered.</source>
            <translation>La date de naissance de la CURP ne correspond pas à la date de naissance saisie.</translation>
        </message>
        <message>
            <source>The sex letter in the CURP does not match the sex entered.</source>
            <translation>La lettre de sexe de la CURP ne correspond pas au sexe indiqué.</translation>
        </message>
        <message>
            <source>A DUI has 8 digits, a hyphen and a check digit (e.g. {example}).</source>
            <translation>Le DUI compte 8 chiffres, un trait d'union et un chiffre de contrôle (p. ex. {example}).</translation>
        </message>
        <message>
            <source>This DUI's check digit is wrong: a digit was probably mistyped.</source>
            <translation>Le chiffre de contrôle de ce DUI est faux : un chiffre a sans doute été mal saisi.</translation>
        </message>
        <message>
            <source>An Ecuadorian cédula has 10 digits (e.g. {example}).</source>
            <translation>La cédula équatorienne compte 10 chiffres (p. ex. {example}).</translation>
        </message>
        <message>
            <source>This cédula does not start with a valid province code (01 to 24, or 30), or its third digit is above 6.</source>
            <translation>Cette cédula ne commence pas par un code de province valide (01 à 24, ou 30), ou son troisième chiffre dépasse 6.</translation>
        </message>
        <message>
            <source>This cédula's check digit is wrong: a digit was probably mistyped.</source>
            <translation>Le chiffre de contrôle de cette cédula est faux : un chiffre a sans doute été mal saisi.</translation>
        </message>
        <message>
            <source>A DNI has 13 digits written as {example}.</source>
            <translation>Le DNI compte 13 chiffres et s'écrit ainsi : {example}.</translation>
        </message>
        <message>
            <source>The DNI starts with department {department}; departments go from 01 to 18.</source>
            <translation>Le DNI commence par le département {department} ; les départements vont de 01 à 18.</translation>
        </message>
        <message>
            <source>The DNI names municipality {municipality} of department {department}, which has municipalities 01 to {count}.</source>
            <translation>Le DNI indique la municipalité {municipality} du département {department}, qui compte les municipalités 01 à {count}.</translation>
        </message>
        <message>
            <source>The year in the DNI ({year}) does not fit a worker born in {birth_year}. Check the DNI and the date of birth.</source>
            <translation>L'année du DNI ({year}) ne correspond pas à une personne née en {birth_year}. Vérifiez le DNI et la date de naissance.</translation>
        </message>
        <message>
            <source>A Colombian cédula has 6 to 10 digits and does not start with 0 (e.g. {example}).</source>
            <translation>La cédula colombienne compte de 6 à 10 chiffres et ne commence pas par 0 (p. ex. {example}).</translation>
        </message>
        <message>
            <source>A passport number has 5 to 20 letters and digits (e.g. {example}).</source>
            <translation>Le numéro de passeport compte de 5 à 20 lettres et chiffres (p. ex. {example}).</translation>
        </message>
        <message>
            <source>This is not a valid phone number. Write it as dialled in the worker's country, or with + and the country code (e.g. +1 for Canada).</source>
            <translation>Ce numéro de téléphone n'est pas valide. Écrivez-le tel qu'on le compose dans le pays de la personne, ou avec + et l'indicatif du pays (p. ex. +1 pour le Canada).</translation>
        </message>
        <message>
            <source>This does not look like an email address (e.g. name@example.com).</source>
            <translation>Ceci ne ressemble pas à une adresse courriel (p. ex. nom@example.com).</translation>
        </message>
        <message>
            <source>Choose a state, department or province of the worker's country.</source>
            <translation>Choisissez un État, un département ou une province du pays de la personne.</translation>
        </message>
        <message>
            <source>Unknown language code "{code}": use two-letter codes such as es, en, fr.</source>
            <translation>Code de langue inconnu « {code} » : utilisez des codes à deux lettres comme es, en, fr.</translation>
        </message>
        <message>
            <source>Dependants must be a number from 0 to {max}.</source>
            <translation>Le nombre de personnes à charge doit aller de 0 à {max}.</translation>
        </message>
        <message>
            <source>A worker cannot be saved without recorded consent: enter the date consent was given.</source>
            <translation>Impossible d'enregistrer une personne sans consentement consigné : saisissez la date à laquelle il a été donné.</translation>
        </message>
        <message>
            <source>The consent date cannot be in the future.</source>
            <translation>La date du consentement ne peut pas être dans le futur.</translation>
        </message>
        <message>
            <source>Tick at least one purpose the worker consented to.</source>
            <translation>Cochez au moins une finalité à laquelle la personne a consenti.</translation>
        </message>
        <message>
            <source>Unknown consent purpose "{purpose}".</source>
            <translation>Finalité de consentement inconnue « {purpose} ».</translation>
        </message>
        <message>
            <source>Enter the name of the person who obtained the consent.</source>
            <translation>Saisissez le nom de la personne qui a recueilli le consentement.</translation>
        </message>
        <message>
            <source>Consent cannot be withdrawn before the date it was given.</source>
            <translation>Le consentement ne peut pas être retiré avant la date à laquelle il a été donné.</translation>
        </message>
        <message>
            <source>The withdrawal date cannot be in the future.</source>
            <translation>La date de retrait ne peut pas être dans le futur.</translation>
        </message>
    </context>
    <context>
        <name>WorkerEditor</name>
        <message>
            <source>Format: {example}</source>
            <translation>Format : {example}</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>Non enregistré</translation>
        </message>
        <message>
            <source>Nothing was saved: correct the fields marked in red.</source>
            <translation>Rien n'a été enregistré : corrigez les champs signalés en rouge.</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Modifications non enregistrées</translation>
        </message>
        <message>
            <source>This worker has changes that are not saved.</source>
            <translation>Ce travailleur a des modifications non enregistrées.</translation>
        </message>
        <message>
            <source>Save them before closing?</source>
            <translation>Les enregistrer avant de fermer ?</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>Dossier</translation>
        </message>
        <message>
            <source>History</source>
            <translation>Historique</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Enregistrer</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <source>Given when the worker is saved</source>
            <translation>Attribué à l'enregistrement du travailleur</translation>
        </message>
        <message>
            <source>Case status (not on the paper form)</source>
            <translation>Statut du dossier (absent du formulaire papier)</translation>
        </message>
        <message>
            <source>New worker</source>
            <translation>Nouveau travailleur</translation>
        </message>
        <message>
            <source>Other languages: two-letter codes, e.g. qu, nah</source>
            <translation>Autres langues : codes à deux lettres, p. ex. qu, nah</translation>
        </message>
        <message>
            <source>(not given)</source>
            <translation>(non indiqué)</translation>
        </message>
    </context>
    <context>
        <name>WorkerHistoryTable</name>
        <message>
            <source>Field</source>
            <translation>Champ</translation>
        </message>
        <message>
            <source>Old value</source>
            <translation>Ancienne valeur</translation>
        </message>
        <message>
            <source>New value</source>
            <translation>Nouvelle valeur</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Qui</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Quand</translation>
        </message>
    </context>
    <context>
        <name>WorkerTableModel</name>
        <message>
            <source>Case code</source>
            <translation>Code du dossier</translation>
        </message>
        <message>
            <source>Full name</source>
            <translation>Nom complet</translation>
        </message>
        <message>
            <source>Mission</source>
            <translation>Mission</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Étape</translation>
        </message>
        <message>
            <source>Date of birth</source>
            <translation>Date de naissance</translation>
        </message>
        <message>
            <source>Community</source>
            <translation>Communauté</translation>
        </message>
        <message>
            <source>Last change</source>
            <translation>Dernière modification</translation>
        </message>
    </context>
    <context>
        <name>WorkersView</name>
        <message>
            <source>Not changed</source>
            <translation>Non modifié</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>Restaurer</translation>
        </message>
        <message>
            <source>Archive</source>
            <translation>Archiver</translation>
        </message>
        <message>
            <source>Search by name, case code or ID number (accents not needed)</source>
            <translation>Rechercher par nom, code de dossier ou numéro de pièce d'identité (accents facultatifs)</translation>
        </message>
        <message>
            <source>Show archived</source>
            <translation>Afficher les archivés</translation>
        </message>
        <message>
            <source>New worker</source>
            <translation>Nouveau travailleur</translation>
        </message>
        <message>
            <source>More than {count} matches: keep typing to narrow the list.</source>
            <translation>Plus de {count} résultats : continuez à taper pour affiner la liste.</translation>
        </message>
    </context>
    <context>
        <name>Workflows</name>
        <message>
            <source>Only a mission supervisor can do this.</source>
            <translation>Seul un superviseur de la mission peut faire cela.</translation>
        </message>
        <message>
            <source>The record of {name} is archived: restore it before changing it.</source>
            <translation>Le dossier de {name} est archivé : restaurez-le avant de le modifier.</translation>
        </message>
        <message>
            <source>pre-departure</source>
            <translation>avant le départ</translation>
        </message>
        <message>
            <source>abroad</source>
            <translation>à l'étranger</translation>
        </message>
        <message>
            <source>returned</source>
            <translation>de retour</translation>
        </message>
        <message>
            <source>planned</source>
            <translation>prévu</translation>
        </message>
        <message>
            <source>active</source>
            <translation>actif</translation>
        </message>
        <message>
            <source>completed</source>
            <translation>terminé</translation>
        </message>
        <message>
            <source>ended early</source>
            <translation>terminé plus tôt</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>annulé</translation>
        </message>
        <message>
            <source>enrolled</source>
            <translation>inscrit</translation>
        </message>
        <message>
            <source>attending</source>
            <translation>en formation</translation>
        </message>
        <message>
            <source>withdrawn</source>
            <translation>retiré</translation>
        </message>
        <message>
            <source>draft</source>
            <translation>brouillon</translation>
        </message>
        <message>
            <source>submitted</source>
            <translation>soumis</translation>
        </message>
        <message>
            <source>approved</source>
            <translation>approuvé</translation>
        </message>
        <message>
            <source>in progress</source>
            <translation>en cours</translation>
        </message>
        <message>
            <source>abandoned</source>
            <translation>abandonné</translation>
        </message>
        <message>
            <source>proposed</source>
            <translation>proposé</translation>
        </message>
        <message>
            <source>fundraising</source>
            <translation>collecte de fonds</translation>
        </message>
        <message>
            <source>This field is required.</source>
            <translation>Ce champ est obligatoire.</translation>
        </message>
        <message>
            <source>Too long: use at most {max} characters.</source>
            <translation>Trop long : utilisez au plus {max} caractères.</translation>
        </message>
        <message>
            <source>The end date cannot be before the start date.</source>
            <translation>La date de fin ne peut pas précéder la date de début.</translation>
        </message>
        <message>
            <source>This value is not valid here.</source>
            <translation>Cette valeur n'est pas valide ici.</translation>
        </message>
        <message>
            <source>Enter an amount greater than zero.</source>
            <translation>Saisissez un montant supérieur à zéro.</translation>
        </message>
        <message>
            <source>This cannot be negative.</source>
            <translation>Cette valeur ne peut pas être négative.</translation>
        </message>
        <message>
            <source>Same ID number</source>
            <translation>Même numéro de pièce d'identité</translation>
        </message>
        <message>
            <source>Same name</source>
            <translation>Même nom</translation>
        </message>
        <message>
            <source>Given names differ by one letter</source>
            <translation>Les prénoms diffèrent d'une lettre</translation>
        </message>
        <message>
            <source>Given names in another order</source>
            <translation>Prénoms dans un autre ordre</translation>
        </message>
        <message>
            <source>One given name missing</source>
            <translation>Un des prénoms manque</translation>
        </message>
        <message>
            <source>Family names differ by one letter</source>
            <translation>Les noms de famille diffèrent d'une lettre</translation>
        </message>
        <message>
            <source>Family names in the other order</source>
            <translation>Noms de famille dans l'autre ordre</translation>
        </message>
        <message>
            <source>One family name missing</source>
            <translation>Un des noms de famille manque</translation>
        </message>
        <message>
            <source>Same date of birth</source>
            <translation>Même date de naissance</translation>
        </message>
        <message>
            <source>Date of birth a few days apart</source>
            <translation>Dates de naissance à quelques jours d'écart</translation>
        </message>
        <message>
            <source>Day and month of birth swapped</source>
            <translation>Jour et mois de naissance inversés</translation>
        </message>
        <message>
            <source>Date of birth differs by one digit</source>
            <translation>La date de naissance diffère d'un chiffre</translation>
        </message>
        <message>
            <source>Date of birth not given</source>
            <translation>Date de naissance non indiquée</translation>
        </message>
        <message>
            <source>A newer version of this note exists: open the latest one to change it.</source>
            <translation>Une version plus récente de cette note existe : ouvrez la dernière pour la modifier.</translation>
        </message>
        <message>
            <source>Only the author of a note ({author}) or a supervisor can revise it.</source>
            <translation>Seul l'auteur de la note ({author}) ou un superviseur peut la réviser.</translation>
        </message>
        <message>
            <source>This note has no follow-up date.</source>
            <translation>Cette note n'a pas de date de suivi.</translation>
        </message>
        <message>
            <source>This follow-up was already marked done on {date}.</source>
            <translation>Ce suivi a déjà été marqué comme fait le {date}.</translation>
        </message>
        <message>
            <source>Use the province code, e.g. CA-ON.</source>
            <translation>Utilisez le code de la province, p. ex. CA-ON.</translation>
        </message>
        <message>
            <source>The NOC code has 5 digits.</source>
            <translation>Le code CNP a 5 chiffres.</translation>
        </message>
        <message>
            <source>{name} cannot depart: only a worker at the pre-departure stage can depart.</source>
            <translation>{name} ne peut pas partir : seul un travailleur à l'étape avant le départ peut partir.</translation>
        </message>
        <message>
            <source>{name} cannot depart without a planned placement abroad. Add the placement first.</source>
            <translation>{name} ne peut pas partir sans un placement prévu à l'étranger. Ajoutez d'abord le placement.</translation>
        </message>
        <message>
            <source>Only a planned placement can start; the status of this one is {status}.</source>
            <translation>Seul un placement prévu peut commencer ; le statut de celui-ci est {status}.</translation>
        </message>
        <message>
            <source>The departure date is after the planned end of the placement ({end}).</source>
            <translation>La date de départ est postérieure à la fin prévue du placement ({end}).</translation>
        </message>
        <message>
            <source>{name} cannot return: only a worker who is abroad can return.</source>
            <translation>{name} ne peut pas revenir : seul un travailleur à l'étranger peut revenir.</translation>
        </message>
        <message>
            <source>The return date is before the start of the placement ({start}).</source>
            <translation>La date de retour précède le début du placement ({start}).</translation>
        </message>
        <message>
            <source>{name} is not abroad, so there is no departure to cancel.</source>
            <translation>{name} n'est pas à l'étranger : il n'y a aucun départ à annuler.</translation>
        </message>
        <message>
            <source>Only a planned placement can be cancelled; the status of this one is {status}.</source>
            <translation>Seul un placement prévu peut être annulé ; le statut de celui-ci est {status}.</translation>
        </message>
        <message>
            <source>The status of this placement is {status}: it can no longer be edited.</source>
            <translation>Le statut de ce placement est {status} : il ne peut plus être modifié.</translation>
        </message>
        <message>
            <source>A plan in status {status} cannot be submitted.</source>
            <translation>Un plan au statut {status} ne peut pas être soumis.</translation>
        </message>
        <message>
            <source>A plan in status {status} cannot go back to draft.</source>
            <translation>Un plan au statut {status} ne peut pas revenir au brouillon.</translation>
        </message>
        <message>
            <source>A plan in status {status} cannot be approved.</source>
            <translation>Un plan au statut {status} ne peut pas être approuvé.</translation>
        </message>
        <message>
            <source>A plan in status {status} cannot be started.</source>
            <translation>Un plan au statut {status} ne peut pas être démarré.</translation>
        </message>
        <message>
            <source>A plan in status {status} cannot be completed.</source>
            <translation>Un plan au statut {status} ne peut pas être terminé.</translation>
        </message>
        <message>
            <source>A plan in status {status} cannot be abandoned.</source>
            <translation>Un plan au statut {status} ne peut pas être abandonné.</translation>
        </message>
        <message>
            <source>A plan in status {status} cannot be edited.</source>
            <translation>Un plan au statut {status} ne peut pas être modifié.</translation>
        </message>
        <message>
            <source>A plan in status {status} is closed: its milestones can no longer change.</source>
            <translation>Un plan au statut {status} est clos : ses étapes ne peuvent plus changer.</translation>
        </message>
        <message>
            <source>This milestone was already done on {date}.</source>
            <translation>Cette étape a déjà été réalisée le {date}.</translation>
        </message>
        <message>
            <source>The funding ({funded} {currency}) does not cover the budget ({budget} {currency}): {gap} {currency} are missing.</source>
            <translation>Le financement ({funded} {currency}) ne couvre pas le budget ({budget} {currency}) : il manque {gap} {currency}.</translation>
        </message>
        <message>
            <source>The plan has no budget yet.</source>
            <translation>Le plan n'a pas encore de budget.</translation>
        </message>
        <message>
            <source>{name} belongs to mission {own}; this project belongs to mission {mission}.</source>
            <translation>{name} relève de la mission {own} ; ce projet relève de la mission {mission}.</translation>
        </message>
        <message>
            <source>{name} already takes part in this project.</source>
            <translation>{name} participe déjà à ce projet.</translation>
        </message>
        <message>
            <source>{name} does not take part in this project.</source>
            <translation>{name} ne participe pas à ce projet.</translation>
        </message>
        <message>
            <source>Community projects belong to a country mission.</source>
            <translation>Les projets communautaires relèvent d'une mission de pays.</translation>
        </message>
        <message>
            <source>Use a three-letter currency code such as CAD, USD or MXN.</source>
            <translation>Utilisez un code de devise à trois lettres, comme CAD, USD ou MXN.</translation>
        </message>
        <message>
            <source>This community project was cancelled: it no longer takes contributions.</source>
            <translation>Ce projet communautaire a été annulé : il ne reçoit plus de contributions.</translation>
        </message>
        <message>
            <source>Mission {mission} already has a course with code {code}.</source>
            <translation>La mission {mission} a déjà un cours avec le code {code}.</translation>
        </message>
        <message>
            <source>The course is full: {capacity} places, {enrolled} taken.</source>
            <translation>Le cours est complet : {capacity} places, {enrolled} prises.</translation>
        </message>
        <message>
            <source>{enrolled} places are already taken: the capacity cannot be lower.</source>
            <translation>{enrolled} places sont déjà prises : la capacité ne peut pas être inférieure.</translation>
        </message>
        <message>
            <source>{name} is already enrolled in this course.</source>
            <translation>{name} est déjà inscrit à ce cours.</translation>
        </message>
        <message>
            <source>{name} has already completed this course.</source>
            <translation>{name} a déjà terminé ce cours.</translation>
        </message>
        <message>
            <source>This course belongs to mission {mission}; {name} can only join courses of mission {own} or HQ-wide courses.</source>
            <translation>Ce cours appartient à la mission {mission} ; {name} ne peut suivre que des cours de la mission {own} ou des cours du siège.</translation>
        </message>
        <message>
            <source>The status of this enrolment is {status}: attendance and results can no longer change.</source>
            <translation>Le statut de cette inscription est {status} : la présence et les résultats ne peuvent plus changer.</translation>
        </message>
        <message>
            <source>Certificate number {number} is already used in this mission.</source>
            <translation>Le numéro de certificat {number} est déjà utilisé dans cette mission.</translation>
        </message>
        <message>
            <source>A course that was not passed gets no certificate number.</source>
            <translation>Un cours non réussi ne reçoit pas de numéro de certificat.</translation>
        </message>
        <message>
            <source>The completion date is before the enrolment date ({enrolled_on}).</source>
            <translation>La date d'achèvement précède la date d'inscription ({enrolled_on}).</translation>
        </message>
    </context>
</TS>
