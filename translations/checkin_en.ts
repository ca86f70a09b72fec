<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>ArrivalsChart</name>
    <message>
        <source>No arrivals yet.</source>
        <translation>No arrivals yet.</translation>
    </message>
    <message numerus="yes">
        <source>%n arrival(s); the busiest quarter hour was %1 with %2.</source>
        <translation>
            <numerusform>%n arrival; the busiest quarter hour was %1 with %2.</numerusform>
            <numerusform>%n arrivals; the busiest quarter hour was %1 with %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>No arrivals yet</source>
        <translation>No arrivals yet</translation>
    </message>
</context>
<context>
    <name>AttendeePanel</name>
    <message>
        <source>Attendee</source>
        <translation>Attendee</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Registration no.</source>
        <translation>Registration no.</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>Registration</translation>
    </message>
    <message>
        <source>Note for the door</source>
        <translation>Note for the door</translation>
    </message>
    <message>
        <source>Badge printed</source>
        <translation>Badge printed</translation>
    </message>
    <message>
        <source>Interpretation receiver</source>
        <translation>Interpretation receiver</translation>
    </message>
    <message>
        <source>&amp;First name</source>
        <translation>&amp;First name</translation>
    </message>
    <message>
        <source>&amp;Last name</source>
        <translation>&amp;Last name</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Phone</translation>
    </message>
    <message>
        <source>&amp;Check-ins, all sessions</source>
        <translation>&amp;Check-ins, all sessions</translation>
    </message>
    <message>
        <source>Check-ins of this person</source>
        <translation>Check-ins of this person</translation>
    </message>
    <message>
        <source>Badge QR code</source>
        <translation>Badge QR code</translation>
    </message>
    <message>
        <source>Check &amp;in</source>
        <translation>Check &amp;in</translation>
    </message>
    <message>
        <source>&amp;Undo check-in</source>
        <translation>&amp;Undo check-in</translation>
    </message>
    <message>
        <source>&amp;Override (PIN)…</source>
        <translation>&amp;Override (PIN)…</translation>
    </message>
    <message>
        <source>&amp;Reprint badge…</source>
        <translation>&amp;Reprint badge…</translation>
    </message>
    <message>
        <source>Co&amp;rrect details…</source>
        <translation>Co&amp;rrect details…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Back to search</source>
        <translation>Back to search</translation>
    </message>
    <message>
        <source>Nobody chosen</source>
        <translation>Nobody chosen</translation>
    </message>
    <message>
        <source>Attention at the door</source>
        <translation>Attention at the door</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>not yet</translation>
    </message>
    <message>
        <source>%1 · online only (not on the registration list)</source>
        <translation>%1 · online only (not on the registration list)</translation>
    </message>
    <message>
        <source>%1 (since %2)</source>
        <translation>%1 (since %2)</translation>
    </message>
    <message>
        <source>No check-in to undo for this person.</source>
        <translation>No check-in to undo for this person.</translation>
    </message>
    <message>
        <source>Undoes the check-in to %1 at %2 (or choose another row)</source>
        <translation>Undoes the check-in to %1 at %2 (or choose another row)</translation>
    </message>
    <message>
        <source>Not recorded: %1</source>
        <translation>Not recorded: %1</translation>
    </message>
    <message>
        <source>Check-in undone. It stays in the history, struck through.</source>
        <translation>Check-in undone. It stays in the history, struck through.</translation>
    </message>
    <message>
        <source>Badge sent to the printer.</source>
        <translation>Badge sent to the printer.</translation>
    </message>
    <message>
        <source>Saved here; sent to the server at the next sync.</source>
        <translation>Saved here; sent to the server at the next sync.</translation>
    </message>
    <message>
        <source>The first name is needed.</source>
        <translation>The first name is needed.</translation>
    </message>
    <message>
        <source>The last name is needed.</source>
        <translation>The last name is needed.</translation>
    </message>
    <message>
        <source>This e-mail address does not look right.</source>
        <translation>This e-mail address does not look right.</translation>
    </message>
    <message>
        <source>This phone number does not look right.</source>
        <translation>This phone number does not look right.</translation>
    </message>
    <message>
        <source>Please check the details.</source>
        <translation>Please check the details.</translation>
    </message>
</context>
<context>
    <name>BackupBox</name>
    <message>
        <source>Backups</source>
        <extracomment>the user asked to put a copy back: the window quits, the next start restores it</extracomment>
        <translation>Backups</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Choose…</translation>
    </message>
    <message>
        <source>Beside the database</source>
        <translation>Beside the database</translation>
    </message>
    <message>
        <source>&amp;Keep the last</source>
        <translation>&amp;Keep the last</translation>
    </message>
    <message>
        <source> copies</source>
        <translation> copies</translation>
    </message>
    <message>
        <source>Take one &amp;every</source>
        <translation>Take one &amp;every</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Back up &amp;now</source>
        <translation>Back up &amp;now</translation>
    </message>
    <message>
        <source>&amp;Restore this copy…</source>
        <translation>&amp;Restore this copy…</translation>
    </message>
    <message>
        <source>Copies kept</source>
        <translation>Copies kept</translation>
    </message>
    <message>
        <source>Minutes between two copies</source>
        <translation>Minutes between two copies</translation>
    </message>
    <message>
        <source>Backups, newest first</source>
        <translation>Backups, newest first</translation>
    </message>
    <message>
        <source>%1 (beside the database)</source>
        <translation>%1 (beside the database)</translation>
    </message>
    <message>
        <source>The last backup failed: %1</source>
        <translation>The last backup failed: %1</translation>
    </message>
    <message>
        <source>Last copy: %1.</source>
        <translation>Last copy: %1.</translation>
    </message>
    <message numerus="yes">
        <source>A copy is taken every %n minute(s) and on quit.</source>
        <translation>
            <numerusform>A copy is taken every minute and on quit.</numerusform>
            <numerusform>A copy is taken every %n minutes and on quit.</numerusform>
        </translation>
    </message>
    <message>
        <source>Folder for the backups (a USB stick…)</source>
        <translation>Folder for the backups (a USB stick…)</translation>
    </message>
    <message>
        <source>Copying…</source>
        <translation>Copying…</translation>
    </message>
    <message>
        <source>Put back the copy of %1? Check-in will close; start it again to use the copy. The current file is kept aside, not deleted.</source>
        <translation>Put back the copy of %1? Check-in will close; start it again to use the copy. The current file is kept aside, not deleted.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restore a backup</translation>
    </message>
</context>
<context>
    <name>BadgePrinting</name>
    <message>
        <source>No event in this database: import an attendee list first.</source>
        <extracomment>the window&apos;s writer (:meth:`checkin.ui.admission.Admission.run`) that marks a badge printed; None: marked in place (tests, scripts)</extracomment>
        <translation>No event in this database: import an attendee list first.</translation>
    </message>
    <message>
        <source>The printer could not be started: check it is on and connected, then try again.</source>
        <translation>The printer could not be started: check it is on and connected, then try again.</translation>
    </message>
</context>
<context>
    <name>CameraBox</name>
    <message>
        <source>Camera</source>
        <translation>Camera</translation>
    </message>
    <message>
        <source>&amp;Camera</source>
        <translation>&amp;Camera</translation>
    </message>
    <message>
        <source>&amp;Or a video file / stream URL</source>
        <translation>&amp;Or a video file / stream URL</translation>
    </message>
    <message>
        <source>http://phone.local:8080/video</source>
        <translation>http://phone.local:8080/video</translation>
    </message>
    <message>
        <source>QR &amp;decoder</source>
        <translation>QR &amp;decoder</translation>
    </message>
    <message>
        <source>Stop the &amp;test</source>
        <translation>Stop the &amp;test</translation>
    </message>
    <message>
        <source>&amp;Test the camera</source>
        <translation>&amp;Test the camera</translation>
    </message>
    <message>
        <source>QR decoder</source>
        <translation>QR decoder</translation>
    </message>
    <message>
        <source>Video file or stream URL</source>
        <translation>Video file or stream URL</translation>
    </message>
    <message>
        <source>No camera found</source>
        <translation>No camera found</translation>
    </message>
    <message>
        <source>Automatic (best available)</source>
        <translation>Automatic (best available)</translation>
    </message>
    <message>
        <source>%1 (not available: %2)</source>
        <translation>%1 (not available: %2)</translation>
    </message>
    <message>
        <source>The camera cannot start: %1</source>
        <translation>The camera cannot start: %1</translation>
    </message>
    <message>
        <source>Opening the camera…</source>
        <translation>Opening the camera…</translation>
    </message>
    <message>
        <source>Show a badge to the camera.</source>
        <translation>Show a badge to the camera.</translation>
    </message>
    <message>
        <source>Read: %1</source>
        <translation>Read: %1</translation>
    </message>
</context>
<context>
    <name>CameraView</name>
    <message>
        <source>Camera on</source>
        <extracomment>the camera&apos;s state changed (the status object, or None: no camera at all)</extracomment>
        <translation>Camera on</translation>
    </message>
    <message>
        <source>Opening the camera…</source>
        <translation>Opening the camera…</translation>
    </message>
    <message>
        <source>Camera lost: reconnecting…</source>
        <translation>Camera lost: reconnecting…</translation>
    </message>
    <message>
        <source>Camera stopped</source>
        <translation>Camera stopped</translation>
    </message>
    <message>
        <source>No camera detected: use the USB scanner or type the code.</source>
        <translation>No camera detected: use the USB scanner or type the code.</translation>
    </message>
</context>
<context>
    <name>CheckinHistoryModel</name>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Door</source>
        <translation>Door</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>exit</source>
        <translation>exit</translation>
    </message>
    <message>
        <source>override</source>
        <translation>override</translation>
    </message>
    <message>
        <source>undone</source>
        <translation>undone</translation>
    </message>
</context>
<context>
    <name>CrashReporter</name>
    <message>
        <source>Check-in: unexpected error</source>
        <translation>Check-in: unexpected error</translation>
    </message>
    <message>
        <source>Something went wrong inside Check-in. Scanning goes on: the check-ins already shown are saved.</source>
        <translation>Something went wrong inside Check-in. Scanning goes on: the check-ins already shown are saved.</translation>
    </message>
    <message>
        <source>Open the log folder</source>
        <translation>Open the log folder</translation>
    </message>
    <message>
        <source>The details are in the log file:
%1</source>
        <translation>The details are in the log file:
%1</translation>
    </message>
    <message>
        <source>No log file could be written on this computer.</source>
        <translation>No log file could be written on this computer.</translation>
    </message>
    <message numerus="yes">
        <source>(%n error(s) so far)</source>
        <translation>
            <numerusform>(%n error so far)</numerusform>
            <numerusform>(%n errors so far)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>All sessions</source>
        <translation>All sessions</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Who is here</source>
        <translation>Who is here</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Show</translation>
    </message>
    <message>
        <source>Session shown</source>
        <translation>Session shown</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>Per &amp;session</source>
        <translation>Per &amp;session</translation>
    </message>
    <message>
        <source>&amp;Arrivals per quarter hour</source>
        <translation>&amp;Arrivals per quarter hour</translation>
    </message>
    <message>
        <source>By &amp;category</source>
        <translation>By &amp;category</translation>
    </message>
    <message>
        <source>By c&amp;ountry</source>
        <translation>By c&amp;ountry</translation>
    </message>
    <message>
        <source>S&amp;tations</source>
        <translation>S&amp;tations</translation>
    </message>
    <message>
        <source>Arrivals per session</source>
        <translation>Arrivals per session</translation>
    </message>
    <message>
        <source>Arrivals per quarter hour</source>
        <translation>Arrivals per quarter hour</translation>
    </message>
    <message>
        <source>Arrivals by category</source>
        <translation>Arrivals by category</translation>
    </message>
    <message>
        <source>Arrivals by country</source>
        <translation>Arrivals by country</translation>
    </message>
    <message>
        <source>Stations and their sync</source>
        <translation>Stations and their sync</translation>
    </message>
    <message>
        <source>Double entries</source>
        <translation>Double entries</translation>
    </message>
    <message>
        <source>Export (staff PIN):</source>
        <translation>Export (staff PIN):</translation>
    </message>
    <message>
        <source>Online attendance: import a report…</source>
        <translation>Online attendance: import a report…</translation>
    </message>
    <message>
        <source>The participants report of Zoom, Microsoft Teams or Webex, for one session (staff PIN)</source>
        <translation>The participants report of Zoom, Microsoft Teams or Webex, for one session (staff PIN)</translation>
    </message>
    <message>
        <source>Attendance (CSV)</source>
        <translation>Attendance (CSV)</translation>
    </message>
    <message>
        <source>Everything (Excel)</source>
        <translation>Everything (Excel)</translation>
    </message>
    <message>
        <source>No-shows (CSV)</source>
        <translation>No-shows (CSV)</translation>
    </message>
    <message>
        <source>Attendance sheet (PDF)</source>
        <translation>Attendance sheet (PDF)</translation>
    </message>
    <message>
        <source>Empty sign-in sheet (PDF)</source>
        <translation>Empty sign-in sheet (PDF)</translation>
    </message>
    <message>
        <source>Double entries (CSV)</source>
        <translation>Double entries (CSV)</translation>
    </message>
    <message>
        <source>Receivers not returned (CSV)</source>
        <translation>Receivers not returned (CSV)</translation>
    </message>
    <message>
        <source>Receivers not returned (PDF)</source>
        <translation>Receivers not returned (PDF)</translation>
    </message>
    <message>
        <source>Figures not updated: %1</source>
        <translation>Figures not updated: %1</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Counting…</translation>
    </message>
    <message numerus="yes">
        <source>%n person arrived of %1 expected</source>
        <translation>
            <numerusform>%n person arrived of %1 expected</numerusform>
            <numerusform>%n people arrived of %1 expected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person arrived of %1 registered</source>
        <translation>
            <numerusform>%n person arrived of %1 registered</numerusform>
            <numerusform>%n people arrived of %1 registered</numerusform>
        </translation>
    </message>
    <message>
        <source>Updated at %1</source>
        <translation>Updated at %1</translation>
    </message>
    <message numerus="yes">
        <source>The hub keeps %n check-in(s) aside: the person or the session they name is not on the hub yet.</source>
        <translation>
            <numerusform>The hub keeps %n check-in aside: the person or the session it names is not on the hub yet.</numerusform>
            <numerusform>The hub keeps %n check-ins aside: the person or the session they name is not on the hub yet.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Arrivals on site per quarter hour</source>
        <translation>&amp;Arrivals on site per quarter hour</translation>
    </message>
    <message>
        <source>On site: %1 · online: %2 · both ways: %3 (once in the total)</source>
        <translation>On site: %1 · online: %2 · both ways: %3 (once in the total)</translation>
    </message>
    <message>
        <source>%1: %2 over capacity (peak %3 for %4 seats)</source>
        <translation>%1: %2 over capacity (peak %3 for %4 seats)</translation>
    </message>
    <message>
        <source>Rooms past capacity, from the check-ins synced to this station: %1</source>
        <translation>Rooms past capacity, from the check-ins synced to this station: %1</translation>
    </message>
    <message>
        <source>&amp;Double entries (%1)</source>
        <translation>&amp;Double entries (%1)</translation>
    </message>
    <message>
        <source>Double entries: none</source>
        <translation>Double entries: none</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Saved: %1</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Export failed: %1</translation>
    </message>
</context>
<context>
    <name>DoorMode</name>
    <message>
        <source>Leave door mode (PIN)</source>
        <translation>Leave door mode (PIN)</translation>
    </message>
</context>
<context>
    <name>DoubleEntriesModel</name>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Doors and times</source>
        <translation>Doors and times</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
</context>
<context>
    <name>EventBox</name>
    <message>
        <source>Saving…</source>
        <extracomment>the event was saved (an Event): titles, time zone and days may have changed</extracomment>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>The conference is saved.</source>
        <translation>The conference is saved.</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) now outside the conference&apos;s days: check the programme.</source>
        <translation>
            <numerusform>%n session now outside the conference&apos;s days: check the programme.</numerusform>
            <numerusform>%n sessions now outside the conference&apos;s days: check the programme.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <source>Conference</source>
        <translation>Conference</translation>
    </message>
    <message>
        <source>Save the conference (staff PIN)…</source>
        <translation>Save the conference (staff PIN)…</translation>
    </message>
</context>
<context>
    <name>EventForm</name>
    <message>
        <source>The code cannot change once people have badges: every badge carries it.</source>
        <translation>The code cannot change once people have badges: every badge carries it.</translation>
    </message>
    <message>
        <source>2 to 12 letters or digits, without spaces (e.g. IMC26).</source>
        <translation>2 to 12 letters or digits, without spaces (e.g. IMC26).</translation>
    </message>
    <message>
        <source>This title is too long.</source>
        <translation>This title is too long.</translation>
    </message>
    <message>
        <source>Give the conference a title, in French or in English.</source>
        <translation>Give the conference a title, in French or in English.</translation>
    </message>
    <message>
        <source>Unknown time zone: choose one from the list (e.g. Africa/Bujumbura).</source>
        <translation>Unknown time zone: choose one from the list (e.g. Africa/Bujumbura).</translation>
    </message>
    <message>
        <source>The last day is before the first.</source>
        <translation>The last day is before the first.</translation>
    </message>
    <message>
        <source>More than a year between the first and last days: check them.</source>
        <translation>More than a year between the first and last days: check them.</translation>
    </message>
    <message>
        <source>The first day is missing.</source>
        <translation>The first day is missing.</translation>
    </message>
    <message>
        <source>This is too long.</source>
        <translation>This is too long.</translation>
    </message>
    <message>
        <source>Event &amp;code</source>
        <translation>Event &amp;code</translation>
    </message>
    <message>
        <source>Title in &amp;French</source>
        <translation>Title in &amp;French</translation>
    </message>
    <message>
        <source>Title in &amp;English</source>
        <translation>Title in &amp;English</translation>
    </message>
    <message>
        <source>&amp;Time zone</source>
        <translation>&amp;Time zone</translation>
    </message>
    <message>
        <source>&amp;First day</source>
        <translation>&amp;First day</translation>
    </message>
    <message>
        <source>&amp;Last day</source>
        <translation>&amp;Last day</translation>
    </message>
    <message>
        <source>&amp;Venue</source>
        <translation>&amp;Venue</translation>
    </message>
    <message>
        <source>e.g. IMC26</source>
        <translation>e.g. IMC26</translation>
    </message>
    <message>
        <source>Printed at the start of every badge code; it cannot change once badges are printed.</source>
        <translation>Printed at the start of every badge code; it cannot change once badges are printed.</translation>
    </message>
    <message>
        <source>e.g. Conférence internationale de la mutualité</source>
        <translation>e.g. Conférence internationale de la mutualité</translation>
    </message>
    <message>
        <source>e.g. International Mutualist Conference (the French title if empty)</source>
        <translation>e.g. International Mutualist Conference (the French title if empty)</translation>
    </message>
    <message>
        <source>e.g. Hôtel Club du Lac Tanganyika, Bujumbura</source>
        <translation>e.g. Hôtel Club du Lac Tanganyika, Bujumbura</translation>
    </message>
    <message>
        <source>The code cannot change once badges are printed.</source>
        <translation>The code cannot change once badges are printed.</translation>
    </message>
    <message>
        <source>People have badges already: the code stays as it is.</source>
        <translation>People have badges already: the code stays as it is.</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <source>first name</source>
        <translation>first name</translation>
    </message>
    <message>
        <source>last name</source>
        <translation>last name</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>organisation</translation>
    </message>
    <message>
        <source>country</source>
        <translation>country</translation>
    </message>
    <message>
        <source>category</source>
        <translation>category</translation>
    </message>
    <message>
        <source>language</source>
        <translation>language</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>phone</translation>
    </message>
    <message>
        <source>registration number</source>
        <translation>registration number</translation>
    </message>
    <message>
        <source>workshops</source>
        <translation>workshops</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notes</translation>
    </message>
    <message>
        <source>name (French)</source>
        <translation>name (French)</translation>
    </message>
    <message>
        <source>name (English)</source>
        <translation>name (English)</translation>
    </message>
    <message>
        <source>start</source>
        <translation>start</translation>
    </message>
    <message>
        <source>end</source>
        <translation>end</translation>
    </message>
    <message>
        <source>room</source>
        <translation>room</translation>
    </message>
    <message>
        <source>capacity</source>
        <translation>capacity</translation>
    </message>
    <message>
        <source>who may enter</source>
        <translation>who may enter</translation>
    </message>
    <message>
        <source>registration required</source>
        <translation>registration required</translation>
    </message>
    <message>
        <source>re-entry</source>
        <translation>re-entry</translation>
    </message>
    <message>
        <source>entry after exit</source>
        <translation>entry after exit</translation>
    </message>
    <message>
        <source>unpaid accepted</source>
        <translation>unpaid accepted</translation>
    </message>
    <message>
        <source>(blank)</source>
        <translation>(blank)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>everyone</source>
        <translation>everyone</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
</context>
<context>
    <name>FirstScreen</name>
    <message>
        <source>Check-in: a new station</source>
        <translation>Check-in: a new station</translation>
    </message>
    <message>
        <source>Welcome to Check-in</source>
        <translation>Welcome to Check-in</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>This station has no conference yet. What is it for?</source>
        <translation>This station has no conference yet. What is it for?</translation>
    </message>
    <message>
        <source>A new conference</source>
        <translation>A new conference</translation>
    </message>
    <message>
        <source>You organise it: give it a code, a title and its days, then import the programme and the attendee list from your spreadsheets.</source>
        <translation>You organise it: give it a code, a title and its days, then import the programme and the attendee list from your spreadsheets.</translation>
    </message>
    <message>
        <source>Join the venue&apos;s hub</source>
        <translation>Join the venue&apos;s hub</translation>
    </message>
    <message>
        <source>Another computer at the venue serves the conference: this station receives the programme and the list from it, and shares its scans.</source>
        <translation>Another computer at the venue serves the conference: this station receives the programme and the list from it, and shares its scans.</translation>
    </message>
    <message>
        <source>Connect to pretix</source>
        <translation>Connect to pretix</translation>
    </message>
    <message>
        <source>The registrations are in pretix: the station reads the event and the attendees from it and sends the check-ins back.</source>
        <translation>The registrations are in pretix: the station reads the event and the attendees from it and sends the check-ins back.</translation>
    </message>
    <message>
        <source>Open the demo</source>
        <translation>Open the demo</translation>
    </message>
    <message>
        <source>A sample conference (Bujumbura, February 2025) with 1,500 attendees, to try every page. It has its own file: this station stays empty.</source>
        <translation>A sample conference (Bujumbura, February 2025) with 1,500 attendees, to try every page. It has its own file: this station stays empty.</translation>
    </message>
    <message>
        <source>A few fields; the programme and the attendees come next. All of it can be changed later in Settings.</source>
        <translation>A few fields; the programme and the attendees come next. All of it can be changed later in Settings.</translation>
    </message>
    <message>
        <source>&amp;Create the conference</source>
        <translation>&amp;Create the conference</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Connect</translation>
    </message>
    <message>
        <source>Keep it and &amp;continue offline</source>
        <translation>Keep it and &amp;continue offline</translation>
    </message>
    <message>
        <source>The station keeps this source and tries again in the background.</source>
        <translation>The station keeps this source and tries again in the background.</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <source>This database holds a conference already: close this window and start Check-in again to open it.</source>
        <translation>This database holds a conference already: close this window and start Check-in again to open it.</translation>
    </message>
    <message>
        <source>The conference could not be saved: %1</source>
        <translation>The conference could not be saved: %1</translation>
    </message>
    <message>
        <source>The programme</source>
        <translation>The programme</translation>
    </message>
    <message>
        <source>The attendee list</source>
        <translation>The attendee list</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx)</source>
        <translation>Spreadsheets (*.csv *.xlsx)</translation>
    </message>
    <message>
        <source>Fill in every field: %1 is empty.</source>
        <translation>Fill in every field: %1 is empty.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connecting to %1…</translation>
    </message>
    <message>
        <source>the hub</source>
        <translation>the hub</translation>
    </message>
    <message numerus="yes">
        <source>Connected: %n person(s) received.</source>
        <translation>
            <numerusform>Connected: %n person received.</numerusform>
            <numerusform>Connected: %n people received.</numerusform>
        </translation>
    </message>
    <message>
        <source>the server cannot be reached. Check the address, and that this computer is on the venue&apos;s network.</source>
        <translation>the server cannot be reached. Check the address, and that this computer is on the venue&apos;s network.</translation>
    </message>
    <message>
        <source>the server refused or answered nonsense. Check the token (and, for pretix, the organiser and the event).</source>
        <translation>the server refused or answered nonsense. Check the token (and, for pretix, the organiser and the event).</translation>
    </message>
    <message>
        <source>Saved, but %1
Or keep this source: the station tries again in the background.</source>
        <translation>Saved, but %1
Or keep this source: the station tries again in the background.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <source>Preparing the demo conference…</source>
        <translation>Preparing the demo conference…</translation>
    </message>
    <message>
        <source>The demo cannot be opened: %1</source>
        <translation>The demo cannot be opened: %1</translation>
    </message>
</context>
<context>
    <name>FundersBox</name>
    <message>
        <source>Funders&apos; attendance sheet</source>
        <translation>Funders&apos; attendance sheet</translation>
    </message>
    <message>
        <source>Funder&apos;s &amp;logo</source>
        <translation>Funder&apos;s &amp;logo</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Funder&apos;s logo</source>
        <translation>Funder&apos;s logo</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Certified by (&amp;name)</source>
        <translation>Certified by (&amp;name)</translation>
    </message>
    <message>
        <source>blank: a line to write on</source>
        <translation>blank: a line to write on</translation>
    </message>
    <message>
        <source>Certified by</source>
        <translation>Certified by</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Role</translation>
    </message>
    <message>
        <source>e.g. Programme coordinator</source>
        <translation>e.g. Programme coordinator</translation>
    </message>
    <message>
        <source>Role of whoever certifies</source>
        <translation>Role of whoever certifies</translation>
    </message>
    <message>
        <source>&amp;Online attendees</source>
        <translation>&amp;Online attendees</translation>
    </message>
    <message>
        <source>Apart, after the on-site list, with their own total</source>
        <translation>Apart, after the on-site list, with their own total</translation>
    </message>
    <message>
        <source>Together with those on site, marked online</source>
        <translation>Together with those on site, marked online</translation>
    </message>
    <message>
        <source>Where the online attendees go on the sheet</source>
        <translation>Where the online attendees go on the sheet</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>GroupFiguresModel</name>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Arrived</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registered</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>(not given)</translation>
    </message>
</context>
<context>
    <name>HubPage</name>
    <message>
        <source>Hub</source>
        <translation>Hub</translation>
    </message>
    <message>
        <source>Venue hub</source>
        <translation>Venue hub</translation>
    </message>
    <message>
        <source>Run the hub on the organiser&apos;s laptop: the other stations of the venue sync with it over the local network, even with no internet. Pair each station by showing it a QR code.</source>
        <translation>Run the hub on the organiser&apos;s laptop: the other stations of the venue sync with it over the local network, even with no internet. Pair each station by showing it a QR code.</translation>
    </message>
    <message>
        <source>&amp;Start the hub</source>
        <translation>&amp;Start the hub</translation>
    </message>
    <message>
        <source>S&amp;top the hub</source>
        <translation>S&amp;top the hub</translation>
    </message>
    <message>
        <source>&amp;Revoke the selected station</source>
        <translation>&amp;Revoke the selected station</translation>
    </message>
    <message>
        <source>New station:</source>
        <translation>New station:</translation>
    </message>
    <message>
        <source>e.g. Auditorium – door A</source>
        <translation>e.g. Auditorium – door A</translation>
    </message>
    <message>
        <source>&amp;Pair a station…</source>
        <translation>&amp;Pair a station…</translation>
    </message>
    <message>
        <source>New station&apos;s name</source>
        <translation>New station&apos;s name</translation>
    </message>
    <message>
        <source>New station&apos;s role</source>
        <translation>New station&apos;s role</translation>
    </message>
    <message>
        <source>Stations of this hub</source>
        <translation>Stations of this hub</translation>
    </message>
    <message>
        <source>door</source>
        <translation>door</translation>
    </message>
    <message>
        <source>desk</source>
        <translation>desk</translation>
    </message>
    <message>
        <source>organiser</source>
        <translation>organiser</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Station</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Last contact</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Running at %1 (certificate %2…)</source>
        <translation>Running at %1 (certificate %2…)</translation>
    </message>
    <message>
        <source>Stopped: the stations work offline until it runs.</source>
        <translation>Stopped: the stations work offline until it runs.</translation>
    </message>
    <message>
        <source>The pairing code has expired: make a new one.</source>
        <translation>The pairing code has expired: make a new one.</translation>
    </message>
    <message>
        <source>Show this QR code to the new station (Settings → Join the venue&apos;s hub), or paste this text there. It works once, until %1:
%2</source>
        <translation>Show this QR code to the new station (Settings → Join the venue&apos;s hub), or paste this text there. It works once, until %1:
%2</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>revoked</translation>
    </message>
    <message>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <source>Name the new station first, e.g. Auditorium – door A.</source>
        <translation>Name the new station first, e.g. Auditorium – door A.</translation>
    </message>
    <message>
        <source>Choose the station to revoke in the list first.</source>
        <translation>Choose the station to revoke in the list first.</translation>
    </message>
    <message>
        <source>Starting the hub…</source>
        <translation>Starting the hub…</translation>
    </message>
    <message>
        <source>The hub did not start: %1</source>
        <translation>The hub did not start: %1</translation>
    </message>
    <message>
        <source>The hub is stopped: start it before the station scans this code.</source>
        <translation>The hub is stopped: start it before the station scans this code.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import the programme</source>
        <translation>Import the programme</translation>
    </message>
    <message>
        <source>Import the attendee list</source>
        <translation>Import the attendee list</translation>
    </message>
    <message>
        <source>What happens to each line</source>
        <translation>What happens to each line</translation>
    </message>
    <message>
        <source>&amp;Blank cells clear stored values</source>
        <translation>&amp;Blank cells clear stored values</translation>
    </message>
    <message>
        <source>Off: an empty cell keeps what this station has (an e-mail, a phone). On: the file is the truth, and an empty cell erases the stored value.</source>
        <translation>Off: an empty cell keeps what this station has (an e-mail, a phone). On: the file is the truth, and an empty cell erases the stored value.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>Import the &amp;good lines only</source>
        <translation>Import the &amp;good lines only</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) no longer in the file: removed from the programme.</source>
        <translation>
            <numerusform>%n session no longer in the file: removed from the programme.</numerusform>
            <numerusform>%n sessions no longer in the file: removed from the programme.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) no longer in the file but with check-ins: kept.</source>
        <translation>
            <numerusform>%n session no longer in the file but with check-ins: kept.</numerusform>
            <numerusform>%n sessions no longer in the file but with check-ins: kept.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) registered for workshops this programme does not have.</source>
        <translation>
            <numerusform>%n person registered for workshops this programme does not have.</numerusform>
            <numerusform>%n people registered for workshops this programme does not have.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The workshops of %n person(s) are now known.</source>
        <translation>
            <numerusform>The workshops of %n person are now known.</numerusform>
            <numerusform>The workshops of %n people are now known.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new session(s)</source>
        <translation>
            <numerusform>%n new session</numerusform>
            <numerusform>%n new sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <comment>sessions</comment>
        <translation>
            <numerusform>%n updated</numerusform>
            <numerusform>%n updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <comment>sessions</comment>
        <translation>
            <numerusform>%n unchanged</numerusform>
            <numerusform>%n unchanged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused</source>
        <comment>sessions</comment>
        <translation>
            <numerusform>%n refused</numerusform>
            <numerusform>%n refused</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <comment>lines</comment>
        <translation>
            <numerusform>%n skipped</numerusform>
            <numerusform>%n skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <comment>people</comment>
        <translation>
            <numerusform>%n new</numerusform>
            <numerusform>%n new</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <comment>people</comment>
        <translation>
            <numerusform>%n updated</numerusform>
            <numerusform>%n updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <comment>people</comment>
        <translation>
            <numerusform>%n unchanged</numerusform>
            <numerusform>%n unchanged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused</source>
        <comment>people</comment>
        <translation>
            <numerusform>%n refused</numerusform>
            <numerusform>%n refused</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s): taken, but have a look.</source>
        <translation>
            <numerusform>%n warning: taken, but have a look.</numerusform>
            <numerusform>%n warnings: taken, but have a look.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cannot be imported.</source>
        <translation>%1 cannot be imported.</translation>
    </message>
    <message>
        <source>%1 is imported.</source>
        <translation>%1 is imported.</translation>
    </message>
    <message>
        <source>%1 was not imported.</source>
        <translation>%1 was not imported.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Reading %1…</translation>
    </message>
    <message>
        <source>Nothing is written yet. Here is what importing %1 would do, line by line:</source>
        <translation>Nothing is written yet. Here is what importing %1 would do, line by line:</translation>
    </message>
    <message>
        <source>Refused lines block the import, so that the programme stays whole: correct the file and import it again.</source>
        <translation>Refused lines block the import, so that the programme stays whole: correct the file and import it again.</translation>
    </message>
    <message>
        <source>Refused lines block the import, so that the list stays whole: correct the file and import it again, or import the good lines only.</source>
        <translation>Refused lines block the import, so that the list stays whole: correct the file and import it again, or import the good lines only.</translation>
    </message>
    <message>
        <source>Blank cells erase what is stored.</source>
        <translation>Blank cells erase what is stored.</translation>
    </message>
    <message>
        <source>Blank cells keep what is stored.</source>
        <translation>Blank cells keep what is stored.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Line %1: %2</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warning: %1</translation>
    </message>
</context>
<context>
    <name>ImportLinesModel</name>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>What happens</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Changes</translation>
    </message>
    <message>
        <source>Day, time and room as read</source>
        <translation>Day, time and room as read</translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s)</source>
        <translation>
            <numerusform>%n seat</numerusform>
            <numerusform>%n seats</numerusform>
        </translation>
    </message>
    <message>
        <source>new</source>
        <comment>a session</comment>
        <translation>new</translation>
    </message>
    <message>
        <source>updated</source>
        <comment>a session</comment>
        <translation>updated</translation>
    </message>
    <message>
        <source>unchanged</source>
        <comment>a session</comment>
        <translation>unchanged</translation>
    </message>
    <message>
        <source>skipped</source>
        <comment>a line of the programme</comment>
        <translation>skipped</translation>
    </message>
    <message>
        <source>refused</source>
        <comment>a session</comment>
        <translation>refused</translation>
    </message>
    <message>
        <source>kept</source>
        <comment>a session</comment>
        <translation>kept</translation>
    </message>
    <message>
        <source>removed</source>
        <comment>a session</comment>
        <translation>removed</translation>
    </message>
    <message>
        <source>new</source>
        <translation>new</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>updated</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unchanged</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>skipped</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>refused</translation>
    </message>
    <message>
        <source>blank in the file, kept: %1</source>
        <translation>blank in the file, kept: %1</translation>
    </message>
    <message>
        <source>same room as “%1” (%2), %3</source>
        <translation>same room as “%1” (%2), %3</translation>
    </message>
    <message>
        <source>%1 is outside the conference&apos;s days</source>
        <translation>%1 is outside the conference&apos;s days</translation>
    </message>
    <message>
        <source>blank line</source>
        <translation>blank line</translation>
    </message>
    <message>
        <source>title row merged across columns</source>
        <translation>title row merged across columns</translation>
    </message>
    <message>
        <source>missing name</source>
        <translation>missing name</translation>
    </message>
    <message>
        <source>malformed e-mail</source>
        <translation>malformed e-mail</translation>
    </message>
    <message>
        <source>short line</source>
        <translation>short line</translation>
    </message>
    <message>
        <source>more cells than columns</source>
        <translation>more cells than columns</translation>
    </message>
    <message>
        <source>duplicate registration number</source>
        <translation>duplicate registration number</translation>
    </message>
    <message>
        <source>same person twice</source>
        <translation>same person twice</translation>
    </message>
    <message>
        <source>cells merged across columns</source>
        <translation>cells merged across columns</translation>
    </message>
    <message>
        <source>unknown category</source>
        <translation>unknown category</translation>
    </message>
    <message>
        <source>unknown status</source>
        <translation>unknown status</translation>
    </message>
    <message>
        <source>unknown language</source>
        <translation>unknown language</translation>
    </message>
    <message>
        <source>unknown workshop</source>
        <translation>unknown workshop</translation>
    </message>
    <message>
        <source>cell too long</source>
        <translation>cell too long</translation>
    </message>
    <message>
        <source>missing day</source>
        <translation>missing day</translation>
    </message>
    <message>
        <source>missing time</source>
        <translation>missing time</translation>
    </message>
    <message>
        <source>unreadable day</source>
        <translation>unreadable day</translation>
    </message>
    <message>
        <source>unreadable time</source>
        <translation>unreadable time</translation>
    </message>
    <message>
        <source>ends before it starts</source>
        <translation>ends before it starts</translation>
    </message>
    <message>
        <source>unreadable capacity</source>
        <translation>unreadable capacity</translation>
    </message>
    <message>
        <source>unreadable yes/no</source>
        <translation>unreadable yes/no</translation>
    </message>
    <message>
        <source>unusable id</source>
        <translation>unusable id</translation>
    </message>
    <message>
        <source>duplicate id</source>
        <translation>duplicate id</translation>
    </message>
    <message>
        <source>same session twice</source>
        <translation>same session twice</translation>
    </message>
    <message>
        <source>has check-ins</source>
        <translation>has check-ins</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>French</source>
        <translation>French</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>USB scanner seen</source>
        <extracomment>the volunteer asked for door mode (the door-mode controller answers) the volunteer chose a language (&quot;fr&quot; or &quot;en&quot;)</extracomment>
        <translation>USB scanner seen</translation>
    </message>
    <message>
        <source>No USB scanner seen yet</source>
        <translation>No USB scanner seen yet</translation>
    </message>
    <message>
        <source>Sync: %1, connecting…</source>
        <translation>Sync: %1, connecting…</translation>
    </message>
    <message>
        <source>Sync: none (this station works alone)</source>
        <translation>Sync: none (this station works alone)</translation>
    </message>
    <message>
        <source>Sync: online</source>
        <translation>Sync: online</translation>
    </message>
    <message>
        <source>Sync: in progress…</source>
        <translation>Sync: in progress…</translation>
    </message>
    <message>
        <source>Sync: offline, this station goes on alone</source>
        <translation>Sync: offline, this station goes on alone</translation>
    </message>
    <message>
        <source>Sync: error</source>
        <translation>Sync: error</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting to be sent</source>
        <translation>
            <numerusform>%n waiting to be sent</numerusform>
            <numerusform>%n waiting to be sent</numerusform>
        </translation>
    </message>
    <message>
        <source>last at %1</source>
        <translation>last at %1</translation>
    </message>
    <message>
        <source>Sound: off</source>
        <translation>Sound: off</translation>
    </message>
    <message>
        <source>Sound: on</source>
        <translation>Sound: on</translation>
    </message>
    <message>
        <source>Check-in: reception</source>
        <translation>Check-in: reception</translation>
    </message>
    <message>
        <source>Door mode</source>
        <translation>Door mode</translation>
    </message>
    <message>
        <source>Full screen, scanning only; leaving asks for the staff PIN</source>
        <translation>Full screen, scanning only; leaving asks for the staff PIN</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
</context>
<context>
    <name>MatchWords</name>
    <message numerus="yes">
        <source>%n people have this e-mail address</source>
        <translation>
            <numerusform>%n person has this e-mail address</numerusform>
            <numerusform>%n people have this e-mail address</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people have this name</source>
        <translation>
            <numerusform>%n person has this name</numerusform>
            <numerusform>%n people have this name</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n possible people</source>
        <translation>
            <numerusform>%n possible person</numerusform>
            <numerusform>%n possible people</numerusform>
        </translation>
    </message>
    <message>
        <source>names in common: %1</source>
        <translation>names in common: %1</translation>
    </message>
    <message>
        <source>one name in common: %1</source>
        <translation>one name in common: %1</translation>
    </message>
    <message>
        <source>same e-mail</source>
        <translation>same e-mail</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>same name</translation>
    </message>
    <message>
        <source>similar spelling</source>
        <translation>similar spelling</translation>
    </message>
</context>
<context>
    <name>Method</name>
    <message>
        <source>Camera</source>
        <translation>Camera</translation>
    </message>
    <message>
        <source>Scanner</source>
        <translation>Scanner</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>Walk-in</translation>
    </message>
    <message>
        <source>Code typed</source>
        <translation>Code typed</translation>
    </message>
    <message>
        <source>Automatic exit</source>
        <translation>Automatic exit</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
</context>
<context>
    <name>NextStepsPage</name>
    <message>
        <source>%1 is ready.</source>
        <translation>%1 is ready.</translation>
    </message>
    <message>
        <source>Now the programme (the sessions: day, times, room, who may enter) and the attendee list, from the spreadsheets you have (CSV or Excel, French or English headers). Each import shows what it will do, line by line, before anything is written.</source>
        <translation>Now the programme (the sessions: day, times, room, who may enter) and the attendee list, from the spreadsheets you have (CSV or Excel, French or English headers). Each import shows what it will do, line by line, before anything is written.</translation>
    </message>
    <message>
        <source>Import the &amp;programme…</source>
        <translation>Import the &amp;programme…</translation>
    </message>
    <message>
        <source>Import the &amp;attendee list…</source>
        <translation>Import the &amp;attendee list…</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) in the programme.</source>
        <translation>
            <numerusform>%n session in the programme.</numerusform>
            <numerusform>%n sessions in the programme.</numerusform>
        </translation>
    </message>
    <message>
        <source>No session yet.</source>
        <translation>No session yet.</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) on the list.</source>
        <translation>
            <numerusform>%n person on the list.</numerusform>
            <numerusform>%n people on the list.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody on the list yet.</source>
        <translation>Nobody on the list yet.</translation>
    </message>
    <message>
        <source>Both can be imported again later, from Settings: a new version of a file updates what is there.</source>
        <translation>Both can be imported again later, from Settings: a new version of a file updates what is there.</translation>
    </message>
    <message>
        <source>&amp;Open the reception window</source>
        <translation>&amp;Open the reception window</translation>
    </message>
</context>
<context>
    <name>OnlineImportDialog</name>
    <message>
        <source>Online attendance: import a participants report</source>
        <translation>Online attendance: import a participants report</translation>
    </message>
    <message>
        <source>&amp;Report</source>
        <translation>&amp;Report</translation>
    </message>
    <message>
        <source>Zoom, Microsoft Teams or Webex participants report (CSV or Excel)</source>
        <translation>Zoom, Microsoft Teams or Webex participants report (CSV or Excel)</translation>
    </message>
    <message>
        <source>Participants report</source>
        <translation>Participants report</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoose…</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Session</translation>
    </message>
    <message>
        <source>Present &amp;from</source>
        <translation>Present &amp;from</translation>
    </message>
    <message>
        <source>Present from this share of the session</source>
        <translation>Present from this share of the session</translation>
    </message>
    <message>
        <source>Participants of the report</source>
        <translation>Participants of the report</translation>
    </message>
    <message>
        <source>Uncertain matches</source>
        <translation>Uncertain matches</translation>
    </message>
    <message>
        <source>&amp;This is</source>
        <translation>&amp;This is</translation>
    </message>
    <message>
        <source>C&amp;onfirm</source>
        <translation>C&amp;onfirm</translation>
    </message>
    <message>
        <source>&amp;Nobody on the list</source>
        <translation>&amp;Nobody on the list</translation>
    </message>
    <message>
        <source>None of the candidates: the participant becomes an online-only attendee.</source>
        <translation>None of the candidates: the participant becomes an online-only attendee.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>of the session: %1 min of %2</source>
        <translation>of the session: %1 min of %2</translation>
    </message>
    <message>
        <source>%1 is nobody on the list: now an online-only attendee, %2.</source>
        <translation>%1 is nobody on the list: now an online-only attendee, %2.</translation>
    </message>
    <message>
        <source>%1 is %2: online attendance recorded.</source>
        <translation>%1 is %2: online attendance recorded.</translation>
    </message>
    <message>
        <source>%1 is %2: nothing more to record.</source>
        <translation>%1 is %2: nothing more to record.</translation>
    </message>
    <message>
        <source>Choose the participants report the platform gives after the meeting.</source>
        <translation>Choose the participants report the platform gives after the meeting.</translation>
    </message>
    <message>
        <source>Zoom: Reports → Usage → Participants (CSV). Teams: the meeting&apos;s attendance report (CSV or Excel). Webex: the meeting&apos;s attendee report. People count as present online from the share of the session chosen here.</source>
        <translation>Zoom: Reports → Usage → Participants (CSV). Teams: the meeting&apos;s attendance report (CSV or Excel). Webex: the meeting&apos;s attendee report. People count as present online from the share of the session chosen here.</translation>
    </message>
    <message>
        <source>%1 cannot be imported.</source>
        <translation>%1 cannot be imported.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Reading %1…</translation>
    </message>
    <message>
        <source>%1 is imported.</source>
        <translation>%1 is imported.</translation>
    </message>
    <message>
        <source>Nothing is written yet. Here is what importing %1 would record:</source>
        <translation>Nothing is written yet. Here is what importing %1 would record:</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n participant(s)</source>
        <translation>
            <numerusform>%1: %n participant</numerusform>
            <numerusform>%1: %n participants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n present online</source>
        <translation>
            <numerusform>%n present online</numerusform>
            <numerusform>%n present online</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n too short</source>
        <translation>
            <numerusform>%n too short</numerusform>
            <numerusform>%n too short</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n by e-mail</source>
        <translation>
            <numerusform>%n by e-mail</numerusform>
            <numerusform>%n by e-mail</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n by name</source>
        <translation>
            <numerusform>%n by name</numerusform>
            <numerusform>%n by name</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n online-only attendee(s) to make</source>
        <translation>
            <numerusform>%n online-only attendee to make</numerusform>
            <numerusform>%n online-only attendees to make</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n online-only attendee(s) made</source>
        <translation>
            <numerusform>%n online-only attendee made</numerusform>
            <numerusform>%n online-only attendees made</numerusform>
        </translation>
    </message>
    <message>
        <source>Record the &amp;attendance</source>
        <translation>Record the &amp;attendance</translation>
    </message>
    <message numerus="yes">
        <source>%n online only, known</source>
        <translation>
            <numerusform>%n online only, known</numerusform>
            <numerusform>%n online only, known</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n uncertain</source>
        <translation>
            <numerusform>%n uncertain</numerusform>
            <numerusform>%n uncertain</numerusform>
        </translation>
    </message>
    <message>
        <source>Matched: %1.</source>
        <translation>Matched: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n attendance(s) recorded now</source>
        <translation>
            <numerusform>%n attendance recorded now</numerusform>
            <numerusform>%n attendances recorded now</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already there</source>
        <translation>
            <numerusform>%n already there</numerusform>
            <numerusform>%n already there</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attendance(s) will be recorded</source>
        <translation>
            <numerusform>%n attendance will be recorded</numerusform>
            <numerusform>%n attendances will be recorded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n uncertain match(es) wait for your decision, below.</source>
        <translation>
            <numerusform>%n uncertain match waits for your decision, below.</numerusform>
            <numerusform>%n uncertain matches wait for your decision, below.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) of the file not read: %1</source>
        <translation>
            <numerusform>%n line of the file not read: %1</numerusform>
            <numerusform>%n lines of the file not read: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Uncertain matches for this session (%n): choose who each participant is</source>
        <translation>
            <numerusform>&amp;Uncertain matches for this session (%n): choose who each participant is</numerusform>
            <numerusform>&amp;Uncertain matches for this session (%n): choose who each participant is</numerusform>
        </translation>
    </message>
    <message>
        <source>Uncertain matches for this session: none</source>
        <translation>Uncertain matches for this session: none</translation>
    </message>
    <message>
        <source>Participants reports (*.csv *.xlsx *.txt *.tsv);;All files (*)</source>
        <translation>Participants reports (*.csv *.xlsx *.txt *.tsv);;All files (*)</translation>
    </message>
</context>
<context>
    <name>OnlineLinesModel</name>
    <message>
        <source>Participant</source>
        <translation>Participant</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>Matched</source>
        <translation>Matched</translation>
    </message>
    <message>
        <source>Registrant</source>
        <translation>Registrant</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Recorded</translation>
    </message>
    <message>
        <source>by e-mail</source>
        <translation>by e-mail</translation>
    </message>
    <message>
        <source>by name</source>
        <translation>by name</translation>
    </message>
    <message>
        <source>as decided before</source>
        <translation>as decided before</translation>
    </message>
    <message>
        <source>online only (known)</source>
        <translation>online only (known)</translation>
    </message>
    <message>
        <source>uncertain</source>
        <translation>uncertain</translation>
    </message>
    <message>
        <source>online only (new)</source>
        <translation>online only (new)</translation>
    </message>
    <message>
        <source>not on the list</source>
        <translation>not on the list</translation>
    </message>
    <message>
        <source>recorded</source>
        <translation>recorded</translation>
    </message>
    <message>
        <source>will be recorded</source>
        <translation>will be recorded</translation>
    </message>
    <message>
        <source>already recorded</source>
        <translation>already recorded</translation>
    </message>
    <message>
        <source>waits for your decision</source>
        <translation>waits for your decision</translation>
    </message>
    <message>
        <source>nothing (too short)</source>
        <translation>nothing (too short)</translation>
    </message>
    <message>
        <source>(joined as %1)</source>
        <translation>(joined as %1)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>Outcome</name>
    <message>
        <source>Send the person to the registration desk.</source>
        <translation>Send the person to the registration desk.</translation>
    </message>
    <message>
        <source>Ask for the name and find the person with Search, at the desk.</source>
        <translation>Ask for the name and find the person with Search, at the desk.</translation>
    </message>
    <message>
        <source>Staff may let the person in with the PIN.</source>
        <translation>Staff may let the person in with the PIN.</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>Accepted (staff override)</source>
        <translation>Accepted (staff override)</translation>
    </message>
    <message>
        <source>Accepted — attention</source>
        <translation>Accepted — attention</translation>
    </message>
    <message>
        <source>Read the note before letting the person through.</source>
        <translation>Read the note before letting the person through.</translation>
    </message>
    <message>
        <source>Accepted: re-entry</source>
        <translation>Accepted: re-entry</translation>
    </message>
    <message>
        <source>First entry at {time}.</source>
        <translation>First entry at {time}.</translation>
    </message>
    <message>
        <source>Exit recorded</source>
        <translation>Exit recorded</translation>
    </message>
    <message>
        <source>Already checked in</source>
        <translation>Already checked in</translation>
    </message>
    <message>
        <source>First entry at {time}, {door}.</source>
        <translation>First entry at {time}, {door}.</translation>
    </message>
    <message>
        <source>Let the person through only if the badge is theirs; otherwise send them to the desk.</source>
        <translation>Let the person through only if the badge is theirs; otherwise send them to the desk.</translation>
    </message>
    <message>
        <source>Refused: unknown badge</source>
        <translation>Refused: unknown badge</translation>
    </message>
    <message>
        <source>This code is not on the attendee list.</source>
        <translation>This code is not on the attendee list.</translation>
    </message>
    <message>
        <source>Refused: badge of another event</source>
        <translation>Refused: badge of another event</translation>
    </message>
    <message>
        <source>This badge was made for another event.</source>
        <translation>This badge was made for another event.</translation>
    </message>
    <message>
        <source>Refused: registration cancelled</source>
        <translation>Refused: registration cancelled</translation>
    </message>
    <message>
        <source>This registration was cancelled.</source>
        <translation>This registration was cancelled.</translation>
    </message>
    <message>
        <source>Refused: ticket blocked</source>
        <translation>Refused: ticket blocked</translation>
    </message>
    <message>
        <source>The organisers blocked this ticket.</source>
        <translation>The organisers blocked this ticket.</translation>
    </message>
    <message>
        <source>Refused: registration not paid / not confirmed</source>
        <translation>Refused: registration not paid / not confirmed</translation>
    </message>
    <message>
        <source>This registration is not paid or not confirmed yet.</source>
        <translation>This registration is not paid or not confirmed yet.</translation>
    </message>
    <message>
        <source>Send the person to the registration desk; staff may let them in with the PIN.</source>
        <translation>Send the person to the registration desk; staff may let them in with the PIN.</translation>
    </message>
    <message>
        <source>Refused: not admitted to this session</source>
        <translation>Refused: not admitted to this session</translation>
    </message>
    <message>
        <source>This session is for: {categories}.</source>
        <translation>This session is for: {categories}.</translation>
    </message>
    <message>
        <source>Refused: not registered for this workshop</source>
        <translation>Refused: not registered for this workshop</translation>
    </message>
    <message>
        <source>Not on the list of {session}.</source>
        <translation>Not on the list of {session}.</translation>
    </message>
    <message>
        <source>Refused: not admitted by the organisers&apos; rule</source>
        <translation>Refused: not admitted by the organisers&apos; rule</translation>
    </message>
    <message>
        <source>The check-in rule of {session} says no: {detail}.</source>
        <translation>The check-in rule of {session} says no: {detail}.</translation>
    </message>
    <message>
        <source>Refused: rule not checkable offline — staff override</source>
        <translation>Refused: rule not checkable offline — staff override</translation>
    </message>
    <message>
        <source>This station cannot evaluate the check-in rule of {session} ({detail}).</source>
        <translation>This station cannot evaluate the check-in rule of {session} ({detail}).</translation>
    </message>
    <message>
        <source>Refused: ticket not valid at this time</source>
        <translation>Refused: ticket not valid at this time</translation>
    </message>
    <message>
        <source>The ticket is valid {detail}.</source>
        <translation>The ticket is valid {detail}.</translation>
    </message>
    <message>
        <source>Refused: room full</source>
        <translation>Refused: room full</translation>
    </message>
    <message>
        <source>{inside} people are in the room; it holds {capacity}.</source>
        <translation>{inside} people are in the room; it holds {capacity}.</translation>
    </message>
    <message>
        <source>Wait for someone to leave; staff may let the person in with the PIN.</source>
        <translation>Wait for someone to leave; staff may let the person in with the PIN.</translation>
    </message>
    <message>
        <source>at this door</source>
        <translation>at this door</translation>
    </message>
    <message>
        <source>at another door</source>
        <translation>at another door</translation>
    </message>
    <message>
        <source>at {station}</source>
        <translation>at {station}</translation>
    </message>
    <message>
        <source>from {time}</source>
        <translation>from {time}</translation>
    </message>
    <message>
        <source>until {time}</source>
        <translation>until {time}</translation>
    </message>
    <message>
        <source>only allowed after {time}</source>
        <translation>only allowed after {time}</translation>
    </message>
    <message>
        <source>only allowed before {time}</source>
        <translation>only allowed before {time}</translation>
    </message>
    <message>
        <source>ticket type not allowed</source>
        <translation>ticket type not allowed</translation>
    </message>
    <message>
        <source>wrong entrance</source>
        <translation>wrong entrance</translation>
    </message>
    <message>
        <source>not on this day of the week</source>
        <translation>not on this day of the week</translation>
    </message>
    <message>
        <source>maximum number of entries reached</source>
        <translation>maximum number of entries reached</translation>
    </message>
    <message>
        <source>minimum number of entries not reached</source>
        <translation>minimum number of entries not reached</translation>
    </message>
    <message>
        <source>number of entries not allowed</source>
        <translation>number of entries not allowed</translation>
    </message>
    <message>
        <source>too soon after the last entry</source>
        <translation>too soon after the last entry</translation>
    </message>
    <message>
        <source>too long after the last entry</source>
        <translation>too long after the last entry</translation>
    </message>
    <message>
        <source>entry or exit status not allowed</source>
        <translation>entry or exit status not allowed</translation>
    </message>
    <message>
        <source>entry not permitted</source>
        <translation>entry not permitted</translation>
    </message>
    <message>
        <source>unknown operator {name}</source>
        <translation>unknown operator {name}</translation>
    </message>
    <message>
        <source>unknown variable {name}</source>
        <translation>unknown variable {name}</translation>
    </message>
    <message>
        <source>{name} not known at this station</source>
        <translation>{name} not known at this station</translation>
    </message>
    <message>
        <source>rule unreadable</source>
        <translation>rule unreadable</translation>
    </message>
</context>
<context>
    <name>PairingBox</name>
    <message>
        <source>Join the venue&apos;s hub</source>
        <translation>Join the venue&apos;s hub</translation>
    </message>
    <message>
        <source>Show the pairing QR code from the organiser&apos;s hub page to the camera, or paste its text here, then press Pair. Nothing to type.</source>
        <translation>Show the pairing QR code from the organiser&apos;s hub page to the camera, or paste its text here, then press Pair. Nothing to type.</translation>
    </message>
    <message>
        <source>Pairing &amp;code</source>
        <translation>Pairing &amp;code</translation>
    </message>
    <message>
        <source>checkin://pair?… (from the QR code)</source>
        <translation>checkin://pair?… (from the QR code)</translation>
    </message>
    <message>
        <source>&amp;Pair</source>
        <translation>&amp;Pair</translation>
    </message>
    <message>
        <source>Hubs on this network</source>
        <translation>Hubs on this network</translation>
    </message>
    <message>
        <source>Pairing code</source>
        <translation>Pairing code</translation>
    </message>
    <message>
        <source>Pairing…</source>
        <translation>Pairing…</translation>
    </message>
    <message>
        <source>Paired: this station is “%1” and syncs with %2.</source>
        <translation>Paired: this station is “%1” and syncs with %2.</translation>
    </message>
    <message>
        <source>None heard yet (the hub may be stopped, or this network may not carry announcements).</source>
        <translation>None heard yet (the hub may be stopped, or this network may not carry announcements).</translation>
    </message>
    <message>
        <source>certificate %1…</source>
        <translation>certificate %1…</translation>
    </message>
    <message>
        <source>no TLS</source>
        <translation>no TLS</translation>
    </message>
</context>
<context>
    <name>PinBox</name>
    <message>
        <source>Staff PIN</source>
        <translation>Staff PIN</translation>
    </message>
    <message>
        <source>Change the staff &amp;PIN…</source>
        <translation>Change the staff &amp;PIN…</translation>
    </message>
    <message>
        <source>&amp;New PIN</source>
        <translation>&amp;New PIN</translation>
    </message>
    <message>
        <source>&amp;Repeat it</source>
        <translation>&amp;Repeat it</translation>
    </message>
    <message>
        <source>Save the new PIN</source>
        <translation>Save the new PIN</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>New PIN</translation>
    </message>
    <message>
        <source>Repeat the new PIN</source>
        <translation>Repeat the new PIN</translation>
    </message>
    <message>
        <source>A staff PIN is set.</source>
        <translation>A staff PIN is set.</translation>
    </message>
    <message>
        <source>No staff PIN yet: choose one before the doors open.</source>
        <translation>No staff PIN yet: choose one before the doors open.</translation>
    </message>
    <message>
        <source>The two PINs differ.</source>
        <translation>The two PINs differ.</translation>
    </message>
    <message numerus="yes">
        <source>At least %n digits.</source>
        <translation>
            <numerusform>At least %n digit.</numerusform>
            <numerusform>At least %n digits.</numerusform>
        </translation>
    </message>
    <message>
        <source>The new staff PIN is saved.</source>
        <translation>The new staff PIN is saved.</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message numerus="yes">
        <source>At least %n digits.</source>
        <extracomment>wall-clock seconds: a lock-out must survive a restart, which a monotonic clock does not ``run(fn, *args, on_done=...)`` of the window&apos;s writer (:meth:`checkin.ui.admission.Admission.run`); None: write in place (tests, scripts)</extracomment>
        <translation>
            <numerusform>At least %n digit.</numerusform>
            <numerusform>At least %n digits.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation>Wrong PIN.</translation>
    </message>
    <message>
        <source>Too many attempts. Try again in %1.</source>
        <translation>Too many attempts. Try again in %1.</translation>
    </message>
    <message>
        <source>You may try again.</source>
        <translation>You may try again.</translation>
    </message>
    <message numerus="yes">
        <source>No staff PIN yet: choose one (at least %n digits)</source>
        <translation>
            <numerusform>No staff PIN yet: choose one (at least %n digit)</numerusform>
            <numerusform>No staff PIN yet: choose one (at least %n digits)</numerusform>
        </translation>
    </message>
    <message>
        <source>Staff PIN</source>
        <translation>Staff PIN</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Erase</translation>
    </message>
</context>
<context>
    <name>ProgrammeBox</name>
    <message>
        <source>everyone</source>
        <translation>everyone</translation>
    </message>
    <message>
        <source>registered only</source>
        <translation>registered only</translation>
    </message>
    <message numerus="yes">
        <source>%n check-in(s)</source>
        <translation>
            <numerusform>%n check-in</numerusform>
            <numerusform>%n check-ins</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check-in(s) in this session: it stays in the programme, so that its attendance stays whole.</source>
        <translation>
            <numerusform>%n check-in in this session: it stays in the programme, so that its attendance stays whole.</numerusform>
            <numerusform>%n check-ins in this session: it stays in the programme, so that its attendance stays whole.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>“%1” is saved.</source>
        <translation>“%1” is saved.</translation>
    </message>
    <message>
        <source>Warning: another session is in the same room at the same time.</source>
        <translation>Warning: another session is in the same room at the same time.</translation>
    </message>
    <message>
        <source>Warning: this day is outside the conference&apos;s days.</source>
        <translation>Warning: this day is outside the conference&apos;s days.</translation>
    </message>
    <message numerus="yes">
        <source>“%1” cannot be removed: %n check-in(s) were made in it, and removing it would take them out of the attendance. Change its times or its name instead.</source>
        <translation>
            <numerusform>“%1” cannot be removed: %n check-in was made in it, and removing it would take it out of the attendance. Change its times or its name instead.</numerusform>
            <numerusform>“%1” cannot be removed: %n check-ins were made in it, and removing it would take them out of the attendance. Change its times or its name instead.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove “%1” from the programme?</source>
        <translation>Remove “%1” from the programme?</translation>
    </message>
    <message>
        <source>“%1” is removed from the programme.</source>
        <translation>“%1” is removed from the programme.</translation>
    </message>
    <message>
        <source>This session cannot be removed: check-ins were made in it (perhaps just now, at another door).</source>
        <translation>This session cannot be removed: check-ins were made in it (perhaps just now, at another door).</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <source>The programme</source>
        <translation>The programme</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx)</source>
        <translation>Spreadsheets (*.csv *.xlsx)</translation>
    </message>
    <message>
        <source>Export the programme</source>
        <translation>Export the programme</translation>
    </message>
    <message>
        <source>programme.xlsx</source>
        <translation>programme.xlsx</translation>
    </message>
    <message>
        <source>Excel (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Saved: %1</translation>
    </message>
    <message>
        <source>Last import: %1 new, %2 updated.</source>
        <translation>Last import: %1 new, %2 updated.</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Import the &amp;programme…</source>
        <translation>Import the &amp;programme…</translation>
    </message>
    <message>
        <source>E&amp;xport the programme…</source>
        <translation>E&amp;xport the programme…</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacity</translation>
    </message>
    <message>
        <source>Who may enter</source>
        <translation>Who may enter</translation>
    </message>
    <message>
        <source>Sessions of the programme</source>
        <translation>Sessions of the programme</translation>
    </message>
    <message>
        <source>&amp;Edit the sessions (staff PIN)…</source>
        <translation>&amp;Edit the sessions (staff PIN)…</translation>
    </message>
    <message>
        <source>&amp;Add a session…</source>
        <translation>&amp;Add a session…</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>&amp;Change…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Look in:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Files of &amp;type:</translation>
    </message>
    <message>
        <source>&amp;File name:</source>
        <translation>&amp;File name:</translation>
    </message>
</context>
<context>
    <name>ReceiverWords</name>
    <message>
        <source>Taken back from %1 first.</source>
        <extracomment>a LendResult: something was lent, taken back, or refused the person a receiver is for changed (an Attendee, or None) a code was neither a badge nor a receiver here (the code as given)</extracomment>
        <translation>Taken back from %1 first.</translation>
    </message>
    <message>
        <source>%1 lent to %2</source>
        <translation>%1 lent to %2</translation>
    </message>
    <message>
        <source>%1 returned</source>
        <translation>%1 returned</translation>
    </message>
    <message>
        <source>It was lent to %1 since %2.</source>
        <translation>It was lent to %1 since %2.</translation>
    </message>
    <message>
        <source>%1 is already lent to someone else</source>
        <translation>%1 is already lent to someone else</translation>
    </message>
    <message>
        <source>%1 holds it since %2. Take it back first, or give %3 another receiver.</source>
        <translation>%1 holds it since %2. Take it back first, or give %3 another receiver.</translation>
    </message>
    <message>
        <source>%1 already holds %2</source>
        <translation>%1 already holds %2</translation>
    </message>
    <message>
        <source>Nothing recorded. Scan the receiver alone to take it back.</source>
        <translation>Nothing recorded. Scan the receiver alone to take it back.</translation>
    </message>
    <message>
        <source>%1 already holds a receiver</source>
        <translation>%1 already holds a receiver</translation>
    </message>
    <message>
        <source>%1 holds %2: take that one back first, or lend this one too.</source>
        <translation>%1 holds %2: take that one back first, or lend this one too.</translation>
    </message>
    <message>
        <source>%1 is not lent out</source>
        <translation>%1 is not lent out</translation>
    </message>
    <message>
        <source>Nothing to take back. To lend it, scan the badge first.</source>
        <translation>Nothing to take back. To lend it, scan the badge first.</translation>
    </message>
    <message>
        <source>Which receiver: %1?</source>
        <translation>Which receiver: %1?</translation>
    </message>
    <message>
        <source>Several receivers have this number: type the whole number.</source>
        <translation>Several receivers have this number: type the whole number.</translation>
    </message>
    <message>
        <source>Unknown receiver: %1</source>
        <translation>Unknown receiver: %1</translation>
    </message>
    <message>
        <source>It is not in this station&apos;s list of receivers.</source>
        <translation>It is not in this station&apos;s list of receivers.</translation>
    </message>
    <message>
        <source>Unknown badge</source>
        <translation>Unknown badge</translation>
    </message>
    <message>
        <source>Nothing lent.</source>
        <translation>Nothing lent.</translation>
    </message>
    <message>
        <source>Neither a badge nor a receiver: %1</source>
        <translation>Neither a badge nor a receiver: %1</translation>
    </message>
    <message>
        <source>Scan the badge, then the receiver&apos;s label, or type its number.</source>
        <translation>Scan the badge, then the receiver&apos;s label, or type its number.</translation>
    </message>
</context>
<context>
    <name>ReceiversPage</name>
    <message>
        <source>Receivers</source>
        <extracomment>receivers were numbered or imported (how many) makes the print dialog (the system&apos;s; tests pass a stand-in)</extracomment>
        <translation>Receivers</translation>
    </message>
    <message>
        <source>Interpretation receivers</source>
        <translation>Interpretation receivers</translation>
    </message>
    <message>
        <source>To lend: scan the badge, then the receiver&apos;s label (or type its number). To take a receiver back: scan it alone.</source>
        <translation>To lend: scan the badge, then the receiver&apos;s label (or type its number). To take a receiver back: scan it alone.</translation>
    </message>
    <message>
        <source>Badge code or receiver number (R012)</source>
        <translation>Badge code or receiver number (R012)</translation>
    </message>
    <message>
        <source>Badge or receiver</source>
        <translation>Badge or receiver</translation>
    </message>
    <message>
        <source>&amp;OK</source>
        <translation>&amp;OK</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>Still out</source>
        <translation>Still out</translation>
    </message>
    <message>
        <source>Who still holds a receiver, with the phone number to call, is shown to staff only.</source>
        <translation>Who still holds a receiver, with the phone number to call, is shown to staff only.</translation>
    </message>
    <message>
        <source>Receiver</source>
        <translation>Receiver</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Lent at</source>
        <translation>Lent at</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Station</translation>
    </message>
    <message>
        <source>Receivers not returned</source>
        <translation>Receivers not returned</translation>
    </message>
    <message>
        <source>Export (CSV)</source>
        <translation>Export (CSV)</translation>
    </message>
    <message>
        <source>Export (Excel)</source>
        <translation>Export (Excel)</translation>
    </message>
    <message>
        <source>Export (PDF)</source>
        <translation>Export (PDF)</translation>
    </message>
    <message>
        <source>&amp;Number</source>
        <translation>&amp;Number</translation>
    </message>
    <message>
        <source>Letters before the number</source>
        <translation>Letters before the number</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>&amp;Import a list…</source>
        <translation>&amp;Import a list…</translation>
    </message>
    <message>
        <source>&amp;Labels (PDF)…</source>
        <translation>&amp;Labels (PDF)…</translation>
    </message>
    <message>
        <source>&amp;Print labels…</source>
        <translation>&amp;Print labels…</translation>
    </message>
    <message>
        <source>Waiting for a badge or a receiver.</source>
        <translation>Waiting for a badge or a receiver.</translation>
    </message>
    <message>
        <source>For %1: now scan the receiver&apos;s label, or type its number.</source>
        <translation>For %1: now scan the receiver&apos;s label, or type its number.</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Ready</translation>
    </message>
    <message>
        <source>Take it back and lend it to %1</source>
        <translation>Take it back and lend it to %1</translation>
    </message>
    <message>
        <source>Lend it to %1 too</source>
        <translation>Lend it to %1 too</translation>
    </message>
    <message>
        <source>Take it back from %1</source>
        <translation>Take it back from %1</translation>
    </message>
    <message>
        <source>No receivers yet: number them or import a list (staff).</source>
        <translation>No receivers yet: number them or import a list (staff).</translation>
    </message>
    <message>
        <source>Receivers: %1 — out: %2 — here: %3</source>
        <translation>Receivers: %1 — out: %2 — here: %3</translation>
    </message>
    <message>
        <source>Receivers added: %1 (%2 to %3).</source>
        <translation>Receivers added: %1 (%2 to %3).</translation>
    </message>
    <message>
        <source>Nothing imported; refused lines: %1 (%2).</source>
        <translation>Nothing imported; refused lines: %1 (%2).</translation>
    </message>
    <message>
        <source>Receivers imported or changed: %1.</source>
        <translation>Receivers imported or changed: %1.</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>&amp;Hide</translation>
    </message>
    <message>
        <source>&amp;Show (staff PIN)</source>
        <translation>&amp;Show (staff PIN)</translation>
    </message>
    <message>
        <source>Letters and digits only before the number, e.g. R.</source>
        <translation>Letters and digits only before the number, e.g. R.</translation>
    </message>
    <message>
        <source>Receivers&apos; labels</source>
        <translation>Receivers&apos; labels</translation>
    </message>
    <message>
        <source>Labels sent to the printer: %1.</source>
        <translation>Labels sent to the printer: %1.</translation>
    </message>
    <message>
        <source>The printer could not be started: check it is on and connected, then try again.</source>
        <translation>The printer could not be started: check it is on and connected, then try again.</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Saved: %1</translation>
    </message>
    <message>
        <source>Not done: %1</source>
        <translation>Not done: %1</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>A list of receivers</source>
        <translation>A list of receivers</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx)</source>
        <translation>Spreadsheets (*.csv *.xlsx)</translation>
    </message>
</context>
<context>
    <name>ReentryBox</name>
    <message>
        <source>Re-entry</source>
        <translation>Re-entry</translation>
    </message>
    <message>
        <source>Ticked sessions let people in again after they left (a second scan is green, not amber):</source>
        <translation>Ticked sessions let people in again after they left (a second scan is green, not amber):</translation>
    </message>
    <message>
        <source>Sessions that allow re-entry</source>
        <translation>Sessions that allow re-entry</translation>
    </message>
</context>
<context>
    <name>ResultCard</name>
    <message>
        <source>Answer to the last scan</source>
        <translation>Answer to the last scan</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Not recorded</translation>
    </message>
    <message>
        <source>Call the organisers&apos; technician; meanwhile write the names down on paper.</source>
        <translation>Call the organisers&apos; technician; meanwhile write the names down on paper.</translation>
    </message>
    <message>
        <source>Scan %1</source>
        <translation>Scan no. %1</translation>
    </message>
    <message>
        <source>Exit ➜ show a badge to record leaving</source>
        <translation>Exit ➜ show a badge to record leaving</translation>
    </message>
    <message>
        <source>Ready: show a badge to the camera</source>
        <translation>Ready: show a badge to the camera</translation>
    </message>
    <message>
        <source>Or scan it with the scanner, or type its code.</source>
        <translation>Or scan it with the scanner, or type its code.</translation>
    </message>
    <message>
        <source>Checking in to: %1</source>
        <translation>Checking in to: %1</translation>
    </message>
    <message>
        <source>Staff override (PIN)…</source>
        <translation>Staff override (PIN)…</translation>
    </message>
</context>
<context>
    <name>ReviewsModel</name>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participant</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
</context>
<context>
    <name>ScanPage</name>
    <message>
        <source>No session: import the programme first.</source>
        <extracomment>an answer is on the card (after the write, when there was one) the session this door checks into changed (a Session) the arrived / expected counter was refreshed (arrived, expected) the people in the room now were counted (an occupancy.Occupancy) an interpretation receiver&apos;s label was read here (the code, as read) what this door records: entries, exits, or either with a switch (a station setting)</extracomment>
        <translation>No session: import the programme first.</translation>
    </message>
    <message>
        <source>Room full: %1</source>
        <translation>Room full: %1</translation>
    </message>
    <message>
        <source>Nearly full: %1 in the room</source>
        <translation>Nearly full: %1 in the room</translation>
    </message>
    <message>
        <source>In the room: %1</source>
        <translation>In the room: %1</translation>
    </message>
    <message>
        <source>Recording: EXITS ➜ (switch to entries)</source>
        <translation>Recording: EXITS ➜ (switch to entries)</translation>
    </message>
    <message>
        <source>Recording: entries (switch to exits)</source>
        <translation>Recording: entries (switch to exits)</translation>
    </message>
    <message>
        <source>Check out</source>
        <translation>Check out</translation>
    </message>
    <message>
        <source>No session is chosen at this door.</source>
        <translation>No session is chosen at this door.</translation>
    </message>
    <message>
        <source>Import the programme, or choose the session in the list at the top.</source>
        <translation>Import the programme, or choose the session in the list at the top.</translation>
    </message>
    <message>
        <source>Unexpected error: %1</source>
        <translation>Unexpected error: %1</translation>
    </message>
    <message>
        <source>Unknown badge</source>
        <translation>Unknown badge</translation>
    </message>
    <message>
        <source>(undone)</source>
        <translation>(undone)</translation>
    </message>
    <message>
        <source>No check-in to undo at this station yet.</source>
        <translation>No check-in to undo at this station yet.</translation>
    </message>
    <message>
        <source>Undo the exit: %1</source>
        <translation>Undo the exit: %1</translation>
    </message>
    <message>
        <source>Undo the check-in: %1</source>
        <translation>Undo the check-in: %1</translation>
    </message>
    <message>
        <source>The last check-in at this station, at %1</source>
        <translation>The last check-in at this station, at %1</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>Scan</translation>
    </message>
    <message>
        <source>Session:</source>
        <translation>Session:</translation>
    </message>
    <message>
        <source>Session checked into at this door</source>
        <translation>Session checked into at this door</translation>
    </message>
    <message>
        <source>Current session</source>
        <translation>Current session</translation>
    </message>
    <message>
        <source>Follow the clock: the session running now</source>
        <translation>Follow the clock: the session running now</translation>
    </message>
    <message>
        <source>arrived / expected</source>
        <translation>arrived / expected</translation>
    </message>
    <message>
        <source>Badge code typed by hand</source>
        <translation>Badge code typed by hand</translation>
    </message>
    <message>
        <source>Badge code</source>
        <translation>Badge code</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>Check in</translation>
    </message>
    <message>
        <source>Entry door</source>
        <translation>Entry door</translation>
    </message>
    <message>
        <source>Exit door</source>
        <translation>Exit door</translation>
    </message>
    <message>
        <source>Entry and exit (switch)</source>
        <translation>Entry and exit (switch)</translation>
    </message>
    <message>
        <source>What this door records</source>
        <translation>What this door records</translation>
    </message>
    <message>
        <source>Last scans</source>
        <translation>Last scans</translation>
    </message>
    <message>
        <source>Undo the last check-in</source>
        <translation>Undo the last check-in</translation>
    </message>
    <message>
        <source>Now and soon:</source>
        <translation>Now and soon:</translation>
    </message>
</context>
<context>
    <name>ScreenBox</name>
    <message>
        <source>Screen and sound</source>
        <translation>Screen and sound</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>&amp;Sounds on each scan</source>
        <translation>&amp;Sounds on each scan</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>&amp;Find a person</source>
        <translation>&amp;Find a person</translation>
    </message>
    <message>
        <source>Name, organisation, country, e-mail, phone or registration number</source>
        <translation>Name, organisation, country, e-mail, phone or registration number</translation>
    </message>
    <message>
        <source>Search attendees</source>
        <translation>Search attendees</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Search results</translation>
    </message>
    <message>
        <source>Check in (Enter)</source>
        <translation>Check in (Enter)</translation>
    </message>
    <message>
        <source>Check the selected person in</source>
        <translation>Check the selected person in</translation>
    </message>
    <message>
        <source>Details (Ctrl+Enter)</source>
        <translation>Details (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>New walk-in (Ctrl+N)</source>
        <translation>New walk-in (Ctrl+N)</translation>
    </message>
    <message>
        <source>Search failed: %1</source>
        <translation>Search failed: %1</translation>
    </message>
    <message>
        <source>Type a few letters: results appear as you type.</source>
        <translation>Type a few letters: results appear as you type.</translation>
    </message>
    <message>
        <source>No one found. Check the spelling, or register a walk-in.</source>
        <translation>No one found. Check the spelling, or register a walk-in.</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) found. Arrows to choose, Enter to check in.</source>
        <translation>
            <numerusform>%n person found. Arrows to choose, Enter to check in.</numerusform>
            <numerusform>%n people found. Arrows to choose, Enter to check in.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a person with the arrow keys first.</source>
        <translation>Choose a person with the arrow keys first.</translation>
    </message>
    <message>
        <source>Choose the session first.</source>
        <translation>Choose the session first.</translation>
    </message>
    <message>
        <source>Not recorded: %1</source>
        <translation>Not recorded: %1</translation>
    </message>
    <message>
        <source>Overrides need the staff PIN, which is not available here.</source>
        <translation>Overrides need the staff PIN, which is not available here.</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>In this session</source>
        <translation>In this session</translation>
    </message>
    <message>
        <source>%1 · online only</source>
        <translation>%1 · online only</translation>
    </message>
    <message>
        <source>Online ✔ (not in the room)</source>
        <translation>Online ✔ (not in the room)</translation>
    </message>
    <message>
        <source>✔ Already in</source>
        <translation>✔ Already in</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Not yet</translation>
    </message>
    <message>
        <source>Already in this session</source>
        <translation>Already in this session</translation>
    </message>
    <message>
        <source>Not yet arrived</source>
        <translation>Not yet arrived</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <source>This id is taken by another session of the programme.</source>
        <translation>This id is taken by another session of the programme.</translation>
    </message>
    <message>
        <source>An id cannot hold a comma, a semicolon or a &apos;|&apos;, nor be longer than 64 characters.</source>
        <translation>An id cannot hold a comma, a semicolon or a &apos;|&apos;, nor be longer than 64 characters.</translation>
    </message>
    <message>
        <source>This name is too long.</source>
        <translation>This name is too long.</translation>
    </message>
    <message>
        <source>The session needs a name, in French or in English.</source>
        <translation>The session needs a name, in French or in English.</translation>
    </message>
    <message>
        <source>It ends before it starts.</source>
        <translation>It ends before it starts.</translation>
    </message>
    <message>
        <source>This is too long.</source>
        <translation>This is too long.</translation>
    </message>
    <message>
        <source>Unknown category.</source>
        <translation>Unknown category.</translation>
    </message>
    <message>
        <source>This capacity is not possible.</source>
        <translation>This capacity is not possible.</translation>
    </message>
    <message>
        <source>Edit the session</source>
        <translation>Edit the session</translation>
    </message>
    <message>
        <source>A new session</source>
        <translation>A new session</translation>
    </message>
    <message>
        <source>&amp;Id</source>
        <translation>&amp;Id</translation>
    </message>
    <message>
        <source>Name in &amp;French</source>
        <translation>Name in &amp;French</translation>
    </message>
    <message>
        <source>Name in &amp;English</source>
        <translation>Name in &amp;English</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>&amp;Day</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <source>E&amp;nd</source>
        <translation>E&amp;nd</translation>
    </message>
    <message>
        <source>&amp;Room</source>
        <translation>&amp;Room</translation>
    </message>
    <message>
        <source>&amp;Capacity</source>
        <translation>&amp;Capacity</translation>
    </message>
    <message>
        <source>&amp;Who may enter</source>
        <translation>&amp;Who may enter</translation>
    </message>
    <message>
        <source>made from the name if empty</source>
        <translation>made from the name if empty</translation>
    </message>
    <message>
        <source>the French name if empty</source>
        <translation>the French name if empty</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>no limit</translation>
    </message>
    <message>
        <source>None ticked: everyone may enter.</source>
        <translation>None ticked: everyone may enter.</translation>
    </message>
    <message>
        <source>Only people &amp;registered for it (a workshop)</source>
        <translation>Only people &amp;registered for it (a workshop)</translation>
    </message>
    <message>
        <source>Re-entry &amp;allowed (a second scan is green)</source>
        <translation>Re-entry &amp;allowed (a second scan is green)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>SessionFiguresModel</name>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Arrived</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Expected</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Rate</translation>
    </message>
    <message>
        <source>In the room / capacity</source>
        <translation>In room / seats</translation>
    </message>
    <message>
        <source>Over capacity</source>
        <translation>Overshoot</translation>
    </message>
    <message>
        <source>On site</source>
        <translation>On site</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>+%1 (peak %2)</source>
        <translation>+%1 (peak %2)</translation>
    </message>
    <message>
        <source>On site: %1 · online: %2 · both ways: %3 (once in the total)</source>
        <translation>On site: %1 · online: %2 · both ways: %3 (once in the total)</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
</context>
<context>
    <name>SourceBox</name>
    <message>
        <source>Attendee list and sync</source>
        <translation>Attendee list and sync</translation>
    </message>
    <message>
        <source>&amp;Import the attendee list…</source>
        <translation>&amp;Import the attendee list…</translation>
    </message>
    <message>
        <source>S&amp;ync with</source>
        <translation>S&amp;ync with</translation>
    </message>
    <message>
        <source>Nothing (this station only)</source>
        <translation>Nothing (this station only)</translation>
    </message>
    <message>
        <source>The venue&apos;s sync server</source>
        <translation>The venue&apos;s sync server</translation>
    </message>
    <message>
        <source>pretix</source>
        <translation>pretix</translation>
    </message>
    <message>
        <source>A folder or USB stick</source>
        <translation>A folder or USB stick</translation>
    </message>
    <message>
        <source>Server &amp;address</source>
        <translation>Server &amp;address</translation>
    </message>
    <message>
        <source>pretix &amp;organiser</source>
        <translation>pretix &amp;organiser</translation>
    </message>
    <message>
        <source>pretix &amp;event</source>
        <translation>pretix &amp;event</translation>
    </message>
    <message>
        <source>&amp;Folder</source>
        <translation>&amp;Folder</translation>
    </message>
    <message>
        <source>Access &amp;token</source>
        <translation>Access &amp;token</translation>
    </message>
    <message>
        <source>kept in the system keyring</source>
        <translation>kept in the system keyring</translation>
    </message>
    <message>
        <source>e.g. E:\checkin on a USB stick</source>
        <translation>e.g. E:\checkin on a USB stick</translation>
    </message>
    <message>
        <source>Test and save the sync source</source>
        <translation>Test and save the sync source</translation>
    </message>
    <message>
        <source>Save it anyway</source>
        <translation>Save it anyway</translation>
    </message>
    <message>
        <source>Sync with</source>
        <translation>Sync with</translation>
    </message>
    <message>
        <source>%1 is not a server address: write it as http://192.168.1.10:8765 (the hub&apos;s address and port), or https://… for pretix.</source>
        <translation>%1 is not a server address: write it as http://192.168.1.10:8765 (the hub&apos;s address and port), or https://… for pretix.</translation>
    </message>
    <message>
        <source>Saved. The address had no http:// or https://: it is %1.</source>
        <translation>Saved. The address had no http:// or https://: it is %1.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <source>Testing the address and the token…</source>
        <translation>Testing the address and the token…</translation>
    </message>
    <message>
        <source>Attendee list</source>
        <translation>Attendee list</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx)</source>
        <translation>Spreadsheets (*.csv *.xlsx)</translation>
    </message>
    <message>
        <source>Last import: %1 new, %2 updated.</source>
        <translation>Last import: %1 new, %2 updated.</translation>
    </message>
</context>
<context>
    <name>SourcePage</name>
    <message>
        <source>Server &amp;address</source>
        <translation>Server &amp;address</translation>
    </message>
    <message>
        <source>pretix &amp;organiser</source>
        <translation>pretix &amp;organiser</translation>
    </message>
    <message>
        <source>pretix &amp;event</source>
        <translation>pretix &amp;event</translation>
    </message>
    <message>
        <source>Access &amp;token</source>
        <translation>Access &amp;token</translation>
    </message>
    <message>
        <source>&amp;Pairing code</source>
        <translation>&amp;Pairing code</translation>
    </message>
    <message>
        <source>Pairing code</source>
        <translation>Pairing code</translation>
    </message>
    <message>
        <source>checkin://pair?… from the organiser&apos;s hub page (paste it, or scan it)</source>
        <translation>checkin://pair?… from the organiser&apos;s hub page (paste it, or scan it)</translation>
    </message>
    <message>
        <source>or, without a pairing code:</source>
        <translation>or, without a pairing code:</translation>
    </message>
    <message>
        <source>Join the venue&apos;s hub</source>
        <translation>Join the venue&apos;s hub</translation>
    </message>
    <message>
        <source>The hub is the computer that serves the conference to every door on the venue&apos;s network. Type the address and the token that its screen shows (or that the organisers gave you).</source>
        <translation>The hub is the computer that serves the conference to every door on the venue&apos;s network. Type the address and the token that its screen shows (or that the organisers gave you).</translation>
    </message>
    <message>
        <source>http://192.168.1.10:8765</source>
        <translation>http://192.168.1.10:8765</translation>
    </message>
    <message>
        <source>Connect to pretix</source>
        <translation>Connect to pretix</translation>
    </message>
    <message>
        <source>The station reads the event, its check-in lists and the attendees from pretix, and checks people in offline as pretix would. The token is an API token of a pretix team with access to the event.</source>
        <translation>The station reads the event, its check-in lists and the attendees from pretix, and checks people in offline as pretix would. The token is an API token of a pretix team with access to the event.</translation>
    </message>
    <message>
        <source>https://pretix.eu</source>
        <translation>https://pretix.eu</translation>
    </message>
    <message>
        <source>the organiser&apos;s short name</source>
        <translation>the organiser&apos;s short name</translation>
    </message>
    <message>
        <source>the event&apos;s short name</source>
        <translation>the event&apos;s short name</translation>
    </message>
    <message>
        <source>kept in the system keyring</source>
        <translation>kept in the system keyring</translation>
    </message>
</context>
<context>
    <name>StationBox</name>
    <message>
        <source>This station</source>
        <translation>This station</translation>
    </message>
    <message>
        <source>Station &amp;name</source>
        <translation>Station &amp;name</translation>
    </message>
    <message>
        <source>e.g. Auditorium – door A</source>
        <translation>e.g. Auditorium – door A</translation>
    </message>
    <message>
        <source>Station name</source>
        <translation>Station name</translation>
    </message>
</context>
<context>
    <name>StationsModel</name>
    <message>
        <source>Station</source>
        <translation>Station</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Last contact</translation>
    </message>
    <message>
        <source>Waiting to send</source>
        <translation>Waiting to send</translation>
    </message>
    <message>
        <source>%1 (this station)</source>
        <translation>%1 (this station)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Confirmed</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <source>Not paid / not confirmed</source>
        <translation>Not paid / not confirmed</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Blocked</translation>
    </message>
</context>
<context>
    <name>WalkInPage</name>
    <message>
        <source>Walk-in</source>
        <translation>Walk-in</translation>
    </message>
    <message>
        <source>Register a walk-in</source>
        <translation>Register a walk-in</translation>
    </message>
    <message>
        <source>For a person who is not on the list. Saving prints the badge and checks them into the current session.</source>
        <translation>For a person who is not on the list. Saving prints the badge and checks them into the current session.</translation>
    </message>
    <message>
        <source>&amp;First name</source>
        <translation>&amp;First name</translation>
    </message>
    <message>
        <source>&amp;Last name</source>
        <translation>&amp;Last name</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <source>C&amp;ountry</source>
        <translation>C&amp;ountry</translation>
    </message>
    <message>
        <source>Ca&amp;tegory</source>
        <translation>Ca&amp;tegory</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>Lan&amp;guage</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Phone</translation>
    </message>
    <message>
        <source>an e-mail or a phone is needed</source>
        <translation>an e-mail or a phone is needed</translation>
    </message>
    <message>
        <source>&amp;Save, print badge and check in</source>
        <translation>&amp;Save, print badge and check in</translation>
    </message>
    <message>
        <source>&amp;Clear the form</source>
        <translation>&amp;Clear the form</translation>
    </message>
    <message>
        <source>&amp;Yes, it is this person: check them in</source>
        <translation>&amp;Yes, it is this person: check them in</translation>
    </message>
    <message>
        <source>&amp;No, register a new person</source>
        <translation>&amp;No, register a new person</translation>
    </message>
    <message>
        <source>People already on the list</source>
        <translation>People already on the list</translation>
    </message>
    <message>
        <source>Choose the session first.</source>
        <translation>Choose the session first.</translation>
    </message>
    <message>
        <source>The badge was not printed: reprint it from the person&apos;s details.</source>
        <translation>The badge was not printed: reprint it from the person&apos;s details.</translation>
    </message>
    <message>
        <source>Not recorded: %1</source>
        <translation>Not recorded: %1</translation>
    </message>
    <message>
        <source>%1 is registered and checked in.</source>
        <translation>%1 is registered and checked in.</translation>
    </message>
    <message>
        <source>%1 is registered.</source>
        <translation>%1 is registered.</translation>
    </message>
    <message>
        <source>Staff may override from the person&apos;s details.</source>
        <translation>Staff may override from the person&apos;s details.</translation>
    </message>
    <message>
        <source>Needed.</source>
        <translation>Needed.</translation>
    </message>
    <message>
        <source>Too long.</source>
        <translation>Too long.</translation>
    </message>
    <message>
        <source>This e-mail address does not look right.</source>
        <translation>This e-mail address does not look right.</translation>
    </message>
    <message>
        <source>This phone number does not look right.</source>
        <translation>This phone number does not look right.</translation>
    </message>
    <message>
        <source>Give an e-mail or a phone number.</source>
        <translation>Give an e-mail or a phone number.</translation>
    </message>
    <message>
        <source>Choose a category.</source>
        <translation>Choose a category.</translation>
    </message>
    <message>
        <source>Choose a language.</source>
        <translation>Choose a language.</translation>
    </message>
    <message>
        <source>This person seems to be on the list already. Is it one of these?</source>
        <translation>This person seems to be on the list already. Is it one of these?</translation>
    </message>
    <message>
        <source>same e-mail</source>
        <translation>same e-mail</translation>
    </message>
    <message>
        <source>same phone</source>
        <translation>same phone</translation>
    </message>
    <message>
        <source>similar name, same organisation</source>
        <translation>similar name, same organisation</translation>
    </message>
</context>
<context>
    <name>open_or_recover</name>
    <message>
        <source>Check-in</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <source>Scanning is refused on a damaged database. The last backup is from %1; the damaged file will be kept aside.</source>
        <translation>Scanning is refused on a damaged database. The last backup is from %1; the damaged file will be kept aside.</translation>
    </message>
    <message>
        <source>Scanning is refused on a damaged database, and no backup of it was found. Ask for help, or start with another database (--db).</source>
        <translation>Scanning is refused on a damaged database, and no backup of it was found. Ask for help, or start with another database (--db).</translation>
    </message>
    <message>
        <source>Restore the last backup</source>
        <translation>Restore the last backup</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
</context>
</TS>
