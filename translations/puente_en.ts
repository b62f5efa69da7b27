<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>AccountPage</name>
        <message>
            <source>Testing…</source>
            <translation>Testing…</translation>
        </message>
        <message>
            <source>The server answered. You can sign in.</source>
            <translation>The server answered. You can sign in.</translation>
        </message>
        <message>
            <source>Make a local account</source>
            <translation>Make a local account</translation>
        </message>
        <message>
            <source>Sign in</source>
            <translation>Sign in</translation>
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
            <source>Repeat the password:</source>
            <translation>Repeat the password:</translation>
        </message>
        <message>
            <source>Test the connection</source>
            <translation>Test the connection</translation>
        </message>
    </context>
    <context>
        <name>AttendanceDialog</name>
        <message>
            <source>Choose the date of the session.</source>
            <translation>Choose the date of the session.</translation>
        </message>
        <message>
            <source>Tick at least one worker who attended.</source>
            <translation>Tick at least one worker who attended.</translation>
        </message>
        <message>
            <source>Already recorded for this date, left unchanged: {names}</source>
            <translation>Already recorded for this date, left unchanged: {names}</translation>
        </message>
        <message>
            <source>Attendance not recorded: {reason}</source>
            <translation>Attendance not recorded: {reason}</translation>
        </message>
        <message>
            <source>Attendance not recorded</source>
            <translation>Attendance not recorded</translation>
        </message>
        <message>
            <source>The attendance ticked here is not recorded yet. Close without it?</source>
            <translation>The attendance ticked here is not recorded yet. Close without it?</translation>
        </message>
        <message>
            <source>Record attendance</source>
            <translation>Record attendance</translation>
        </message>
        <message>
            <source>Tick the workers who attended this session. Attendance cannot be changed once recorded.</source>
            <translation>Tick the workers who attended this session. Attendance cannot be changed once recorded.</translation>
        </message>
        <message>
            <source>Session date</source>
            <translation>Session date</translation>
        </message>
        <message>
            <source>Hours of the session</source>
            <translation>Hours of the session</translation>
        </message>
        <message>
            <source>h</source>
            <translation>h</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
    </context>
    <context>
        <name>Audit</name>
        <message>
            <source>Signed in</source>
            <translation>Signed in</translation>
        </message>
        <message>
            <source>Sign-in refused</source>
            <translation>Sign-in refused</translation>
        </message>
        <message>
            <source>Signed out</source>
            <translation>Signed out</translation>
        </message>
        <message>
            <source>Device blocked</source>
            <translation>Device blocked</translation>
        </message>
        <message>
            <source>User created</source>
            <translation>User created</translation>
        </message>
        <message>
            <source>Role changed</source>
            <translation>Role changed</translation>
        </message>
        <message>
            <source>Password reset</source>
            <translation>Password reset</translation>
        </message>
        <message>
            <source>Change sent to the server</source>
            <translation>Change sent to the server</translation>
        </message>
        <message>
            <source>Changes received from the server</source>
            <translation>Changes received from the server</translation>
        </message>
        <message>
            <source>Sync file imported</source>
            <translation>Sync file imported</translation>
        </message>
        <message>
            <source>Sync file written</source>
            <translation>Sync file written</translation>
        </message>
        <message>
            <source>Audit log read</source>
            <translation>Audit log read</translation>
        </message>
        <message>
            <source>Data exported</source>
            <translation>Data exported</translation>
        </message>
        <message>
            <source>Filled document printed</source>
            <translation>Filled document printed</translation>
        </message>
        <message>
            <source>Consent recorded or changed</source>
            <translation>Consent recorded or changed</translation>
        </message>
        <message>
            <source>Consent withdrawn</source>
            <translation>Consent withdrawn</translation>
        </message>
        <message>
            <source>Record archived</source>
            <translation>Record archived</translation>
        </message>
        <message>
            <source>Record restored</source>
            <translation>Record restored</translation>
        </message>
        <message>
            <source>Retention period set</source>
            <translation>Retention period set</translation>
        </message>
        <message>
            <source>Retention period removed</source>
            <translation>Retention period removed</translation>
        </message>
        <message>
            <source>Closed records anonymised (retention)</source>
            <translation>Closed records anonymised (retention)</translation>
        </message>
    </context>
    <context>
        <name>AuditView</name>
        <message>
            <source>The start date is after the end date.</source>
            <translation>The start date is after the end date.</translation>
        </message>
        <message>
            <source>Reading the audit log from the server…</source>
            <translation>Reading the audit log from the server…</translation>
        </message>
        <message>
            <source>The server cannot be reached. The audit log is read from the server: try again when this computer is online.</source>
            <translation>The server cannot be reached. The audit log is read from the server: try again when this computer is online.</translation>
        </message>
        <message>
            <source>Sign in to the server (Sync page) to read the audit log.</source>
            <translation>Sign in to the server (Sync page) to read the audit log.</translation>
        </message>
        <message>
            <source>Only HQ analysts and administrators can read the audit log.</source>
            <translation>Only HQ analysts and administrators can read the audit log.</translation>
        </message>
        <message>
            <source>The server could not give the audit log. Try again later.</source>
            <translation>The server could not give the audit log. Try again later.</translation>
        </message>
        <message>
            <source>No events match these filters.</source>
            <translation>No events match these filters.</translation>
        </message>
        <message numerus="yes">
            <source>%n event(s) shown; more are on the server.</source>
            <translation>
                <numerusform>%n event shown; more are on the server.</numerusform>
                <numerusform>%n events shown; more are on the server.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n event(s) shown.</source>
            <translation>
                <numerusform>%n event shown.</numerusform>
                <numerusform>%n events shown.</numerusform>
            </translation>
        </message>
        <message>
            <source>Field officer</source>
            <translation>Field officer</translation>
        </message>
        <message>
            <source>Supervisor</source>
            <translation>Supervisor</translation>
        </message>
        <message>
            <source>HQ analyst</source>
            <translation>HQ analyst</translation>
        </message>
        <message>
            <source>Administrator</source>
            <translation>Administrator</translation>
        </message>
        <message>
            <source>Worker</source>
            <translation>Worker</translation>
        </message>
        <message>
            <source>Job placement</source>
            <translation>Job placement</translation>
        </message>
        <message>
            <source>Course</source>
            <translation>Course</translation>
        </message>
        <message>
            <source>Course enrolment</source>
            <translation>Course enrolment</translation>
        </message>
        <message>
            <source>Attendance</source>
            <translation>Attendance</translation>
        </message>
        <message>
            <source>Reintegration plan</source>
            <translation>Reintegration plan</translation>
        </message>
        <message>
            <source>Plan milestone</source>
            <translation>Plan milestone</translation>
        </message>
        <message>
            <source>Community project</source>
            <translation>Community project</translation>
        </message>
        <message>
            <source>Project participant</source>
            <translation>Project participant</translation>
        </message>
        <message>
            <source>Remittance</source>
            <translation>Remittance</translation>
        </message>
        <message>
            <source>Case note</source>
            <translation>Case note</translation>
        </message>
        <message>
            <source>done</source>
            <translation>done</translation>
        </message>
        <message>
            <source>new record</source>
            <translation>new record</translation>
        </message>
        <message>
            <source>change</source>
            <translation>change</translation>
        </message>
        <message>
            <source>archived</source>
            <translation>archived</translation>
        </message>
        <message>
            <source>stored</source>
            <translation>stored</translation>
        </message>
        <message>
            <source>merged</source>
            <translation>merged</translation>
        </message>
        <message>
            <source>conflict</source>
            <translation>conflict</translation>
        </message>
        <message>
            <source>refused</source>
            <translation>refused</translation>
        </message>
        <message>
            <source>already received</source>
            <translation>already received</translation>
        </message>
        <message>
            <source>wrong password</source>
            <translation>wrong password</translation>
        </message>
        <message>
            <source>unknown user</source>
            <translation>unknown user</translation>
        </message>
        <message>
            <source>inactive user</source>
            <translation>inactive user</translation>
        </message>
        <message>
            <source>already blocked</source>
            <translation>already blocked</translation>
        </message>
        <message>
            <source>already imported</source>
            <translation>already imported</translation>
        </message>
        <message>
            <source>record not found</source>
            <translation>record not found</translation>
        </message>
        <message>
            <source>mission not allowed</source>
            <translation>mission not allowed</translation>
        </message>
        <message>
            <source>not allowed for this role</source>
            <translation>not allowed for this role</translation>
        </message>
        <message>
            <source>invalid value</source>
            <translation>invalid value</translation>
        </message>
        <message>
            <source>breaks a rule</source>
            <translation>breaks a rule</translation>
        </message>
        <message>
            <source>{outcome} ({count} rows)</source>
            <translation>{outcome} ({count} rows)</translation>
        </message>
        <message>
            <source>Audit log</source>
            <translation>Audit log</translation>
        </message>
        <message>
            <source>Who signed in, sent changes, exported or printed, on which computer and when, as the server recorded it. Only names and record numbers are kept, never personal details. Times are shown on this computer's clock.</source>
            <translation>Who signed in, sent changes, exported or printed, on which computer and when, as the server recorded it. Only names and record numbers are kept, never personal details. Times are shown on this computer's clock.</translation>
        </message>
        <message>
            <source>Mission</source>
            <translation>Mission</translation>
        </message>
        <message>
            <source>Event</source>
            <translation>Event</translation>
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
            <source>Show</source>
            <translation>Show</translation>
        </message>
        <message>
            <source>Load more</source>
            <translation>Load more</translation>
        </message>
        <message>
            <source>When</source>
            <translation>When</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Who</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Role</translation>
        </message>
        <message>
            <source>Computer</source>
            <translation>Computer</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Outcome</translation>
        </message>
        <message>
            <source>Record type</source>
            <translation>Record type</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>Record</translation>
        </message>
        <message>
            <source>Fields</source>
            <translation>Fields</translation>
        </message>
        <message>
            <source>All missions</source>
            <translation>All missions</translation>
        </message>
        <message>
            <source>All events</source>
            <translation>All events</translation>
        </message>
    </context>
    <context>
        <name>Backup</name>
        <message>
            <source>The file could not be used: {reason}</source>
            <translation>The file could not be used: {reason}</translation>
        </message>
        <message>
            <source>Choose a file first.</source>
            <translation>Choose a file first.</translation>
        </message>
        <message>
            <source>There is no file at {path}.</source>
            <translation>There is no file at {path}.</translation>
        </message>
        <message>
            <source>Keep the backup outside Puente's data folder, for example on a USB stick.</source>
            <translation>Keep the backup outside Puente's data folder, for example on a USB stick.</translation>
        </message>
        <message>
            <source>Something went wrong. Nothing was changed.</source>
            <translation>Something went wrong. Nothing was changed.</translation>
        </message>
        <message>
            <source>Save or close the open records first, then restore again. Nothing was changed.</source>
            <translation>Save or close the open records first, then restore again. Nothing was changed.</translation>
        </message>
        <message>
            <source>This file is not a Puente backup.</source>
            <translation>This file is not a Puente backup.</translation>
        </message>
        <message>
            <source>This backup is damaged or was changed after it was made, so it cannot be restored. Nothing was changed.</source>
            <translation>This backup is damaged or was changed after it was made, so it cannot be restored. Nothing was changed.</translation>
        </message>
        <message>
            <source>This backup was made by a newer Puente ({version}). Install Puente {version} or newer to restore it. Nothing was changed.</source>
            <translation>This backup was made by a newer Puente ({version}). Install Puente {version} or newer to restore it. Nothing was changed.</translation>
        </message>
        <message>
            <source>The username or password does not open this backup. Nothing was changed.</source>
            <translation>The username or password does not open this backup. Nothing was changed.</translation>
        </message>
        <message>
            <source>This is a backup of the demo data (not encrypted). It cannot replace a real case file.</source>
            <translation>This is a backup of the demo data (not encrypted). It cannot replace a real case file.</translation>
        </message>
        <message>
            <source>This is a backup of a real case file. It cannot replace the demo data.</source>
            <translation>This is a backup of a real case file. It cannot replace the demo data.</translation>
        </message>
        <message>
            <source>The case file inside this backup failed its check, so it was not restored. Nothing was changed.</source>
            <translation>The case file inside this backup failed its check, so it was not restored. Nothing was changed.</translation>
        </message>
        <message>
            <source>Puente is still using the case file. Close Puente and try again.</source>
            <translation>Puente is still using the case file. Close Puente and try again.</translation>
        </message>
        <message>
            <source>There is no case file to back up yet.</source>
            <translation>There is no case file to back up yet.</translation>
        </message>
        <message>
            <source>This case file is encrypted: sign in to back it up.</source>
            <translation>This case file is encrypted: sign in to back it up.</translation>
        </message>
        <message>
            <source>The key does not open this case file.</source>
            <translation>The key does not open this case file.</translation>
        </message>
        <message>
            <source>The copy of the case file was not encrypted, so no backup was written.</source>
            <translation>The copy of the case file was not encrypted, so no backup was written.</translation>
        </message>
        <message>
            <source>The case file could not be read: {reason}</source>
            <translation>The case file could not be read: {reason}</translation>
        </message>
    </context>
    <context>
        <name>BackupDialog</name>
        <message>
            <source>Puente backups (*.puente-backup)</source>
            <translation>Puente backups (*.puente-backup)</translation>
        </message>
        <message>
            <source>Something went wrong. The details were written to the log.</source>
            <translation>Something went wrong. The details were written to the log.</translation>
        </message>
        <message>
            <source>Made on {date} by Puente {version} ({size}).</source>
            <translation>Made on {date} by Puente {version} ({size}).</translation>
        </message>
        <message>
            <source>Demo data, not encrypted.</source>
            <translation>Demo data, not encrypted.</translation>
        </message>
        <message>
            <source>Made by a newer Puente: install version {version} or newer.</source>
            <translation>Made by a newer Puente: install version {version} or newer.</translation>
        </message>
        <message>
            <source>Back up the case file</source>
            <translation>Back up the case file</translation>
        </message>
        <message>
            <source>This is the demo data: its backup is NOT encrypted. Real case files are always backed up encrypted.</source>
            <translation>This is the demo data: its backup is NOT encrypted. Real case files are always backed up encrypted.</translation>
        </message>
        <message>
            <source>The backup is encrypted: only the passwords of the people who sign in on this laptop open it. Keep it away from this laptop, for example on a USB stick kept somewhere safe.</source>
            <translation>The backup is encrypted: only the passwords of the people who sign in on this laptop open it. Keep it away from this laptop, for example on a USB stick kept somewhere safe.</translation>
        </message>
        <message>
            <source>Backup file:</source>
            <translation>Backup file:</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Choose…</translation>
        </message>
        <message>
            <source>Back up</source>
            <translation>Back up</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Backing up…</source>
            <translation>Backing up…</translation>
        </message>
        <message>
            <source>The backup was written to {path}.</source>
            <translation>The backup was written to {path}.</translation>
        </message>
        <message>
            <source>Restore a backup</source>
            <translation>Restore a backup</translation>
        </message>
        <message>
            <source>The case file on this laptop is replaced by the backup. The backup is checked completely first; if anything is wrong, nothing is replaced.</source>
            <translation>The case file on this laptop is replaced by the backup. The backup is checked completely first; if anything is wrong, nothing is replaced.</translation>
        </message>
        <message>
            <source>Backup:</source>
            <translation>Backup:</translation>
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
            <source>the password of a person in the backup</source>
            <translation>the password of a person in the backup</translation>
        </message>
        <message>
            <source>Restore…</source>
            <translation>Restore…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Choose a backup file first.</source>
            <translation>Choose a backup file first.</translation>
        </message>
        <message>
            <source>Type the password of a person in the backup.</source>
            <translation>Type the password of a person in the backup.</translation>
        </message>
        <message>
            <source>Checking the backup…</source>
            <translation>Checking the backup…</translation>
        </message>
        <message>
            <source>Replace the case file on this laptop with the backup made on {date}? Everything recorded here since then is lost, unless it was synced.</source>
            <translation>Replace the case file on this laptop with the backup made on {date}? Everything recorded here since then is lost, unless it was synced.</translation>
        </message>
        <message>
            <source>Restoring…</source>
            <translation>Restoring…</translation>
        </message>
        <message>
            <source>The backup was restored. Puente now reopens the case file: sign in again.</source>
            <translation>The backup was restored. Puente now reopens the case file: sign in again.</translation>
        </message>
        <message>
            <source>The backup was restored. Puente now reopens the case file.</source>
            <translation>The backup was restored. Puente now reopens the case file.</translation>
        </message>
        <message>
            <source>Puente now reopens the case file.</source>
            <translation>Puente now reopens the case file.</translation>
        </message>
        <message>
            <source>Back up…</source>
            <translation>Back up…</translation>
        </message>
    </context>
    <context>
        <name>CaseNoteDialog</name>
        <message>
            <source>New case note</source>
            <translation>New case note</translation>
        </message>
        <message>
            <source>Revise case note</source>
            <translation>Revise case note</translation>
        </message>
        <message>
            <source>&amp;Kind</source>
            <translation>&amp;Kind</translation>
        </message>
        <message>
            <source>&amp;Stage</source>
            <translation>&amp;Stage</translation>
        </message>
        <message>
            <source>&amp;Text</source>
            <translation>&amp;Text</translation>
        </message>
        <message>
            <source>&amp;Follow up on</source>
            <translation>&amp;Follow up on</translation>
        </message>
        <message>
            <source>Save as a new &amp;revision</source>
            <translation>Save as a new &amp;revision</translation>
        </message>
    </context>
    <context>
        <name>ChangePasswordDialog</name>
        <message>
            <source>Checking the password…</source>
            <translation>Checking the password…</translation>
        </message>
        <message>
            <source>Change the password of this laptop</source>
            <translation>Change the password of this laptop</translation>
        </message>
        <message>
            <source>This password opens the case file on this laptop. The records are not encrypted again; only the key is. A server account keeps the server's password: the next online sign-in uses it again.</source>
            <translation>This password opens the case file on this laptop. The records are not encrypted again; only the key is. A server account keeps the server's password: the next online sign-in uses it again.</translation>
        </message>
        <message>
            <source>Current password:</source>
            <translation>Current password:</translation>
        </message>
        <message>
            <source>New password:</source>
            <translation>New password:</translation>
        </message>
        <message>
            <source>Repeat the new password:</source>
            <translation>Repeat the new password:</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Change</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
    </context>
    <context>
        <name>CompletionDialog</name>
        <message>
            <source>Completion not recorded</source>
            <translation>Completion not recorded</translation>
        </message>
        <message>
            <source>This completion is not recorded yet. Close without it?</source>
            <translation>This completion is not recorded yet. Close without it?</translation>
        </message>
        <message>
            <source>Choose the completion date.</source>
            <translation>Choose the completion date.</translation>
        </message>
        <message>
            <source>Record completion</source>
            <translation>Record completion</translation>
        </message>
        <message>
            <source>&lt;b&gt;{worker}&lt;/b&gt; · {code}&lt;br&gt;enrolled on {date}</source>
            <translation>&lt;b&gt;{worker}&lt;/b&gt; · {code}&lt;br&gt;enrolled on {date}</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Result</translation>
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
            <source>Left empty: the next number is given</source>
            <translation>Left empty: the next number is given</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
    </context>
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
        <name>CourseCompletionDialog</name>
        <message>
            <source>Enter the date.</source>
            <translation>Enter the date.</translation>
        </message>
        <message>
            <source>Record completion</source>
            <translation>Record completion</translation>
        </message>
        <message>
            <source>&amp;Result</source>
            <translation>&amp;Result</translation>
        </message>
        <message>
            <source>&amp;Completed on</source>
            <translation>&amp;Completed on</translation>
        </message>
        <message>
            <source>Certificate &amp;number</source>
            <translation>Certificate &amp;number</translation>
        </message>
        <message>
            <source>Leave empty to number it automatically</source>
            <translation>Leave empty to number it automatically</translation>
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
            <translation>Title</translation>
        </message>
        <message>
            <source>Provider</source>
            <translation>Provider</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Stage</translation>
        </message>
        <message>
            <source>Skill area</source>
            <translation>Skill area</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Language</translation>
        </message>
        <message>
            <source>Hours</source>
            <translation>Hours</translation>
        </message>
        <message>
            <source>Starts on</source>
            <translation>Starts on</translation>
        </message>
        <message>
            <source>Ends on</source>
            <translation>Ends on</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Place</translation>
        </message>
        <message>
            <source>Places</source>
            <translation>Places</translation>
        </message>
        <message>
            <source>Nothing was saved: correct the fields marked in red.</source>
            <translation>Nothing was saved: correct the fields marked in red.</translation>
        </message>
        <message>
            <source>This course has changes that are not saved.</source>
            <translation>This course has changes that are not saved.</translation>
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
            <source>e.g. PDO-2026-03</source>
            <translation>e.g. PDO-2026-03</translation>
        </message>
        <message>
            <source>h</source>
            <translation>h</translation>
        </message>
        <message>
            <source>New course</source>
            <translation>New course</translation>
        </message>
    </context>
    <context>
        <name>CourseEnrolDialog</name>
        <message>
            <source>Enrol in a course</source>
            <translation>Enrol in a course</translation>
        </message>
        <message>
            <source>&amp;Course</source>
            <translation>&amp;Course</translation>
        </message>
        <message>
            <source>&amp;Enrolled on</source>
            <translation>&amp;Enrolled on</translation>
        </message>
        <message>
            <source>Reading the catalogue…</source>
            <translation>Reading the catalogue…</translation>
        </message>
        <message>
            <source>No course in the catalogue yet</source>
            <translation>No course in the catalogue yet</translation>
        </message>
        <message>
            <source>&amp;Enrol</source>
            <translation>&amp;Enrol</translation>
        </message>
        <message>
            <source>{taken} of {capacity} places taken</source>
            <translation>{taken} of {capacity} places taken</translation>
        </message>
        <message>
            <source>no date</source>
            <translation>no date</translation>
        </message>
    </context>
    <context>
        <name>CourseLabels</name>
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
            <source>Completed</source>
            <translation>Completed</translation>
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
    </context>
    <context>
        <name>CourseTableModel</name>
        <message>
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>Mission</source>
            <translation>Mission</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Stage</translation>
        </message>
        <message>
            <source>Starts</source>
            <translation>Starts</translation>
        </message>
        <message>
            <source>Ends</source>
            <translation>Ends</translation>
        </message>
        <message>
            <source>Places</source>
            <translation>Places</translation>
        </message>
        <message>
            <source>Enrolled</source>
            <translation>Enrolled</translation>
        </message>
        <message>
            <source>Hours</source>
            <translation>Hours</translation>
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
            <translation>Choose a course to see its participants.</translation>
        </message>
        <message>
            <source>Participants of {course} ({count})</source>
            <translation>Participants of {course} ({count})</translation>
        </message>
        <message>
            <source>{hours} h</source>
            <translation>{hours} h</translation>
        </message>
        <message>
            <source>{taken} of {capacity} places taken</source>
            <translation>{taken} of {capacity} places taken</translation>
        </message>
        <message>
            <source>Withdraw from the course</source>
            <translation>Withdraw from the course</translation>
        </message>
        <message>
            <source>Withdraw {worker} from this course? Their place is freed.</source>
            <translation>Withdraw {worker} from this course? Their place is freed.</translation>
        </message>
        <message>
            <source>Not changed</source>
            <translation>Not changed</translation>
        </message>
        <message>
            <source>Starting from:</source>
            <translation>Starting from:</translation>
        </message>
        <message>
            <source>All kinds</source>
            <translation>All kinds</translation>
        </message>
        <message>
            <source>Search courses by code or title</source>
            <translation>Search courses by code or title</translation>
        </message>
        <message>
            <source>New course…</source>
            <translation>New course…</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Edit…</translation>
        </message>
        <message>
            <source>Attendance sheet…</source>
            <translation>Attendance sheet…</translation>
        </message>
        <message>
            <source>Enrol workers…</source>
            <translation>Enrol workers…</translation>
        </message>
        <message>
            <source>Record attendance…</source>
            <translation>Record attendance…</translation>
        </message>
        <message>
            <source>Record completion…</source>
            <translation>Record completion…</translation>
        </message>
        <message>
            <source>Withdraw</source>
            <translation>Withdraw</translation>
        </message>
        <message>
            <source>Certificate…</source>
            <translation>Certificate…</translation>
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
        <name>DemoPage</name>
        <message>
            <source>The demo</source>
            <translation>The demo</translation>
        </message>
        <message>
            <source>Puente opens a separate case file with synthetic workers, marked DEMO. Nothing in it is real and nothing is sent to a server. To work with real records later, start Puente again and choose the server or a local account.</source>
            <translation>Puente opens a separate case file with synthetic workers, marked DEMO. Nothing in it is real and nothing is sent to a server. To work with real records later, start Puente again and choose the server or a local account.</translation>
        </message>
    </context>
    <context>
        <name>DocumentActions</name>
        <message>
            <source>Worker record</source>
            <translation>Worker record</translation>
        </message>
        <message>
            <source>Attendance sheet</source>
            <translation>Attendance sheet</translation>
        </message>
        <message>
            <source>Certificate of completion</source>
            <translation>Certificate of completion</translation>
        </message>
        <message>
            <source>Reintegration plan</source>
            <translation>Reintegration plan</translation>
        </message>
        <message>
            <source>Blank intake forms</source>
            <translation>Blank intake forms</translation>
        </message>
        <message>
            <source>A4</source>
            <translation>A4</translation>
        </message>
        <message>
            <source>Letter</source>
            <translation>Letter</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>PDF documents (*.pdf)</translation>
        </message>
        <message>
            <source>The file could not be written ({reason}). Choose another folder.</source>
            <translation>The file could not be written ({reason}). Choose another folder.</translation>
        </message>
        <message>
            <source>The document could not be made. The details were written to the log.</source>
            <translation>The document could not be made. The details were written to the log.</translation>
        </message>
        <message>
            <source>Save {document} as</source>
            <translation>Save {document} as</translation>
        </message>
        <message>
            <source>Saved as {path}.
Open it now to print it?</source>
            <translation>Saved as {path}.
Open it now to print it?</translation>
        </message>
        <message>
            <source>No program to open PDF files was found. The document is saved as {path}.</source>
            <translation>No program to open PDF files was found. The document is saved as {path}.</translation>
        </message>
        <message>
            <source>Documents</source>
            <translation>Documents</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Open</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
    </context>
    <context>
        <name>DocumentOptionsDialog</name>
        <message>
            <source>Print: {document}</source>
            <translation>Print: {document}</translation>
        </message>
        <message>
            <source>The PDF is saved first; then open it to print it.</source>
            <translation>The PDF is saved first; then open it to print it.</translation>
        </message>
        <message>
            <source>Language:</source>
            <translation>Language:</translation>
        </message>
        <message>
            <source>Paper:</source>
            <translation>Paper:</translation>
        </message>
        <message>
            <source>Copies (each with its own form code):</source>
            <translation>Copies (each with its own form code):</translation>
        </message>
        <message>
            <source>Second language:</source>
            <translation>Second language:</translation>
        </message>
        <message>
            <source>Include the case notes</source>
            <translation>Include the case notes</translation>
        </message>
        <message>
            <source>Bilingual (each line also in a second language)</source>
            <translation>Bilingual (each line also in a second language)</translation>
        </message>
        <message>
            <source>Save as PDF…</source>
            <translation>Save as PDF…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
    </context>
    <context>
        <name>Documents</name>
        <message>
            <source>Choose Spanish, English or French.</source>
            <translation>Choose Spanish, English or French.</translation>
        </message>
        <message>
            <source>Choose A4 or Letter paper.</source>
            <translation>Choose A4 or Letter paper.</translation>
        </message>
        <message>
            <source>The number of copies must be from 1 to {most}.</source>
            <translation>The number of copies must be from 1 to {most}.</translation>
        </message>
        <message>
            <source>The end of the period is before its start.</source>
            <translation>The end of the period is before its start.</translation>
        </message>
        <message>
            <source>The file {name} could not be written ({reason}). Choose another folder or close the program that has it open.</source>
            <translation>The file {name} could not be written ({reason}). Choose another folder or close the program that has it open.</translation>
        </message>
    </context>
    <context>
        <name>DuplicateDialog</name>
        <message>
            <source>Already registered?</source>
            <translation>Already registered?</translation>
        </message>
        <message numerus="yes">
            <source>%n stored worker(s) may be this person.</source>
            <translation>
                <numerusform>%n stored worker may be this person.</numerusform>
                <numerusform>%n stored workers may be this person.</numerusform>
            </translation>
        </message>
        <message>
            <source>Open the stored record rather than registering the person twice.</source>
            <translation>Open the stored record rather than registering the person twice.</translation>
        </message>
        <message>
            <source>If this is someone else, create a new worker.</source>
            <translation>If this is someone else, create a new worker.</translation>
        </message>
        <message>
            <source>&amp;Open this worker</source>
            <translation>&amp;Open this worker</translation>
        </message>
        <message>
            <source>&amp;Create a new worker anyway</source>
            <translation>&amp;Create a new worker anyway</translation>
        </message>
        <message>
            <source>&amp;Back to the form</source>
            <translation>&amp;Back to the form</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Case code</source>
            <translation>Case code</translation>
        </message>
        <message>
            <source>Date of birth</source>
            <translation>Date of birth</translation>
        </message>
        <message>
            <source>ID number</source>
            <translation>ID number</translation>
        </message>
        <message>
            <source>Mission</source>
            <translation>Mission</translation>
        </message>
        <message>
            <source>Why it may be the same person</source>
            <translation>Why it may be the same person</translation>
        </message>
        <message>
            <source>{name} (archived)</source>
            <translation>{name} (archived)</translation>
        </message>
    </context>
    <context>
        <name>EnrolDialog</name>
        <message numerus="yes">
            <source>%n worker(s) ticked</source>
            <translation>
                <numerusform>%n worker ticked</numerusform>
                <numerusform>%n workers ticked</numerusform>
            </translation>
        </message>
        <message>
            <source>{worker}: enrolled</source>
            <translation>{worker}: enrolled</translation>
        </message>
        <message>
            <source>{worker}: not enrolled. {reason}</source>
            <translation>{worker}: not enrolled. {reason}</translation>
        </message>
        <message numerus="yes">
            <source>%n worker(s) enrolled</source>
            <translation>
                <numerusform>%n worker enrolled.</numerusform>
                <numerusform>%n workers enrolled.</numerusform>
            </translation>
        </message>
        <message>
            <source>Some could not be enrolled:</source>
            <translation>Some could not be enrolled:</translation>
        </message>
        <message>
            <source>Enrolment cancelled: nobody was enrolled.</source>
            <translation>Enrolment cancelled: nobody was enrolled.</translation>
        </message>
        <message>
            <source>The enrolment failed: nothing was saved.</source>
            <translation>The enrolment failed: nothing was saved.</translation>
        </message>
        <message>
            <source>Workers not enrolled</source>
            <translation>Workers not enrolled</translation>
        </message>
        <message>
            <source>The ticked workers are not enrolled yet. Close without enrolling them?</source>
            <translation>The ticked workers are not enrolled yet. Close without enrolling them?</translation>
        </message>
        <message>
            <source>Enrol workers in {course}</source>
            <translation>Enrol workers in {course}</translation>
        </message>
        <message>
            <source>{taken} of {capacity} places taken</source>
            <translation>{taken} of {capacity} places taken</translation>
        </message>
        <message>
            <source>Search workers by name or case code</source>
            <translation>Search workers by name or case code</translation>
        </message>
        <message>
            <source>Enrol ticked workers</source>
            <translation>Enrol ticked workers</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <source>Workers</source>
            <translation>Workers</translation>
        </message>
        <message>
            <source>Placements abroad</source>
            <translation>Placements abroad</translation>
        </message>
        <message>
            <source>Course enrolments</source>
            <translation>Course enrolments</translation>
        </message>
        <message>
            <source>CSV (any spreadsheet or tool)</source>
            <translation>CSV (any spreadsheet or tool)</translation>
        </message>
        <message>
            <source>XLSX (Excel workbook)</source>
            <translation>XLSX (Excel workbook)</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV files (*.csv)</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Excel workbooks (*.xlsx)</translation>
        </message>
        <message>
            <source>Export to</source>
            <translation>Export to</translation>
        </message>
        <message>
            <source>Choose where to save the file.</source>
            <translation>Choose where to save the file.</translation>
        </message>
        <message>
            <source>This is a folder: add a file name.</source>
            <translation>This is a folder: add a file name.</translation>
        </message>
        <message>
            <source>Counting the rows…</source>
            <translation>Counting the rows…</translation>
        </message>
        <message>
            <source>{done} of {total} rows written…</source>
            <translation>{done} of {total} rows written…</translation>
        </message>
        <message numerus="yes">
            <source>%Ln row(s) saved in {path}.</source>
            <translation>
                <numerusform>%Ln row saved in {path}.</numerusform>
                <numerusform>%Ln rows saved in {path}.</numerusform>
            </translation>
        </message>
        <message>
            <source>Stopped: no file was written.</source>
            <translation>Stopped: no file was written.</translation>
        </message>
        <message>
            <source>Stopping…</source>
            <translation>Stopping…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Export</translation>
        </message>
        <message>
            <source>What:</source>
            <translation>What:</translation>
        </message>
        <message>
            <source>Format:</source>
            <translation>Format:</translation>
        </message>
        <message>
            <source>Mission:</source>
            <translation>Mission:</translation>
        </message>
        <message>
            <source>Save as:</source>
            <translation>Save as:</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Choose…</translation>
        </message>
        <message>
            <source>Only the fields your role may see are exported, and workers who withdrew consent are left out. Cells that a spreadsheet would run as a formula are written as plain text.</source>
            <translation>Only the fields your role may see are exported, and workers who withdrew consent are left out. Cells that a spreadsheet would run as a formula are written as plain text.</translation>
        </message>
        <message>
            <source>&amp;Export</source>
            <translation>&amp;Export</translation>
        </message>
    </context>
    <context>
        <name>Filters</name>
        <message>
            <source>All missions</source>
            <translation>All missions</translation>
        </message>
        <message>
            <source>All stages</source>
            <translation>All stages</translation>
        </message>
    </context>
    <context>
        <name>FirstRunAssistant</name>
        <message>
            <source>Preparing the encrypted case file…</source>
            <translation>Preparing the encrypted case file…</translation>
        </message>
        <message>
            <source>Welcome to Puente</source>
            <translation>Welcome to Puente</translation>
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
        <name>FollowUpTableModel</name>
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
            <source>Due</source>
            <translation>Due</translation>
        </message>
        <message>
            <source>Days late</source>
            <translation>Days late</translation>
        </message>
        <message>
            <source>Worker</source>
            <translation>Worker</translation>
        </message>
        <message>
            <source>Case code</source>
            <translation>Case code</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Officer</source>
            <translation>Officer</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>The record of this worker is archived.</source>
            <translation>The record of this worker is archived.</translation>
        </message>
    </context>
    <context>
        <name>FollowUpsView</name>
        <message>
            <source>The follow-ups could not be read.</source>
            <translation>The follow-ups could not be read.</translation>
        </message>
        <message>
            <source>My follow-ups</source>
            <translation>My follow-ups</translation>
        </message>
        <message>
            <source>All officers</source>
            <translation>All officers</translation>
        </message>
        <message>
            <source>Not changed</source>
            <translation>Not changed</translation>
        </message>
        <message>
            <source>Overdue ({count})</source>
            <translation>Overdue ({count})</translation>
        </message>
        <message>
            <source>Due this week ({count})</source>
            <translation>Due this week ({count})</translation>
        </message>
        <message>
            <source>Later ({count})</source>
            <translation>Later ({count})</translation>
        </message>
        <message numerus="yes">
            <source>%n follow-up(s) open</source>
            <translation>
                <numerusform>%n follow-up open</numerusform>
                <numerusform>%n follow-ups open</numerusform>
            </translation>
        </message>
        <message>
            <source>Officer</source>
            <translation>Officer</translation>
        </message>
        <message>
            <source>Mark done</source>
            <translation>Mark done</translation>
        </message>
        <message>
            <source>Open worker</source>
            <translation>Open worker</translation>
        </message>
    </context>
    <context>
        <name>FormCodeDialog</name>
        <message>
            <source>Type in a paper form</source>
            <translation>Type in a paper form</translation>
        </message>
        <message>
            <source>Type the form code printed at the top of the paper form, or scan its QR code.</source>
            <translation>Type the form code printed at the top of the paper form, or scan its QR code.</translation>
        </message>
        <message>
            <source>&amp;Start the intake</source>
            <translation>&amp;Start the intake</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>&amp;Open this worker</source>
            <translation>&amp;Open this worker</translation>
        </message>
    </context>
    <context>
        <name>FormDialog</name>
        <message>
            <source>The list could not be read. Close this window and try again.</source>
            <translation>The list could not be read. Close this window and try again.</translation>
        </message>
    </context>
    <context>
        <name>HistoryTab</name>
        <message>
            <source>synced</source>
            <translation>synced</translation>
        </message>
        <message>
            <source>Every change to this worker and their records, newest first.</source>
            <translation>Every change to this worker and their records, newest first.</translation>
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
        <name>IdleLock</name>
        <message>
            <source>Puente is locked. Unlock it in the Puente window.</source>
            <translation>Puente is locked. Unlock it in the Puente window.</translation>
        </message>
        <message>
            <source>Puente was locked after a time without use. {name}, type your password to go on.</source>
            <translation>Puente was locked after a time without use. {name}, type your password to go on.</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Password</translation>
        </message>
        <message>
            <source>Unlock</source>
            <translation>Unlock</translation>
        </message>
        <message>
            <source>locked</source>
            <translation>locked</translation>
        </message>
        <message>
            <source>Checking the password…</source>
            <translation>Checking the password…</translation>
        </message>
        <message>
            <source>Idle lock</source>
            <translation>Idle lock</translation>
        </message>
        <message>
            <source>Lock Puente after this many minutes without use:</source>
            <translation>Lock Puente after this many minutes without use:</translation>
        </message>
        <message>
            <source>&amp;Lock now</source>
            <translation>&amp;Lock now</translation>
        </message>
        <message>
            <source>Lock after idle time…</source>
            <translation>Lock after idle time…</translation>
        </message>
        <message>
            <source>Change my password…</source>
            <translation>Change my password…</translation>
        </message>
        <message>
            <source>Not encrypted</source>
            <translation>Not encrypted</translation>
        </message>
        <message>
            <source>The demo case file holds synthetic data and is stored without encryption. Real case files are always encrypted.</source>
            <translation>The demo case file holds synthetic data and is stored without encryption. Real case files are always encrypted.</translation>
        </message>
    </context>
    <context>
        <name>Intake</name>
        <message>
            <source>A new worker starts as preparing to leave or back home; going abroad is recorded in the worker file, with the placement.</source>
            <translation>A new worker starts as preparing to leave or back home; going abroad is recorded in the worker file, with the placement.</translation>
        </message>
        <message>
            <source>The stage changes through the journey actions of the worker file (departure, return).</source>
            <translation>The stage changes through the journey actions of the worker file (departure, return).</translation>
        </message>
        <message>
            <source>This is not a form code. A form code looks like F-MX-7K3Q-9H2M-X: type it as printed at the top of the paper form.</source>
            <translation>This is not a form code. A form code looks like F-MX-7K3Q-9H2M-X: type it as printed at the top of the paper form.</translation>
        </message>
        <message>
            <source>This form code has a mistake: its last character does not match the others. Check each character against the paper form.</source>
            <translation>This form code has a mistake: its last character does not match the others. Check each character against the paper form.</translation>
        </message>
        <message>
            <source>This form code is already used for {name} ({code}).</source>
            <translation>This form code is already used for {name} ({code}).</translation>
        </message>
        <message>
            <source>This form code is already used for a worker of another mission ({code}).</source>
            <translation>This form code is already used for a worker of another mission ({code}).</translation>
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
        <name>JourneyTab</name>
        <message>
            <source>registered {date}</source>
            <translation>registered {date}</translation>
        </message>
        <message>
            <source>left on {date}</source>
            <translation>left on {date}</translation>
        </message>
        <message>
            <source>back on {date}</source>
            <translation>back on {date}</translation>
        </message>
        <message>
            <source>done</source>
            <translation>done</translation>
        </message>
        <message>
            <source>not yet</source>
            <translation>not yet</translation>
        </message>
        <message>
            <source>Cancel placement</source>
            <translation>Cancel placement</translation>
        </message>
        <message>
            <source>Cancel the placement with {employer}? It will not happen.</source>
            <translation>Cancel the placement with {employer}? It will not happen.</translation>
        </message>
        <message>
            <source>Not changed</source>
            <translation>Not changed</translation>
        </message>
        <message>
            <source>&amp;Depart abroad…</source>
            <translation>&amp;Depart abroad…</translation>
        </message>
        <message>
            <source>&amp;Return home…</source>
            <translation>&amp;Return home…</translation>
        </message>
        <message>
            <source>Cancel de&amp;parture…</source>
            <translation>Cancel de&amp;parture…</translation>
        </message>
        <message>
            <source>Placements abroad</source>
            <translation>Placements abroad</translation>
        </message>
        <message>
            <source>&amp;Add placement…</source>
            <translation>&amp;Add placement…</translation>
        </message>
        <message>
            <source>&amp;Edit placement…</source>
            <translation>&amp;Edit placement…</translation>
        </message>
        <message>
            <source>Employer</source>
            <translation>Employer</translation>
        </message>
        <message>
            <source>City, province</source>
            <translation>City, province</translation>
        </message>
        <message>
            <source>Sector</source>
            <translation>Sector</translation>
        </message>
        <message>
            <source>Occupation (NOC)</source>
            <translation>Occupation (NOC)</translation>
        </message>
        <message>
            <source>Stream</source>
            <translation>Stream</translation>
        </message>
        <message>
            <source>Work permit</source>
            <translation>Work permit</translation>
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
            <source>Actual return</source>
            <translation>Actual return</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
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
        <name>LanguagePage</name>
        <message>
            <source>Language</source>
            <translation>Language</translation>
        </message>
        <message>
            <source>Puente speaks Spanish, English and French. You can change it later in Settings.</source>
            <translation>Puente speaks Spanish, English and French. You can change it later in Settings.</translation>
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
            <source>Plans</source>
            <translation>Plans</translation>
        </message>
        <message>
            <source>Community projects</source>
            <translation>Community projects</translation>
        </message>
        <message>
            <source>Follow-ups</source>
            <translation>Follow-ups</translation>
        </message>
        <message>
            <source>Reports</source>
            <translation>Reports</translation>
        </message>
        <message>
            <source>Sync</source>
            <translation>Sync</translation>
        </message>
        <message>
            <source>Sync is not set up in this window: every record stays on this computer.</source>
            <translation>Sync is not set up in this window: every record stays on this computer.</translation>
        </message>
        <message>
            <source>Type in a paper form</source>
            <translation>Type in a paper form</translation>
        </message>
        <message>
            <source>Finish or close the intake that is open first.</source>
            <translation>Finish or close the intake that is open first.</translation>
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
            <source>Audit</source>
            <translation>Audit</translation>
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
            <source>Type in a &amp;paper form…</source>
            <translation>Type in a &amp;paper form…</translation>
        </message>
        <message>
            <source>Print blank intake forms…</source>
            <translation>Print blank intake forms…</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>Export…</translation>
        </message>
        <message>
            <source>Open the &amp;log folder</source>
            <translation>Open the &amp;log folder</translation>
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
        <name>ModePage</name>
        <message>
            <source>How will you work?</source>
            <translation>How will you work?</translation>
        </message>
        <message>
            <source>Workers' records stay encrypted on this laptop in every case.</source>
            <translation>Workers' records stay encrypted on this laptop in every case.</translation>
        </message>
        <message>
            <source>Connect to the central server</source>
            <translation>Connect to the central server</translation>
        </message>
        <message>
            <source>Sign in once with the server; after that you can sign in and work without a connection, and changes are exchanged when the server can be reached.</source>
            <translation>Sign in once with the server; after that you can sign in and work without a connection, and changes are exchanged when the server can be reached.</translation>
        </message>
        <message>
            <source>Work offline on this laptop</source>
            <translation>Work offline on this laptop</translation>
        </message>
        <message>
            <source>For a mission with no server yet: make a local account with a password of your choice. You can connect to a server later from the File menu.</source>
            <translation>For a mission with no server yet: make a local account with a password of your choice. You can connect to a server later from the File menu.</translation>
        </message>
        <message>
            <source>Open the demo</source>
            <translation>Open the demo</translation>
        </message>
        <message>
            <source>Synthetic workers to try Puente; kept apart and never sent to a server.</source>
            <translation>Synthetic workers to try Puente; kept apart and never sent to a server.</translation>
        </message>
    </context>
    <context>
        <name>NotesTab</name>
        <message>
            <source>Earlier revisions</source>
            <translation>Earlier revisions</translation>
        </message>
        <message>
            <source>{kind} · {stage} · written {when} by {author}</source>
            <translation>{kind} · {stage} · written {when} by {author}</translation>
        </message>
        <message>
            <source>revised by {name}</source>
            <translation>revised by {name}</translation>
        </message>
        <message>
            <source>Not changed</source>
            <translation>Not changed</translation>
        </message>
        <message>
            <source>&amp;Add note…</source>
            <translation>&amp;Add note…</translation>
        </message>
        <message>
            <source>&amp;Revise…</source>
            <translation>&amp;Revise…</translation>
        </message>
        <message>
            <source>Follow-up &amp;done</source>
            <translation>Follow-up &amp;done</translation>
        </message>
        <message>
            <source>Written</source>
            <translation>Written</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Stage</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Follow up on</source>
            <translation>Follow up on</translation>
        </message>
        <message>
            <source>Done on</source>
            <translation>Done on</translation>
        </message>
        <message>
            <source>Author</source>
            <translation>Author</translation>
        </message>
    </context>
    <context>
        <name>ParticipantTableModel</name>
        <message>
            <source>Worker</source>
            <translation>Worker</translation>
        </message>
        <message>
            <source>Case code</source>
            <translation>Case code</translation>
        </message>
        <message>
            <source>Mission</source>
            <translation>Mission</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Enrolled on</source>
            <translation>Enrolled on</translation>
        </message>
        <message>
            <source>Attendance</source>
            <translation>Attendance</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Result</translation>
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
            <source>{sessions}, {hours} h</source>
            <translation>{sessions}, {hours} h</translation>
        </message>
        <message numerus="yes">
            <source>%n session(s)</source>
            <translation>
                <numerusform>%n session</numerusform>
                <numerusform>%n sessions</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PlacementDialog</name>
        <message>
            <source>New placement abroad</source>
            <translation>New placement abroad</translation>
        </message>
        <message>
            <source>Placement</source>
            <translation>Placement</translation>
        </message>
        <message>
            <source>&amp;Employer</source>
            <translation>&amp;Employer</translation>
        </message>
        <message>
            <source>&amp;City</source>
            <translation>&amp;City</translation>
        </message>
        <message>
            <source>&amp;Province</source>
            <translation>&amp;Province</translation>
        </message>
        <message>
            <source>&amp;Sector</source>
            <translation>&amp;Sector</translation>
        </message>
        <message>
            <source>&amp;Occupation</source>
            <translation>&amp;Occupation</translation>
        </message>
        <message>
            <source>&amp;NOC code (5 digits)</source>
            <translation>&amp;NOC code (5 digits)</translation>
        </message>
        <message>
            <source>Programme st&amp;ream</source>
            <translation>Programme st&amp;ream</translation>
        </message>
        <message>
            <source>Work &amp;permit number</source>
            <translation>Work &amp;permit number</translation>
        </message>
        <message>
            <source>S&amp;tart</source>
            <translation>S&amp;tart</translation>
        </message>
        <message>
            <source>Planned en&amp;d</source>
            <translation>Planned en&amp;d</translation>
        </message>
        <message>
            <source>Not known yet</source>
            <translation>Not known yet</translation>
        </message>
        <message>
            <source>e.g. 85100</source>
            <translation>e.g. 85100</translation>
        </message>
    </context>
    <context>
        <name>PlanEditor</name>
        <message>
            <source>Kind of plan</source>
            <translation>Kind of plan</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>Goals</source>
            <translation>Goals</translation>
        </message>
        <message>
            <source>Sector</source>
            <translation>Sector</translation>
        </message>
        <message>
            <source>Community</source>
            <translation>Community</translation>
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
            <source>Source of other funding</source>
            <translation>Source of other funding</translation>
        </message>
        <message>
            <source>Business started on</source>
            <translation>Business started on</translation>
        </message>
        <message>
            <source>Submit for approval</source>
            <translation>Submit for approval</translation>
        </message>
        <message>
            <source>Return to draft</source>
            <translation>Return to draft</translation>
        </message>
        <message>
            <source>Approve</source>
            <translation>Approve</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Start</translation>
        </message>
        <message>
            <source>Mark completed</source>
            <translation>Mark completed</translation>
        </message>
        <message>
            <source>Abandon</source>
            <translation>Abandon</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>Created</translation>
        </message>
        <message>
            <source>Returned to draft</source>
            <translation>Returned to draft</translation>
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
            <source>Started</source>
            <translation>Started</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation>Completed</translation>
        </message>
        <message>
            <source>Abandoned</source>
            <translation>Abandoned</translation>
        </message>
        <message>
            <source>Status: {status}</source>
            <translation>Status: {status}</translation>
        </message>
        <message>
            <source>Own contribution {own}; funded {funded} of {budget}.</source>
            <translation>Own contribution {own}; funded {funded} of {budget}.</translation>
        </message>
        <message>
            <source>Missing: {gap}.</source>
            <translation>Missing: {gap}.</translation>
        </message>
        <message>
            <source>{action}: {reason}</source>
            <translation>{action}: {reason}</translation>
        </message>
        <message>
            <source>Abandon the plan</source>
            <translation>Abandon the plan</translation>
        </message>
        <message>
            <source>An abandoned plan is closed for good. Abandon it?</source>
            <translation>An abandoned plan is closed for good. Abandon it?</translation>
        </message>
        <message>
            <source>Nothing was saved: correct the fields marked in red.</source>
            <translation>Nothing was saved: correct the fields marked in red.</translation>
        </message>
        <message>
            <source>This plan has changes that are not saved.</source>
            <translation>This plan has changes that are not saved.</translation>
        </message>
        <message>
            <source>Plan</source>
            <translation>Plan</translation>
        </message>
        <message>
            <source>Milestones</source>
            <translation>Milestones</translation>
        </message>
        <message>
            <source>Approval and progress</source>
            <translation>Approval and progress</translation>
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
            <source>Done on</source>
            <translation>Done on</translation>
        </message>
        <message>
            <source>A new milestone, e.g. Buy the tools</source>
            <translation>A new milestone, e.g. Buy the tools</translation>
        </message>
        <message>
            <source>Add milestone</source>
            <translation>Add milestone</translation>
        </message>
        <message>
            <source>Mark done today</source>
            <translation>Mark done today</translation>
        </message>
        <message>
            <source>Step</source>
            <translation>Step</translation>
        </message>
        <message>
            <source>By</source>
            <translation>By</translation>
        </message>
        <message>
            <source>When</source>
            <translation>When</translation>
        </message>
        <message>
            <source>Print plan…</source>
            <translation>Print plan…</translation>
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
            <source>New reintegration plan for {name}</source>
            <translation>New reintegration plan for {name}</translation>
        </message>
        <message>
            <source>Reintegration plan of {name}</source>
            <translation>Reintegration plan of {name}</translation>
        </message>
    </context>
    <context>
        <name>PlanLabels</name>
        <message>
            <source>Employment</source>
            <translation>Employment</translation>
        </message>
        <message>
            <source>Business</source>
            <translation>Business</translation>
        </message>
        <message>
            <source>Education</source>
            <translation>Education</translation>
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
            <source>Completed</source>
            <translation>Completed</translation>
        </message>
        <message>
            <source>Abandoned</source>
            <translation>Abandoned</translation>
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
            <source>Other</source>
            <translation>Other</translation>
        </message>
    </context>
    <context>
        <name>PlanTableModel</name>
        <message>
            <source>Case code</source>
            <translation>Case code</translation>
        </message>
        <message>
            <source>Worker</source>
            <translation>Worker</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Budget</source>
            <translation>Budget</translation>
        </message>
        <message>
            <source>Next milestone due</source>
            <translation>Next milestone due</translation>
        </message>
    </context>
    <context>
        <name>PlansTab</name>
        <message>
            <source>{done} of {total}</source>
            <translation>{done} of {total}</translation>
        </message>
        <message>
            <source>&amp;New plan…</source>
            <translation>&amp;New plan…</translation>
        </message>
        <message>
            <source>&amp;Open plan…</source>
            <translation>&amp;Open plan…</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Budget</source>
            <translation>Budget</translation>
        </message>
        <message>
            <source>Still to fund</source>
            <translation>Still to fund</translation>
        </message>
        <message>
            <source>Milestones done</source>
            <translation>Milestones done</translation>
        </message>
        <message>
            <source>Last changed</source>
            <translation>Last changed</translation>
        </message>
    </context>
    <context>
        <name>PlansView</name>
        <message numerus="yes">
            <source>%n plan(s) shown</source>
            <translation>
                <numerusform>%n plan shown</numerusform>
                <numerusform>%n plans shown</numerusform>
            </translation>
        </message>
        <message>
            <source>Changed since:</source>
            <translation>Changed since:</translation>
        </message>
        <message>
            <source>&amp;Status</source>
            <translation>&amp;Status</translation>
        </message>
        <message>
            <source>&amp;Kind</source>
            <translation>&amp;Kind</translation>
        </message>
        <message>
            <source>All statuses</source>
            <translation>All statuses</translation>
        </message>
        <message>
            <source>All kinds</source>
            <translation>All kinds</translation>
        </message>
        <message>
            <source>Awaiting approval</source>
            <translation>Awaiting approval</translation>
        </message>
        <message>
            <source>Plans submitted and waiting for a supervisor</source>
            <translation>Plans submitted and waiting for a supervisor</translation>
        </message>
        <message>
            <source>Open plan</source>
            <translation>Open plan</translation>
        </message>
        <message>
            <source>Open worker file</source>
            <translation>Open worker file</translation>
        </message>
    </context>
    <context>
        <name>ProfileTab</name>
        <message>
            <source>Last changed {when} by {who}</source>
            <translation>Last changed {when} by {who}</translation>
        </message>
        <message>
            <source>&amp;Edit profile…</source>
            <translation>&amp;Edit profile…</translation>
        </message>
        <message>
            <source>Case</source>
            <translation>Case</translation>
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
            <translation>Title</translation>
        </message>
        <message>
            <source>Community</source>
            <translation>Community</translation>
        </message>
        <message>
            <source>Municipality</source>
            <translation>Municipality</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Description</translation>
        </message>
        <message>
            <source>Goal amount</source>
            <translation>Goal amount</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Start date</source>
            <translation>Start date</translation>
        </message>
        <message>
            <source>End date</source>
            <translation>End date</translation>
        </message>
        <message>
            <source>Not saved yet</source>
            <translation>Not saved yet</translation>
        </message>
        <message>
            <source>Contributions are remittances linked to it.</source>
            <translation>Contributions are remittances linked to it.</translation>
        </message>
        <message>
            <source>{percent} % of the goal</source>
            <translation>{percent} % of the goal</translation>
        </message>
        <message numerus="yes">
            <source>{raised} of {goal} from %n remittance(s).</source>
            <translation>
                <numerusform>{raised} of {goal} from %n remittance.</numerusform>
                <numerusform>{raised} of {goal} from %n remittances.</numerusform>
            </translation>
        </message>
        <message>
            <source>Also {amounts}, not counted towards the goal.</source>
            <translation>Also {amounts}, not counted towards the goal.</translation>
        </message>
        <message numerus="yes">
            <source>%n more remittance(s) from workers who left the project.</source>
            <translation>
                <numerusform>%n more remittance from a worker who left the project.</numerusform>
                <numerusform>%n more remittances from workers who left the project.</numerusform>
            </translation>
        </message>
        <message>
            <source>No worker found.</source>
            <translation>No worker found.</translation>
        </message>
        <message>
            <source>Nothing was saved: correct the fields marked in red.</source>
            <translation>Nothing was saved: correct the fields marked in red.</translation>
        </message>
        <message>
            <source>This project has changes that are not saved.</source>
            <translation>This project has changes that are not saved.</translation>
        </message>
        <message>
            <source>Project</source>
            <translation>Project</translation>
        </message>
        <message>
            <source>Progress towards the goal</source>
            <translation>Progress towards the goal</translation>
        </message>
        <message>
            <source>Participating workers</source>
            <translation>Participating workers</translation>
        </message>
        <message>
            <source>Contributions (remittances linked to it)</source>
            <translation>Contributions (remittances linked to it)</translation>
        </message>
        <message>
            <source>Worker</source>
            <translation>Worker</translation>
        </message>
        <message>
            <source>Case code</source>
            <translation>Case code</translation>
        </message>
        <message>
            <source>Contributed</source>
            <translation>Contributed</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>Month</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Amount</translation>
        </message>
        <message>
            <source>Type a name or case code to add a worker of the mission</source>
            <translation>Type a name or case code to add a worker of the mission</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Add</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Remove</translation>
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
            <source>New community project</source>
            <translation>New community project</translation>
        </message>
        <message>
            <source>Community project: {title}</source>
            <translation>Community project: {title}</translation>
        </message>
    </context>
    <context>
        <name>ProjectLabels</name>
        <message>
            <source>Proposed</source>
            <translation>Proposed</translation>
        </message>
        <message>
            <source>Fundraising</source>
            <translation>Fundraising</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>In progress</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation>Completed</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Cancelled</translation>
        </message>
    </context>
    <context>
        <name>ProjectTableModel</name>
        <message>
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>Community</source>
            <translation>Community</translation>
        </message>
        <message>
            <source>Mission</source>
            <translation>Mission</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Goal</source>
            <translation>Goal</translation>
        </message>
        <message>
            <source>Contributed</source>
            <translation>Contributed</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Progress</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>Participants</translation>
        </message>
        <message>
            <source>{raised} of {goal}</source>
            <translation>{raised} of {goal}</translation>
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
            <translation>Starting from:</translation>
        </message>
        <message>
            <source>Filter by community</source>
            <translation>Filter by community</translation>
        </message>
        <message>
            <source>&amp;Status</source>
            <translation>&amp;Status</translation>
        </message>
        <message>
            <source>All statuses</source>
            <translation>All statuses</translation>
        </message>
        <message>
            <source>New project</source>
            <translation>New project</translation>
        </message>
        <message>
            <source>Open project</source>
            <translation>Open project</translation>
        </message>
    </context>
    <context>
        <name>RecordWindows</name>
        <message>
            <source>Records removed</source>
            <translation>Records removed</translation>
        </message>
        <message numerus="yes">
            <source>%n open window(s) closed: the record was removed from this laptop under its mission's retention period.</source>
            <translation>
                <numerusform>%n open window closed: the record was removed from this laptop under its mission's retention period.</numerusform>
                <numerusform>%n open windows closed: the records were removed from this laptop under their mission's retention period.</numerusform>
            </translation>
        </message>
        <message>
            <source>Workers closed longer than the period are anonymised on the server and removed from laptops at their next sync. Nothing needs to be done.</source>
            <translation>Workers closed longer than the period are anonymised on the server and removed from laptops at their next sync. Nothing needs to be done.</translation>
        </message>
    </context>
    <context>
        <name>RemittanceDialog</name>
        <message>
            <source>Enter the amount as a number, e.g. 250.00.</source>
            <translation>Enter the amount as a number, e.g. 250.00.</translation>
        </message>
        <message>
            <source>New remittance</source>
            <translation>New remittance</translation>
        </message>
        <message>
            <source>&amp;Month</source>
            <translation>&amp;Month</translation>
        </message>
        <message>
            <source>&amp;Amount</source>
            <translation>&amp;Amount</translation>
        </message>
        <message>
            <source>C&amp;urrency</source>
            <translation>C&amp;urrency</translation>
        </message>
        <message>
            <source>&amp;Purpose</source>
            <translation>&amp;Purpose</translation>
        </message>
        <message>
            <source>Community &amp;project</source>
            <translation>Community &amp;project</translation>
        </message>
        <message>
            <source>None</source>
            <translation>None</translation>
        </message>
    </context>
    <context>
        <name>RemittancesTab</name>
        <message>
            <source>No remittance recorded yet.</source>
            <translation>No remittance recorded yet.</translation>
        </message>
        <message>
            <source>Total sent home: {amounts}</source>
            <translation>Total sent home: {amounts}</translation>
        </message>
        <message>
            <source>Archive remittance</source>
            <translation>Archive remittance</translation>
        </message>
        <message>
            <source>Archive the remittance of {month} ({amount})? It leaves every total but stays in the history.</source>
            <translation>Archive the remittance of {month} ({amount})? It leaves every total but stays in the history.</translation>
        </message>
        <message>
            <source>Not changed</source>
            <translation>Not changed</translation>
        </message>
        <message>
            <source>&amp;Add remittance…</source>
            <translation>&amp;Add remittance…</translation>
        </message>
        <message>
            <source>A&amp;rchive</source>
            <translation>A&amp;rchive</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>Month</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Amount</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>Currency</translation>
        </message>
        <message>
            <source>Purpose</source>
            <translation>Purpose</translation>
        </message>
        <message>
            <source>Community project</source>
            <translation>Community project</translation>
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
        <name>ReportsView</name>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>PDF documents (*.pdf)</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Excel workbooks (*.xlsx)</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV files (*.csv)</translation>
        </message>
        <message>
            <source>The end of the period is before its start.</source>
            <translation>The end of the period is before its start.</translation>
        </message>
        <message>
            <source>Computing the indicators…</source>
            <translation>Computing the indicators…</translation>
        </message>
        <message>
            <source>Indicators: {mission}, {start} to {end}.</source>
            <translation>Indicators: {mission}, {start} to {end}.</translation>
        </message>
        <message>
            <source>Nothing recorded in this period.</source>
            <translation>Nothing recorded in this period.</translation>
        </message>
        <message>
            <source>ALERT indicators</source>
            <translation>ALERT indicators</translation>
        </message>
        <message>
            <source>Export the indicators</source>
            <translation>Export the indicators</translation>
        </message>
        <message>
            <source>Writing {name}…</source>
            <translation>Writing {name}…</translation>
        </message>
        <message>
            <source>Saved as {path}.</source>
            <translation>Saved as {path}.</translation>
        </message>
        <message>
            <source>&amp;Mission:</source>
            <translation>&amp;Mission:</translation>
        </message>
        <message>
            <source>&amp;From:</source>
            <translation>&amp;From:</translation>
        </message>
        <message>
            <source>&amp;To:</source>
            <translation>&amp;To:</translation>
        </message>
        <message>
            <source>&amp;Show indicators</source>
            <translation>&amp;Show indicators</translation>
        </message>
        <message>
            <source>Export PDF…</source>
            <translation>Export PDF…</translation>
        </message>
        <message>
            <source>Export XLSX…</source>
            <translation>Export XLSX…</translation>
        </message>
        <message>
            <source>Export CSV…</source>
            <translation>Export CSV…</translation>
        </message>
        <message>
            <source>Choose a mission and a period, then show the indicators.</source>
            <translation>Choose a mission and a period, then show the indicators.</translation>
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
        <name>StageDialog</name>
        <message>
            <source>Enter the date.</source>
            <translation>Enter the date.</translation>
        </message>
        <message>
            <source>Depart abroad</source>
            <translation>Depart abroad</translation>
        </message>
        <message>
            <source>Return home</source>
            <translation>Return home</translation>
        </message>
        <message>
            <source>Cancel departure</source>
            <translation>Cancel departure</translation>
        </message>
        <message>
            <source>The worker leaves for the placement chosen below: it becomes active and the worker is recorded as working abroad.</source>
            <translation>The worker leaves for the placement chosen below: it becomes active and the worker is recorded as working abroad.</translation>
        </message>
        <message>
            <source>The worker came back: the active placement closes on this date (ended early when before its planned end) and the worker is recorded as back home.</source>
            <translation>The worker came back: the active placement closes on this date (ended early when before its planned end) and the worker is recorded as back home.</translation>
        </message>
        <message>
            <source>The departure did not happen: the worker is again preparing to leave and the active placement is cancelled, unless you keep it planned.</source>
            <translation>The departure did not happen: the worker is again preparing to leave and the active placement is cancelled, unless you keep it planned.</translation>
        </message>
        <message>
            <source>&amp;Placement</source>
            <translation>&amp;Placement</translation>
        </message>
        <message>
            <source>&amp;Date</source>
            <translation>&amp;Date</translation>
        </message>
        <message>
            <source>&amp;Keep the placement planned for a later departure</source>
            <translation>&amp;Keep the placement planned for a later departure</translation>
        </message>
        <message>
            <source>No planned placement: add one first</source>
            <translation>No planned placement: add one first</translation>
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
        <message>
            <source>First-run assistant…</source>
            <translation>First-run assistant…</translation>
        </message>
        <message>
            <source>An administrator blocked this laptop. Its case file and keys were removed from it; the records are safe on the server. Puente closes now.</source>
            <translation>An administrator blocked this laptop. Its case file and keys were removed from it; the records are safe on the server. Puente closes now.</translation>
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
        <message numerus="yes">
            <source>%n record(s) removed from this laptop under the retention period (workers closed longer than their mission keeps them).</source>
            <translation>
                <numerusform>%n record removed from this laptop under the retention period (workers closed longer than their mission keeps them).</numerusform>
                <numerusform>%n records removed from this laptop under the retention period (workers closed longer than their mission keeps them).</numerusform>
            </translation>
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
        <name>TrainingTab</name>
        <message numerus="yes">
            <source>%n session(s), {hours} h</source>
            <translation>
                <numerusform>%n session, {hours} h</numerusform>
                <numerusform>%n sessions, {hours} h</numerusform>
            </translation>
        </message>
        <message>
            <source>Withdraw from the course</source>
            <translation>Withdraw from the course</translation>
        </message>
        <message>
            <source>Withdraw the worker from {course}? Their place is freed.</source>
            <translation>Withdraw the worker from {course}? Their place is freed.</translation>
        </message>
        <message>
            <source>Not changed</source>
            <translation>Not changed</translation>
        </message>
        <message>
            <source>E&amp;nrol in a course…</source>
            <translation>E&amp;nrol in a course…</translation>
        </message>
        <message>
            <source>Record &amp;completion…</source>
            <translation>Record &amp;completion…</translation>
        </message>
        <message>
            <source>&amp;Withdraw</source>
            <translation>&amp;Withdraw</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>Course</source>
            <translation>Course</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Enrolled on</source>
            <translation>Enrolled on</translation>
        </message>
        <message>
            <source>Attendance</source>
            <translation>Attendance</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Result</translation>
        </message>
        <message>
            <source>Completed on</source>
            <translation>Completed on</translation>
        </message>
        <message>
            <source>Certificate number</source>
            <translation>Certificate number</translation>
        </message>
    </context>
    <context>
        <name>UnlockDialog</name>
        <message numerus="yes">
            <source>Too many wrong passwords. Try again in %n second(s).</source>
            <translation>
                <numerusform>Too many wrong passwords. Try again in %n second.</numerusform>
                <numerusform>Too many wrong passwords. Try again in %n seconds.</numerusform>
            </translation>
        </message>
        <message>
            <source>The username or password is not right.</source>
            <translation>The username or password is not right.</translation>
        </message>
        <message>
            <source>This person has not signed in on this laptop yet. The first sign-in of each person needs the server.</source>
            <translation>This person has not signed in on this laptop yet. The first sign-in of each person needs the server.</translation>
        </message>
        <message>
            <source>The key file beside the case file is missing or damaged. Do not delete any file; contact support.</source>
            <translation>The key file beside the case file is missing or damaged. Do not delete any file; contact support.</translation>
        </message>
        <message>
            <source>Choose a password of at least {count} characters.</source>
            <translation>Choose a password of at least {count} characters.</translation>
        </message>
        <message>
            <source>The two passwords are not the same.</source>
            <translation>The two passwords are not the same.</translation>
        </message>
        <message>
            <source>Too many failed attempts. Wait {seconds} seconds and try again.</source>
            <translation>Too many failed attempts. Wait {seconds} seconds and try again.</translation>
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
            <source>Puente could not open the case file. Nothing was deleted; contact support.</source>
            <translation>Puente could not open the case file. Nothing was deleted; contact support.</translation>
        </message>
        <message>
            <source>The address is not valid. It looks like https://puente.example.org</source>
            <translation>The address is not valid. It looks like https://puente.example.org</translation>
        </message>
        <message>
            <source>Fill in your username and your password.</source>
            <translation>Fill in your username and your password.</translation>
        </message>
        <message>
            <source>Signing in and encrypting the case file… this can take a minute.</source>
            <translation>Signing in and encrypting the case file… this can take a minute.</translation>
        </message>
        <message>
            <source>Checking the password…</source>
            <translation>Checking the password…</translation>
        </message>
        <message>
            <source>Sign in to Puente</source>
            <translation>Sign in to Puente</translation>
        </message>
        <message>
            <source>The case file on this laptop is encrypted. Sign in with your Puente password to open it; no connection is needed.</source>
            <translation>The case file on this laptop is encrypted. Sign in with your Puente password to open it; no connection is needed.</translation>
        </message>
        <message>
            <source>Puente now encrypts the case file on this laptop. Sign in once with the server to choose the key; the existing records are then encrypted.</source>
            <translation>Puente now encrypts the case file on this laptop. Sign in once with the server to choose the key; the existing records are then encrypted.</translation>
        </message>
        <message>
            <source>Welcome. The case file on this laptop will be encrypted with a key that only your password opens. The first sign-in on this laptop needs the server; later you can sign in without a connection.</source>
            <translation>Welcome. The case file on this laptop will be encrypted with a key that only your password opens. The first sign-in on this laptop needs the server; later you can sign in without a connection.</translation>
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
            <source>Repeat the password:</source>
            <translation>Repeat the password:</translation>
        </message>
        <message>
            <source>My mission has no server yet: make a local account on this laptop</source>
            <translation>My mission has no server yet: make a local account on this laptop</translation>
        </message>
        <message>
            <source>Sign in</source>
            <translation>Sign in</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Quit</translation>
        </message>
    </context>
    <context>
        <name>UnsavedChanges</name>
        <message>
            <source>Unsaved changes</source>
            <translation>Unsaved changes</translation>
        </message>
        <message>
            <source>Save them before closing?</source>
            <translation>Save them before closing?</translation>
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
            <source>Paper form {code}</source>
            <translation>Paper form {code}</translation>
        </message>
        <message>
            <source>Format: {example}</source>
            <translation>Format: {example}</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>Not saved</translation>
        </message>
        <message>
            <source>Looking for this person among the stored workers…</source>
            <translation>Looking for this person among the stored workers…</translation>
        </message>
        <message>
            <source>The check for workers already registered failed, so nothing was saved.</source>
            <translation>The check for workers already registered failed, so nothing was saved.</translation>
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
            <source>Save (Ctrl+S or Ctrl+Enter)</source>
            <translation>Save (Ctrl+S or Ctrl+Enter)</translation>
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
            <source>Shift+Enter starts a new line.</source>
            <translation>Shift+Enter starts a new line.</translation>
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
        <name>WorkerFile</name>
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
            <source>Other</source>
            <translation>Other</translation>
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
            <source>SAWP</source>
            <translation>SAWP</translation>
        </message>
        <message>
            <source>Agricultural</source>
            <translation>Agricultural</translation>
        </message>
        <message>
            <source>Low-wage</source>
            <translation>Low-wage</translation>
        </message>
        <message>
            <source>High-wage</source>
            <translation>High-wage</translation>
        </message>
        <message>
            <source>Planned</source>
            <translation>Planned</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Active</translation>
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
            <source>Education</source>
            <translation>Education</translation>
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
            <source>Profile</source>
            <translation>Profile</translation>
        </message>
        <message>
            <source>Placement</source>
            <translation>Placement</translation>
        </message>
        <message>
            <source>Enrolment</source>
            <translation>Enrolment</translation>
        </message>
        <message>
            <source>Attendance</source>
            <translation>Attendance</translation>
        </message>
        <message>
            <source>Reintegration plan</source>
            <translation>Reintegration plan</translation>
        </message>
        <message>
            <source>Milestone</source>
            <translation>Milestone</translation>
        </message>
        <message>
            <source>Remittance</source>
            <translation>Remittance</translation>
        </message>
        <message>
            <source>Case note</source>
            <translation>Case note</translation>
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
            <source>Occupation</source>
            <translation>Occupation</translation>
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
            <source>Actual return</source>
            <translation>Actual return</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Course</source>
            <translation>Course</translation>
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
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>Goals</source>
            <translation>Goals</translation>
        </message>
        <message>
            <source>Community</source>
            <translation>Community</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>Currency</translation>
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
            <source>Due</source>
            <translation>Due</translation>
        </message>
        <message>
            <source>Done on</source>
            <translation>Done on</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>Month</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Amount</translation>
        </message>
        <message>
            <source>Purpose</source>
            <translation>Purpose</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Stage</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Text</translation>
        </message>
        <message>
            <source>Follow-up date</source>
            <translation>Follow-up date</translation>
        </message>
        <message>
            <source>Follow-up done on</source>
            <translation>Follow-up done on</translation>
        </message>
        <message>
            <source>Replaced by a newer revision</source>
            <translation>Replaced by a newer revision</translation>
        </message>
        <message>
            <source>Session date</source>
            <translation>Session date</translation>
        </message>
        <message>
            <source>Present</source>
            <translation>Present</translation>
        </message>
        <message>
            <source>Hours</source>
            <translation>Hours</translation>
        </message>
        <message>
            <source>Archived on</source>
            <translation>Archived on</translation>
        </message>
        <message>
            <source>Author</source>
            <translation>Author</translation>
        </message>
        <message>
            <source>Submitted by</source>
            <translation>Submitted by</translation>
        </message>
        <message>
            <source>Submitted on</source>
            <translation>Submitted on</translation>
        </message>
        <message>
            <source>Approved by</source>
            <translation>Approved by</translation>
        </message>
        <message>
            <source>Approved on</source>
            <translation>Approved on</translation>
        </message>
        <message>
            <source>Started on</source>
            <translation>Started on</translation>
        </message>
        <message>
            <source>Closed on</source>
            <translation>Closed on</translation>
        </message>
        <message>
            <source>Other funding source</source>
            <translation>Other funding source</translation>
        </message>
        <message>
            <source>Business started on</source>
            <translation>Business started on</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Yes</translation>
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
            <translation>Reading the file…</translation>
        </message>
        <message>
            <source>The file could not be read. Close it and try again.</source>
            <translation>The file could not be read. Close it and try again.</translation>
        </message>
        <message>
            <source>&amp;Profile</source>
            <translation>&amp;Profile</translation>
        </message>
        <message>
            <source>&amp;Journey</source>
            <translation>&amp;Journey</translation>
        </message>
        <message>
            <source>&amp;Training</source>
            <translation>&amp;Training</translation>
        </message>
        <message>
            <source>P&amp;lans</source>
            <translation>P&amp;lans</translation>
        </message>
        <message>
            <source>Re&amp;mittances</source>
            <translation>Re&amp;mittances</translation>
        </message>
        <message>
            <source>&amp;Notes and follow-ups</source>
            <translation>&amp;Notes and follow-ups</translation>
        </message>
        <message>
            <source>&amp;History</source>
            <translation>&amp;History</translation>
        </message>
        <message>
            <source>Print &amp;record…</source>
            <translation>Print &amp;record…</translation>
        </message>
        <message>
            <source>Worker file</source>
            <translation>Worker file</translation>
        </message>
        <message>
            <source>Archived: restore the worker to change the file</source>
            <translation>Archived: restore the worker to change the file</translation>
        </message>
        <message>
            <source>Read only</source>
            <translation>Read only</translation>
        </message>
        <message>
            <source>{name} – Worker file</source>
            <translation>{name} – Worker file</translation>
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
            <source>Changed since:</source>
            <translation>Changed since:</translation>
        </message>
        <message>
            <source>New worker</source>
            <translation>New worker</translation>
        </message>
        <message>
            <source>More than {count} matches: keep typing to narrow the list.</source>
            <translation>More than {count} matches: keep typing to narrow the list.</translation>
        </message>
        <message>
            <source>Active and closed</source>
            <translation>Active and closed</translation>
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
