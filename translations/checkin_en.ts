<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name />
    <message>
        <location filename="../checkin/ui/table_models.py" line="30" />
        <source>Category</source>
        <comment>Participant</comment>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../checkin/ui/table_models.py" line="31" />
        <source>Category</source>
        <comment>Speaker</comment>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../checkin/ui/table_models.py" line="32" />
        <source>Category</source>
        <comment>Organiser</comment>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../checkin/ui/table_models.py" line="33" />
        <source>Category</source>
        <comment>Press</comment>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../checkin/ui/table_models.py" line="34" />
        <source>Category</source>
        <comment>Official</comment>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../checkin/ui/table_models.py" line="35" />
        <source>Category</source>
        <comment>Staff</comment>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../checkin/ui/table_models.py" line="43" />
        <source>Method</source>
        <comment>Camera</comment>
        <translation>Method</translation>
    </message>
    <message>
        <location filename="../checkin/ui/table_models.py" line="44" />
        <source>Method</source>
        <comment>Scanner</comment>
        <translation>Method</translation>
    </message>
    <message>
        <location filename="../checkin/ui/table_models.py" line="45" />
        <source>Method</source>
        <comment>Search</comment>
        <translation>Method</translation>
    </message>
    <message>
        <location filename="../checkin/ui/table_models.py" line="46" />
        <source>Method</source>
        <comment>Walk-in</comment>
        <translation>Method</translation>
    </message>
    <message>
        <location filename="../checkin/ui/table_models.py" line="47" />
        <source>Method</source>
        <comment>Code typed</comment>
        <translation>Method</translation>
    </message>
    <message>
        <location filename="../checkin/ui/table_models.py" line="54" />
        <source>Language</source>
        <comment>English</comment>
        <translation>Language</translation>
    </message>
</context>
<context>
    <name>CameraView</name>
    <message>
        <location filename="../checkin/ui/camera_view.py" line="37" />
        <source>Camera on</source>
        <translation>Camera on</translation>
    </message>
    <message>
        <location filename="../checkin/ui/camera_view.py" line="39" />
        <source>Opening the camera…</source>
        <translation>Opening the camera…</translation>
    </message>
    <message>
        <location filename="../checkin/ui/camera_view.py" line="41" />
        <source>Camera lost: reconnecting…</source>
        <translation>Camera lost: reconnecting…</translation>
    </message>
    <message>
        <location filename="../checkin/ui/camera_view.py" line="43" />
        <source>Camera stopped</source>
        <translation>Camera stopped</translation>
    </message>
    <message>
        <location filename="../checkin/ui/camera_view.py" line="44" />
        <source>No camera detected: use the USB scanner or type the code.</source>
        <translation>No camera detected: use the USB scanner or type the code.</translation>
    </message>
</context>
<context>
    <name>Category</name>
    <message>
        <location filename="../checkin/ui/result_card.py" line="52" />
        <source>Participant</source>
        <translation>Participant</translation>
    </message>
    <message>
        <location filename="../checkin/ui/result_card.py" line="53" />
        <source>Speaker</source>
        <translation>Speaker</translation>
    </message>
    <message>
        <location filename="../checkin/ui/result_card.py" line="54" />
        <source>Organiser</source>
        <translation>Organiser</translation>
    </message>
    <message>
        <location filename="../checkin/ui/result_card.py" line="55" />
        <source>Press</source>
        <translation>Press</translation>
    </message>
    <message>
        <location filename="../checkin/ui/result_card.py" line="56" />
        <source>Official</source>
        <translation>Official</translation>
    </message>
    <message>
        <location filename="../checkin/ui/result_card.py" line="57" />
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
</context>
<context>
    <name>CheckinHistoryModel</name>
    <message>
        <location filename="../checkin/ui/table_models.py" line="193" />
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../checkin/ui/table_models.py" line="193" />
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <location filename="../checkin/ui/table_models.py" line="193" />
        <source>Door</source>
        <translation>Door</translation>
    </message>
    <message>
        <location filename="../checkin/ui/table_models.py" line="193" />
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <location filename="../checkin/ui/table_models.py" line="194" />
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../checkin/ui/table_models.py" line="214" />
        <source>exit</source>
        <translation>exit</translation>
    </message>
    <message>
        <location filename="../checkin/ui/table_models.py" line="216" />
        <source>override</source>
        <translation>override</translation>
    </message>
    <message>
        <location filename="../checkin/ui/table_models.py" line="218" />
        <source>undone</source>
        <translation>undone</translation>
    </message>
</context>
<context>
    <name>DoorMode</name>
    <message>
        <location filename="../checkin/ui/door_mode.py" line="110" />
        <source>Leave door mode (PIN)</source>
        <translation>Leave door mode (PIN)</translation>
    </message>
</context>
<context>
    <name>GroupFiguresModel</name>
    <message>
        <location filename="../checkin/ui/table_models.py" line="268" />
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../checkin/ui/table_models.py" line="268" />
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <location filename="../checkin/ui/table_models.py" line="269" />
        <source>Arrived</source>
        <translation>Arrived</translation>
    </message>
    <message>
        <location filename="../checkin/ui/table_models.py" line="269" />
        <source>Registered</source>
        <translation>Registered</translation>
    </message>
    <message>
        <location filename="../checkin/ui/table_models.py" line="275" />
        <source>(not given)</source>
        <translation>(not given)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../checkin/ui/main_window.py" line="160" />
        <source>USB scanner seen</source>
        <extracomment>the volunteer asked for door mode (the door-mode controller answers) the volunteer chose a language ("fr" or "en")</extracomment>
        <translation>USB scanner seen</translation>
    </message>
    <message>
        <location filename="../checkin/ui/main_window.py" line="162" />
        <source>No USB scanner seen yet</source>
        <translation>No USB scanner seen yet</translation>
    </message>
    <message>
        <location filename="../checkin/ui/main_window.py" line="173" />
        <source>Sync: none (this station works alone)</source>
        <translation>Sync: none (this station works alone)</translation>
    </message>
    <message>
        <location filename="../checkin/ui/main_window.py" line="176" />
        <source>Sync: %1</source>
        <translation>Sync: %1</translation>
    </message>
    <message>
        <location filename="../checkin/ui/main_window.py" line="194" />
        <source>Sound: off</source>
        <translation>Sound: off</translation>
    </message>
    <message>
        <location filename="../checkin/ui/main_window.py" line="194" />
        <source>Sound: on</source>
        <translation>Sound: on</translation>
    </message>
    <message>
        <location filename="../checkin/ui/main_window.py" line="207" />
        <source>Check-in: reception</source>
        <translation>Check-in: reception</translation>
    </message>
    <message>
        <location filename="../checkin/ui/main_window.py" line="208" />
        <source>Door mode</source>
        <translation>Door mode</translation>
    </message>
    <message>
        <location filename="../checkin/ui/main_window.py" line="209" />
        <source>Full screen, scanning only; leaving asks for the staff PIN</source>
        <translation>Full screen, scanning only; leaving asks for the staff PIN</translation>
    </message>
    <message>
        <location filename="../checkin/ui/main_window.py" line="211" />
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../checkin/ui/main_window.py" line="212" />
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message numerus="yes">
        <location filename="../checkin/ui/pin.py" line="170" />
        <source>At least %n digits.</source>
        <translation><numerusform>At least %n digit.</numerusform><numerusform>At least %n digits.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../checkin/ui/pin.py" line="178" />
        <location filename="../checkin/ui/pin.py" line="185" />
        <source>Too many attempts: wait %n second(s).</source>
        <translation><numerusform>Too many attempts: wait %n second.</numerusform><numerusform>Too many attempts: wait %n seconds.</numerusform></translation>
    </message>
    <message>
        <location filename="../checkin/ui/pin.py" line="187" />
        <source>Wrong PIN.</source>
        <translation>Wrong PIN.</translation>
    </message>
    <message>
        <location filename="../checkin/ui/pin.py" line="214" />
        <source>No staff PIN yet: choose one (at least 4 digits)</source>
        <translation>No staff PIN yet: choose one (at least 4 digits)</translation>
    </message>
    <message>
        <location filename="../checkin/ui/pin.py" line="216" />
        <location filename="../checkin/ui/pin.py" line="218" />
        <source>Staff PIN</source>
        <translation>Staff PIN</translation>
    </message>
    <message>
        <location filename="../checkin/ui/pin.py" line="217" />
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../checkin/ui/pin.py" line="219" />
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../checkin/ui/pin.py" line="220" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../checkin/ui/pin.py" line="221" />
        <source>Erase</source>
        <translation>Erase</translation>
    </message>
</context>
<context>
    <name>QCoreApplication</name>
    <message>
        <location filename="../checkin/ui/table_models.py" line="54" />
        <source>Language</source>
        <comment>French</comment>
        <translation>Language</translation>
    </message>
</context>
<context>
    <name>ResultCard</name>
    <message>
        <location filename="../checkin/ui/result_card.py" line="219" />
        <source>Not recorded: the database refused</source>
        <translation>Not recorded: the database refused</translation>
    </message>
    <message>
        <location filename="../checkin/ui/result_card.py" line="222" />
        <source>Call the organisers' technician; meanwhile write the names down on paper.</source>
        <translation>Call the organisers' technician; meanwhile write the names down on paper.</translation>
    </message>
    <message>
        <location filename="../checkin/ui/result_card.py" line="263" />
        <source>Ready: show a badge to the camera</source>
        <translation>Ready: show a badge to the camera</translation>
    </message>
    <message>
        <location filename="../checkin/ui/result_card.py" line="264" />
        <source>Or scan it with the scanner, or type its code.</source>
        <translation>Or scan it with the scanner, or type its code.</translation>
    </message>
    <message>
        <location filename="../checkin/ui/result_card.py" line="291" />
        <source>Staff override (PIN)…</source>
        <translation>Staff override (PIN)…</translation>
    </message>
    <message>
        <location filename="../checkin/ui/result_card.py" line="324" />
        <source>Accepted (staff override)</source>
        <translation>Accepted (staff override)</translation>
    </message>
    <message>
        <location filename="../checkin/ui/result_card.py" line="325" />
        <source>Accepted</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <location filename="../checkin/ui/result_card.py" line="327" />
        <source>Accepted: re-entry</source>
        <translation>Accepted: re-entry</translation>
    </message>
    <message>
        <location filename="../checkin/ui/result_card.py" line="329" />
        <source>Exit recorded</source>
        <translation>Exit recorded</translation>
    </message>
    <message>
        <location filename="../checkin/ui/result_card.py" line="331" />
        <source>Already checked in</source>
        <translation>Already checked in</translation>
    </message>
    <message>
        <location filename="../checkin/ui/result_card.py" line="333" />
        <source>Refused: unknown badge</source>
        <translation>Refused: unknown badge</translation>
    </message>
    <message>
        <location filename="../checkin/ui/result_card.py" line="335" />
        <source>Refused: registration cancelled</source>
        <translation>Refused: registration cancelled</translation>
    </message>
    <message>
        <location filename="../checkin/ui/result_card.py" line="337" />
        <source>Refused: badge of another event</source>
        <translation>Refused: badge of another event</translation>
    </message>
    <message>
        <location filename="../checkin/ui/result_card.py" line="339" />
        <source>Refused: not registered for this workshop</source>
        <translation>Refused: not registered for this workshop</translation>
    </message>
    <message>
        <location filename="../checkin/ui/result_card.py" line="340" />
        <source>Refused: not admitted to this session</source>
        <translation>Refused: not admitted to this session</translation>
    </message>
    <message>
        <location filename="../checkin/ui/result_card.py" line="347" />
        <source>Ask for the name and find the person with Search, at the desk.</source>
        <translation>Ask for the name and find the person with Search, at the desk.</translation>
    </message>
    <message>
        <location filename="../checkin/ui/result_card.py" line="348" />
        <source>Staff may let the person in with the PIN.</source>
        <translation>Staff may let the person in with the PIN.</translation>
    </message>
    <message>
        <location filename="../checkin/ui/result_card.py" line="352" />
        <source>at this door</source>
        <translation>at this door</translation>
    </message>
    <message>
        <location filename="../checkin/ui/result_card.py" line="354" />
        <source>at %1</source>
        <translation>at %1</translation>
    </message>
    <message>
        <location filename="../checkin/ui/result_card.py" line="356" />
        <source>at another door</source>
        <translation>at another door</translation>
    </message>
    <message>
        <location filename="../checkin/ui/result_card.py" line="357" />
        <source>First entry at %1, %2.</source>
        <translation>First entry at %1, %2.</translation>
    </message>
    <message>
        <location filename="../checkin/ui/result_card.py" line="358" />
        <source>Let the person through only if the badge is theirs; otherwise send them to the desk.</source>
        <translation>Let the person through only if the badge is theirs; otherwise send them to the desk.</translation>
    </message>
    <message>
        <location filename="../checkin/ui/result_card.py" line="362" />
        <source>First entry at %1.</source>
        <translation>First entry at %1.</translation>
    </message>
    <message>
        <location filename="../checkin/ui/result_card.py" line="365" />
        <source>This code is not on the attendee list.</source>
        <translation>This code is not on the attendee list.</translation>
    </message>
    <message>
        <location filename="../checkin/ui/result_card.py" line="367" />
        <source>This badge was made for another event.</source>
        <translation>This badge was made for another event.</translation>
    </message>
    <message>
        <location filename="../checkin/ui/result_card.py" line="369" />
        <source>This registration was cancelled.</source>
        <translation>This registration was cancelled.</translation>
    </message>
    <message>
        <location filename="../checkin/ui/result_card.py" line="370" />
        <source>Send the person to the registration desk.</source>
        <translation>Send the person to the registration desk.</translation>
    </message>
    <message>
        <location filename="../checkin/ui/result_card.py" line="375" />
        <source>Not on the list of %1.</source>
        <translation>Not on the list of %1.</translation>
    </message>
    <message>
        <location filename="../checkin/ui/result_card.py" line="377" />
        <source>This session is for: %1.</source>
        <translation>This session is for: %1.</translation>
    </message>
</context>
<context>
    <name>ScanPage</name>
    <message>
        <location filename="../checkin/ui/scan_page.py" line="257" />
        <source>No session: import the programme first.</source>
        <extracomment>an answer is on the card (after the write, when there was one) the session this door checks into changed (a Session) the arrived / expected counter was refreshed (arrived, expected)</extracomment>
        <translation>No session: import the programme first.</translation>
    </message>
    <message>
        <location filename="../checkin/ui/scan_page.py" line="295" />
        <source>No session is chosen at this door.</source>
        <translation>No session is chosen at this door.</translation>
    </message>
    <message>
        <location filename="../checkin/ui/scan_page.py" line="353" />
        <source>Unknown badge</source>
        <translation>Unknown badge</translation>
    </message>
    <message>
        <location filename="../checkin/ui/scan_page.py" line="357" />
        <source>(undone)</source>
        <translation>(undone)</translation>
    </message>
    <message>
        <location filename="../checkin/ui/scan_page.py" line="442" />
        <source>Scan</source>
        <translation>Scan</translation>
    </message>
    <message>
        <location filename="../checkin/ui/scan_page.py" line="443" />
        <source>Session:</source>
        <translation>Session:</translation>
    </message>
    <message>
        <location filename="../checkin/ui/scan_page.py" line="444" />
        <source>Session checked into at this door</source>
        <translation>Session checked into at this door</translation>
    </message>
    <message>
        <location filename="../checkin/ui/scan_page.py" line="445" />
        <source>Current session</source>
        <translation>Current session</translation>
    </message>
    <message>
        <location filename="../checkin/ui/scan_page.py" line="446" />
        <source>Follow the clock: the session running now</source>
        <translation>Follow the clock: the session running now</translation>
    </message>
    <message>
        <location filename="../checkin/ui/scan_page.py" line="447" />
        <source>arrived / expected</source>
        <translation>arrived / expected</translation>
    </message>
    <message>
        <location filename="../checkin/ui/scan_page.py" line="448" />
        <source>Badge code typed by hand</source>
        <translation>Badge code typed by hand</translation>
    </message>
    <message>
        <location filename="../checkin/ui/scan_page.py" line="449" />
        <source>Badge code</source>
        <translation>Badge code</translation>
    </message>
    <message>
        <location filename="../checkin/ui/scan_page.py" line="450" />
        <source>Check in</source>
        <translation>Check in</translation>
    </message>
    <message>
        <location filename="../checkin/ui/scan_page.py" line="451" />
        <source>Last scans</source>
        <translation>Last scans</translation>
    </message>
    <message>
        <location filename="../checkin/ui/scan_page.py" line="452" />
        <source>Undo the last check-in</source>
        <translation>Undo the last check-in</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <location filename="../checkin/ui/search_page.py" line="168" />
        <source>&amp;Find a person</source>
        <translation>&amp;Find a person</translation>
    </message>
    <message>
        <location filename="../checkin/ui/search_page.py" line="170" />
        <source>Name, organisation, country, e-mail, phone or registration number</source>
        <translation>Name, organisation, country, e-mail, phone or registration number</translation>
    </message>
    <message>
        <location filename="../checkin/ui/search_page.py" line="172" />
        <source>Search attendees</source>
        <translation>Search attendees</translation>
    </message>
    <message>
        <location filename="../checkin/ui/search_page.py" line="173" />
        <source>Search results</source>
        <translation>Search results</translation>
    </message>
    <message>
        <location filename="../checkin/ui/search_page.py" line="174" />
        <source>Check in (Enter)</source>
        <translation>Check in (Enter)</translation>
    </message>
    <message>
        <location filename="../checkin/ui/search_page.py" line="175" />
        <source>Check the selected person in</source>
        <translation>Check the selected person in</translation>
    </message>
    <message>
        <location filename="../checkin/ui/search_page.py" line="176" />
        <source>Details (Ctrl+Enter)</source>
        <translation>Details (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../checkin/ui/search_page.py" line="177" />
        <source>New walk-in (Ctrl+N)</source>
        <translation>New walk-in (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../checkin/ui/search_page.py" line="248" />
        <source>Search failed: %1</source>
        <translation>Search failed: %1</translation>
    </message>
    <message>
        <location filename="../checkin/ui/search_page.py" line="267" />
        <source>Type a few letters: results appear as you type.</source>
        <translation>Type a few letters: results appear as you type.</translation>
    </message>
    <message>
        <location filename="../checkin/ui/search_page.py" line="269" />
        <source>No one found. Check the spelling, or register a walk-in.</source>
        <translation>No one found. Check the spelling, or register a walk-in.</translation>
    </message>
    <message numerus="yes">
        <location filename="../checkin/ui/search_page.py" line="272" />
        <source>%n person(s) found. Arrows to choose, Enter to check in.</source>
        <translation><numerusform>%n person found. Arrows to choose, Enter to check in.</numerusform><numerusform>%n people found. Arrows to choose, Enter to check in.</numerusform></translation>
    </message>
    <message>
        <location filename="../checkin/ui/search_page.py" line="335" />
        <source>Choose a person with the arrow keys first.</source>
        <translation>Choose a person with the arrow keys first.</translation>
    </message>
    <message>
        <location filename="../checkin/ui/search_page.py" line="338" />
        <source>Choose the session first.</source>
        <translation>Choose the session first.</translation>
    </message>
    <message>
        <location filename="../checkin/ui/search_page.py" line="361" />
        <source>Not recorded: %1</source>
        <translation>Not recorded: %1</translation>
    </message>
    <message>
        <location filename="../checkin/ui/search_page.py" line="370" />
        <source>Overrides need the staff PIN, which is not available here.</source>
        <translation>Overrides need the staff PIN, which is not available here.</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <location filename="../checkin/ui/table_models.py" line="144" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../checkin/ui/table_models.py" line="144" />
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../checkin/ui/table_models.py" line="144" />
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <location filename="../checkin/ui/table_models.py" line="145" />
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../checkin/ui/table_models.py" line="145" />
        <source>In this session</source>
        <translation>In this session</translation>
    </message>
    <message>
        <location filename="../checkin/ui/table_models.py" line="162" />
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../checkin/ui/table_models.py" line="163" />
        <source>✔ Already in</source>
        <translation>✔ Already in</translation>
    </message>
    <message>
        <location filename="../checkin/ui/table_models.py" line="163" />
        <source>Not yet</source>
        <translation>Not yet</translation>
    </message>
    <message>
        <location filename="../checkin/ui/table_models.py" line="165" />
        <source>Already in this session</source>
        <translation>Already in this session</translation>
    </message>
    <message>
        <location filename="../checkin/ui/table_models.py" line="165" />
        <source>Not yet arrived</source>
        <translation>Not yet arrived</translation>
    </message>
</context>
<context>
    <name>SessionFiguresModel</name>
    <message>
        <location filename="../checkin/ui/table_models.py" line="238" />
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <location filename="../checkin/ui/table_models.py" line="238" />
        <source>Arrived</source>
        <translation>Arrived</translation>
    </message>
    <message>
        <location filename="../checkin/ui/table_models.py" line="238" />
        <source>Expected</source>
        <translation>Expected</translation>
    </message>
    <message>
        <location filename="../checkin/ui/table_models.py" line="238" />
        <source>Rate</source>
        <translation>Rate</translation>
    </message>
</context>
<context>
    <name>StationsModel</name>
    <message>
        <location filename="../checkin/ui/table_models.py" line="292" />
        <source>Station</source>
        <translation>Station</translation>
    </message>
    <message>
        <location filename="../checkin/ui/table_models.py" line="292" />
        <source>Last contact</source>
        <translation>Last contact</translation>
    </message>
    <message>
        <location filename="../checkin/ui/table_models.py" line="292" />
        <source>Waiting to send</source>
        <translation>Waiting to send</translation>
    </message>
    <message>
        <location filename="../checkin/ui/table_models.py" line="298" />
        <source>%1 (this station)</source>
        <translation>%1 (this station)</translation>
    </message>
    <message>
        <location filename="../checkin/ui/table_models.py" line="301" />
        <source>never</source>
        <translation>never</translation>
    </message>
</context>
</TS>