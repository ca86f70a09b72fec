<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name />
    <message>
        <location filename="../checkin/ui/table_models.py" line="30" />
        <source>Category</source>
        <comment>Participant</comment>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../checkin/ui/table_models.py" line="31" />
        <source>Category</source>
        <comment>Speaker</comment>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../checkin/ui/table_models.py" line="32" />
        <source>Category</source>
        <comment>Organiser</comment>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../checkin/ui/table_models.py" line="33" />
        <source>Category</source>
        <comment>Press</comment>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../checkin/ui/table_models.py" line="34" />
        <source>Category</source>
        <comment>Official</comment>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../checkin/ui/table_models.py" line="35" />
        <source>Category</source>
        <comment>Staff</comment>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../checkin/ui/table_models.py" line="43" />
        <source>Method</source>
        <comment>Camera</comment>
        <translation>Méthode</translation>
    </message>
    <message>
        <location filename="../checkin/ui/table_models.py" line="44" />
        <source>Method</source>
        <comment>Scanner</comment>
        <translation>Méthode</translation>
    </message>
    <message>
        <location filename="../checkin/ui/table_models.py" line="45" />
        <source>Method</source>
        <comment>Search</comment>
        <translation>Méthode</translation>
    </message>
    <message>
        <location filename="../checkin/ui/table_models.py" line="46" />
        <source>Method</source>
        <comment>Walk-in</comment>
        <translation>Méthode</translation>
    </message>
    <message>
        <location filename="../checkin/ui/table_models.py" line="47" />
        <source>Method</source>
        <comment>Code typed</comment>
        <translation>Méthode</translation>
    </message>
    <message>
        <location filename="../checkin/ui/table_models.py" line="54" />
        <source>Language</source>
        <comment>English</comment>
        <translation>Langue</translation>
    </message>
</context>
<context>
    <name>CameraView</name>
    <message>
        <location filename="../checkin/ui/camera_view.py" line="37" />
        <source>Camera on</source>
        <translation>Caméra active</translation>
    </message>
    <message>
        <location filename="../checkin/ui/camera_view.py" line="39" />
        <source>Opening the camera…</source>
        <translation>Ouverture de la caméra…</translation>
    </message>
    <message>
        <location filename="../checkin/ui/camera_view.py" line="41" />
        <source>Camera lost: reconnecting…</source>
        <translation>Caméra perdue : reconnexion…</translation>
    </message>
    <message>
        <location filename="../checkin/ui/camera_view.py" line="43" />
        <source>Camera stopped</source>
        <translation>Caméra arrêtée</translation>
    </message>
    <message>
        <location filename="../checkin/ui/camera_view.py" line="44" />
        <source>No camera detected: use the USB scanner or type the code.</source>
        <translation>Aucune caméra détectée : utilisez la douchette USB ou tapez le code.</translation>
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
        <translation>Intervenant</translation>
    </message>
    <message>
        <location filename="../checkin/ui/result_card.py" line="54" />
        <source>Organiser</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../checkin/ui/result_card.py" line="55" />
        <source>Press</source>
        <translation>Presse</translation>
    </message>
    <message>
        <location filename="../checkin/ui/result_card.py" line="56" />
        <source>Official</source>
        <translation>Officiel</translation>
    </message>
    <message>
        <location filename="../checkin/ui/result_card.py" line="57" />
        <source>Staff</source>
        <translation>Équipe</translation>
    </message>
</context>
<context>
    <name>CheckinHistoryModel</name>
    <message>
        <location filename="../checkin/ui/table_models.py" line="193" />
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location filename="../checkin/ui/table_models.py" line="193" />
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <location filename="../checkin/ui/table_models.py" line="193" />
        <source>Door</source>
        <translation>Porte</translation>
    </message>
    <message>
        <location filename="../checkin/ui/table_models.py" line="193" />
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <location filename="../checkin/ui/table_models.py" line="194" />
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../checkin/ui/table_models.py" line="214" />
        <source>exit</source>
        <translation>sortie</translation>
    </message>
    <message>
        <location filename="../checkin/ui/table_models.py" line="216" />
        <source>override</source>
        <translation>entrée forcée</translation>
    </message>
    <message>
        <location filename="../checkin/ui/table_models.py" line="218" />
        <source>undone</source>
        <translation>annulé</translation>
    </message>
</context>
<context>
    <name>DoorMode</name>
    <message>
        <location filename="../checkin/ui/door_mode.py" line="110" />
        <source>Leave door mode (PIN)</source>
        <translation>Quitter le mode porte (PIN)</translation>
    </message>
</context>
<context>
    <name>GroupFiguresModel</name>
    <message>
        <location filename="../checkin/ui/table_models.py" line="268" />
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../checkin/ui/table_models.py" line="268" />
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../checkin/ui/table_models.py" line="269" />
        <source>Arrived</source>
        <translation>Arrivés</translation>
    </message>
    <message>
        <location filename="../checkin/ui/table_models.py" line="269" />
        <source>Registered</source>
        <translation>Inscrits</translation>
    </message>
    <message>
        <location filename="../checkin/ui/table_models.py" line="275" />
        <source>(not given)</source>
        <translation>(non renseigné)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../checkin/ui/main_window.py" line="160" />
        <source>USB scanner seen</source>
        <extracomment>the volunteer asked for door mode (the door-mode controller answers) the volunteer chose a language ("fr" or "en")</extracomment>
        <translation>Douchette USB détectée</translation>
    </message>
    <message>
        <location filename="../checkin/ui/main_window.py" line="162" />
        <source>No USB scanner seen yet</source>
        <translation>Pas encore de douchette USB</translation>
    </message>
    <message>
        <location filename="../checkin/ui/main_window.py" line="173" />
        <source>Sync: none (this station works alone)</source>
        <translation>Synchro : aucune (ce poste travaille seul)</translation>
    </message>
    <message>
        <location filename="../checkin/ui/main_window.py" line="176" />
        <source>Sync: %1</source>
        <translation>Synchro : %1</translation>
    </message>
    <message>
        <location filename="../checkin/ui/main_window.py" line="194" />
        <source>Sound: off</source>
        <translation>Son : coupé</translation>
    </message>
    <message>
        <location filename="../checkin/ui/main_window.py" line="194" />
        <source>Sound: on</source>
        <translation>Son : activé</translation>
    </message>
    <message>
        <location filename="../checkin/ui/main_window.py" line="207" />
        <source>Check-in: reception</source>
        <translation>Check-in : accueil</translation>
    </message>
    <message>
        <location filename="../checkin/ui/main_window.py" line="208" />
        <source>Door mode</source>
        <translation>Mode porte</translation>
    </message>
    <message>
        <location filename="../checkin/ui/main_window.py" line="209" />
        <source>Full screen, scanning only; leaving asks for the staff PIN</source>
        <translation>Plein écran, scan uniquement ; pour en sortir, le PIN du personnel est demandé</translation>
    </message>
    <message>
        <location filename="../checkin/ui/main_window.py" line="211" />
        <source>Language</source>
        <translation>Langue</translation>
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
        <translation><numerusform>Au moins %n chiffre.</numerusform><numerusform>Au moins %n chiffres.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../checkin/ui/pin.py" line="178" />
        <location filename="../checkin/ui/pin.py" line="185" />
        <source>Too many attempts: wait %n second(s).</source>
        <translation><numerusform>Trop d'essais : attendez %n seconde.</numerusform><numerusform>Trop d'essais : attendez %n secondes.</numerusform></translation>
    </message>
    <message>
        <location filename="../checkin/ui/pin.py" line="187" />
        <source>Wrong PIN.</source>
        <translation>PIN incorrect.</translation>
    </message>
    <message>
        <location filename="../checkin/ui/pin.py" line="214" />
        <source>No staff PIN yet: choose one (at least 4 digits)</source>
        <translation>Pas encore de PIN du personnel : choisissez-en un (4 chiffres au moins)</translation>
    </message>
    <message>
        <location filename="../checkin/ui/pin.py" line="216" />
        <location filename="../checkin/ui/pin.py" line="218" />
        <source>Staff PIN</source>
        <translation>PIN du personnel</translation>
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
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../checkin/ui/pin.py" line="221" />
        <source>Erase</source>
        <translation>Effacer</translation>
    </message>
</context>
<context>
    <name>QCoreApplication</name>
    <message>
        <location filename="../checkin/ui/table_models.py" line="54" />
        <source>Language</source>
        <comment>French</comment>
        <translation>Langue</translation>
    </message>
</context>
<context>
    <name>ResultCard</name>
    <message>
        <location filename="../checkin/ui/result_card.py" line="219" />
        <source>Not recorded: the database refused</source>
        <translation>Non enregistré : la base de données a refusé</translation>
    </message>
    <message>
        <location filename="../checkin/ui/result_card.py" line="222" />
        <source>Call the organisers' technician; meanwhile write the names down on paper.</source>
        <translation>Appelez le technicien des organisateurs ; en attendant, notez les noms sur papier.</translation>
    </message>
    <message>
        <location filename="../checkin/ui/result_card.py" line="263" />
        <source>Ready: show a badge to the camera</source>
        <translation>Prêt : présentez un badge à la caméra</translation>
    </message>
    <message>
        <location filename="../checkin/ui/result_card.py" line="264" />
        <source>Or scan it with the scanner, or type its code.</source>
        <translation>Ou scannez-le avec la douchette, ou tapez son code.</translation>
    </message>
    <message>
        <location filename="../checkin/ui/result_card.py" line="291" />
        <source>Staff override (PIN)…</source>
        <translation>Forcer l'entrée (PIN du personnel)…</translation>
    </message>
    <message>
        <location filename="../checkin/ui/result_card.py" line="324" />
        <source>Accepted (staff override)</source>
        <translation>Accepté (entrée forcée)</translation>
    </message>
    <message>
        <location filename="../checkin/ui/result_card.py" line="325" />
        <source>Accepted</source>
        <translation>Accepté</translation>
    </message>
    <message>
        <location filename="../checkin/ui/result_card.py" line="327" />
        <source>Accepted: re-entry</source>
        <translation>Accepté : nouvelle entrée</translation>
    </message>
    <message>
        <location filename="../checkin/ui/result_card.py" line="329" />
        <source>Exit recorded</source>
        <translation>Sortie enregistrée</translation>
    </message>
    <message>
        <location filename="../checkin/ui/result_card.py" line="331" />
        <source>Already checked in</source>
        <translation>Déjà entré</translation>
    </message>
    <message>
        <location filename="../checkin/ui/result_card.py" line="333" />
        <source>Refused: unknown badge</source>
        <translation>Refusé : badge inconnu</translation>
    </message>
    <message>
        <location filename="../checkin/ui/result_card.py" line="335" />
        <source>Refused: registration cancelled</source>
        <translation>Refusé : inscription annulée</translation>
    </message>
    <message>
        <location filename="../checkin/ui/result_card.py" line="337" />
        <source>Refused: badge of another event</source>
        <translation>Refusé : badge d'un autre événement</translation>
    </message>
    <message>
        <location filename="../checkin/ui/result_card.py" line="339" />
        <source>Refused: not registered for this workshop</source>
        <translation>Refusé : pas inscrit à cet atelier</translation>
    </message>
    <message>
        <location filename="../checkin/ui/result_card.py" line="340" />
        <source>Refused: not admitted to this session</source>
        <translation>Refusé : pas admis à cette session</translation>
    </message>
    <message>
        <location filename="../checkin/ui/result_card.py" line="347" />
        <source>Ask for the name and find the person with Search, at the desk.</source>
        <translation>Demandez le nom et cherchez la personne (Recherche, à l'accueil).</translation>
    </message>
    <message>
        <location filename="../checkin/ui/result_card.py" line="348" />
        <source>Staff may let the person in with the PIN.</source>
        <translation>Le personnel peut la faire entrer avec le PIN.</translation>
    </message>
    <message>
        <location filename="../checkin/ui/result_card.py" line="352" />
        <source>at this door</source>
        <translation>à cette porte</translation>
    </message>
    <message>
        <location filename="../checkin/ui/result_card.py" line="354" />
        <source>at %1</source>
        <translation>à %1</translation>
    </message>
    <message>
        <location filename="../checkin/ui/result_card.py" line="356" />
        <source>at another door</source>
        <translation>à une autre porte</translation>
    </message>
    <message>
        <location filename="../checkin/ui/result_card.py" line="357" />
        <source>First entry at %1, %2.</source>
        <translation>Première entrée à %1, %2.</translation>
    </message>
    <message>
        <location filename="../checkin/ui/result_card.py" line="358" />
        <source>Let the person through only if the badge is theirs; otherwise send them to the desk.</source>
        <translation>Laissez passer seulement si le badge est bien le sien ; sinon, envoyez la personne à l'accueil.</translation>
    </message>
    <message>
        <location filename="../checkin/ui/result_card.py" line="362" />
        <source>First entry at %1.</source>
        <translation>Première entrée à %1.</translation>
    </message>
    <message>
        <location filename="../checkin/ui/result_card.py" line="365" />
        <source>This code is not on the attendee list.</source>
        <translation>Ce code n'est pas dans la liste des participants.</translation>
    </message>
    <message>
        <location filename="../checkin/ui/result_card.py" line="367" />
        <source>This badge was made for another event.</source>
        <translation>Ce badge a été fait pour un autre événement.</translation>
    </message>
    <message>
        <location filename="../checkin/ui/result_card.py" line="369" />
        <source>This registration was cancelled.</source>
        <translation>Cette inscription a été annulée.</translation>
    </message>
    <message>
        <location filename="../checkin/ui/result_card.py" line="370" />
        <source>Send the person to the registration desk.</source>
        <translation>Envoyez la personne au comptoir d'inscription.</translation>
    </message>
    <message>
        <location filename="../checkin/ui/result_card.py" line="375" />
        <source>Not on the list of %1.</source>
        <translation>Pas sur la liste de : %1.</translation>
    </message>
    <message>
        <location filename="../checkin/ui/result_card.py" line="377" />
        <source>This session is for: %1.</source>
        <translation>Cette session est réservée à : %1.</translation>
    </message>
</context>
<context>
    <name>ScanPage</name>
    <message>
        <location filename="../checkin/ui/scan_page.py" line="257" />
        <source>No session: import the programme first.</source>
        <extracomment>an answer is on the card (after the write, when there was one) the session this door checks into changed (a Session) the arrived / expected counter was refreshed (arrived, expected)</extracomment>
        <translation>Aucune session : importez d'abord le programme.</translation>
    </message>
    <message>
        <location filename="../checkin/ui/scan_page.py" line="295" />
        <source>No session is chosen at this door.</source>
        <translation>Aucune session n'est choisie à cette porte.</translation>
    </message>
    <message>
        <location filename="../checkin/ui/scan_page.py" line="353" />
        <source>Unknown badge</source>
        <translation>Badge inconnu</translation>
    </message>
    <message>
        <location filename="../checkin/ui/scan_page.py" line="357" />
        <source>(undone)</source>
        <translation>(annulé)</translation>
    </message>
    <message>
        <location filename="../checkin/ui/scan_page.py" line="442" />
        <source>Scan</source>
        <translation>Scan</translation>
    </message>
    <message>
        <location filename="../checkin/ui/scan_page.py" line="443" />
        <source>Session:</source>
        <translation>Session :</translation>
    </message>
    <message>
        <location filename="../checkin/ui/scan_page.py" line="444" />
        <source>Session checked into at this door</source>
        <translation>Session enregistrée à cette porte</translation>
    </message>
    <message>
        <location filename="../checkin/ui/scan_page.py" line="445" />
        <source>Current session</source>
        <translation>Session en cours</translation>
    </message>
    <message>
        <location filename="../checkin/ui/scan_page.py" line="446" />
        <source>Follow the clock: the session running now</source>
        <translation>Suivre l'horloge : la session en cours</translation>
    </message>
    <message>
        <location filename="../checkin/ui/scan_page.py" line="447" />
        <source>arrived / expected</source>
        <translation>arrivés / attendus</translation>
    </message>
    <message>
        <location filename="../checkin/ui/scan_page.py" line="448" />
        <source>Badge code typed by hand</source>
        <translation>Code du badge tapé à la main</translation>
    </message>
    <message>
        <location filename="../checkin/ui/scan_page.py" line="449" />
        <source>Badge code</source>
        <translation>Code du badge</translation>
    </message>
    <message>
        <location filename="../checkin/ui/scan_page.py" line="450" />
        <source>Check in</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../checkin/ui/scan_page.py" line="451" />
        <source>Last scans</source>
        <translation>Derniers scans</translation>
    </message>
    <message>
        <location filename="../checkin/ui/scan_page.py" line="452" />
        <source>Undo the last check-in</source>
        <translation>Annuler le dernier enregistrement</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <location filename="../checkin/ui/search_page.py" line="168" />
        <source>&amp;Find a person</source>
        <translation>&amp;Trouver une personne</translation>
    </message>
    <message>
        <location filename="../checkin/ui/search_page.py" line="170" />
        <source>Name, organisation, country, e-mail, phone or registration number</source>
        <translation>Nom, organisation, pays, e-mail, téléphone ou numéro d'inscription</translation>
    </message>
    <message>
        <location filename="../checkin/ui/search_page.py" line="172" />
        <source>Search attendees</source>
        <translation>Rechercher des participants</translation>
    </message>
    <message>
        <location filename="../checkin/ui/search_page.py" line="173" />
        <source>Search results</source>
        <translation>Résultats de la recherche</translation>
    </message>
    <message>
        <location filename="../checkin/ui/search_page.py" line="174" />
        <source>Check in (Enter)</source>
        <translation>Enregistrer (Entrée)</translation>
    </message>
    <message>
        <location filename="../checkin/ui/search_page.py" line="175" />
        <source>Check the selected person in</source>
        <translation>Enregistrer la personne choisie</translation>
    </message>
    <message>
        <location filename="../checkin/ui/search_page.py" line="176" />
        <source>Details (Ctrl+Enter)</source>
        <translation>Détails (Ctrl+Entrée)</translation>
    </message>
    <message>
        <location filename="../checkin/ui/search_page.py" line="177" />
        <source>New walk-in (Ctrl+N)</source>
        <translation>Nouvelle inscription sur place (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../checkin/ui/search_page.py" line="248" />
        <source>Search failed: %1</source>
        <translation>La recherche a échoué : %1</translation>
    </message>
    <message>
        <location filename="../checkin/ui/search_page.py" line="267" />
        <source>Type a few letters: results appear as you type.</source>
        <translation>Tapez quelques lettres : les résultats s'affichent au fur et à mesure.</translation>
    </message>
    <message>
        <location filename="../checkin/ui/search_page.py" line="269" />
        <source>No one found. Check the spelling, or register a walk-in.</source>
        <translation>Personne trouvé. Vérifiez l'orthographe, ou inscrivez la personne sur place.</translation>
    </message>
    <message numerus="yes">
        <location filename="../checkin/ui/search_page.py" line="272" />
        <source>%n person(s) found. Arrows to choose, Enter to check in.</source>
        <translation><numerusform>%n personne trouvée. Flèches pour choisir, Entrée pour enregistrer.</numerusform><numerusform>%n personnes trouvées. Flèches pour choisir, Entrée pour enregistrer.</numerusform></translation>
    </message>
    <message>
        <location filename="../checkin/ui/search_page.py" line="335" />
        <source>Choose a person with the arrow keys first.</source>
        <translation>Choisissez d'abord une personne avec les flèches.</translation>
    </message>
    <message>
        <location filename="../checkin/ui/search_page.py" line="338" />
        <source>Choose the session first.</source>
        <translation>Choisissez d'abord la session.</translation>
    </message>
    <message>
        <location filename="../checkin/ui/search_page.py" line="361" />
        <source>Not recorded: %1</source>
        <translation>Non enregistré : %1</translation>
    </message>
    <message>
        <location filename="../checkin/ui/search_page.py" line="370" />
        <source>Overrides need the staff PIN, which is not available here.</source>
        <translation>Forcer une entrée demande le PIN du personnel, indisponible ici.</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <location filename="../checkin/ui/table_models.py" line="144" />
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../checkin/ui/table_models.py" line="144" />
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../checkin/ui/table_models.py" line="144" />
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../checkin/ui/table_models.py" line="145" />
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../checkin/ui/table_models.py" line="145" />
        <source>In this session</source>
        <translation>Dans cette session</translation>
    </message>
    <message>
        <location filename="../checkin/ui/table_models.py" line="162" />
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <location filename="../checkin/ui/table_models.py" line="163" />
        <source>✔ Already in</source>
        <translation>✔ Déjà entré</translation>
    </message>
    <message>
        <location filename="../checkin/ui/table_models.py" line="163" />
        <source>Not yet</source>
        <translation>Pas encore</translation>
    </message>
    <message>
        <location filename="../checkin/ui/table_models.py" line="165" />
        <source>Already in this session</source>
        <translation>Déjà dans cette session</translation>
    </message>
    <message>
        <location filename="../checkin/ui/table_models.py" line="165" />
        <source>Not yet arrived</source>
        <translation>Pas encore arrivé</translation>
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
        <translation>Arrivés</translation>
    </message>
    <message>
        <location filename="../checkin/ui/table_models.py" line="238" />
        <source>Expected</source>
        <translation>Attendus</translation>
    </message>
    <message>
        <location filename="../checkin/ui/table_models.py" line="238" />
        <source>Rate</source>
        <translation>Taux</translation>
    </message>
</context>
<context>
    <name>StationsModel</name>
    <message>
        <location filename="../checkin/ui/table_models.py" line="292" />
        <source>Station</source>
        <translation>Poste</translation>
    </message>
    <message>
        <location filename="../checkin/ui/table_models.py" line="292" />
        <source>Last contact</source>
        <translation>Dernier contact</translation>
    </message>
    <message>
        <location filename="../checkin/ui/table_models.py" line="292" />
        <source>Waiting to send</source>
        <translation>En attente d'envoi</translation>
    </message>
    <message>
        <location filename="../checkin/ui/table_models.py" line="298" />
        <source>%1 (this station)</source>
        <translation>%1 (ce poste)</translation>
    </message>
    <message>
        <location filename="../checkin/ui/table_models.py" line="301" />
        <source>never</source>
        <translation>jamais</translation>
    </message>
</context>
</TS>