<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>ArrivalsChart</name>
    <message>
        <location filename="../checkin/ui/dashboard.py" line="137"/>
        <source>No arrivals yet.</source>
        <translation>No arrivals yet.</translation>
    </message>
    <message>
        <location filename="../checkin/ui/dashboard.py" line="141"/>
        <source>%1 arrivals; the busiest quarter hour was %2 with %3.</source>
        <translation>%1 arrivals; the busiest quarter hour was %2 with %3.</translation>
    </message>
    <message>
        <location filename="../checkin/ui/dashboard.py" line="157"/>
        <source>No arrivals yet</source>
        <translation>No arrivals yet</translation>
    </message>
</context>
<context>
    <name>AttendeePanel</name>
    <message>
        <location filename="../checkin/ui/attendee_panel.py" line="224"/>
        <source>Attendee</source>
        <translation>Attendee</translation>
    </message>
    <message>
        <location filename="../checkin/ui/attendee_panel.py" line="226"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../checkin/ui/attendee_panel.py" line="227"/>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <location filename="../checkin/ui/attendee_panel.py" line="228"/>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../checkin/ui/attendee_panel.py" line="229"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../checkin/ui/attendee_panel.py" line="230"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../checkin/ui/attendee_panel.py" line="231"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../checkin/ui/attendee_panel.py" line="232"/>
        <source>Registration no.</source>
        <translation>Registration no.</translation>
    </message>
    <message>
        <location filename="../checkin/ui/attendee_panel.py" line="233"/>
        <source>Registration</source>
        <translation>Registration</translation>
    </message>
    <message>
        <location filename="../checkin/ui/attendee_panel.py" line="234"/>
        <source>Badge printed</source>
        <translation>Badge printed</translation>
    </message>
    <message>
        <location filename="../checkin/ui/attendee_panel.py" line="239"/>
        <source>&amp;First name</source>
        <translation>&amp;First name</translation>
    </message>
    <message>
        <location filename="../checkin/ui/attendee_panel.py" line="240"/>
        <source>&amp;Last name</source>
        <translation>&amp;Last name</translation>
    </message>
    <message>
        <location filename="../checkin/ui/attendee_panel.py" line="241"/>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <location filename="../checkin/ui/attendee_panel.py" line="242"/>
        <source>&amp;Phone</source>
        <translation>&amp;Phone</translation>
    </message>
    <message>
        <location filename="../checkin/ui/attendee_panel.py" line="247"/>
        <source>&amp;Check-ins, all sessions</source>
        <translation>&amp;Check-ins, all sessions</translation>
    </message>
    <message>
        <location filename="../checkin/ui/attendee_panel.py" line="248"/>
        <source>Check-ins of this person</source>
        <translation>Check-ins of this person</translation>
    </message>
    <message>
        <location filename="../checkin/ui/attendee_panel.py" line="249"/>
        <source>Badge QR code</source>
        <translation>Badge QR code</translation>
    </message>
    <message>
        <location filename="../checkin/ui/attendee_panel.py" line="250"/>
        <source>Check &amp;in</source>
        <translation>Check &amp;in</translation>
    </message>
    <message>
        <location filename="../checkin/ui/attendee_panel.py" line="251"/>
        <source>&amp;Undo check-in</source>
        <translation>&amp;Undo check-in</translation>
    </message>
    <message>
        <location filename="../checkin/ui/attendee_panel.py" line="252"/>
        <source>&amp;Override (PIN)…</source>
        <translation>&amp;Override (PIN)…</translation>
    </message>
    <message>
        <location filename="../checkin/ui/attendee_panel.py" line="253"/>
        <source>&amp;Reprint badge…</source>
        <translation>&amp;Reprint badge…</translation>
    </message>
    <message>
        <location filename="../checkin/ui/attendee_panel.py" line="254"/>
        <source>Co&amp;rrect details…</source>
        <translation>Co&amp;rrect details…</translation>
    </message>
    <message>
        <location filename="../checkin/ui/attendee_panel.py" line="255"/>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../checkin/ui/attendee_panel.py" line="256"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../checkin/ui/attendee_panel.py" line="257"/>
        <source>Back to search</source>
        <translation>Back to search</translation>
    </message>
    <message>
        <location filename="../checkin/ui/attendee_panel.py" line="283"/>
        <source>Nobody chosen</source>
        <translation>Nobody chosen</translation>
    </message>
    <message>
        <location filename="../checkin/ui/attendee_panel.py" line="291"/>
        <source>Confirmed</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <location filename="../checkin/ui/attendee_panel.py" line="292"/>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../checkin/ui/attendee_panel.py" line="293"/>
        <source>Pending</source>
        <translation>Pending</translation>
    </message>
    <message>
        <location filename="../checkin/ui/attendee_panel.py" line="295"/>
        <source>not yet</source>
        <translation>not yet</translation>
    </message>
    <message>
        <location filename="../checkin/ui/attendee_panel.py" line="364"/>
        <source>Checked in (staff override).</source>
        <translation>Checked in (staff override).</translation>
    </message>
    <message>
        <location filename="../checkin/ui/attendee_panel.py" line="365"/>
        <source>Checked in.</source>
        <translation>Checked in.</translation>
    </message>
    <message>
        <location filename="../checkin/ui/attendee_panel.py" line="367"/>
        <source>Already checked in to this session.</source>
        <translation>Already checked in to this session.</translation>
    </message>
    <message>
        <location filename="../checkin/ui/attendee_panel.py" line="369"/>
        <source>Registration cancelled: staff may override with the PIN.</source>
        <translation>Registration cancelled: staff may override with the PIN.</translation>
    </message>
    <message>
        <location filename="../checkin/ui/attendee_panel.py" line="370"/>
        <source>Not admitted to this session: staff may override with the PIN.</source>
        <translation>Not admitted to this session: staff may override with the PIN.</translation>
    </message>
    <message>
        <location filename="../checkin/ui/attendee_panel.py" line="378"/>
        <source>Check-in undone. It stays in the history, struck through.</source>
        <translation>Check-in undone. It stays in the history, struck through.</translation>
    </message>
    <message>
        <location filename="../checkin/ui/attendee_panel.py" line="402"/>
        <source>Badge sent to the printer.</source>
        <translation>Badge sent to the printer.</translation>
    </message>
    <message>
        <location filename="../checkin/ui/attendee_panel.py" line="442"/>
        <source>Saved here; sent to the server at the next sync.</source>
        <translation>Saved here; sent to the server at the next sync.</translation>
    </message>
    <message>
        <location filename="../checkin/ui/attendee_panel.py" line="449"/>
        <source>The first name is needed.</source>
        <translation>The first name is needed.</translation>
    </message>
    <message>
        <location filename="../checkin/ui/attendee_panel.py" line="450"/>
        <source>The last name is needed.</source>
        <translation>The last name is needed.</translation>
    </message>
    <message>
        <location filename="../checkin/ui/attendee_panel.py" line="451"/>
        <source>This e-mail address does not look right.</source>
        <translation>This e-mail address does not look right.</translation>
    </message>
    <message>
        <location filename="../checkin/ui/attendee_panel.py" line="452"/>
        <source>This phone number does not look right.</source>
        <translation>This phone number does not look right.</translation>
    </message>
    <message>
        <location filename="../checkin/ui/attendee_panel.py" line="453"/>
        <source>Please check the details.</source>
        <translation>Please check the details.</translation>
    </message>
</context>
<context>
    <name>BadgePrinting</name>
    <message>
        <location filename="../checkin/ui/printing.py" line="99"/>
        <source>No event in this database: import an attendee list first.</source>
        <translation>No event in this database: import an attendee list first.</translation>
    </message>
    <message>
        <location filename="../checkin/ui/printing.py" line="137"/>
        <source>The printer could not be started: check it is on and connected, then try again.</source>
        <translation>The printer could not be started: check it is on and connected, then try again.</translation>
    </message>
</context>
<context>
    <name>CameraView</name>
    <message>
        <location filename="../checkin/ui/camera_view.py" line="37"/>
        <source>Camera on</source>
        <translation>Camera on</translation>
    </message>
    <message>
        <location filename="../checkin/ui/camera_view.py" line="39"/>
        <source>Opening the camera…</source>
        <translation>Opening the camera…</translation>
    </message>
    <message>
        <location filename="../checkin/ui/camera_view.py" line="41"/>
        <source>Camera lost: reconnecting…</source>
        <translation>Camera lost: reconnecting…</translation>
    </message>
    <message>
        <location filename="../checkin/ui/camera_view.py" line="43"/>
        <source>Camera stopped</source>
        <translation>Camera stopped</translation>
    </message>
    <message>
        <location filename="../checkin/ui/camera_view.py" line="44"/>
        <source>No camera detected: use the USB scanner or type the code.</source>
        <translation>No camera detected: use the USB scanner or type the code.</translation>
    </message>
</context>
<context>
    <name>Category</name>
    <message>
        <location filename="../checkin/ui/labels.py" line="18"/>
        <source>Participant</source>
        <translation>Participant</translation>
    </message>
    <message>
        <location filename="../checkin/ui/labels.py" line="19"/>
        <source>Speaker</source>
        <translation>Speaker</translation>
    </message>
    <message>
        <location filename="../checkin/ui/labels.py" line="20"/>
        <source>Organiser</source>
        <translation>Organiser</translation>
    </message>
    <message>
        <location filename="../checkin/ui/labels.py" line="21"/>
        <source>Press</source>
        <translation>Press</translation>
    </message>
    <message>
        <location filename="../checkin/ui/labels.py" line="22"/>
        <source>Official</source>
        <translation>Official</translation>
    </message>
    <message>
        <location filename="../checkin/ui/labels.py" line="23"/>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
</context>
<context>
    <name>CheckinHistoryModel</name>
    <message>
        <location filename="../checkin/ui/table_models.py" line="196"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../checkin/ui/table_models.py" line="196"/>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <location filename="../checkin/ui/table_models.py" line="196"/>
        <source>Door</source>
        <translation>Door</translation>
    </message>
    <message>
        <location filename="../checkin/ui/table_models.py" line="196"/>
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <location filename="../checkin/ui/table_models.py" line="197"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../checkin/ui/table_models.py" line="217"/>
        <source>exit</source>
        <translation>exit</translation>
    </message>
    <message>
        <location filename="../checkin/ui/table_models.py" line="219"/>
        <source>override</source>
        <translation>override</translation>
    </message>
    <message>
        <location filename="../checkin/ui/table_models.py" line="221"/>
        <source>undone</source>
        <translation>undone</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../checkin/ui/dashboard.py" line="334"/>
        <location filename="../checkin/ui/dashboard.py" line="378"/>
        <source>All sessions</source>
        <translation>All sessions</translation>
    </message>
    <message>
        <location filename="../checkin/ui/dashboard.py" line="348"/>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location filename="../checkin/ui/dashboard.py" line="349"/>
        <source>Who is here</source>
        <translation>Who is here</translation>
    </message>
    <message>
        <location filename="../checkin/ui/dashboard.py" line="350"/>
        <source>&amp;Show</source>
        <translation>&amp;Show</translation>
    </message>
    <message>
        <location filename="../checkin/ui/dashboard.py" line="351"/>
        <source>Session shown</source>
        <translation>Session shown</translation>
    </message>
    <message>
        <location filename="../checkin/ui/dashboard.py" line="352"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <location filename="../checkin/ui/dashboard.py" line="354"/>
        <source>Per &amp;session</source>
        <translation>Per &amp;session</translation>
    </message>
    <message>
        <location filename="../checkin/ui/dashboard.py" line="355"/>
        <source>&amp;Arrivals per quarter hour</source>
        <translation>&amp;Arrivals per quarter hour</translation>
    </message>
    <message>
        <location filename="../checkin/ui/dashboard.py" line="356"/>
        <source>By &amp;category</source>
        <translation>By &amp;category</translation>
    </message>
    <message>
        <location filename="../checkin/ui/dashboard.py" line="357"/>
        <source>By c&amp;ountry</source>
        <translation>By c&amp;ountry</translation>
    </message>
    <message>
        <location filename="../checkin/ui/dashboard.py" line="358"/>
        <source>S&amp;tations</source>
        <translation>S&amp;tations</translation>
    </message>
    <message>
        <location filename="../checkin/ui/dashboard.py" line="362"/>
        <source>Arrivals per session</source>
        <translation>Arrivals per session</translation>
    </message>
    <message>
        <location filename="../checkin/ui/dashboard.py" line="363"/>
        <source>Arrivals per quarter hour</source>
        <translation>Arrivals per quarter hour</translation>
    </message>
    <message>
        <location filename="../checkin/ui/dashboard.py" line="364"/>
        <source>Arrivals by category</source>
        <translation>Arrivals by category</translation>
    </message>
    <message>
        <location filename="../checkin/ui/dashboard.py" line="365"/>
        <source>Arrivals by country</source>
        <translation>Arrivals by country</translation>
    </message>
    <message>
        <location filename="../checkin/ui/dashboard.py" line="366"/>
        <source>Stations and their sync</source>
        <translation>Stations and their sync</translation>
    </message>
    <message>
        <location filename="../checkin/ui/dashboard.py" line="367"/>
        <source>Double entries</source>
        <translation>Double entries</translation>
    </message>
    <message>
        <location filename="../checkin/ui/dashboard.py" line="368"/>
        <source>Export (staff PIN):</source>
        <translation>Export (staff PIN):</translation>
    </message>
    <message>
        <location filename="../checkin/ui/dashboard.py" line="370"/>
        <source>Attendance (CSV)</source>
        <translation>Attendance (CSV)</translation>
    </message>
    <message>
        <location filename="../checkin/ui/dashboard.py" line="371"/>
        <source>Everything (Excel)</source>
        <translation>Everything (Excel)</translation>
    </message>
    <message>
        <location filename="../checkin/ui/dashboard.py" line="372"/>
        <source>No-shows (CSV)</source>
        <translation>No-shows (CSV)</translation>
    </message>
    <message>
        <location filename="../checkin/ui/dashboard.py" line="373"/>
        <source>Attendance sheet (PDF)</source>
        <translation>Attendance sheet (PDF)</translation>
    </message>
    <message>
        <location filename="../checkin/ui/dashboard.py" line="374"/>
        <source>Double entries (CSV)</source>
        <translation>Double entries (CSV)</translation>
    </message>
    <message>
        <location filename="../checkin/ui/dashboard.py" line="452"/>
        <source>Figures not updated: %1</source>
        <translation>Figures not updated: %1</translation>
    </message>
    <message>
        <location filename="../checkin/ui/dashboard.py" line="457"/>
        <source>Counting…</source>
        <translation>Counting…</translation>
    </message>
    <message>
        <location filename="../checkin/ui/dashboard.py" line="461"/>
        <source>%1 of %2 people have arrived</source>
        <translation>%1 of %2 people have arrived</translation>
    </message>
    <message>
        <location filename="../checkin/ui/dashboard.py" line="465"/>
        <source>Updated at %1</source>
        <translation>Updated at %1</translation>
    </message>
    <message>
        <location filename="../checkin/ui/dashboard.py" line="471"/>
        <source>&amp;Double entries (%1)</source>
        <translation>&amp;Double entries (%1)</translation>
    </message>
    <message>
        <location filename="../checkin/ui/dashboard.py" line="475"/>
        <source>Double entries: none</source>
        <translation>Double entries: none</translation>
    </message>
    <message>
        <location filename="../checkin/ui/dashboard.py" line="504"/>
        <source>Exporting…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <location filename="../checkin/ui/dashboard.py" line="513"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../checkin/ui/dashboard.py" line="514"/>
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../checkin/ui/dashboard.py" line="515"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../checkin/ui/dashboard.py" line="525"/>
        <source>Saved: %1</source>
        <translation>Saved: %1</translation>
    </message>
    <message>
        <location filename="../checkin/ui/dashboard.py" line="529"/>
        <source>Export failed: %1</source>
        <translation>Export failed: %1</translation>
    </message>
</context>
<context>
    <name>DoorMode</name>
    <message>
        <location filename="../checkin/ui/door_mode.py" line="111"/>
        <source>Leave door mode (PIN)</source>
        <translation>Leave door mode (PIN)</translation>
    </message>
</context>
<context>
    <name>DoubleEntriesModel</name>
    <message>
        <location filename="../checkin/ui/double_entries.py" line="33"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../checkin/ui/double_entries.py" line="33"/>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <location filename="../checkin/ui/double_entries.py" line="33"/>
        <source>Doors and times</source>
        <translation>Doors and times</translation>
    </message>
    <message>
        <location filename="../checkin/ui/double_entries.py" line="34"/>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
</context>
<context>
    <name>GroupFiguresModel</name>
    <message>
        <location filename="../checkin/ui/table_models.py" line="271"/>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../checkin/ui/table_models.py" line="271"/>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <location filename="../checkin/ui/table_models.py" line="272"/>
        <source>Arrived</source>
        <translation>Arrived</translation>
    </message>
    <message>
        <location filename="../checkin/ui/table_models.py" line="272"/>
        <source>Registered</source>
        <translation>Registered</translation>
    </message>
    <message>
        <location filename="../checkin/ui/table_models.py" line="278"/>
        <source>(not given)</source>
        <translation>(not given)</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../checkin/ui/import_dialog.py" line="90"/>
        <source>Import the attendee list</source>
        <translation>Import the attendee list</translation>
    </message>
    <message>
        <location filename="../checkin/ui/import_dialog.py" line="91"/>
        <source>What happens to each line</source>
        <translation>What happens to each line</translation>
    </message>
    <message>
        <location filename="../checkin/ui/import_dialog.py" line="92"/>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <location filename="../checkin/ui/import_dialog.py" line="93"/>
        <source>Import the &amp;good lines only</source>
        <translation>Import the &amp;good lines only</translation>
    </message>
    <message>
        <location filename="../checkin/ui/import_dialog.py" line="94"/>
        <location filename="../checkin/ui/import_dialog.py" line="157"/>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../checkin/ui/import_dialog.py" line="94"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location filename="../checkin/ui/import_dialog.py" line="135"/>
        <source>%1 new, %2 updated, %3 unchanged, %4 refused, %5 skipped</source>
        <translation>%1 new, %2 updated, %3 unchanged, %4 refused, %5 skipped</translation>
    </message>
    <message>
        <location filename="../checkin/ui/import_dialog.py" line="144"/>
        <source>%1 cannot be imported.</source>
        <translation>%1 cannot be imported.</translation>
    </message>
    <message>
        <location filename="../checkin/ui/import_dialog.py" line="151"/>
        <source>%1 is imported.</source>
        <translation>%1 is imported.</translation>
    </message>
    <message>
        <location filename="../checkin/ui/import_dialog.py" line="153"/>
        <source>%1 was not imported.</source>
        <translation>%1 was not imported.</translation>
    </message>
    <message>
        <location filename="../checkin/ui/import_dialog.py" line="165"/>
        <source>Nothing is written yet. Here is what importing %1 would do, line by line:</source>
        <translation>Nothing is written yet. Here is what importing %1 would do, line by line:</translation>
    </message>
    <message>
        <location filename="../checkin/ui/import_dialog.py" line="170"/>
        <source>Refused lines block the import, so that the list stays whole: correct the file and import it again, or import the good lines only.</source>
        <translation>Refused lines block the import, so that the list stays whole: correct the file and import it again, or import the good lines only.</translation>
    </message>
</context>
<context>
    <name>ImportLinesModel</name>
    <message>
        <location filename="../checkin/ui/table_models.py" line="321"/>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <location filename="../checkin/ui/table_models.py" line="321"/>
        <source>What happens</source>
        <translation>What happens</translation>
    </message>
    <message>
        <location filename="../checkin/ui/table_models.py" line="321"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../checkin/ui/table_models.py" line="321"/>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <location filename="../checkin/ui/table_models.py" line="327"/>
        <source>new</source>
        <translation>new</translation>
    </message>
    <message>
        <location filename="../checkin/ui/table_models.py" line="328"/>
        <source>updated</source>
        <translation>updated</translation>
    </message>
    <message>
        <location filename="../checkin/ui/table_models.py" line="329"/>
        <source>unchanged</source>
        <translation>unchanged</translation>
    </message>
    <message>
        <location filename="../checkin/ui/table_models.py" line="330"/>
        <source>skipped</source>
        <translation>skipped</translation>
    </message>
    <message>
        <location filename="../checkin/ui/table_models.py" line="331"/>
        <source>refused</source>
        <translation>refused</translation>
    </message>
    <message>
        <location filename="../checkin/ui/table_models.py" line="338"/>
        <source>blank line</source>
        <translation>blank line</translation>
    </message>
    <message>
        <location filename="../checkin/ui/table_models.py" line="339"/>
        <source>title row merged across columns</source>
        <translation>title row merged across columns</translation>
    </message>
    <message>
        <location filename="../checkin/ui/table_models.py" line="340"/>
        <source>missing name</source>
        <translation>missing name</translation>
    </message>
    <message>
        <location filename="../checkin/ui/table_models.py" line="341"/>
        <source>malformed e-mail</source>
        <translation>malformed e-mail</translation>
    </message>
    <message>
        <location filename="../checkin/ui/table_models.py" line="342"/>
        <source>short line</source>
        <translation>short line</translation>
    </message>
    <message>
        <location filename="../checkin/ui/table_models.py" line="343"/>
        <source>more cells than columns</source>
        <translation>more cells than columns</translation>
    </message>
    <message>
        <location filename="../checkin/ui/table_models.py" line="344"/>
        <source>duplicate registration number</source>
        <translation>duplicate registration number</translation>
    </message>
    <message>
        <location filename="../checkin/ui/table_models.py" line="345"/>
        <source>same person twice</source>
        <translation>same person twice</translation>
    </message>
    <message>
        <location filename="../checkin/ui/table_models.py" line="346"/>
        <source>cells merged across columns</source>
        <translation>cells merged across columns</translation>
    </message>
    <message>
        <location filename="../checkin/ui/table_models.py" line="347"/>
        <source>unknown category</source>
        <translation>unknown category</translation>
    </message>
    <message>
        <location filename="../checkin/ui/table_models.py" line="348"/>
        <source>unknown status</source>
        <translation>unknown status</translation>
    </message>
    <message>
        <location filename="../checkin/ui/table_models.py" line="349"/>
        <source>unknown language</source>
        <translation>unknown language</translation>
    </message>
    <message>
        <location filename="../checkin/ui/table_models.py" line="350"/>
        <source>unknown workshop</source>
        <translation>unknown workshop</translation>
    </message>
    <message>
        <location filename="../checkin/ui/table_models.py" line="351"/>
        <source>cell too long</source>
        <translation>cell too long</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <location filename="../checkin/ui/labels.py" line="41"/>
        <source>French</source>
        <translation>French</translation>
    </message>
    <message>
        <location filename="../checkin/ui/labels.py" line="42"/>
        <source>English</source>
        <translation>English</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../checkin/ui/main_window.py" line="161"/>
        <source>USB scanner seen</source>
        <extracomment>the volunteer asked for door mode (the door-mode controller answers) the volunteer chose a language (&quot;fr&quot; or &quot;en&quot;)</extracomment>
        <translation>USB scanner seen</translation>
    </message>
    <message>
        <location filename="../checkin/ui/main_window.py" line="163"/>
        <source>No USB scanner seen yet</source>
        <translation>No USB scanner seen yet</translation>
    </message>
    <message>
        <location filename="../checkin/ui/main_window.py" line="175"/>
        <source>Sync: none (this station works alone)</source>
        <translation>Sync: none (this station works alone)</translation>
    </message>
    <message>
        <location filename="../checkin/ui/main_window.py" line="181"/>
        <source>Sync: online</source>
        <translation>Sync: online</translation>
    </message>
    <message>
        <location filename="../checkin/ui/main_window.py" line="183"/>
        <source>Sync: in progress…</source>
        <translation>Sync: in progress…</translation>
    </message>
    <message>
        <location filename="../checkin/ui/main_window.py" line="185"/>
        <source>Sync: offline, this station goes on alone</source>
        <translation>Sync: offline, this station goes on alone</translation>
    </message>
    <message>
        <location filename="../checkin/ui/main_window.py" line="187"/>
        <source>Sync: error</source>
        <translation>Sync: error</translation>
    </message>
    <message numerus="yes">
        <location filename="../checkin/ui/main_window.py" line="190"/>
        <source>%n waiting to be sent</source>
        <translation>
            <numerusform>%n waiting to be sent</numerusform>
            <numerusform>%n waiting to be sent</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../checkin/ui/main_window.py" line="194"/>
        <source>last at %1</source>
        <translation>last at %1</translation>
    </message>
    <message>
        <location filename="../checkin/ui/main_window.py" line="215"/>
        <source>Sound: off</source>
        <translation>Sound: off</translation>
    </message>
    <message>
        <location filename="../checkin/ui/main_window.py" line="215"/>
        <source>Sound: on</source>
        <translation>Sound: on</translation>
    </message>
    <message>
        <location filename="../checkin/ui/main_window.py" line="228"/>
        <source>Check-in: reception</source>
        <translation>Check-in: reception</translation>
    </message>
    <message>
        <location filename="../checkin/ui/main_window.py" line="229"/>
        <source>Door mode</source>
        <translation>Door mode</translation>
    </message>
    <message>
        <location filename="../checkin/ui/main_window.py" line="230"/>
        <source>Full screen, scanning only; leaving asks for the staff PIN</source>
        <translation>Full screen, scanning only; leaving asks for the staff PIN</translation>
    </message>
    <message>
        <location filename="../checkin/ui/main_window.py" line="232"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../checkin/ui/main_window.py" line="233"/>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
</context>
<context>
    <name>Method</name>
    <message>
        <location filename="../checkin/ui/labels.py" line="30"/>
        <source>Camera</source>
        <translation>Camera</translation>
    </message>
    <message>
        <location filename="../checkin/ui/labels.py" line="31"/>
        <source>Scanner</source>
        <translation>Scanner</translation>
    </message>
    <message>
        <location filename="../checkin/ui/labels.py" line="32"/>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../checkin/ui/labels.py" line="33"/>
        <source>Walk-in</source>
        <translation>Walk-in</translation>
    </message>
    <message>
        <location filename="../checkin/ui/labels.py" line="34"/>
        <source>Code typed</source>
        <translation>Code typed</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message numerus="yes">
        <location filename="../checkin/ui/pin.py" line="170"/>
        <source>At least %n digits.</source>
        <translation>
            <numerusform>At least %n digit.</numerusform>
            <numerusform>At least %n digits.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../checkin/ui/pin.py" line="178"/>
        <location filename="../checkin/ui/pin.py" line="185"/>
        <source>Too many attempts: wait %n second(s).</source>
        <translation>
            <numerusform>Too many attempts: wait %n second.</numerusform>
            <numerusform>Too many attempts: wait %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../checkin/ui/pin.py" line="187"/>
        <source>Wrong PIN.</source>
        <translation>Wrong PIN.</translation>
    </message>
    <message>
        <location filename="../checkin/ui/pin.py" line="214"/>
        <source>No staff PIN yet: choose one (at least 4 digits)</source>
        <translation>No staff PIN yet: choose one (at least 4 digits)</translation>
    </message>
    <message>
        <location filename="../checkin/ui/pin.py" line="216"/>
        <location filename="../checkin/ui/pin.py" line="218"/>
        <source>Staff PIN</source>
        <translation>Staff PIN</translation>
    </message>
    <message>
        <location filename="../checkin/ui/pin.py" line="217"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../checkin/ui/pin.py" line="219"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../checkin/ui/pin.py" line="220"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../checkin/ui/pin.py" line="221"/>
        <source>Erase</source>
        <translation>Erase</translation>
    </message>
</context>
<context>
    <name>ResultCard</name>
    <message>
        <location filename="../checkin/ui/result_card.py" line="149"/>
        <source>Answer to the last scan</source>
        <translation>Answer to the last scan</translation>
    </message>
    <message>
        <location filename="../checkin/ui/result_card.py" line="237"/>
        <source>Not recorded</source>
        <translation>Not recorded</translation>
    </message>
    <message>
        <location filename="../checkin/ui/result_card.py" line="241"/>
        <source>Call the organisers&apos; technician; meanwhile write the names down on paper.</source>
        <translation>Call the organisers&apos; technician; meanwhile write the names down on paper.</translation>
    </message>
    <message>
        <location filename="../checkin/ui/result_card.py" line="286"/>
        <source>Ready: show a badge to the camera</source>
        <translation>Ready: show a badge to the camera</translation>
    </message>
    <message>
        <location filename="../checkin/ui/result_card.py" line="288"/>
        <source>Or scan it with the scanner, or type its code.</source>
        <translation>Or scan it with the scanner, or type its code.</translation>
    </message>
    <message>
        <location filename="../checkin/ui/result_card.py" line="291"/>
        <source>Checking in to: %1</source>
        <translation>Checking in to: %1</translation>
    </message>
    <message>
        <location filename="../checkin/ui/result_card.py" line="317"/>
        <source>Staff override (PIN)…</source>
        <translation>Staff override (PIN)…</translation>
    </message>
    <message>
        <location filename="../checkin/ui/result_card.py" line="351"/>
        <source>Accepted (staff override)</source>
        <translation>Accepted (staff override)</translation>
    </message>
    <message>
        <location filename="../checkin/ui/result_card.py" line="352"/>
        <source>Accepted</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <location filename="../checkin/ui/result_card.py" line="354"/>
        <source>Accepted: re-entry</source>
        <translation>Accepted: re-entry</translation>
    </message>
    <message>
        <location filename="../checkin/ui/result_card.py" line="356"/>
        <source>Exit recorded</source>
        <translation>Exit recorded</translation>
    </message>
    <message>
        <location filename="../checkin/ui/result_card.py" line="358"/>
        <source>Already checked in</source>
        <translation>Already checked in</translation>
    </message>
    <message>
        <location filename="../checkin/ui/result_card.py" line="360"/>
        <source>Refused: unknown badge</source>
        <translation>Refused: unknown badge</translation>
    </message>
    <message>
        <location filename="../checkin/ui/result_card.py" line="362"/>
        <source>Refused: registration cancelled</source>
        <translation>Refused: registration cancelled</translation>
    </message>
    <message>
        <location filename="../checkin/ui/result_card.py" line="364"/>
        <source>Refused: badge of another event</source>
        <translation>Refused: badge of another event</translation>
    </message>
    <message>
        <location filename="../checkin/ui/result_card.py" line="366"/>
        <source>Refused: not registered for this workshop</source>
        <translation>Refused: not registered for this workshop</translation>
    </message>
    <message>
        <location filename="../checkin/ui/result_card.py" line="367"/>
        <source>Refused: not admitted to this session</source>
        <translation>Refused: not admitted to this session</translation>
    </message>
    <message>
        <location filename="../checkin/ui/result_card.py" line="374"/>
        <source>Ask for the name and find the person with Search, at the desk.</source>
        <translation>Ask for the name and find the person with Search, at the desk.</translation>
    </message>
    <message>
        <location filename="../checkin/ui/result_card.py" line="375"/>
        <source>Staff may let the person in with the PIN.</source>
        <translation>Staff may let the person in with the PIN.</translation>
    </message>
    <message>
        <location filename="../checkin/ui/result_card.py" line="379"/>
        <source>at this door</source>
        <translation>at this door</translation>
    </message>
    <message>
        <location filename="../checkin/ui/result_card.py" line="381"/>
        <source>at %1</source>
        <translation>at %1</translation>
    </message>
    <message>
        <location filename="../checkin/ui/result_card.py" line="383"/>
        <source>at another door</source>
        <translation>at another door</translation>
    </message>
    <message>
        <location filename="../checkin/ui/result_card.py" line="384"/>
        <source>First entry at %1, %2.</source>
        <translation>First entry at %1, %2.</translation>
    </message>
    <message>
        <location filename="../checkin/ui/result_card.py" line="385"/>
        <source>Let the person through only if the badge is theirs; otherwise send them to the desk.</source>
        <translation>Let the person through only if the badge is theirs; otherwise send them to the desk.</translation>
    </message>
    <message>
        <location filename="../checkin/ui/result_card.py" line="389"/>
        <source>First entry at %1.</source>
        <translation>First entry at %1.</translation>
    </message>
    <message>
        <location filename="../checkin/ui/result_card.py" line="392"/>
        <source>This code is not on the attendee list.</source>
        <translation>This code is not on the attendee list.</translation>
    </message>
    <message>
        <location filename="../checkin/ui/result_card.py" line="394"/>
        <source>This badge was made for another event.</source>
        <translation>This badge was made for another event.</translation>
    </message>
    <message>
        <location filename="../checkin/ui/result_card.py" line="396"/>
        <source>This registration was cancelled.</source>
        <translation>This registration was cancelled.</translation>
    </message>
    <message>
        <location filename="../checkin/ui/result_card.py" line="397"/>
        <source>Send the person to the registration desk.</source>
        <translation>Send the person to the registration desk.</translation>
    </message>
    <message>
        <location filename="../checkin/ui/result_card.py" line="402"/>
        <source>Not on the list of %1.</source>
        <translation>Not on the list of %1.</translation>
    </message>
    <message>
        <location filename="../checkin/ui/result_card.py" line="404"/>
        <source>This session is for: %1.</source>
        <translation>This session is for: %1.</translation>
    </message>
</context>
<context>
    <name>ScanPage</name>
    <message>
        <location filename="../checkin/ui/scan_page.py" line="298"/>
        <source>No session: import the programme first.</source>
        <extracomment>an answer is on the card (after the write, when there was one) the session this door checks into changed (a Session) the arrived / expected counter was refreshed (arrived, expected)</extracomment>
        <translation>No session: import the programme first.</translation>
    </message>
    <message>
        <location filename="../checkin/ui/scan_page.py" line="337"/>
        <source>No session is chosen at this door.</source>
        <translation>No session is chosen at this door.</translation>
    </message>
    <message>
        <location filename="../checkin/ui/scan_page.py" line="338"/>
        <source>Import the programme, or choose the session in the list at the top.</source>
        <translation>Import the programme, or choose the session in the list at the top.</translation>
    </message>
    <message>
        <location filename="../checkin/ui/scan_page.py" line="390"/>
        <source>Unexpected error: %1</source>
        <translation>Unexpected error: %1</translation>
    </message>
    <message>
        <location filename="../checkin/ui/scan_page.py" line="400"/>
        <source>Unknown badge</source>
        <translation>Unknown badge</translation>
    </message>
    <message>
        <location filename="../checkin/ui/scan_page.py" line="404"/>
        <source>(undone)</source>
        <translation>(undone)</translation>
    </message>
    <message>
        <location filename="../checkin/ui/scan_page.py" line="495"/>
        <source>Scan</source>
        <translation>Scan</translation>
    </message>
    <message>
        <location filename="../checkin/ui/scan_page.py" line="496"/>
        <source>Session:</source>
        <translation>Session:</translation>
    </message>
    <message>
        <location filename="../checkin/ui/scan_page.py" line="497"/>
        <source>Session checked into at this door</source>
        <translation>Session checked into at this door</translation>
    </message>
    <message>
        <location filename="../checkin/ui/scan_page.py" line="498"/>
        <source>Current session</source>
        <translation>Current session</translation>
    </message>
    <message>
        <location filename="../checkin/ui/scan_page.py" line="499"/>
        <source>Follow the clock: the session running now</source>
        <translation>Follow the clock: the session running now</translation>
    </message>
    <message>
        <location filename="../checkin/ui/scan_page.py" line="500"/>
        <source>arrived / expected</source>
        <translation>arrived / expected</translation>
    </message>
    <message>
        <location filename="../checkin/ui/scan_page.py" line="501"/>
        <source>Badge code typed by hand</source>
        <translation>Badge code typed by hand</translation>
    </message>
    <message>
        <location filename="../checkin/ui/scan_page.py" line="502"/>
        <source>Badge code</source>
        <translation>Badge code</translation>
    </message>
    <message>
        <location filename="../checkin/ui/scan_page.py" line="503"/>
        <source>Check in</source>
        <translation>Check in</translation>
    </message>
    <message>
        <location filename="../checkin/ui/scan_page.py" line="504"/>
        <source>Last scans</source>
        <translation>Last scans</translation>
    </message>
    <message>
        <location filename="../checkin/ui/scan_page.py" line="505"/>
        <source>Undo the last check-in</source>
        <translation>Undo the last check-in</translation>
    </message>
    <message>
        <location filename="../checkin/ui/scan_page.py" line="506"/>
        <source>Now and soon:</source>
        <translation>Now and soon:</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <location filename="../checkin/ui/search_page.py" line="174"/>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../checkin/ui/search_page.py" line="175"/>
        <source>&amp;Find a person</source>
        <translation>&amp;Find a person</translation>
    </message>
    <message>
        <location filename="../checkin/ui/search_page.py" line="177"/>
        <source>Name, organisation, country, e-mail, phone or registration number</source>
        <translation>Name, organisation, country, e-mail, phone or registration number</translation>
    </message>
    <message>
        <location filename="../checkin/ui/search_page.py" line="179"/>
        <source>Search attendees</source>
        <translation>Search attendees</translation>
    </message>
    <message>
        <location filename="../checkin/ui/search_page.py" line="180"/>
        <source>Search results</source>
        <translation>Search results</translation>
    </message>
    <message>
        <location filename="../checkin/ui/search_page.py" line="181"/>
        <source>Check in (Enter)</source>
        <translation>Check in (Enter)</translation>
    </message>
    <message>
        <location filename="../checkin/ui/search_page.py" line="182"/>
        <source>Check the selected person in</source>
        <translation>Check the selected person in</translation>
    </message>
    <message>
        <location filename="../checkin/ui/search_page.py" line="183"/>
        <source>Details (Ctrl+Enter)</source>
        <translation>Details (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../checkin/ui/search_page.py" line="184"/>
        <source>New walk-in (Ctrl+N)</source>
        <translation>New walk-in (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../checkin/ui/search_page.py" line="282"/>
        <source>Search failed: %1</source>
        <translation>Search failed: %1</translation>
    </message>
    <message>
        <location filename="../checkin/ui/search_page.py" line="301"/>
        <source>Type a few letters: results appear as you type.</source>
        <translation>Type a few letters: results appear as you type.</translation>
    </message>
    <message>
        <location filename="../checkin/ui/search_page.py" line="303"/>
        <source>No one found. Check the spelling, or register a walk-in.</source>
        <translation>No one found. Check the spelling, or register a walk-in.</translation>
    </message>
    <message numerus="yes">
        <location filename="../checkin/ui/search_page.py" line="306"/>
        <source>%n person(s) found. Arrows to choose, Enter to check in.</source>
        <translation>
            <numerusform>%n person found. Arrows to choose, Enter to check in.</numerusform>
            <numerusform>%n people found. Arrows to choose, Enter to check in.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../checkin/ui/search_page.py" line="369"/>
        <source>Choose a person with the arrow keys first.</source>
        <translation>Choose a person with the arrow keys first.</translation>
    </message>
    <message>
        <location filename="../checkin/ui/search_page.py" line="372"/>
        <source>Choose the session first.</source>
        <translation>Choose the session first.</translation>
    </message>
    <message>
        <location filename="../checkin/ui/search_page.py" line="395"/>
        <source>Not recorded: %1</source>
        <translation>Not recorded: %1</translation>
    </message>
    <message>
        <location filename="../checkin/ui/search_page.py" line="404"/>
        <source>Overrides need the staff PIN, which is not available here.</source>
        <translation>Overrides need the staff PIN, which is not available here.</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <location filename="../checkin/ui/table_models.py" line="147"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../checkin/ui/table_models.py" line="147"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../checkin/ui/table_models.py" line="147"/>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <location filename="../checkin/ui/table_models.py" line="148"/>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../checkin/ui/table_models.py" line="148"/>
        <source>In this session</source>
        <translation>In this session</translation>
    </message>
    <message>
        <location filename="../checkin/ui/table_models.py" line="165"/>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../checkin/ui/table_models.py" line="166"/>
        <source>✔ Already in</source>
        <translation>✔ Already in</translation>
    </message>
    <message>
        <location filename="../checkin/ui/table_models.py" line="166"/>
        <source>Not yet</source>
        <translation>Not yet</translation>
    </message>
    <message>
        <location filename="../checkin/ui/table_models.py" line="168"/>
        <source>Already in this session</source>
        <translation>Already in this session</translation>
    </message>
    <message>
        <location filename="../checkin/ui/table_models.py" line="168"/>
        <source>Not yet arrived</source>
        <translation>Not yet arrived</translation>
    </message>
</context>
<context>
    <name>SessionFiguresModel</name>
    <message>
        <location filename="../checkin/ui/table_models.py" line="241"/>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <location filename="../checkin/ui/table_models.py" line="241"/>
        <source>Arrived</source>
        <translation>Arrived</translation>
    </message>
    <message>
        <location filename="../checkin/ui/table_models.py" line="241"/>
        <source>Expected</source>
        <translation>Expected</translation>
    </message>
    <message>
        <location filename="../checkin/ui/table_models.py" line="241"/>
        <source>Rate</source>
        <translation>Rate</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../checkin/ui/settings_page.py" line="274"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../checkin/ui/settings_page.py" line="275"/>
        <source>This station</source>
        <translation>This station</translation>
    </message>
    <message>
        <location filename="../checkin/ui/settings_page.py" line="276"/>
        <source>Station &amp;name</source>
        <translation>Station &amp;name</translation>
    </message>
    <message>
        <location filename="../checkin/ui/settings_page.py" line="277"/>
        <source>e.g. Auditorium – door A</source>
        <translation>e.g. Auditorium – door A</translation>
    </message>
    <message>
        <location filename="../checkin/ui/settings_page.py" line="278"/>
        <source>Attendee list and sync</source>
        <translation>Attendee list and sync</translation>
    </message>
    <message>
        <location filename="../checkin/ui/settings_page.py" line="279"/>
        <source>&amp;Import a spreadsheet…</source>
        <translation>&amp;Import a spreadsheet…</translation>
    </message>
    <message>
        <location filename="../checkin/ui/settings_page.py" line="280"/>
        <source>S&amp;ync with</source>
        <translation>S&amp;ync with</translation>
    </message>
    <message>
        <location filename="../checkin/ui/settings_page.py" line="281"/>
        <source>Nothing (this station only)</source>
        <translation>Nothing (this station only)</translation>
    </message>
    <message>
        <location filename="../checkin/ui/settings_page.py" line="282"/>
        <source>The venue&apos;s sync server</source>
        <translation>The venue&apos;s sync server</translation>
    </message>
    <message>
        <location filename="../checkin/ui/settings_page.py" line="282"/>
        <source>pretix</source>
        <translation>pretix</translation>
    </message>
    <message>
        <location filename="../checkin/ui/settings_page.py" line="284"/>
        <source>Server &amp;address</source>
        <translation>Server &amp;address</translation>
    </message>
    <message>
        <location filename="../checkin/ui/settings_page.py" line="284"/>
        <source>pretix &amp;organiser</source>
        <translation>pretix &amp;organiser</translation>
    </message>
    <message>
        <location filename="../checkin/ui/settings_page.py" line="285"/>
        <source>pretix &amp;event</source>
        <translation>pretix &amp;event</translation>
    </message>
    <message>
        <location filename="../checkin/ui/settings_page.py" line="285"/>
        <source>Access &amp;token</source>
        <translation>Access &amp;token</translation>
    </message>
    <message>
        <location filename="../checkin/ui/settings_page.py" line="289"/>
        <source>kept in the system keyring</source>
        <translation>kept in the system keyring</translation>
    </message>
    <message>
        <location filename="../checkin/ui/settings_page.py" line="290"/>
        <source>Save the sync source</source>
        <translation>Save the sync source</translation>
    </message>
    <message>
        <location filename="../checkin/ui/settings_page.py" line="291"/>
        <location filename="../checkin/ui/settings_page.py" line="313"/>
        <source>Camera</source>
        <translation>Camera</translation>
    </message>
    <message>
        <location filename="../checkin/ui/settings_page.py" line="292"/>
        <source>&amp;Camera</source>
        <translation>&amp;Camera</translation>
    </message>
    <message>
        <location filename="../checkin/ui/settings_page.py" line="293"/>
        <source>&amp;Or a video file / stream URL</source>
        <translation>&amp;Or a video file / stream URL</translation>
    </message>
    <message>
        <location filename="../checkin/ui/settings_page.py" line="294"/>
        <source>http://phone.local:8080/video</source>
        <translation>http://phone.local:8080/video</translation>
    </message>
    <message>
        <location filename="../checkin/ui/settings_page.py" line="295"/>
        <source>QR &amp;decoder</source>
        <translation>QR &amp;decoder</translation>
    </message>
    <message>
        <location filename="../checkin/ui/settings_page.py" line="296"/>
        <source>Stop the &amp;test</source>
        <translation>Stop the &amp;test</translation>
    </message>
    <message>
        <location filename="../checkin/ui/settings_page.py" line="297"/>
        <source>&amp;Test the camera</source>
        <translation>&amp;Test the camera</translation>
    </message>
    <message>
        <location filename="../checkin/ui/settings_page.py" line="298"/>
        <source>Screen and sound</source>
        <translation>Screen and sound</translation>
    </message>
    <message>
        <location filename="../checkin/ui/settings_page.py" line="299"/>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../checkin/ui/settings_page.py" line="302"/>
        <source>&amp;Sounds on each scan</source>
        <translation>&amp;Sounds on each scan</translation>
    </message>
    <message>
        <location filename="../checkin/ui/settings_page.py" line="303"/>
        <source>Re-entry</source>
        <translation>Re-entry</translation>
    </message>
    <message>
        <location filename="../checkin/ui/settings_page.py" line="305"/>
        <source>Ticked sessions let people in again after they left (a second scan is green, not amber):</source>
        <translation>Ticked sessions let people in again after they left (a second scan is green, not amber):</translation>
    </message>
    <message>
        <location filename="../checkin/ui/settings_page.py" line="307"/>
        <source>Staff PIN</source>
        <translation>Staff PIN</translation>
    </message>
    <message>
        <location filename="../checkin/ui/settings_page.py" line="308"/>
        <source>Change the staff &amp;PIN…</source>
        <translation>Change the staff &amp;PIN…</translation>
    </message>
    <message>
        <location filename="../checkin/ui/settings_page.py" line="309"/>
        <source>&amp;New PIN</source>
        <translation>&amp;New PIN</translation>
    </message>
    <message>
        <location filename="../checkin/ui/settings_page.py" line="310"/>
        <source>&amp;Repeat it</source>
        <translation>&amp;Repeat it</translation>
    </message>
    <message>
        <location filename="../checkin/ui/settings_page.py" line="311"/>
        <source>Save the new PIN</source>
        <translation>Save the new PIN</translation>
    </message>
    <message>
        <location filename="../checkin/ui/settings_page.py" line="314"/>
        <source>QR decoder</source>
        <translation>QR decoder</translation>
    </message>
    <message>
        <location filename="../checkin/ui/settings_page.py" line="315"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../checkin/ui/settings_page.py" line="316"/>
        <source>Sessions that allow re-entry</source>
        <translation>Sessions that allow re-entry</translation>
    </message>
    <message>
        <location filename="../checkin/ui/settings_page.py" line="317"/>
        <source>New PIN</source>
        <translation>New PIN</translation>
    </message>
    <message>
        <location filename="../checkin/ui/settings_page.py" line="318"/>
        <source>Repeat the new PIN</source>
        <translation>Repeat the new PIN</translation>
    </message>
    <message>
        <location filename="../checkin/ui/settings_page.py" line="319"/>
        <source>Station name</source>
        <translation>Station name</translation>
    </message>
    <message>
        <location filename="../checkin/ui/settings_page.py" line="320"/>
        <source>Sync with</source>
        <translation>Sync with</translation>
    </message>
    <message>
        <location filename="../checkin/ui/settings_page.py" line="321"/>
        <source>Video file or stream URL</source>
        <translation>Video file or stream URL</translation>
    </message>
    <message>
        <location filename="../checkin/ui/settings_page.py" line="363"/>
        <source>No camera found</source>
        <translation>No camera found</translation>
    </message>
    <message>
        <location filename="../checkin/ui/settings_page.py" line="374"/>
        <source>Automatic (best available)</source>
        <translation>Automatic (best available)</translation>
    </message>
    <message>
        <location filename="../checkin/ui/settings_page.py" line="380"/>
        <source>%1 (not available: %2)</source>
        <translation>%1 (not available: %2)</translation>
    </message>
    <message>
        <location filename="../checkin/ui/settings_page.py" line="481"/>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <location filename="../checkin/ui/settings_page.py" line="488"/>
        <source>Attendee list</source>
        <translation>Attendee list</translation>
    </message>
    <message>
        <location filename="../checkin/ui/settings_page.py" line="488"/>
        <source>Spreadsheets (*.csv *.xlsx)</source>
        <translation>Spreadsheets (*.csv *.xlsx)</translation>
    </message>
    <message>
        <location filename="../checkin/ui/settings_page.py" line="507"/>
        <source>Last import: %1 new, %2 updated.</source>
        <translation>Last import: %1 new, %2 updated.</translation>
    </message>
    <message>
        <location filename="../checkin/ui/settings_page.py" line="530"/>
        <source>The camera cannot start: %1</source>
        <translation>The camera cannot start: %1</translation>
    </message>
    <message>
        <location filename="../checkin/ui/settings_page.py" line="537"/>
        <source>Show a badge to the camera.</source>
        <translation>Show a badge to the camera.</translation>
    </message>
    <message>
        <location filename="../checkin/ui/settings_page.py" line="549"/>
        <source>Read: %1</source>
        <translation>Read: %1</translation>
    </message>
    <message>
        <location filename="../checkin/ui/settings_page.py" line="559"/>
        <source>A staff PIN is set.</source>
        <translation>A staff PIN is set.</translation>
    </message>
    <message>
        <location filename="../checkin/ui/settings_page.py" line="560"/>
        <source>No staff PIN yet: choose one before the doors open.</source>
        <translation>No staff PIN yet: choose one before the doors open.</translation>
    </message>
    <message>
        <location filename="../checkin/ui/settings_page.py" line="585"/>
        <source>The two PINs differ.</source>
        <translation>The two PINs differ.</translation>
    </message>
    <message numerus="yes">
        <location filename="../checkin/ui/settings_page.py" line="588"/>
        <source>At least %n digits.</source>
        <translation>
            <numerusform>At least %n digit.</numerusform>
            <numerusform>At least %n digits.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../checkin/ui/settings_page.py" line="592"/>
        <source>The new staff PIN is saved.</source>
        <translation>The new staff PIN is saved.</translation>
    </message>
</context>
<context>
    <name>StationsModel</name>
    <message>
        <location filename="../checkin/ui/table_models.py" line="295"/>
        <source>Station</source>
        <translation>Station</translation>
    </message>
    <message>
        <location filename="../checkin/ui/table_models.py" line="295"/>
        <source>Last contact</source>
        <translation>Last contact</translation>
    </message>
    <message>
        <location filename="../checkin/ui/table_models.py" line="295"/>
        <source>Waiting to send</source>
        <translation>Waiting to send</translation>
    </message>
    <message>
        <location filename="../checkin/ui/table_models.py" line="301"/>
        <source>%1 (this station)</source>
        <translation>%1 (this station)</translation>
    </message>
    <message>
        <location filename="../checkin/ui/table_models.py" line="304"/>
        <source>never</source>
        <translation>never</translation>
    </message>
</context>
<context>
    <name>WalkInPage</name>
    <message>
        <location filename="../checkin/ui/walkin.py" line="178"/>
        <source>Walk-in</source>
        <translation>Walk-in</translation>
    </message>
    <message>
        <location filename="../checkin/ui/walkin.py" line="179"/>
        <source>Register a walk-in</source>
        <translation>Register a walk-in</translation>
    </message>
    <message>
        <location filename="../checkin/ui/walkin.py" line="181"/>
        <source>For a person who is not on the list. Saving prints the badge and checks them into the current session.</source>
        <translation>For a person who is not on the list. Saving prints the badge and checks them into the current session.</translation>
    </message>
    <message>
        <location filename="../checkin/ui/walkin.py" line="184"/>
        <source>&amp;First name</source>
        <translation>&amp;First name</translation>
    </message>
    <message>
        <location filename="../checkin/ui/walkin.py" line="185"/>
        <source>&amp;Last name</source>
        <translation>&amp;Last name</translation>
    </message>
    <message>
        <location filename="../checkin/ui/walkin.py" line="186"/>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <location filename="../checkin/ui/walkin.py" line="187"/>
        <source>C&amp;ountry</source>
        <translation>C&amp;ountry</translation>
    </message>
    <message>
        <location filename="../checkin/ui/walkin.py" line="188"/>
        <source>Ca&amp;tegory</source>
        <translation>Ca&amp;tegory</translation>
    </message>
    <message>
        <location filename="../checkin/ui/walkin.py" line="189"/>
        <source>Lan&amp;guage</source>
        <translation>Lan&amp;guage</translation>
    </message>
    <message>
        <location filename="../checkin/ui/walkin.py" line="190"/>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <location filename="../checkin/ui/walkin.py" line="191"/>
        <source>&amp;Phone</source>
        <translation>&amp;Phone</translation>
    </message>
    <message>
        <location filename="../checkin/ui/walkin.py" line="202"/>
        <source>an e-mail or a phone is needed</source>
        <translation>an e-mail or a phone is needed</translation>
    </message>
    <message>
        <location filename="../checkin/ui/walkin.py" line="203"/>
        <source>&amp;Save, print badge and check in</source>
        <translation>&amp;Save, print badge and check in</translation>
    </message>
    <message>
        <location filename="../checkin/ui/walkin.py" line="204"/>
        <source>&amp;Clear the form</source>
        <translation>&amp;Clear the form</translation>
    </message>
    <message>
        <location filename="../checkin/ui/walkin.py" line="205"/>
        <source>&amp;Yes, it is this person: check them in</source>
        <translation>&amp;Yes, it is this person: check them in</translation>
    </message>
    <message>
        <location filename="../checkin/ui/walkin.py" line="206"/>
        <source>&amp;No, register a new person</source>
        <translation>&amp;No, register a new person</translation>
    </message>
    <message>
        <location filename="../checkin/ui/walkin.py" line="207"/>
        <source>People already on the list</source>
        <translation>People already on the list</translation>
    </message>
    <message>
        <location filename="../checkin/ui/walkin.py" line="251"/>
        <source>Choose the session first.</source>
        <translation>Choose the session first.</translation>
    </message>
    <message>
        <location filename="../checkin/ui/walkin.py" line="288"/>
        <source>The badge was not printed: reprint it from the person&apos;s details.</source>
        <translation>The badge was not printed: reprint it from the person&apos;s details.</translation>
    </message>
    <message>
        <location filename="../checkin/ui/walkin.py" line="302"/>
        <source>%1 is registered and checked in.</source>
        <translation>%1 is registered and checked in.</translation>
    </message>
    <message>
        <location filename="../checkin/ui/walkin.py" line="304"/>
        <source>%1 was already checked in to this session.</source>
        <translation>%1 was already checked in to this session.</translation>
    </message>
    <message>
        <location filename="../checkin/ui/walkin.py" line="305"/>
        <source>%1 is registered but not admitted to this session: staff may override from the person&apos;s details.</source>
        <translation>%1 is registered but not admitted to this session: staff may override from the person&apos;s details.</translation>
    </message>
    <message>
        <location filename="../checkin/ui/walkin.py" line="326"/>
        <source>Needed.</source>
        <translation>Needed.</translation>
    </message>
    <message>
        <location filename="../checkin/ui/walkin.py" line="327"/>
        <source>Too long.</source>
        <translation>Too long.</translation>
    </message>
    <message>
        <location filename="../checkin/ui/walkin.py" line="328"/>
        <source>This e-mail address does not look right.</source>
        <translation>This e-mail address does not look right.</translation>
    </message>
    <message>
        <location filename="../checkin/ui/walkin.py" line="329"/>
        <source>This phone number does not look right.</source>
        <translation>This phone number does not look right.</translation>
    </message>
    <message>
        <location filename="../checkin/ui/walkin.py" line="330"/>
        <source>Give an e-mail or a phone number.</source>
        <translation>Give an e-mail or a phone number.</translation>
    </message>
    <message>
        <location filename="../checkin/ui/walkin.py" line="331"/>
        <source>Choose a category.</source>
        <translation>Choose a category.</translation>
    </message>
    <message>
        <location filename="../checkin/ui/walkin.py" line="332"/>
        <source>Choose a language.</source>
        <translation>Choose a language.</translation>
    </message>
    <message>
        <location filename="../checkin/ui/walkin.py" line="337"/>
        <source>This person seems to be on the list already. Is it one of these?</source>
        <translation>This person seems to be on the list already. Is it one of these?</translation>
    </message>
    <message>
        <location filename="../checkin/ui/walkin.py" line="341"/>
        <source>same e-mail</source>
        <translation>same e-mail</translation>
    </message>
    <message>
        <location filename="../checkin/ui/walkin.py" line="342"/>
        <source>same phone</source>
        <translation>same phone</translation>
    </message>
    <message>
        <location filename="../checkin/ui/walkin.py" line="343"/>
        <source>similar name, same organisation</source>
        <translation>similar name, same organisation</translation>
    </message>
</context>
</TS>
