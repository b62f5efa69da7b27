<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>AccountPage</name>
        <message>
            <source>Testing…</source>
            <translation>Test en cours…</translation>
        </message>
        <message>
            <source>The server answered. You can sign in.</source>
            <translation>Le serveur a répondu. Vous pouvez vous connecter.</translation>
        </message>
        <message>
            <source>Make a local account</source>
            <translation>Créer un compte local</translation>
        </message>
        <message>
            <source>Sign in</source>
            <translation>Se connecter</translation>
        </message>
        <message>
            <source>Server address:</source>
            <translation>Adresse du serveur :</translation>
        </message>
        <message>
            <source>Username:</source>
            <translation>Identifiant :</translation>
        </message>
        <message>
            <source>Password:</source>
            <translation>Mot de passe :</translation>
        </message>
        <message>
            <source>Repeat the password:</source>
            <translation>Répétez le mot de passe :</translation>
        </message>
        <message>
            <source>Test the connection</source>
            <translation>Tester la connexion</translation>
        </message>
    </context>
    <context>
        <name>AttendanceDialog</name>
        <message>
            <source>Choose the date of the session.</source>
            <translation>Choisissez la date de la séance.</translation>
        </message>
        <message>
            <source>Tick at least one worker who attended.</source>
            <translation>Cochez au moins un travailleur présent.</translation>
        </message>
        <message>
            <source>Already recorded for this date, left unchanged: {names}</source>
            <translation>Déjà enregistré pour cette date, inchangé : {names}</translation>
        </message>
        <message>
            <source>Attendance not recorded: {reason}</source>
            <translation>Présence non enregistrée : {reason}</translation>
        </message>
        <message>
            <source>Attendance not recorded</source>
            <translation>Présences non enregistrées</translation>
        </message>
        <message>
            <source>The attendance ticked here is not recorded yet. Close without it?</source>
            <translation>Les présences cochées ici ne sont pas encore enregistrées. Fermer sans les enregistrer ?</translation>
        </message>
        <message>
            <source>Record attendance</source>
            <translation>Enregistrer les présences</translation>
        </message>
        <message>
            <source>Tick the workers who attended this session. Attendance cannot be changed once recorded.</source>
            <translation>Cochez les travailleurs présents à cette séance. Une présence enregistrée ne peut plus être modifiée.</translation>
        </message>
        <message>
            <source>Session date</source>
            <translation>Date de la séance</translation>
        </message>
        <message>
            <source>Hours of the session</source>
            <translation>Heures de la séance</translation>
        </message>
        <message>
            <source>h</source>
            <translation>h</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
    </context>
    <context>
        <name>Audit</name>
        <message>
            <source>Signed in</source>
            <translation>Connexion</translation>
        </message>
        <message>
            <source>Sign-in refused</source>
            <translation>Connexion refusée</translation>
        </message>
        <message>
            <source>Signed out</source>
            <translation>Déconnexion</translation>
        </message>
        <message>
            <source>Device blocked</source>
            <translation>Appareil bloqué</translation>
        </message>
        <message>
            <source>User created</source>
            <translation>Utilisateur créé</translation>
        </message>
        <message>
            <source>Role changed</source>
            <translation>Rôle modifié</translation>
        </message>
        <message>
            <source>Password reset</source>
            <translation>Mot de passe réinitialisé</translation>
        </message>
        <message>
            <source>Change sent to the server</source>
            <translation>Modification envoyée au serveur</translation>
        </message>
        <message>
            <source>Changes received from the server</source>
            <translation>Modifications reçues du serveur</translation>
        </message>
        <message>
            <source>Sync file imported</source>
            <translation>Fichier de synchronisation importé</translation>
        </message>
        <message>
            <source>Sync file written</source>
            <translation>Fichier de synchronisation créé</translation>
        </message>
        <message>
            <source>Audit log read</source>
            <translation>Journal d'audit consulté</translation>
        </message>
        <message>
            <source>Data exported</source>
            <translation>Données exportées</translation>
        </message>
        <message>
            <source>Filled document printed</source>
            <translation>Document rempli imprimé</translation>
        </message>
        <message>
            <source>Consent recorded or changed</source>
            <translation>Consentement enregistré ou modifié</translation>
        </message>
        <message>
            <source>Consent withdrawn</source>
            <translation>Consentement retiré</translation>
        </message>
        <message>
            <source>Record archived</source>
            <translation>Dossier archivé</translation>
        </message>
        <message>
            <source>Record restored</source>
            <translation>Dossier restauré</translation>
        </message>
        <message>
            <source>Retention period set</source>
            <translation>Durée de conservation fixée</translation>
        </message>
        <message>
            <source>Retention period removed</source>
            <translation>Durée de conservation supprimée</translation>
        </message>
        <message>
            <source>Closed records anonymised (retention)</source>
            <translation>Dossiers clos anonymisés (conservation)</translation>
        </message>
    </context>
    <context>
        <name>AuditView</name>
        <message>
            <source>The start date is after the end date.</source>
            <translation>La date de début est postérieure à la date de fin.</translation>
        </message>
        <message>
            <source>Reading the audit log from the server…</source>
            <translation>Lecture du journal d'audit sur le serveur…</translation>
        </message>
        <message>
            <source>The server cannot be reached. The audit log is read from the server: try again when this computer is online.</source>
            <translation>Le serveur est injoignable. Le journal d'audit se lit sur le serveur : réessayez quand cet ordinateur sera en ligne.</translation>
        </message>
        <message>
            <source>Sign in to the server (Sync page) to read the audit log.</source>
            <translation>Connectez-vous au serveur (page Synchronisation) pour lire le journal d'audit.</translation>
        </message>
        <message>
            <source>Only HQ analysts and administrators can read the audit log.</source>
            <translation>Seuls les analystes du siège et les administrateurs peuvent lire le journal d'audit.</translation>
        </message>
        <message>
            <source>The server could not give the audit log. Try again later.</source>
            <translation>Le serveur n'a pas pu fournir le journal d'audit. Réessayez plus tard.</translation>
        </message>
        <message>
            <source>No events match these filters.</source>
            <translation>Aucun événement ne correspond à ces filtres.</translation>
        </message>
        <message numerus="yes">
            <source>%n event(s) shown; more are on the server.</source>
            <translation>
                <numerusform>%n événement affiché ; il y en a d'autres sur le serveur.</numerusform>
                <numerusform>%n événements affichés ; il y en a d'autres sur le serveur.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n event(s) shown.</source>
            <translation>
                <numerusform>%n événement affiché.</numerusform>
                <numerusform>%n événements affichés.</numerusform>
            </translation>
        </message>
        <message>
            <source>Field officer</source>
            <translation>Agent de terrain</translation>
        </message>
        <message>
            <source>Supervisor</source>
            <translation>Superviseur</translation>
        </message>
        <message>
            <source>HQ analyst</source>
            <translation>Analyste du siège</translation>
        </message>
        <message>
            <source>Administrator</source>
            <translation>Administrateur</translation>
        </message>
        <message>
            <source>Worker</source>
            <translation>Travailleur</translation>
        </message>
        <message>
            <source>Job placement</source>
            <translation>Placement professionnel</translation>
        </message>
        <message>
            <source>Course</source>
            <translation>Formation</translation>
        </message>
        <message>
            <source>Course enrolment</source>
            <translation>Inscription à une formation</translation>
        </message>
        <message>
            <source>Attendance</source>
            <translation>Présence</translation>
        </message>
        <message>
            <source>Reintegration plan</source>
            <translation>Plan de réintégration</translation>
        </message>
        <message>
            <source>Plan milestone</source>
            <translation>Étape du plan</translation>
        </message>
        <message>
            <source>Community project</source>
            <translation>Projet communautaire</translation>
        </message>
        <message>
            <source>Project participant</source>
            <translation>Participant au projet</translation>
        </message>
        <message>
            <source>Remittance</source>
            <translation>Transfert de fonds</translation>
        </message>
        <message>
            <source>Case note</source>
            <translation>Note de dossier</translation>
        </message>
        <message>
            <source>done</source>
            <translation>effectué</translation>
        </message>
        <message>
            <source>new record</source>
            <translation>nouvel enregistrement</translation>
        </message>
        <message>
            <source>change</source>
            <translation>modification</translation>
        </message>
        <message>
            <source>archived</source>
            <translation>archivé</translation>
        </message>
        <message>
            <source>stored</source>
            <translation>enregistré</translation>
        </message>
        <message>
            <source>merged</source>
            <translation>fusionné</translation>
        </message>
        <message>
            <source>conflict</source>
            <translation>conflit</translation>
        </message>
        <message>
            <source>refused</source>
            <translation>refusé</translation>
        </message>
        <message>
            <source>already received</source>
            <translation>déjà reçu</translation>
        </message>
        <message>
            <source>wrong password</source>
            <translation>mot de passe incorrect</translation>
        </message>
        <message>
            <source>unknown user</source>
            <translation>utilisateur inconnu</translation>
        </message>
        <message>
            <source>inactive user</source>
            <translation>utilisateur inactif</translation>
        </message>
        <message>
            <source>already blocked</source>
            <translation>déjà bloqué</translation>
        </message>
        <message>
            <source>already imported</source>
            <translation>déjà importé</translation>
        </message>
        <message>
            <source>record not found</source>
            <translation>enregistrement introuvable</translation>
        </message>
        <message>
            <source>mission not allowed</source>
            <translation>mission non autorisée</translation>
        </message>
        <message>
            <source>not allowed for this role</source>
            <translation>non autorisé pour ce rôle</translation>
        </message>
        <message>
            <source>invalid value</source>
            <translation>valeur non valide</translation>
        </message>
        <message>
            <source>breaks a rule</source>
            <translation>enfreint une règle</translation>
        </message>
        <message>
            <source>{outcome} ({count} rows)</source>
            <translation>{outcome} ({count} lignes)</translation>
        </message>
        <message>
            <source>Audit log</source>
            <translation>Journal d'audit</translation>
        </message>
        <message>
            <source>Who signed in, sent changes, exported or printed, on which computer and when, as the server recorded it. Only names and record numbers are kept, never personal details. Times are shown on this computer's clock.</source>
            <translation>Qui s'est connecté, a envoyé des modifications, exporté ou imprimé, sur quel ordinateur et quand, tel que le serveur l'a enregistré. Seuls les noms d'utilisateur et les numéros d'enregistrement sont conservés, jamais de données personnelles. Les heures suivent l'horloge de cet ordinateur.</translation>
        </message>
        <message>
            <source>Mission</source>
            <translation>Mission</translation>
        </message>
        <message>
            <source>Event</source>
            <translation>Événement</translation>
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
            <source>Show</source>
            <translation>Afficher</translation>
        </message>
        <message>
            <source>Load more</source>
            <translation>Charger plus</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Quand</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Qui</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rôle</translation>
        </message>
        <message>
            <source>Computer</source>
            <translation>Ordinateur</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Résultat</translation>
        </message>
        <message>
            <source>Record type</source>
            <translation>Type d'enregistrement</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>Enregistrement</translation>
        </message>
        <message>
            <source>Fields</source>
            <translation>Champs</translation>
        </message>
        <message>
            <source>All missions</source>
            <translation>Toutes les missions</translation>
        </message>
        <message>
            <source>All events</source>
            <translation>Tous les événements</translation>
        </message>
    </context>
    <context>
        <name>Backup</name>
        <message>
            <source>The file could not be used: {reason}</source>
            <translation>Le fichier n'a pas pu être utilisé : {reason}</translation>
        </message>
        <message>
            <source>Choose a file first.</source>
            <translation>Choisissez d'abord un fichier.</translation>
        </message>
        <message>
            <source>There is no file at {path}.</source>
            <translation>Il n'y a aucun fichier à l'emplacement {path}.</translation>
        </message>
        <message>
            <source>Keep the backup outside Puente's data folder, for example on a USB stick.</source>
            <translation>Gardez la sauvegarde hors du dossier de données de Puente, par exemple sur une clé USB.</translation>
        </message>
        <message>
            <source>Something went wrong. Nothing was changed.</source>
            <translation>Un problème est survenu. Rien n'a été modifié.</translation>
        </message>
        <message>
            <source>Save or close the open records first, then restore again. Nothing was changed.</source>
            <translation>Enregistrez ou fermez d'abord les fiches ouvertes, puis relancez la restauration. Rien n'a été modifié.</translation>
        </message>
        <message>
            <source>This file is not a Puente backup.</source>
            <translation>Ce fichier n'est pas une sauvegarde de Puente.</translation>
        </message>
        <message>
            <source>This backup is damaged or was changed after it was made, so it cannot be restored. Nothing was changed.</source>
            <translation>Cette sauvegarde est endommagée ou a été modifiée après sa création : elle ne peut pas être restaurée. Rien n'a été modifié.</translation>
        </message>
        <message>
            <source>This backup was made by a newer Puente ({version}). Install Puente {version} or newer to restore it. Nothing was changed.</source>
            <translation>Cette sauvegarde a été faite par une version plus récente de Puente ({version}). Installez Puente {version} ou une version ultérieure pour la restaurer. Rien n'a été modifié.</translation>
        </message>
        <message>
            <source>The username or password does not open this backup. Nothing was changed.</source>
            <translation>Le nom d'utilisateur ou le mot de passe n'ouvre pas cette sauvegarde. Rien n'a été modifié.</translation>
        </message>
        <message>
            <source>This is a backup of the demo data (not encrypted). It cannot replace a real case file.</source>
            <translation>Ceci est une sauvegarde des données de démonstration (non chiffrée). Elle ne peut pas remplacer un vrai fichier des dossiers.</translation>
        </message>
        <message>
            <source>This is a backup of a real case file. It cannot replace the demo data.</source>
            <translation>Ceci est la sauvegarde d'un vrai fichier des dossiers. Elle ne peut pas remplacer les données de démonstration.</translation>
        </message>
        <message>
            <source>The case file inside this backup failed its check, so it was not restored. Nothing was changed.</source>
            <translation>Le fichier des dossiers de cette sauvegarde n'a pas passé la vérification : il n'a pas été restauré. Rien n'a été modifié.</translation>
        </message>
        <message>
            <source>Puente is still using the case file. Close Puente and try again.</source>
            <translation>Puente utilise encore le fichier des dossiers. Fermez Puente et réessayez.</translation>
        </message>
        <message>
            <source>There is no case file to back up yet.</source>
            <translation>Il n'y a pas encore de fichier des dossiers à sauvegarder.</translation>
        </message>
        <message>
            <source>This case file is encrypted: sign in to back it up.</source>
            <translation>Ce fichier des dossiers est chiffré : connectez-vous pour le sauvegarder.</translation>
        </message>
        <message>
            <source>The key does not open this case file.</source>
            <translation>La clé n'ouvre pas ce fichier des dossiers.</translation>
        </message>
        <message>
            <source>The copy of the case file was not encrypted, so no backup was written.</source>
            <translation>La copie du fichier des dossiers n'était pas chiffrée : aucune sauvegarde n'a été écrite.</translation>
        </message>
        <message>
            <source>The case file could not be read: {reason}</source>
            <translation>Le fichier des dossiers n'a pas pu être lu : {reason}</translation>
        </message>
    </context>
    <context>
        <name>BackupDialog</name>
        <message>
            <source>Puente backups (*.puente-backup)</source>
            <translation>Sauvegardes de Puente (*.puente-backup)</translation>
        </message>
        <message>
            <source>Something went wrong. The details were written to the log.</source>
            <translation>Un problème est survenu. Les détails ont été écrits dans le journal.</translation>
        </message>
        <message>
            <source>Made on {date} by Puente {version} ({size}).</source>
            <translation>Faite le {date} avec Puente {version} ({size}).</translation>
        </message>
        <message>
            <source>Demo data, not encrypted.</source>
            <translation>Données de démonstration, non chiffrées.</translation>
        </message>
        <message>
            <source>Made by a newer Puente: install version {version} or newer.</source>
            <translation>Faite avec une version plus récente de Puente : installez la version {version} ou une version ultérieure.</translation>
        </message>
        <message>
            <source>Back up the case file</source>
            <translation>Sauvegarder le fichier des dossiers</translation>
        </message>
        <message>
            <source>This is the demo data: its backup is NOT encrypted. Real case files are always backed up encrypted.</source>
            <translation>Ce sont les données de démonstration : leur sauvegarde n'est PAS chiffrée. Les vrais fichiers des dossiers sont toujours sauvegardés chiffrés.</translation>
        </message>
        <message>
            <source>The backup is encrypted: only the passwords of the people who sign in on this laptop open it. Keep it away from this laptop, for example on a USB stick kept somewhere safe.</source>
            <translation>La sauvegarde est chiffrée : seuls les mots de passe des personnes qui se connectent sur cet ordinateur l'ouvrent. Gardez-la loin de cet ordinateur, par exemple sur une clé USB rangée en lieu sûr.</translation>
        </message>
        <message>
            <source>Backup file:</source>
            <translation>Fichier de sauvegarde :</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Choisir…</translation>
        </message>
        <message>
            <source>Back up</source>
            <translation>Sauvegarder</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <source>Backing up…</source>
            <translation>Sauvegarde en cours…</translation>
        </message>
        <message>
            <source>The backup was written to {path}.</source>
            <translation>La sauvegarde a été écrite dans {path}.</translation>
        </message>
        <message>
            <source>Restore a backup</source>
            <translation>Restaurer une sauvegarde</translation>
        </message>
        <message>
            <source>The case file on this laptop is replaced by the backup. The backup is checked completely first; if anything is wrong, nothing is replaced.</source>
            <translation>Le fichier des dossiers de cet ordinateur est remplacé par la sauvegarde. La sauvegarde est d'abord vérifiée entièrement ; si quelque chose ne va pas, rien n'est remplacé.</translation>
        </message>
        <message>
            <source>Backup:</source>
            <translation>Sauvegarde :</translation>
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
            <source>the password of a person in the backup</source>
            <translation>le mot de passe d'une personne de la sauvegarde</translation>
        </message>
        <message>
            <source>Restore…</source>
            <translation>Restaurer…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Choose a backup file first.</source>
            <translation>Choisissez d'abord un fichier de sauvegarde.</translation>
        </message>
        <message>
            <source>Type the password of a person in the backup.</source>
            <translation>Tapez le mot de passe d'une personne de la sauvegarde.</translation>
        </message>
        <message>
            <source>Checking the backup…</source>
            <translation>Vérification de la sauvegarde…</translation>
        </message>
        <message>
            <source>Replace the case file on this laptop with the backup made on {date}? Everything recorded here since then is lost, unless it was synced.</source>
            <translation>Remplacer le fichier des dossiers de cet ordinateur par la sauvegarde du {date} ? Tout ce qui a été saisi ici depuis est perdu, sauf ce qui a été synchronisé.</translation>
        </message>
        <message>
            <source>Restoring…</source>
            <translation>Restauration en cours…</translation>
        </message>
        <message>
            <source>The backup was restored. Puente now reopens the case file: sign in again.</source>
            <translation>La sauvegarde a été restaurée. Puente rouvre maintenant le fichier des dossiers : reconnectez-vous.</translation>
        </message>
        <message>
            <source>The backup was restored. Puente now reopens the case file.</source>
            <translation>La sauvegarde a été restaurée. Puente rouvre maintenant le fichier des dossiers.</translation>
        </message>
        <message>
            <source>Puente now reopens the case file.</source>
            <translation>Puente rouvre maintenant le fichier des dossiers.</translation>
        </message>
        <message>
            <source>Back up…</source>
            <translation>Sauvegarder…</translation>
        </message>
    </context>
    <context>
        <name>CaseNoteDialog</name>
        <message>
            <source>New case note</source>
            <translation>Nouvelle note au dossier</translation>
        </message>
        <message>
            <source>Revise case note</source>
            <translation>Réviser la note au dossier</translation>
        </message>
        <message>
            <source>&amp;Kind</source>
            <translation>&amp;Type</translation>
        </message>
        <message>
            <source>&amp;Stage</source>
            <translation>É&amp;tape</translation>
        </message>
        <message>
            <source>&amp;Text</source>
            <translation>Te&amp;xte</translation>
        </message>
        <message>
            <source>&amp;Follow up on</source>
            <translation>&amp;Suivi le</translation>
        </message>
        <message>
            <source>Save as a new &amp;revision</source>
            <translation>Enregistrer comme nouvelle &amp;version</translation>
        </message>
    </context>
    <context>
        <name>ChangePasswordDialog</name>
        <message>
            <source>Checking the password…</source>
            <translation>Vérification du mot de passe…</translation>
        </message>
        <message>
            <source>Change the password of this laptop</source>
            <translation>Changer le mot de passe de cet ordinateur</translation>
        </message>
        <message>
            <source>This password opens the case file on this laptop. The records are not encrypted again; only the key is. A server account keeps the server's password: the next online sign-in uses it again.</source>
            <translation>Ce mot de passe ouvre le fichier des dossiers de cet ordinateur. Les fiches ne sont pas chiffrées à nouveau ; seule la clé l'est. Un compte du serveur garde le mot de passe du serveur : la prochaine connexion en ligne le réutilise.</translation>
        </message>
        <message>
            <source>Current password:</source>
            <translation>Mot de passe actuel :</translation>
        </message>
        <message>
            <source>New password:</source>
            <translation>Nouveau mot de passe :</translation>
        </message>
        <message>
            <source>Repeat the new password:</source>
            <translation>Répétez le nouveau mot de passe :</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Changer</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
    </context>
    <context>
        <name>CompletionDialog</name>
        <message>
            <source>Completion not recorded</source>
            <translation>Fin de formation non enregistrée</translation>
        </message>
        <message>
            <source>This completion is not recorded yet. Close without it?</source>
            <translation>Cette fin de formation n'est pas encore enregistrée. Fermer sans l'enregistrer ?</translation>
        </message>
        <message>
            <source>Choose the completion date.</source>
            <translation>Choisissez la date de fin.</translation>
        </message>
        <message>
            <source>Record completion</source>
            <translation>Enregistrer la fin de formation</translation>
        </message>
        <message>
            <source>&lt;b&gt;{worker}&lt;/b&gt; · {code}&lt;br&gt;enrolled on {date}</source>
            <translation>&lt;b&gt;{worker}&lt;/b&gt; · {code}&lt;br&gt;inscrit le {date}</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Résultat</translation>
        </message>
        <message>
            <source>Completed on</source>
            <translation>Terminé le</translation>
        </message>
        <message>
            <source>Certificate number</source>
            <translation>Numéro de certificat</translation>
        </message>
        <message>
            <source>Left empty: the next number is given</source>
            <translation>Laissé vide : le numéro suivant est attribué</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
    </context>
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
        <name>CourseCompletionDialog</name>
        <message>
            <source>Enter the date.</source>
            <translation>Indiquez la date.</translation>
        </message>
        <message>
            <source>Record completion</source>
            <translation>Enregistrer la fin du cours</translation>
        </message>
        <message>
            <source>&amp;Result</source>
            <translation>&amp;Résultat</translation>
        </message>
        <message>
            <source>&amp;Completed on</source>
            <translation>&amp;Terminé le</translation>
        </message>
        <message>
            <source>Certificate &amp;number</source>
            <translation>&amp;Numéro d’attestation</translation>
        </message>
        <message>
            <source>Leave empty to number it automatically</source>
            <translation>Laissez vide pour le numéroter automatiquement</translation>
        </message>
    </context>
    <context>
        <name>CourseEditor</name>
        <message>
            <source>Mission</source>
            <translation>Mission</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titre</translation>
        </message>
        <message>
            <source>Provider</source>
            <translation>Prestataire</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Étape</translation>
        </message>
        <message>
            <source>Skill area</source>
            <translation>Domaine de compétence</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Langue</translation>
        </message>
        <message>
            <source>Hours</source>
            <translation>Heures</translation>
        </message>
        <message>
            <source>Starts on</source>
            <translation>Commence le</translation>
        </message>
        <message>
            <source>Ends on</source>
            <translation>Se termine le</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Lieu</translation>
        </message>
        <message>
            <source>Places</source>
            <translation>Places</translation>
        </message>
        <message>
            <source>Nothing was saved: correct the fields marked in red.</source>
            <translation>Rien n'a été enregistré : corrigez les champs marqués en rouge.</translation>
        </message>
        <message>
            <source>This course has changes that are not saved.</source>
            <translation>Cette formation a des modifications non enregistrées.</translation>
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
            <source>e.g. PDO-2026-03</source>
            <translation>p. ex. PDO-2026-03</translation>
        </message>
        <message>
            <source>h</source>
            <translation>h</translation>
        </message>
        <message>
            <source>New course</source>
            <translation>Nouvelle formation</translation>
        </message>
    </context>
    <context>
        <name>CourseEnrolDialog</name>
        <message>
            <source>Enrol in a course</source>
            <translation>Inscrire à un cours</translation>
        </message>
        <message>
            <source>&amp;Course</source>
            <translation>&amp;Cours</translation>
        </message>
        <message>
            <source>&amp;Enrolled on</source>
            <translation>&amp;Inscrit le</translation>
        </message>
        <message>
            <source>Reading the catalogue…</source>
            <translation>Lecture du catalogue…</translation>
        </message>
        <message>
            <source>No course in the catalogue yet</source>
            <translation>Aucun cours au catalogue pour l’instant</translation>
        </message>
        <message>
            <source>&amp;Enrol</source>
            <translation>&amp;Inscrire</translation>
        </message>
        <message>
            <source>{taken} of {capacity} places taken</source>
            <translation>{taken} places prises sur {capacity}</translation>
        </message>
        <message>
            <source>no date</source>
            <translation>sans date</translation>
        </message>
    </context>
    <context>
        <name>CourseLabels</name>
        <message>
            <source>Pre-departure orientation</source>
            <translation>Orientation avant le départ</translation>
        </message>
        <message>
            <source>On-site training</source>
            <translation>Formation sur place</translation>
        </message>
        <message>
            <source>Additional course</source>
            <translation>Formation complémentaire</translation>
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
            <source>Completed</source>
            <translation>Terminé</translation>
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
            <translation>Réussi avec mention</translation>
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
    </context>
    <context>
        <name>CourseTableModel</name>
        <message>
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titre</translation>
        </message>
        <message>
            <source>Mission</source>
            <translation>Mission</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Étape</translation>
        </message>
        <message>
            <source>Starts</source>
            <translation>Début</translation>
        </message>
        <message>
            <source>Ends</source>
            <translation>Fin</translation>
        </message>
        <message>
            <source>Places</source>
            <translation>Places</translation>
        </message>
        <message>
            <source>Enrolled</source>
            <translation>Inscrits</translation>
        </message>
        <message>
            <source>Hours</source>
            <translation>Heures</translation>
        </message>
    </context>
    <context>
        <name>CoursesView</name>
        <message>
            <source>Participants</source>
            <translation>Participants</translation>
        </message>
        <message>
            <source>Choose a course to see its participants.</source>
            <translation>Choisissez une formation pour voir ses participants.</translation>
        </message>
        <message>
            <source>Participants of {course} ({count})</source>
            <translation>Participants de {course} ({count})</translation>
        </message>
        <message>
            <source>{hours} h</source>
            <translation>{hours} h</translation>
        </message>
        <message>
            <source>{taken} of {capacity} places taken</source>
            <translation>{taken} places prises sur {capacity}</translation>
        </message>
        <message>
            <source>Withdraw from the course</source>
            <translation>Retirer de la formation</translation>
        </message>
        <message>
            <source>Withdraw {worker} from this course? Their place is freed.</source>
            <translation>Retirer {worker} de cette formation ? Sa place sera libérée.</translation>
        </message>
        <message>
            <source>Not changed</source>
            <translation>Non modifié</translation>
        </message>
        <message>
            <source>Starting from:</source>
            <translation>Débutant à partir du :</translation>
        </message>
        <message>
            <source>All kinds</source>
            <translation>Tous les types</translation>
        </message>
        <message>
            <source>Search courses by code or title</source>
            <translation>Rechercher des formations par code ou titre</translation>
        </message>
        <message>
            <source>New course…</source>
            <translation>Nouvelle formation…</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Modifier…</translation>
        </message>
        <message>
            <source>Attendance sheet…</source>
            <translation>Feuille de présence…</translation>
        </message>
        <message>
            <source>Enrol workers…</source>
            <translation>Inscrire des travailleurs…</translation>
        </message>
        <message>
            <source>Record attendance…</source>
            <translation>Enregistrer les présences…</translation>
        </message>
        <message>
            <source>Record completion…</source>
            <translation>Enregistrer la fin…</translation>
        </message>
        <message>
            <source>Withdraw</source>
            <translation>Retirer</translation>
        </message>
        <message>
            <source>Certificate…</source>
            <translation>Certificat…</translation>
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
        <name>DemoPage</name>
        <message>
            <source>The demo</source>
            <translation>La démonstration</translation>
        </message>
        <message>
            <source>Puente opens a separate case file with synthetic workers, marked DEMO. Nothing in it is real and nothing is sent to a server. To work with real records later, start Puente again and choose the server or a local account.</source>
            <translation>Puente ouvre un fichier de dossiers à part avec des travailleurs fictifs, marqué DÉMO. Rien n'y est réel et rien n'est envoyé à un serveur. Pour travailler plus tard avec de vrais dossiers, relancez Puente et choisissez le serveur ou un compte local.</translation>
        </message>
    </context>
    <context>
        <name>DocumentActions</name>
        <message>
            <source>Worker record</source>
            <translation>Dossier du travailleur</translation>
        </message>
        <message>
            <source>Attendance sheet</source>
            <translation>Feuille de présence</translation>
        </message>
        <message>
            <source>Certificate of completion</source>
            <translation>Attestation de réussite</translation>
        </message>
        <message>
            <source>Reintegration plan</source>
            <translation>Plan de réintégration</translation>
        </message>
        <message>
            <source>Blank intake forms</source>
            <translation>Formulaires d'inscription vierges</translation>
        </message>
        <message>
            <source>A4</source>
            <translation>A4</translation>
        </message>
        <message>
            <source>Letter</source>
            <translation>Lettre</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>Documents PDF (*.pdf)</translation>
        </message>
        <message>
            <source>The file could not be written ({reason}). Choose another folder.</source>
            <translation>Le fichier n'a pas pu être écrit ({reason}). Choisissez un autre dossier.</translation>
        </message>
        <message>
            <source>The document could not be made. The details were written to the log.</source>
            <translation>Le document n'a pas pu être créé. Les détails ont été écrits dans le journal.</translation>
        </message>
        <message>
            <source>Save {document} as</source>
            <translation>Enregistrer {document} sous</translation>
        </message>
        <message>
            <source>Saved as {path}.
Open it now to print it?</source>
            <translation>Enregistré sous {path}.
L'ouvrir maintenant pour l'imprimer ?</translation>
        </message>
        <message>
            <source>No program to open PDF files was found. The document is saved as {path}.</source>
            <translation>Aucun programme pour ouvrir les fichiers PDF n'a été trouvé. Le document est enregistré sous {path}.</translation>
        </message>
        <message>
            <source>Documents</source>
            <translation>Documents</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Ouvrir</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
    </context>
    <context>
        <name>DocumentOptionsDialog</name>
        <message>
            <source>Print: {document}</source>
            <translation>Imprimer : {document}</translation>
        </message>
        <message>
            <source>The PDF is saved first; then open it to print it.</source>
            <translation>Le PDF est d'abord enregistré ; ouvrez-le ensuite pour l'imprimer.</translation>
        </message>
        <message>
            <source>Language:</source>
            <translation>Langue :</translation>
        </message>
        <message>
            <source>Paper:</source>
            <translation>Papier :</translation>
        </message>
        <message>
            <source>Copies (each with its own form code):</source>
            <translation>Exemplaires (chacun avec son propre code) :</translation>
        </message>
        <message>
            <source>Second language:</source>
            <translation>Deuxième langue :</translation>
        </message>
        <message>
            <source>Include the case notes</source>
            <translation>Inclure les notes de suivi</translation>
        </message>
        <message>
            <source>Bilingual (each line also in a second language)</source>
            <translation>Bilingue (chaque ligne aussi dans une deuxième langue)</translation>
        </message>
        <message>
            <source>Save as PDF…</source>
            <translation>Enregistrer en PDF…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
    </context>
    <context>
        <name>Documents</name>
        <message>
            <source>Choose Spanish, English or French.</source>
            <translation>Choisissez l'espagnol, l'anglais ou le français.</translation>
        </message>
        <message>
            <source>Choose A4 or Letter paper.</source>
            <translation>Choisissez le papier A4 ou Lettre.</translation>
        </message>
        <message>
            <source>The number of copies must be from 1 to {most}.</source>
            <translation>Le nombre d'exemplaires doit être compris entre 1 et {most}.</translation>
        </message>
        <message>
            <source>The end of the period is before its start.</source>
            <translation>La fin de la période précède son début.</translation>
        </message>
        <message>
            <source>The file {name} could not be written ({reason}). Choose another folder or close the program that has it open.</source>
            <translation>Le fichier {name} n'a pas pu être écrit ({reason}). Choisissez un autre dossier ou fermez le programme qui l'a ouvert.</translation>
        </message>
    </context>
    <context>
        <name>DuplicateDialog</name>
        <message>
            <source>Already registered?</source>
            <translation>Déjà enregistré ?</translation>
        </message>
        <message numerus="yes">
            <source>%n stored worker(s) may be this person.</source>
            <translation>
                <numerusform>%n travailleur enregistré peut être cette personne.</numerusform>
                <numerusform>%n travailleurs enregistrés peuvent être cette personne.</numerusform>
            </translation>
        </message>
        <message>
            <source>Open the stored record rather than registering the person twice.</source>
            <translation>Ouvrez le dossier existant plutôt que d'enregistrer la personne deux fois.</translation>
        </message>
        <message>
            <source>If this is someone else, create a new worker.</source>
            <translation>S'il s'agit de quelqu'un d'autre, créez un nouveau travailleur.</translation>
        </message>
        <message>
            <source>&amp;Open this worker</source>
            <translation>&amp;Ouvrir ce travailleur</translation>
        </message>
        <message>
            <source>&amp;Create a new worker anyway</source>
            <translation>&amp;Créer quand même un nouveau travailleur</translation>
        </message>
        <message>
            <source>&amp;Back to the form</source>
            <translation>&amp;Retour au formulaire</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Case code</source>
            <translation>Code du dossier</translation>
        </message>
        <message>
            <source>Date of birth</source>
            <translation>Date de naissance</translation>
        </message>
        <message>
            <source>ID number</source>
            <translation>Numéro de pièce d'identité</translation>
        </message>
        <message>
            <source>Mission</source>
            <translation>Mission</translation>
        </message>
        <message>
            <source>Why it may be the same person</source>
            <translation>Pourquoi ce peut être la même personne</translation>
        </message>
        <message>
            <source>{name} (archived)</source>
            <translation>{name} (archivé)</translation>
        </message>
    </context>
    <context>
        <name>EnrolDialog</name>
        <message numerus="yes">
            <source>%n worker(s) ticked</source>
            <translation>
                <numerusform>%n travailleur coché</numerusform>
                <numerusform>%n travailleurs cochés</numerusform>
            </translation>
        </message>
        <message>
            <source>{worker}: enrolled</source>
            <translation>{worker} : inscrit</translation>
        </message>
        <message>
            <source>{worker}: not enrolled. {reason}</source>
            <translation>{worker} : non inscrit. {reason}</translation>
        </message>
        <message numerus="yes">
            <source>%n worker(s) enrolled</source>
            <translation>
                <numerusform>%n travailleur inscrit.</numerusform>
                <numerusform>%n travailleurs inscrits.</numerusform>
            </translation>
        </message>
        <message>
            <source>Some could not be enrolled:</source>
            <translation>Certains n'ont pas pu être inscrits :</translation>
        </message>
        <message>
            <source>Enrolment cancelled: nobody was enrolled.</source>
            <translation>Inscription annulée : personne n'a été inscrit.</translation>
        </message>
        <message>
            <source>The enrolment failed: nothing was saved.</source>
            <translation>L'inscription a échoué : rien n'a été enregistré.</translation>
        </message>
        <message>
            <source>Workers not enrolled</source>
            <translation>Travailleurs non inscrits</translation>
        </message>
        <message>
            <source>The ticked workers are not enrolled yet. Close without enrolling them?</source>
            <translation>Les travailleurs cochés ne sont pas encore inscrits. Fermer sans les inscrire ?</translation>
        </message>
        <message>
            <source>Enrol workers in {course}</source>
            <translation>Inscrire des travailleurs à {course}</translation>
        </message>
        <message>
            <source>{taken} of {capacity} places taken</source>
            <translation>{taken} places prises sur {capacity}</translation>
        </message>
        <message>
            <source>Search workers by name or case code</source>
            <translation>Rechercher des travailleurs par nom ou code du dossier</translation>
        </message>
        <message>
            <source>Enrol ticked workers</source>
            <translation>Inscrire les travailleurs cochés</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <source>Workers</source>
            <translation>Travailleurs</translation>
        </message>
        <message>
            <source>Placements abroad</source>
            <translation>Placements à l'étranger</translation>
        </message>
        <message>
            <source>Course enrolments</source>
            <translation>Inscriptions aux cours</translation>
        </message>
        <message>
            <source>CSV (any spreadsheet or tool)</source>
            <translation>CSV (tout tableur ou outil)</translation>
        </message>
        <message>
            <source>XLSX (Excel workbook)</source>
            <translation>XLSX (classeur Excel)</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>Fichiers CSV (*.csv)</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Classeurs Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>Export to</source>
            <translation>Exporter vers</translation>
        </message>
        <message>
            <source>Choose where to save the file.</source>
            <translation>Choisissez où enregistrer le fichier.</translation>
        </message>
        <message>
            <source>This is a folder: add a file name.</source>
            <translation>Ceci est un dossier : ajoutez un nom de fichier.</translation>
        </message>
        <message>
            <source>Counting the rows…</source>
            <translation>Comptage des lignes…</translation>
        </message>
        <message>
            <source>{done} of {total} rows written…</source>
            <translation>{done} lignes écrites sur {total}…</translation>
        </message>
        <message numerus="yes">
            <source>%Ln row(s) saved in {path}.</source>
            <translation>
                <numerusform>%Ln ligne enregistrée dans {path}.</numerusform>
                <numerusform>%Ln lignes enregistrées dans {path}.</numerusform>
            </translation>
        </message>
        <message>
            <source>Stopped: no file was written.</source>
            <translation>Arrêté : aucun fichier n'a été écrit.</translation>
        </message>
        <message>
            <source>Stopping…</source>
            <translation>Arrêt en cours…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Exporter</translation>
        </message>
        <message>
            <source>What:</source>
            <translation>Quoi :</translation>
        </message>
        <message>
            <source>Format:</source>
            <translation>Format :</translation>
        </message>
        <message>
            <source>Mission:</source>
            <translation>Mission :</translation>
        </message>
        <message>
            <source>Save as:</source>
            <translation>Enregistrer sous :</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Choisir…</translation>
        </message>
        <message>
            <source>Only the fields your role may see are exported, and workers who withdrew consent are left out. Cells that a spreadsheet would run as a formula are written as plain text.</source>
            <translation>Seuls les champs que votre rôle peut voir sont exportés, et les travailleurs qui ont retiré leur consentement sont exclus. Les cellules qu'un tableur exécuterait comme formule sont écrites en texte simple.</translation>
        </message>
        <message>
            <source>&amp;Export</source>
            <translation>&amp;Exporter</translation>
        </message>
    </context>
    <context>
        <name>Filters</name>
        <message>
            <source>All missions</source>
            <translation>Toutes les missions</translation>
        </message>
        <message>
            <source>All stages</source>
            <translation>Toutes les étapes</translation>
        </message>
    </context>
    <context>
        <name>FirstRunAssistant</name>
        <message>
            <source>Preparing the encrypted case file…</source>
            <translation>Préparation du fichier de dossiers chiffré…</translation>
        </message>
        <message>
            <source>Welcome to Puente</source>
            <translation>Bienvenue dans Puente</translation>
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
        <name>FollowUpTableModel</name>
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
            <translation>Orientation</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Échéance</translation>
        </message>
        <message>
            <source>Days late</source>
            <translation>Jours de retard</translation>
        </message>
        <message>
            <source>Worker</source>
            <translation>Travailleur</translation>
        </message>
        <message>
            <source>Case code</source>
            <translation>Code du dossier</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Officer</source>
            <translation>Agent</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>The record of this worker is archived.</source>
            <translation>Le dossier de ce travailleur est archivé.</translation>
        </message>
    </context>
    <context>
        <name>FollowUpsView</name>
        <message>
            <source>The follow-ups could not be read.</source>
            <translation>Les suivis n'ont pas pu être lus.</translation>
        </message>
        <message>
            <source>My follow-ups</source>
            <translation>Mes suivis</translation>
        </message>
        <message>
            <source>All officers</source>
            <translation>Tous les agents</translation>
        </message>
        <message>
            <source>Not changed</source>
            <translation>Non modifié</translation>
        </message>
        <message>
            <source>Overdue ({count})</source>
            <translation>En retard ({count})</translation>
        </message>
        <message>
            <source>Due this week ({count})</source>
            <translation>Cette semaine ({count})</translation>
        </message>
        <message>
            <source>Later ({count})</source>
            <translation>Plus tard ({count})</translation>
        </message>
        <message numerus="yes">
            <source>%n follow-up(s) open</source>
            <translation>
                <numerusform>%n suivi en attente</numerusform>
                <numerusform>%n suivis en attente</numerusform>
            </translation>
        </message>
        <message>
            <source>Officer</source>
            <translation>Agent</translation>
        </message>
        <message>
            <source>Mark done</source>
            <translation>Marquer comme fait</translation>
        </message>
        <message>
            <source>Open worker</source>
            <translation>Ouvrir le dossier</translation>
        </message>
    </context>
    <context>
        <name>FormCodeDialog</name>
        <message>
            <source>Type in a paper form</source>
            <translation>Saisir un formulaire papier</translation>
        </message>
        <message>
            <source>Type the form code printed at the top of the paper form, or scan its QR code.</source>
            <translation>Saisissez le code imprimé en haut du formulaire papier, ou scannez son code QR.</translation>
        </message>
        <message>
            <source>&amp;Start the intake</source>
            <translation>&amp;Commencer l'inscription</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>&amp;Open this worker</source>
            <translation>&amp;Ouvrir ce travailleur</translation>
        </message>
    </context>
    <context>
        <name>FormDialog</name>
        <message>
            <source>The list could not be read. Close this window and try again.</source>
            <translation>La liste n’a pas pu être lue. Fermez cette fenêtre et réessayez.</translation>
        </message>
    </context>
    <context>
        <name>HistoryTab</name>
        <message>
            <source>synced</source>
            <translation>synchronisé</translation>
        </message>
        <message>
            <source>Every change to this worker and their records, newest first.</source>
            <translation>Toutes les modifications de ce travailleur et de ses dossiers, des plus récentes aux plus anciennes.</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>Élément</translation>
        </message>
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
        <name>IdleLock</name>
        <message>
            <source>Puente is locked. Unlock it in the Puente window.</source>
            <translation>Puente est verrouillé. Déverrouillez-le dans la fenêtre de Puente.</translation>
        </message>
        <message>
            <source>Puente was locked after a time without use. {name}, type your password to go on.</source>
            <translation>Puente a été verrouillé après un temps sans utilisation. {name}, saisissez votre mot de passe pour continuer.</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Mot de passe</translation>
        </message>
        <message>
            <source>Unlock</source>
            <translation>Déverrouiller</translation>
        </message>
        <message>
            <source>locked</source>
            <translation>verrouillé</translation>
        </message>
        <message>
            <source>Checking the password…</source>
            <translation>Vérification du mot de passe…</translation>
        </message>
        <message>
            <source>Idle lock</source>
            <translation>Verrouillage après inactivité</translation>
        </message>
        <message>
            <source>Lock Puente after this many minutes without use:</source>
            <translation>Verrouiller Puente après ce nombre de minutes sans utilisation :</translation>
        </message>
        <message>
            <source>&amp;Lock now</source>
            <translation>&amp;Verrouiller maintenant</translation>
        </message>
        <message>
            <source>Lock after idle time…</source>
            <translation>Verrouiller après inactivité…</translation>
        </message>
        <message>
            <source>Change my password…</source>
            <translation>Changer mon mot de passe…</translation>
        </message>
        <message>
            <source>Not encrypted</source>
            <translation>Non chiffré</translation>
        </message>
        <message>
            <source>The demo case file holds synthetic data and is stored without encryption. Real case files are always encrypted.</source>
            <translation>Le fichier des dossiers de démonstration contient des données fictives et est stocké sans chiffrement. Les vrais fichiers des dossiers sont toujours chiffrés.</translation>
        </message>
    </context>
    <context>
        <name>Intake</name>
        <message>
            <source>A new worker starts as preparing to leave or back home; going abroad is recorded in the worker file, with the placement.</source>
            <translation>Un nouveau travailleur commence en préparation du départ ou de retour au pays ; le départ à l'étranger s'enregistre dans le dossier du travailleur, avec le placement.</translation>
        </message>
        <message>
            <source>The stage changes through the journey actions of the worker file (departure, return).</source>
            <translation>L'étape change par les actions du parcours dans le dossier du travailleur (départ, retour).</translation>
        </message>
        <message>
            <source>This is not a form code. A form code looks like F-MX-7K3Q-9H2M-X: type it as printed at the top of the paper form.</source>
            <translation>Ce n'est pas un code de formulaire. Un code de formulaire ressemble à F-MX-7K3Q-9H2M-X : saisissez-le tel qu'il est imprimé en haut du formulaire papier.</translation>
        </message>
        <message>
            <source>This form code has a mistake: its last character does not match the others. Check each character against the paper form.</source>
            <translation>Ce code de formulaire contient une erreur : son dernier caractère ne correspond pas aux autres. Vérifiez chaque caractère sur le formulaire papier.</translation>
        </message>
        <message>
            <source>This form code is already used for {name} ({code}).</source>
            <translation>Ce code de formulaire est déjà utilisé pour {name} ({code}).</translation>
        </message>
        <message>
            <source>This form code is already used for a worker of another mission ({code}).</source>
            <translation>Ce code de formulaire est déjà utilisé pour un travailleur d'une autre mission ({code}).</translation>
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
        <name>JourneyTab</name>
        <message>
            <source>registered {date}</source>
            <translation>inscrit le {date}</translation>
        </message>
        <message>
            <source>left on {date}</source>
            <translation>parti le {date}</translation>
        </message>
        <message>
            <source>back on {date}</source>
            <translation>revenu le {date}</translation>
        </message>
        <message>
            <source>done</source>
            <translation>terminée</translation>
        </message>
        <message>
            <source>not yet</source>
            <translation>pas encore</translation>
        </message>
        <message>
            <source>Cancel placement</source>
            <translation>Annuler le contrat</translation>
        </message>
        <message>
            <source>Cancel the placement with {employer}? It will not happen.</source>
            <translation>Annuler le contrat avec {employer} ? Il n’aura pas lieu.</translation>
        </message>
        <message>
            <source>Not changed</source>
            <translation>Non modifié</translation>
        </message>
        <message>
            <source>&amp;Depart abroad…</source>
            <translation>&amp;Départ à l’étranger…</translation>
        </message>
        <message>
            <source>&amp;Return home…</source>
            <translation>&amp;Retour au pays…</translation>
        </message>
        <message>
            <source>Cancel de&amp;parture…</source>
            <translation>Annuler le dé&amp;part…</translation>
        </message>
        <message>
            <source>Placements abroad</source>
            <translation>Contrats à l’étranger</translation>
        </message>
        <message>
            <source>&amp;Add placement…</source>
            <translation>&amp;Ajouter un contrat…</translation>
        </message>
        <message>
            <source>&amp;Edit placement…</source>
            <translation>&amp;Modifier le contrat…</translation>
        </message>
        <message>
            <source>Employer</source>
            <translation>Employeur</translation>
        </message>
        <message>
            <source>City, province</source>
            <translation>Ville, province</translation>
        </message>
        <message>
            <source>Sector</source>
            <translation>Secteur</translation>
        </message>
        <message>
            <source>Occupation (NOC)</source>
            <translation>Profession (CNP)</translation>
        </message>
        <message>
            <source>Stream</source>
            <translation>Volet</translation>
        </message>
        <message>
            <source>Work permit</source>
            <translation>Permis de travail</translation>
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
            <source>Actual return</source>
            <translation>Retour effectif</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>État</translation>
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
        <name>LanguagePage</name>
        <message>
            <source>Language</source>
            <translation>Langue</translation>
        </message>
        <message>
            <source>Puente speaks Spanish, English and French. You can change it later in Settings.</source>
            <translation>Puente parle espagnol, anglais et français. Vous pourrez changer plus tard dans Paramètres.</translation>
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
            <source>Plans</source>
            <translation>Plans</translation>
        </message>
        <message>
            <source>Community projects</source>
            <translation>Projets communautaires</translation>
        </message>
        <message>
            <source>Follow-ups</source>
            <translation>Suivis</translation>
        </message>
        <message>
            <source>Reports</source>
            <translation>Rapports</translation>
        </message>
        <message>
            <source>Sync</source>
            <translation>Synchronisation</translation>
        </message>
        <message>
            <source>Sync is not set up in this window: every record stays on this computer.</source>
            <translation>La synchronisation n'est pas configurée dans cette fenêtre : tous les dossiers restent sur cet ordinateur.</translation>
        </message>
        <message>
            <source>Type in a paper form</source>
            <translation>Saisir un formulaire papier</translation>
        </message>
        <message>
            <source>Finish or close the intake that is open first.</source>
            <translation>Terminez ou fermez d'abord l'inscription ouverte.</translation>
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
            <source>Audit</source>
            <translation>Audit</translation>
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
            <source>Type in a &amp;paper form…</source>
            <translation>Saisir un formulaire &amp;papier…</translation>
        </message>
        <message>
            <source>Print blank intake forms…</source>
            <translation>Imprimer des formulaires d'inscription vierges…</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>Exporter…</translation>
        </message>
        <message>
            <source>Open the &amp;log folder</source>
            <translation>Ouvrir le dossier des &amp;journaux</translation>
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
        <name>ModePage</name>
        <message>
            <source>How will you work?</source>
            <translation>Comment allez-vous travailler ?</translation>
        </message>
        <message>
            <source>Workers' records stay encrypted on this laptop in every case.</source>
            <translation>Dans tous les cas, les dossiers des travailleurs restent chiffrés sur cet ordinateur.</translation>
        </message>
        <message>
            <source>Connect to the central server</source>
            <translation>Se connecter au serveur central</translation>
        </message>
        <message>
            <source>Sign in once with the server; after that you can sign in and work without a connection, and changes are exchanged when the server can be reached.</source>
            <translation>Connectez-vous une fois au serveur ; ensuite vous pourrez vous connecter et travailler sans connexion, et les modifications sont échangées quand le serveur est joignable.</translation>
        </message>
        <message>
            <source>Work offline on this laptop</source>
            <translation>Travailler hors ligne sur cet ordinateur</translation>
        </message>
        <message>
            <source>For a mission with no server yet: make a local account with a password of your choice. You can connect to a server later from the File menu.</source>
            <translation>Pour une mission qui n'a pas encore de serveur : créez un compte local avec le mot de passe de votre choix. Vous pourrez vous connecter à un serveur plus tard depuis le menu Fichier.</translation>
        </message>
        <message>
            <source>Open the demo</source>
            <translation>Ouvrir la démonstration</translation>
        </message>
        <message>
            <source>Synthetic workers to try Puente; kept apart and never sent to a server.</source>
            <translation>Des travailleurs fictifs pour essayer Puente ; gardés à part et jamais envoyés à un serveur.</translation>
        </message>
    </context>
    <context>
        <name>NotesTab</name>
        <message>
            <source>Earlier revisions</source>
            <translation>Versions précédentes</translation>
        </message>
        <message>
            <source>{kind} · {stage} · written {when} by {author}</source>
            <translation>{kind} · {stage} · rédigée le {when} par {author}</translation>
        </message>
        <message>
            <source>revised by {name}</source>
            <translation>révisée par {name}</translation>
        </message>
        <message>
            <source>Not changed</source>
            <translation>Non modifié</translation>
        </message>
        <message>
            <source>&amp;Add note…</source>
            <translation>&amp;Ajouter une note…</translation>
        </message>
        <message>
            <source>&amp;Revise…</source>
            <translation>&amp;Réviser…</translation>
        </message>
        <message>
            <source>Follow-up &amp;done</source>
            <translation>Suivi &amp;fait</translation>
        </message>
        <message>
            <source>Written</source>
            <translation>Rédigée</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Étape</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Follow up on</source>
            <translation>Suivi le</translation>
        </message>
        <message>
            <source>Done on</source>
            <translation>Fait le</translation>
        </message>
        <message>
            <source>Author</source>
            <translation>Auteur</translation>
        </message>
    </context>
    <context>
        <name>ParticipantTableModel</name>
        <message>
            <source>Worker</source>
            <translation>Travailleur</translation>
        </message>
        <message>
            <source>Case code</source>
            <translation>Code du dossier</translation>
        </message>
        <message>
            <source>Mission</source>
            <translation>Mission</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <source>Enrolled on</source>
            <translation>Inscrit le</translation>
        </message>
        <message>
            <source>Attendance</source>
            <translation>Présence</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Résultat</translation>
        </message>
        <message>
            <source>Completed on</source>
            <translation>Terminé le</translation>
        </message>
        <message>
            <source>Certificate number</source>
            <translation>Numéro de certificat</translation>
        </message>
        <message>
            <source>{sessions}, {hours} h</source>
            <translation>{sessions}, {hours} h</translation>
        </message>
        <message numerus="yes">
            <source>%n session(s)</source>
            <translation>
                <numerusform>%n séance</numerusform>
                <numerusform>%n séances</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PlacementDialog</name>
        <message>
            <source>New placement abroad</source>
            <translation>Nouveau contrat à l’étranger</translation>
        </message>
        <message>
            <source>Placement</source>
            <translation>Contrat</translation>
        </message>
        <message>
            <source>&amp;Employer</source>
            <translation>&amp;Employeur</translation>
        </message>
        <message>
            <source>&amp;City</source>
            <translation>&amp;Ville</translation>
        </message>
        <message>
            <source>&amp;Province</source>
            <translation>&amp;Province</translation>
        </message>
        <message>
            <source>&amp;Sector</source>
            <translation>&amp;Secteur</translation>
        </message>
        <message>
            <source>&amp;Occupation</source>
            <translation>Pr&amp;ofession</translation>
        </message>
        <message>
            <source>&amp;NOC code (5 digits)</source>
            <translation>Code &amp;CNP (5 chiffres)</translation>
        </message>
        <message>
            <source>Programme st&amp;ream</source>
            <translation>Volet du p&amp;rogramme</translation>
        </message>
        <message>
            <source>Work &amp;permit number</source>
            <translation>Numéro du &amp;permis de travail</translation>
        </message>
        <message>
            <source>S&amp;tart</source>
            <translation>Dé&amp;but</translation>
        </message>
        <message>
            <source>Planned en&amp;d</source>
            <translation>Fin pré&amp;vue</translation>
        </message>
        <message>
            <source>Not known yet</source>
            <translation>Pas encore connue</translation>
        </message>
        <message>
            <source>e.g. 85100</source>
            <translation>p. ex. 85100</translation>
        </message>
    </context>
    <context>
        <name>PlanEditor</name>
        <message>
            <source>Kind of plan</source>
            <translation>Type de plan</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titre</translation>
        </message>
        <message>
            <source>Goals</source>
            <translation>Objectifs</translation>
        </message>
        <message>
            <source>Sector</source>
            <translation>Secteur</translation>
        </message>
        <message>
            <source>Community</source>
            <translation>Communauté</translation>
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
            <source>Source of other funding</source>
            <translation>Source de l'autre financement</translation>
        </message>
        <message>
            <source>Business started on</source>
            <translation>Début de l'activité</translation>
        </message>
        <message>
            <source>Submit for approval</source>
            <translation>Soumettre pour approbation</translation>
        </message>
        <message>
            <source>Return to draft</source>
            <translation>Renvoyer en brouillon</translation>
        </message>
        <message>
            <source>Approve</source>
            <translation>Approuver</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Démarrer</translation>
        </message>
        <message>
            <source>Mark completed</source>
            <translation>Marquer comme terminé</translation>
        </message>
        <message>
            <source>Abandon</source>
            <translation>Abandonner</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>Créé</translation>
        </message>
        <message>
            <source>Returned to draft</source>
            <translation>Renvoyé en brouillon</translation>
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
            <source>Started</source>
            <translation>Démarré</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation>Terminé</translation>
        </message>
        <message>
            <source>Abandoned</source>
            <translation>Abandonné</translation>
        </message>
        <message>
            <source>Status: {status}</source>
            <translation>Statut : {status}</translation>
        </message>
        <message>
            <source>Own contribution {own}; funded {funded} of {budget}.</source>
            <translation>Apport personnel {own} ; financé {funded} sur {budget}.</translation>
        </message>
        <message>
            <source>Missing: {gap}.</source>
            <translation>Manque : {gap}.</translation>
        </message>
        <message>
            <source>{action}: {reason}</source>
            <translation>{action} : {reason}</translation>
        </message>
        <message>
            <source>Abandon the plan</source>
            <translation>Abandonner le plan</translation>
        </message>
        <message>
            <source>An abandoned plan is closed for good. Abandon it?</source>
            <translation>Un plan abandonné est clos définitivement. L'abandonner ?</translation>
        </message>
        <message>
            <source>Nothing was saved: correct the fields marked in red.</source>
            <translation>Rien n'a été enregistré : corrigez les champs en rouge.</translation>
        </message>
        <message>
            <source>This plan has changes that are not saved.</source>
            <translation>Ce plan a des modifications non enregistrées.</translation>
        </message>
        <message>
            <source>Plan</source>
            <translation>Plan</translation>
        </message>
        <message>
            <source>Milestones</source>
            <translation>Étapes</translation>
        </message>
        <message>
            <source>Approval and progress</source>
            <translation>Approbation et avancement</translation>
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
            <source>Done on</source>
            <translation>Faite le</translation>
        </message>
        <message>
            <source>A new milestone, e.g. Buy the tools</source>
            <translation>Une nouvelle étape, p. ex. Acheter les outils</translation>
        </message>
        <message>
            <source>Add milestone</source>
            <translation>Ajouter l'étape</translation>
        </message>
        <message>
            <source>Mark done today</source>
            <translation>Marquer faite aujourd'hui</translation>
        </message>
        <message>
            <source>Step</source>
            <translation>Étape</translation>
        </message>
        <message>
            <source>By</source>
            <translation>Par</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Quand</translation>
        </message>
        <message>
            <source>Print plan…</source>
            <translation>Imprimer le plan…</translation>
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
            <source>New reintegration plan for {name}</source>
            <translation>Nouveau plan de réintégration pour {name}</translation>
        </message>
        <message>
            <source>Reintegration plan of {name}</source>
            <translation>Plan de réintégration de {name}</translation>
        </message>
    </context>
    <context>
        <name>PlanLabels</name>
        <message>
            <source>Employment</source>
            <translation>Emploi</translation>
        </message>
        <message>
            <source>Business</source>
            <translation>Entreprise</translation>
        </message>
        <message>
            <source>Education</source>
            <translation>Études</translation>
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
            <source>Completed</source>
            <translation>Terminé</translation>
        </message>
        <message>
            <source>Abandoned</source>
            <translation>Abandonné</translation>
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
            <translation>Hôtellerie-restauration</translation>
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
            <source>Other</source>
            <translation>Autre</translation>
        </message>
    </context>
    <context>
        <name>PlanTableModel</name>
        <message>
            <source>Case code</source>
            <translation>Code du dossier</translation>
        </message>
        <message>
            <source>Worker</source>
            <translation>Travailleur(se)</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titre</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <source>Budget</source>
            <translation>Budget</translation>
        </message>
        <message>
            <source>Next milestone due</source>
            <translation>Prochaine étape due</translation>
        </message>
    </context>
    <context>
        <name>PlansTab</name>
        <message>
            <source>{done} of {total}</source>
            <translation>{done} sur {total}</translation>
        </message>
        <message>
            <source>&amp;New plan…</source>
            <translation>&amp;Nouveau plan…</translation>
        </message>
        <message>
            <source>&amp;Open plan…</source>
            <translation>&amp;Ouvrir le plan…</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titre</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>État</translation>
        </message>
        <message>
            <source>Budget</source>
            <translation>Budget</translation>
        </message>
        <message>
            <source>Still to fund</source>
            <translation>Reste à financer</translation>
        </message>
        <message>
            <source>Milestones done</source>
            <translation>Étapes réalisées</translation>
        </message>
        <message>
            <source>Last changed</source>
            <translation>Dernière modification</translation>
        </message>
    </context>
    <context>
        <name>PlansView</name>
        <message numerus="yes">
            <source>%n plan(s) shown</source>
            <translation>
                <numerusform>%n plan affiché</numerusform>
                <numerusform>%n plans affichés</numerusform>
            </translation>
        </message>
        <message>
            <source>Changed since:</source>
            <translation>Modifié depuis :</translation>
        </message>
        <message>
            <source>&amp;Status</source>
            <translation>&amp;Statut</translation>
        </message>
        <message>
            <source>&amp;Kind</source>
            <translation>T&amp;ype</translation>
        </message>
        <message>
            <source>All statuses</source>
            <translation>Tous les statuts</translation>
        </message>
        <message>
            <source>All kinds</source>
            <translation>Tous les types</translation>
        </message>
        <message>
            <source>Awaiting approval</source>
            <translation>À approuver</translation>
        </message>
        <message>
            <source>Plans submitted and waiting for a supervisor</source>
            <translation>Plans soumis en attente d'un superviseur</translation>
        </message>
        <message>
            <source>Open plan</source>
            <translation>Ouvrir le plan</translation>
        </message>
        <message>
            <source>Open worker file</source>
            <translation>Ouvrir le dossier</translation>
        </message>
    </context>
    <context>
        <name>ProfileTab</name>
        <message>
            <source>Last changed {when} by {who}</source>
            <translation>Dernière modification : {when}, par {who}</translation>
        </message>
        <message>
            <source>&amp;Edit profile…</source>
            <translation>&amp;Modifier le profil…</translation>
        </message>
        <message>
            <source>Case</source>
            <translation>Dossier</translation>
        </message>
    </context>
    <context>
        <name>ProjectEditor</name>
        <message>
            <source>Mission</source>
            <translation>Mission</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titre</translation>
        </message>
        <message>
            <source>Community</source>
            <translation>Communauté</translation>
        </message>
        <message>
            <source>Municipality</source>
            <translation>Municipalité</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Description</translation>
        </message>
        <message>
            <source>Goal amount</source>
            <translation>Montant visé</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <source>Start date</source>
            <translation>Date de début</translation>
        </message>
        <message>
            <source>End date</source>
            <translation>Date de fin</translation>
        </message>
        <message>
            <source>Not saved yet</source>
            <translation>Pas encore enregistré</translation>
        </message>
        <message>
            <source>Contributions are remittances linked to it.</source>
            <translation>Les contributions sont les envois de fonds liés au projet.</translation>
        </message>
        <message>
            <source>{percent} % of the goal</source>
            <translation>{percent} % de l'objectif</translation>
        </message>
        <message numerus="yes">
            <source>{raised} of {goal} from %n remittance(s).</source>
            <translation>
                <numerusform>{raised} sur {goal} en %n envoi de fonds.</numerusform>
                <numerusform>{raised} sur {goal} en %n envois de fonds.</numerusform>
            </translation>
        </message>
        <message>
            <source>Also {amounts}, not counted towards the goal.</source>
            <translation>Aussi {amounts}, non comptés dans l'objectif.</translation>
        </message>
        <message numerus="yes">
            <source>%n more remittance(s) from workers who left the project.</source>
            <translation>
                <numerusform>%n envoi de fonds de plus d'une personne qui a quitté le projet.</numerusform>
                <numerusform>%n envois de fonds de plus de personnes qui ont quitté le projet.</numerusform>
            </translation>
        </message>
        <message>
            <source>No worker found.</source>
            <translation>Aucun travailleur trouvé.</translation>
        </message>
        <message>
            <source>Nothing was saved: correct the fields marked in red.</source>
            <translation>Rien n'a été enregistré : corrigez les champs en rouge.</translation>
        </message>
        <message>
            <source>This project has changes that are not saved.</source>
            <translation>Ce projet a des modifications non enregistrées.</translation>
        </message>
        <message>
            <source>Project</source>
            <translation>Projet</translation>
        </message>
        <message>
            <source>Progress towards the goal</source>
            <translation>Avancement vers l'objectif</translation>
        </message>
        <message>
            <source>Participating workers</source>
            <translation>Travailleurs participants</translation>
        </message>
        <message>
            <source>Contributions (remittances linked to it)</source>
            <translation>Contributions (envois de fonds liés)</translation>
        </message>
        <message>
            <source>Worker</source>
            <translation>Travailleur(se)</translation>
        </message>
        <message>
            <source>Case code</source>
            <translation>Code du dossier</translation>
        </message>
        <message>
            <source>Contributed</source>
            <translation>Versé</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>Mois</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Montant</translation>
        </message>
        <message>
            <source>Type a name or case code to add a worker of the mission</source>
            <translation>Tapez un nom ou un code de dossier pour ajouter un travailleur de la mission</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Ajouter</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Retirer</translation>
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
            <source>New community project</source>
            <translation>Nouveau projet communautaire</translation>
        </message>
        <message>
            <source>Community project: {title}</source>
            <translation>Projet communautaire : {title}</translation>
        </message>
    </context>
    <context>
        <name>ProjectLabels</name>
        <message>
            <source>Proposed</source>
            <translation>Proposé</translation>
        </message>
        <message>
            <source>Fundraising</source>
            <translation>Collecte de fonds</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>En cours</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation>Terminé</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Annulé</translation>
        </message>
    </context>
    <context>
        <name>ProjectTableModel</name>
        <message>
            <source>Title</source>
            <translation>Titre</translation>
        </message>
        <message>
            <source>Community</source>
            <translation>Communauté</translation>
        </message>
        <message>
            <source>Mission</source>
            <translation>Mission</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <source>Goal</source>
            <translation>Objectif</translation>
        </message>
        <message>
            <source>Contributed</source>
            <translation>Versé</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Avancement</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>Participants</translation>
        </message>
        <message>
            <source>{raised} of {goal}</source>
            <translation>{raised} sur {goal}</translation>
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
            <translation>Débutant à partir du :</translation>
        </message>
        <message>
            <source>Filter by community</source>
            <translation>Filtrer par communauté</translation>
        </message>
        <message>
            <source>&amp;Status</source>
            <translation>&amp;Statut</translation>
        </message>
        <message>
            <source>All statuses</source>
            <translation>Tous les statuts</translation>
        </message>
        <message>
            <source>New project</source>
            <translation>Nouveau projet</translation>
        </message>
        <message>
            <source>Open project</source>
            <translation>Ouvrir le projet</translation>
        </message>
    </context>
    <context>
        <name>RecordWindows</name>
        <message>
            <source>Records removed</source>
            <translation>Dossiers supprimés</translation>
        </message>
        <message numerus="yes">
            <source>%n open window(s) closed: the record was removed from this laptop under its mission's retention period.</source>
            <translation>
                <numerusform>%n fenêtre ouverte fermée : le dossier a été supprimé de cet ordinateur selon la durée de conservation de sa mission.</numerusform>
                <numerusform>%n fenêtres ouvertes fermées : les dossiers ont été supprimés de cet ordinateur selon la durée de conservation de leur mission.</numerusform>
            </translation>
        </message>
        <message>
            <source>Workers closed longer than the period are anonymised on the server and removed from laptops at their next sync. Nothing needs to be done.</source>
            <translation>Les travailleurs clôturés depuis plus longtemps que la durée sont anonymisés sur le serveur et supprimés des ordinateurs à leur prochaine synchronisation. Il n'y a rien à faire.</translation>
        </message>
    </context>
    <context>
        <name>RemittanceDialog</name>
        <message>
            <source>Enter the amount as a number, e.g. 250.00.</source>
            <translation>Saisissez le montant en chiffres, p. ex. 250,00.</translation>
        </message>
        <message>
            <source>New remittance</source>
            <translation>Nouvel envoi de fonds</translation>
        </message>
        <message>
            <source>&amp;Month</source>
            <translation>&amp;Mois</translation>
        </message>
        <message>
            <source>&amp;Amount</source>
            <translation>&amp;Montant</translation>
        </message>
        <message>
            <source>C&amp;urrency</source>
            <translation>De&amp;vise</translation>
        </message>
        <message>
            <source>&amp;Purpose</source>
            <translation>&amp;Utilisation</translation>
        </message>
        <message>
            <source>Community &amp;project</source>
            <translation>&amp;Projet communautaire</translation>
        </message>
        <message>
            <source>None</source>
            <translation>Aucun</translation>
        </message>
    </context>
    <context>
        <name>RemittancesTab</name>
        <message>
            <source>No remittance recorded yet.</source>
            <translation>Aucun envoi de fonds enregistré pour l’instant.</translation>
        </message>
        <message>
            <source>Total sent home: {amounts}</source>
            <translation>Total envoyé au pays : {amounts}</translation>
        </message>
        <message>
            <source>Archive remittance</source>
            <translation>Archiver l’envoi</translation>
        </message>
        <message>
            <source>Archive the remittance of {month} ({amount})? It leaves every total but stays in the history.</source>
            <translation>Archiver l’envoi de {month} ({amount}) ? Il sort de tous les totaux mais reste dans l’historique.</translation>
        </message>
        <message>
            <source>Not changed</source>
            <translation>Non modifié</translation>
        </message>
        <message>
            <source>&amp;Add remittance…</source>
            <translation>&amp;Ajouter un envoi…</translation>
        </message>
        <message>
            <source>A&amp;rchive</source>
            <translation>A&amp;rchiver</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>Mois</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Montant</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>Devise</translation>
        </message>
        <message>
            <source>Purpose</source>
            <translation>Utilisation</translation>
        </message>
        <message>
            <source>Community project</source>
            <translation>Projet communautaire</translation>
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
        <name>ReportsView</name>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>Documents PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Classeurs Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>Fichiers CSV (*.csv)</translation>
        </message>
        <message>
            <source>The end of the period is before its start.</source>
            <translation>La fin de la période précède son début.</translation>
        </message>
        <message>
            <source>Computing the indicators…</source>
            <translation>Calcul des indicateurs…</translation>
        </message>
        <message>
            <source>Indicators: {mission}, {start} to {end}.</source>
            <translation>Indicateurs : {mission}, du {start} au {end}.</translation>
        </message>
        <message>
            <source>Nothing recorded in this period.</source>
            <translation>Rien d'enregistré pendant cette période.</translation>
        </message>
        <message>
            <source>ALERT indicators</source>
            <translation>Indicateurs ALERT</translation>
        </message>
        <message>
            <source>Export the indicators</source>
            <translation>Exporter les indicateurs</translation>
        </message>
        <message>
            <source>Writing {name}…</source>
            <translation>Écriture de {name}…</translation>
        </message>
        <message>
            <source>Saved as {path}.</source>
            <translation>Enregistré sous {path}.</translation>
        </message>
        <message>
            <source>&amp;Mission:</source>
            <translation>&amp;Mission :</translation>
        </message>
        <message>
            <source>&amp;From:</source>
            <translation>&amp;Du :</translation>
        </message>
        <message>
            <source>&amp;To:</source>
            <translation>&amp;Au :</translation>
        </message>
        <message>
            <source>&amp;Show indicators</source>
            <translation>&amp;Afficher les indicateurs</translation>
        </message>
        <message>
            <source>Export PDF…</source>
            <translation>Exporter en PDF…</translation>
        </message>
        <message>
            <source>Export XLSX…</source>
            <translation>Exporter en XLSX…</translation>
        </message>
        <message>
            <source>Export CSV…</source>
            <translation>Exporter en CSV…</translation>
        </message>
        <message>
            <source>Choose a mission and a period, then show the indicators.</source>
            <translation>Choisissez une mission et une période, puis affichez les indicateurs.</translation>
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
        <name>StageDialog</name>
        <message>
            <source>Enter the date.</source>
            <translation>Indiquez la date.</translation>
        </message>
        <message>
            <source>Depart abroad</source>
            <translation>Départ à l’étranger</translation>
        </message>
        <message>
            <source>Return home</source>
            <translation>Retour au pays</translation>
        </message>
        <message>
            <source>Cancel departure</source>
            <translation>Annuler le départ</translation>
        </message>
        <message>
            <source>The worker leaves for the placement chosen below: it becomes active and the worker is recorded as working abroad.</source>
            <translation>Le travailleur part pour le contrat choisi ci-dessous : le contrat devient actif et le travailleur est enregistré comme travaillant à l’étranger.</translation>
        </message>
        <message>
            <source>The worker came back: the active placement closes on this date (ended early when before its planned end) and the worker is recorded as back home.</source>
            <translation>Le travailleur est revenu : le contrat actif se termine à cette date (avant terme si c’est avant la fin prévue) et il est enregistré comme de retour au pays.</translation>
        </message>
        <message>
            <source>The departure did not happen: the worker is again preparing to leave and the active placement is cancelled, unless you keep it planned.</source>
            <translation>Le départ n’a pas eu lieu : le travailleur prépare de nouveau son départ et le contrat actif est annulé, sauf si vous le gardez prévu.</translation>
        </message>
        <message>
            <source>&amp;Placement</source>
            <translation>&amp;Contrat</translation>
        </message>
        <message>
            <source>&amp;Date</source>
            <translation>&amp;Date</translation>
        </message>
        <message>
            <source>&amp;Keep the placement planned for a later departure</source>
            <translation>&amp;Garder le contrat prévu pour un départ ultérieur</translation>
        </message>
        <message>
            <source>No planned placement: add one first</source>
            <translation>Aucun contrat prévu : ajoutez-en un d’abord</translation>
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
        <message>
            <source>First-run assistant…</source>
            <translation>Assistant de premier démarrage…</translation>
        </message>
        <message>
            <source>An administrator blocked this laptop. Its case file and keys were removed from it; the records are safe on the server. Puente closes now.</source>
            <translation>Un administrateur a bloqué cet ordinateur. Son fichier de dossiers et ses clés en ont été effacés ; les dossiers sont en sécurité sur le serveur. Puente se ferme maintenant.</translation>
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
        <message numerus="yes">
            <source>%n record(s) removed from this laptop under the retention period (workers closed longer than their mission keeps them).</source>
            <translation>
                <numerusform>%n dossier supprimé de cet ordinateur selon la durée de conservation (travailleurs clôturés depuis plus longtemps que leur mission ne les garde).</numerusform>
                <numerusform>%n dossiers supprimés de cet ordinateur selon la durée de conservation (travailleurs clôturés depuis plus longtemps que leur mission ne les garde).</numerusform>
            </translation>
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
        <name>TrainingTab</name>
        <message numerus="yes">
            <source>%n session(s), {hours} h</source>
            <translation>
                <numerusform>%n séance, {hours} h</numerusform>
                <numerusform>%n séances, {hours} h</numerusform>
            </translation>
        </message>
        <message>
            <source>Withdraw from the course</source>
            <translation>Retirer du cours</translation>
        </message>
        <message>
            <source>Withdraw the worker from {course}? Their place is freed.</source>
            <translation>Retirer le travailleur de {course} ? Sa place est libérée.</translation>
        </message>
        <message>
            <source>Not changed</source>
            <translation>Non modifié</translation>
        </message>
        <message>
            <source>E&amp;nrol in a course…</source>
            <translation>I&amp;nscrire à un cours…</translation>
        </message>
        <message>
            <source>Record &amp;completion…</source>
            <translation>Enregistrer la &amp;fin du cours…</translation>
        </message>
        <message>
            <source>&amp;Withdraw</source>
            <translation>&amp;Retirer</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>Course</source>
            <translation>Cours</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>État</translation>
        </message>
        <message>
            <source>Enrolled on</source>
            <translation>Inscrit le</translation>
        </message>
        <message>
            <source>Attendance</source>
            <translation>Présence</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Résultat</translation>
        </message>
        <message>
            <source>Completed on</source>
            <translation>Terminé le</translation>
        </message>
        <message>
            <source>Certificate number</source>
            <translation>Numéro d’attestation</translation>
        </message>
    </context>
    <context>
        <name>UnlockDialog</name>
        <message numerus="yes">
            <source>Too many wrong passwords. Try again in %n second(s).</source>
            <translation>
                <numerusform>Trop de mots de passe erronés. Réessayez dans %n seconde.</numerusform>
                <numerusform>Trop de mots de passe erronés. Réessayez dans %n secondes.</numerusform>
            </translation>
        </message>
        <message>
            <source>The username or password is not right.</source>
            <translation>Le nom d'utilisateur ou le mot de passe n'est pas correct.</translation>
        </message>
        <message>
            <source>This person has not signed in on this laptop yet. The first sign-in of each person needs the server.</source>
            <translation>Cette personne ne s'est pas encore connectée sur cet ordinateur. La première connexion de chaque personne passe par le serveur.</translation>
        </message>
        <message>
            <source>The key file beside the case file is missing or damaged. Do not delete any file; contact support.</source>
            <translation>Le fichier de clés à côté du fichier des dossiers est absent ou endommagé. Ne supprimez aucun fichier ; contactez l'assistance.</translation>
        </message>
        <message>
            <source>Choose a password of at least {count} characters.</source>
            <translation>Choisissez un mot de passe d'au moins {count} caractères.</translation>
        </message>
        <message>
            <source>The two passwords are not the same.</source>
            <translation>Les deux mots de passe ne sont pas identiques.</translation>
        </message>
        <message>
            <source>Too many failed attempts. Wait {seconds} seconds and try again.</source>
            <translation>Trop de tentatives échouées. Attendez {seconds} secondes et réessayez.</translation>
        </message>
        <message>
            <source>This device was blocked by an administrator. Contact support.</source>
            <translation>Un administrateur a bloqué cet appareil. Contactez l'assistance.</translation>
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
            <source>Puente could not open the case file. Nothing was deleted; contact support.</source>
            <translation>Puente n'a pas pu ouvrir le fichier des dossiers. Rien n'a été supprimé ; contactez l'assistance.</translation>
        </message>
        <message>
            <source>The address is not valid. It looks like https://puente.example.org</source>
            <translation>L'adresse n'est pas valide. Elle a la forme https://puente.example.org</translation>
        </message>
        <message>
            <source>Fill in your username and your password.</source>
            <translation>Saisissez votre nom d'utilisateur et votre mot de passe.</translation>
        </message>
        <message>
            <source>Signing in and encrypting the case file… this can take a minute.</source>
            <translation>Connexion et chiffrement du fichier des dossiers… cela peut prendre une minute.</translation>
        </message>
        <message>
            <source>Checking the password…</source>
            <translation>Vérification du mot de passe…</translation>
        </message>
        <message>
            <source>Sign in to Puente</source>
            <translation>Se connecter à Puente</translation>
        </message>
        <message>
            <source>The case file on this laptop is encrypted. Sign in with your Puente password to open it; no connection is needed.</source>
            <translation>Le fichier des dossiers de cet ordinateur est chiffré. Connectez-vous avec votre mot de passe Puente pour l'ouvrir ; aucune connexion n'est nécessaire.</translation>
        </message>
        <message>
            <source>Puente now encrypts the case file on this laptop. Sign in once with the server to choose the key; the existing records are then encrypted.</source>
            <translation>Puente chiffre désormais le fichier des dossiers de cet ordinateur. Connectez-vous une fois au serveur pour créer la clé ; les fiches existantes sont ensuite chiffrées.</translation>
        </message>
        <message>
            <source>Welcome. The case file on this laptop will be encrypted with a key that only your password opens. The first sign-in on this laptop needs the server; later you can sign in without a connection.</source>
            <translation>Bienvenue. Le fichier des dossiers de cet ordinateur sera chiffré avec une clé que seul votre mot de passe ouvre. La première connexion sur cet ordinateur passe par le serveur ; ensuite, vous pourrez vous connecter sans réseau.</translation>
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
            <source>Repeat the password:</source>
            <translation>Répétez le mot de passe :</translation>
        </message>
        <message>
            <source>My mission has no server yet: make a local account on this laptop</source>
            <translation>Ma mission n'a pas encore de serveur : créer un compte local sur cet ordinateur</translation>
        </message>
        <message>
            <source>Sign in</source>
            <translation>Se connecter</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Quitter</translation>
        </message>
    </context>
    <context>
        <name>UnsavedChanges</name>
        <message>
            <source>Unsaved changes</source>
            <translation>Modifications non enregistrées</translation>
        </message>
        <message>
            <source>Save them before closing?</source>
            <translation>Les enregistrer avant de fermer ?</translation>
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
            <source>Paper form {code}</source>
            <translation>Formulaire papier {code}</translation>
        </message>
        <message>
            <source>Format: {example}</source>
            <translation>Format : {example}</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>Non enregistré</translation>
        </message>
        <message>
            <source>Looking for this person among the stored workers…</source>
            <translation>Recherche de cette personne parmi les travailleurs enregistrés…</translation>
        </message>
        <message>
            <source>The check for workers already registered failed, so nothing was saved.</source>
            <translation>La recherche de travailleurs déjà enregistrés a échoué : rien n'a été enregistré.</translation>
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
            <source>Save (Ctrl+S or Ctrl+Enter)</source>
            <translation>Enregistrer (Ctrl+S ou Ctrl+Entrée)</translation>
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
            <source>Shift+Enter starts a new line.</source>
            <translation>Maj+Entrée commence une nouvelle ligne.</translation>
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
        <name>WorkerFile</name>
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
            <source>Other</source>
            <translation>Autre</translation>
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
            <source>SAWP</source>
            <translation>PTAS</translation>
        </message>
        <message>
            <source>Agricultural</source>
            <translation>Agricole</translation>
        </message>
        <message>
            <source>Low-wage</source>
            <translation>Bas salaire</translation>
        </message>
        <message>
            <source>High-wage</source>
            <translation>Haut salaire</translation>
        </message>
        <message>
            <source>Planned</source>
            <translation>Prévu</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Actif</translation>
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
            <source>Education</source>
            <translation>Éducation</translation>
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
            <source>Profile</source>
            <translation>Profil</translation>
        </message>
        <message>
            <source>Placement</source>
            <translation>Contrat</translation>
        </message>
        <message>
            <source>Enrolment</source>
            <translation>Inscription</translation>
        </message>
        <message>
            <source>Attendance</source>
            <translation>Présence</translation>
        </message>
        <message>
            <source>Reintegration plan</source>
            <translation>Plan de réintégration</translation>
        </message>
        <message>
            <source>Milestone</source>
            <translation>Étape du plan</translation>
        </message>
        <message>
            <source>Remittance</source>
            <translation>Envoi de fonds</translation>
        </message>
        <message>
            <source>Case note</source>
            <translation>Note au dossier</translation>
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
            <source>Occupation</source>
            <translation>Profession</translation>
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
            <source>Actual return</source>
            <translation>Retour effectif</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>État</translation>
        </message>
        <message>
            <source>Course</source>
            <translation>Cours</translation>
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
            <translation>Note obtenue</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titre</translation>
        </message>
        <message>
            <source>Goals</source>
            <translation>Objectifs</translation>
        </message>
        <message>
            <source>Community</source>
            <translation>Communauté</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>Devise</translation>
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
            <source>Due</source>
            <translation>Échéance</translation>
        </message>
        <message>
            <source>Done on</source>
            <translation>Fait le</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>Mois</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Montant</translation>
        </message>
        <message>
            <source>Purpose</source>
            <translation>Utilisation</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Étape</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Texte</translation>
        </message>
        <message>
            <source>Follow-up date</source>
            <translation>Date du suivi</translation>
        </message>
        <message>
            <source>Follow-up done on</source>
            <translation>Suivi fait le</translation>
        </message>
        <message>
            <source>Replaced by a newer revision</source>
            <translation>Remplacée par une version plus récente</translation>
        </message>
        <message>
            <source>Session date</source>
            <translation>Date de la séance</translation>
        </message>
        <message>
            <source>Present</source>
            <translation>Présent</translation>
        </message>
        <message>
            <source>Hours</source>
            <translation>Heures</translation>
        </message>
        <message>
            <source>Archived on</source>
            <translation>Archivé le</translation>
        </message>
        <message>
            <source>Author</source>
            <translation>Auteur</translation>
        </message>
        <message>
            <source>Submitted by</source>
            <translation>Soumis par</translation>
        </message>
        <message>
            <source>Submitted on</source>
            <translation>Soumis le</translation>
        </message>
        <message>
            <source>Approved by</source>
            <translation>Approuvé par</translation>
        </message>
        <message>
            <source>Approved on</source>
            <translation>Approuvé le</translation>
        </message>
        <message>
            <source>Started on</source>
            <translation>Commencé le</translation>
        </message>
        <message>
            <source>Closed on</source>
            <translation>Clos le</translation>
        </message>
        <message>
            <source>Other funding source</source>
            <translation>Source de l’autre financement</translation>
        </message>
        <message>
            <source>Business started on</source>
            <translation>Entreprise créée le</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Oui</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Non</translation>
        </message>
    </context>
    <context>
        <name>WorkerFileWindow</name>
        <message>
            <source>Reading the file…</source>
            <translation>Lecture du dossier…</translation>
        </message>
        <message>
            <source>The file could not be read. Close it and try again.</source>
            <translation>Le dossier n’a pas pu être lu. Fermez-le et réessayez.</translation>
        </message>
        <message>
            <source>&amp;Profile</source>
            <translation>&amp;Profil</translation>
        </message>
        <message>
            <source>&amp;Journey</source>
            <translation>Pa&amp;rcours</translation>
        </message>
        <message>
            <source>&amp;Training</source>
            <translation>&amp;Formation</translation>
        </message>
        <message>
            <source>P&amp;lans</source>
            <translation>P&amp;lans</translation>
        </message>
        <message>
            <source>Re&amp;mittances</source>
            <translation>&amp;Envois de fonds</translation>
        </message>
        <message>
            <source>&amp;Notes and follow-ups</source>
            <translation>&amp;Notes et suivis</translation>
        </message>
        <message>
            <source>&amp;History</source>
            <translation>&amp;Historique</translation>
        </message>
        <message>
            <source>Print &amp;record…</source>
            <translation>Imprimer le &amp;dossier…</translation>
        </message>
        <message>
            <source>Worker file</source>
            <translation>Dossier du travailleur</translation>
        </message>
        <message>
            <source>Archived: restore the worker to change the file</source>
            <translation>Archivé : restaurez le travailleur pour modifier le dossier</translation>
        </message>
        <message>
            <source>Read only</source>
            <translation>Lecture seule</translation>
        </message>
        <message>
            <source>{name} – Worker file</source>
            <translation>{name} – Dossier</translation>
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
            <source>Changed since:</source>
            <translation>Modifié depuis :</translation>
        </message>
        <message>
            <source>New worker</source>
            <translation>Nouveau travailleur</translation>
        </message>
        <message>
            <source>More than {count} matches: keep typing to narrow the list.</source>
            <translation>Plus de {count} résultats : continuez à taper pour affiner la liste.</translation>
        </message>
        <message>
            <source>Active and closed</source>
            <translation>Actifs et clos</translation>
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
