<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ArrivalsChart</name>
    <message>
        <source>No arrivals yet.</source>
        <translation>Aucune arrivée pour l&apos;instant.</translation>
    </message>
    <message numerus="yes">
        <source>%n arrival(s); the busiest quarter hour was %1 with %2.</source>
        <translation>
            <numerusform>%n arrivée ; le quart d&apos;heure le plus chargé a été %1, avec %2.</numerusform>
            <numerusform>%n arrivées ; le quart d&apos;heure le plus chargé a été %1, avec %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>No arrivals yet</source>
        <translation>Aucune arrivée pour l&apos;instant</translation>
    </message>
</context>
<context>
    <name>AttendeePanel</name>
    <message>
        <source>Attendee</source>
        <translation>Participant</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Registration no.</source>
        <translation>N° d&apos;inscription</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>Inscription</translation>
    </message>
    <message>
        <source>Note for the door</source>
        <translation>Note pour l’accueil</translation>
    </message>
    <message>
        <source>Badge printed</source>
        <translation>Badge imprimé</translation>
    </message>
    <message>
        <source>Interpretation receiver</source>
        <translation>Récepteur d&apos;interprétation</translation>
    </message>
    <message>
        <source>&amp;First name</source>
        <translation>&amp;Prénom</translation>
    </message>
    <message>
        <source>&amp;Last name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Téléphone</translation>
    </message>
    <message>
        <source>&amp;Check-ins, all sessions</source>
        <translation>&amp;Entrées, toutes sessions</translation>
    </message>
    <message>
        <source>Check-ins of this person</source>
        <translation>Entrées de cette personne</translation>
    </message>
    <message>
        <source>Badge QR code</source>
        <translation>Code QR du badge</translation>
    </message>
    <message>
        <source>Check &amp;in</source>
        <translation>&amp;Valider l&apos;entrée</translation>
    </message>
    <message>
        <source>&amp;Undo check-in</source>
        <translation>&amp;Annuler l&apos;entrée</translation>
    </message>
    <message>
        <source>&amp;Override (PIN)…</source>
        <translation>&amp;Forcer l&apos;entrée (PIN)…</translation>
    </message>
    <message>
        <source>&amp;Reprint badge…</source>
        <translation>&amp;Réimprimer le badge…</translation>
    </message>
    <message>
        <source>Co&amp;rrect details…</source>
        <translation>&amp;Corriger les coordonnées…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Back to search</source>
        <translation>Retour à la recherche</translation>
    </message>
    <message>
        <source>Nobody chosen</source>
        <translation>Aucune personne choisie</translation>
    </message>
    <message>
        <source>Attention at the door</source>
        <translation>Attention à l’entrée</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>pas encore</translation>
    </message>
    <message>
        <source>%1 · online only (not on the registration list)</source>
        <translation>%1 · en ligne seulement (pas sur la liste des inscrits)</translation>
    </message>
    <message>
        <source>%1 (since %2)</source>
        <translation>%1 (depuis %2)</translation>
    </message>
    <message>
        <source>No check-in to undo for this person.</source>
        <translation>Aucune entrée à annuler pour cette personne.</translation>
    </message>
    <message>
        <source>Undoes the check-in to %1 at %2 (or choose another row)</source>
        <translation>Annule l&apos;entrée à « %1 », à %2 (ou choisissez une autre ligne)</translation>
    </message>
    <message>
        <source>Not recorded: %1</source>
        <translation>Non enregistré : %1</translation>
    </message>
    <message>
        <source>Check-in undone. It stays in the history, struck through.</source>
        <translation>Entrée annulée. Elle reste dans l&apos;historique, barrée.</translation>
    </message>
    <message>
        <source>Badge sent to the printer.</source>
        <translation>Badge envoyé à l&apos;imprimante.</translation>
    </message>
    <message>
        <source>Saved here; sent to the server at the next sync.</source>
        <translation>Enregistré ici ; envoyé au serveur à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>The first name is needed.</source>
        <translation>Le prénom est nécessaire.</translation>
    </message>
    <message>
        <source>The last name is needed.</source>
        <translation>Le nom est nécessaire.</translation>
    </message>
    <message>
        <source>This e-mail address does not look right.</source>
        <translation>Cette adresse e-mail ne semble pas correcte.</translation>
    </message>
    <message>
        <source>This phone number does not look right.</source>
        <translation>Ce numéro de téléphone ne semble pas correct.</translation>
    </message>
    <message>
        <source>Please check the details.</source>
        <translation>Vérifiez les informations.</translation>
    </message>
</context>
<context>
    <name>BackupBox</name>
    <message>
        <source>Backups</source>
        <extracomment>the user asked to put a copy back: the window quits, the next start restores it</extracomment>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Choisir…</translation>
    </message>
    <message>
        <source>Beside the database</source>
        <translation>À côté de la base</translation>
    </message>
    <message>
        <source>&amp;Keep the last</source>
        <translation>&amp;Garder les</translation>
    </message>
    <message>
        <source> copies</source>
        <translation> dernières copies</translation>
    </message>
    <message>
        <source>Take one &amp;every</source>
        <translation>En faire une &amp;toutes les</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Back up &amp;now</source>
        <translation>Sauvegarder &amp;maintenant</translation>
    </message>
    <message>
        <source>&amp;Restore this copy…</source>
        <translation>&amp;Restaurer cette copie…</translation>
    </message>
    <message>
        <source>Copies kept</source>
        <translation>Copies gardées</translation>
    </message>
    <message>
        <source>Minutes between two copies</source>
        <translation>Minutes entre deux copies</translation>
    </message>
    <message>
        <source>Backups, newest first</source>
        <translation>Sauvegardes, la plus récente d&apos;abord</translation>
    </message>
    <message>
        <source>%1 (beside the database)</source>
        <translation>%1 (à côté de la base)</translation>
    </message>
    <message>
        <source>The last backup failed: %1</source>
        <translation>La dernière sauvegarde a échoué : %1</translation>
    </message>
    <message>
        <source>Last copy: %1.</source>
        <translation>Dernière copie : %1.</translation>
    </message>
    <message numerus="yes">
        <source>A copy is taken every %n minute(s) and on quit.</source>
        <translation>
            <numerusform>Une copie est faite toutes les %n minute et à la fermeture.</numerusform>
            <numerusform>Une copie est faite toutes les %n minutes et à la fermeture.</numerusform>
        </translation>
    </message>
    <message>
        <source>Folder for the backups (a USB stick…)</source>
        <translation>Dossier des sauvegardes (une clé USB…)</translation>
    </message>
    <message>
        <source>Copying…</source>
        <translation>Copie en cours…</translation>
    </message>
    <message>
        <source>Put back the copy of %1? Check-in will close; start it again to use the copy. The current file is kept aside, not deleted.</source>
        <translation>Remettre la copie du %1 ? Check-in va se fermer ; relancez-le pour utiliser la copie. Le fichier actuel est mis de côté, pas supprimé.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
</context>
<context>
    <name>BadgePrinting</name>
    <message>
        <source>No event in this database: import an attendee list first.</source>
        <extracomment>the window&apos;s writer (:meth:`checkin.ui.admission.Admission.run`) that marks a badge printed; None: marked in place (tests, scripts)</extracomment>
        <translation>Aucun événement dans cette base : importez d&apos;abord une liste de participants.</translation>
    </message>
    <message>
        <source>The printer could not be started: check it is on and connected, then try again.</source>
        <translation>L&apos;imprimante n&apos;a pas pu démarrer : vérifiez qu&apos;elle est allumée et branchée, puis réessayez.</translation>
    </message>
</context>
<context>
    <name>CameraBox</name>
    <message>
        <source>Camera</source>
        <translation>Caméra</translation>
    </message>
    <message>
        <source>&amp;Camera</source>
        <translation>&amp;Caméra</translation>
    </message>
    <message>
        <source>&amp;Or a video file / stream URL</source>
        <translation>&amp;Ou un fichier vidéo / une URL de flux</translation>
    </message>
    <message>
        <source>http://phone.local:8080/video</source>
        <translation>http://telephone.local:8080/video</translation>
    </message>
    <message>
        <source>QR &amp;decoder</source>
        <translation>&amp;Décodeur QR</translation>
    </message>
    <message>
        <source>Stop the &amp;test</source>
        <translation>Arrêter le &amp;test</translation>
    </message>
    <message>
        <source>&amp;Test the camera</source>
        <translation>&amp;Tester la caméra</translation>
    </message>
    <message>
        <source>QR decoder</source>
        <translation>Décodeur QR</translation>
    </message>
    <message>
        <source>Video file or stream URL</source>
        <translation>Fichier vidéo ou URL de flux</translation>
    </message>
    <message>
        <source>No camera found</source>
        <translation>Aucune caméra trouvée</translation>
    </message>
    <message>
        <source>Automatic (best available)</source>
        <translation>Automatique (le meilleur disponible)</translation>
    </message>
    <message>
        <source>%1 (not available: %2)</source>
        <translation>%1 (indisponible : %2)</translation>
    </message>
    <message>
        <source>The camera cannot start: %1</source>
        <translation>La caméra ne peut pas démarrer : %1</translation>
    </message>
    <message>
        <source>Opening the camera…</source>
        <translation>Ouverture de la caméra…</translation>
    </message>
    <message>
        <source>Show a badge to the camera.</source>
        <translation>Présentez un badge à la caméra.</translation>
    </message>
    <message>
        <source>Read: %1</source>
        <translation>Lu : %1</translation>
    </message>
</context>
<context>
    <name>CameraView</name>
    <message>
        <source>Camera on</source>
        <extracomment>the camera&apos;s state changed (the status object, or None: no camera at all)</extracomment>
        <translation>Caméra active</translation>
    </message>
    <message>
        <source>Opening the camera…</source>
        <translation>Ouverture de la caméra…</translation>
    </message>
    <message>
        <source>Camera lost: reconnecting…</source>
        <translation>Caméra perdue : reconnexion…</translation>
    </message>
    <message>
        <source>Camera stopped</source>
        <translation>Caméra arrêtée</translation>
    </message>
    <message>
        <source>No camera detected: use the USB scanner or type the code.</source>
        <translation>Aucune caméra détectée : utilisez la douchette USB ou tapez le code.</translation>
    </message>
</context>
<context>
    <name>CheckinHistoryModel</name>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Door</source>
        <translation>Porte</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>exit</source>
        <translation>sortie</translation>
    </message>
    <message>
        <source>override</source>
        <translation>entrée forcée</translation>
    </message>
    <message>
        <source>undone</source>
        <translation>annulé</translation>
    </message>
</context>
<context>
    <name>CrashReporter</name>
    <message>
        <source>Check-in: unexpected error</source>
        <translation>Check-in : erreur inattendue</translation>
    </message>
    <message>
        <source>Something went wrong inside Check-in. Scanning goes on: the check-ins already shown are saved.</source>
        <translation>Un problème est survenu dans Check-in. Le scan continue : les entrées déjà affichées sont enregistrées.</translation>
    </message>
    <message>
        <source>Open the log folder</source>
        <translation>Ouvrir le dossier du journal</translation>
    </message>
    <message>
        <source>The details are in the log file:
%1</source>
        <translation>Les détails sont dans le journal :
%1</translation>
    </message>
    <message>
        <source>No log file could be written on this computer.</source>
        <translation>Aucun journal n&apos;a pu être écrit sur cet ordinateur.</translation>
    </message>
    <message numerus="yes">
        <source>(%n error(s) so far)</source>
        <translation>
            <numerusform>(%n erreur jusqu&apos;ici)</numerusform>
            <numerusform>(%n erreurs jusqu&apos;ici)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>All sessions</source>
        <translation>Toutes les sessions</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Who is here</source>
        <translation>Qui est là</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Afficher</translation>
    </message>
    <message>
        <source>Session shown</source>
        <translation>Session affichée</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Per &amp;session</source>
        <translation>Par &amp;session</translation>
    </message>
    <message>
        <source>&amp;Arrivals per quarter hour</source>
        <translation>A&amp;rrivées par quart d&apos;heure</translation>
    </message>
    <message>
        <source>By &amp;category</source>
        <translation>Par &amp;catégorie</translation>
    </message>
    <message>
        <source>By c&amp;ountry</source>
        <translation>Par &amp;pays</translation>
    </message>
    <message>
        <source>S&amp;tations</source>
        <translation>P&amp;ostes</translation>
    </message>
    <message>
        <source>Arrivals per session</source>
        <translation>Arrivées par session</translation>
    </message>
    <message>
        <source>Arrivals per quarter hour</source>
        <translation>Arrivées par quart d&apos;heure</translation>
    </message>
    <message>
        <source>Arrivals by category</source>
        <translation>Arrivées par catégorie</translation>
    </message>
    <message>
        <source>Arrivals by country</source>
        <translation>Arrivées par pays</translation>
    </message>
    <message>
        <source>Stations and their sync</source>
        <translation>Postes et leur synchronisation</translation>
    </message>
    <message>
        <source>Double entries</source>
        <translation>Entrées en double</translation>
    </message>
    <message>
        <source>Export (staff PIN):</source>
        <translation>Exporter (PIN de l&apos;équipe) :</translation>
    </message>
    <message>
        <source>Online attendance: import a report…</source>
        <translation>Présence en ligne : importer un rapport…</translation>
    </message>
    <message>
        <source>The participants report of Zoom, Microsoft Teams or Webex, for one session (staff PIN)</source>
        <translation>Le rapport des participants de Zoom, Microsoft Teams ou Webex, pour une session (PIN de l&apos;équipe)</translation>
    </message>
    <message>
        <source>Attendance (CSV)</source>
        <translation>Présences (CSV)</translation>
    </message>
    <message>
        <source>Everything (Excel)</source>
        <translation>Tout (Excel)</translation>
    </message>
    <message>
        <source>No-shows (CSV)</source>
        <translation>Absents (CSV)</translation>
    </message>
    <message>
        <source>Attendance sheet (PDF)</source>
        <translation>Feuille de présence (PDF)</translation>
    </message>
    <message>
        <source>Empty sign-in sheet (PDF)</source>
        <translation>Feuille d&apos;émargement vierge (PDF)</translation>
    </message>
    <message>
        <source>Double entries (CSV)</source>
        <translation>Entrées en double (CSV)</translation>
    </message>
    <message>
        <source>Receivers not returned (CSV)</source>
        <translation>Récepteurs non rendus (CSV)</translation>
    </message>
    <message>
        <source>Receivers not returned (PDF)</source>
        <translation>Récepteurs non rendus (PDF)</translation>
    </message>
    <message>
        <source>Figures not updated: %1</source>
        <translation>Chiffres non mis à jour : %1</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Décompte…</translation>
    </message>
    <message numerus="yes">
        <source>%n person arrived of %1 expected</source>
        <translation>
            <numerusform>%n personne arrivée sur %1 attendues</numerusform>
            <numerusform>%n personnes arrivées sur %1 attendues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person arrived of %1 registered</source>
        <translation>
            <numerusform>%n personne arrivée sur %1 inscrites</numerusform>
            <numerusform>%n personnes arrivées sur %1 inscrites</numerusform>
        </translation>
    </message>
    <message>
        <source>Updated at %1</source>
        <translation>Mis à jour à %1</translation>
    </message>
    <message numerus="yes">
        <source>The hub keeps %n check-in(s) aside: the person or the session they name is not on the hub yet.</source>
        <translation>
            <numerusform>Le hub met %n entrée de côté : la personne ou la séance qu&apos;elle désigne n&apos;est pas encore connue du hub.</numerusform>
            <numerusform>Le hub met %n entrées de côté : la personne ou la séance qu&apos;elles désignent n&apos;est pas encore connue du hub.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Arrivals on site per quarter hour</source>
        <translation>A&amp;rrivées sur place par quart d&apos;heure</translation>
    </message>
    <message>
        <source>On site: %1 · online: %2 · both ways: %3 (once in the total)</source>
        <translation>Sur place : %1 · en ligne : %2 · des deux façons : %3 (une seule fois dans le total)</translation>
    </message>
    <message>
        <source>%1: %2 over capacity (peak %3 for %4 seats)</source>
        <translation>%1 : %2 de trop (pic de %3 pour %4 places)</translation>
    </message>
    <message>
        <source>Rooms past capacity, from the check-ins synced to this station: %1</source>
        <translation>Salles au-delà de leur capacité, d&apos;après les passages synchronisés sur ce poste : %1</translation>
    </message>
    <message>
        <source>&amp;Double entries (%1)</source>
        <translation>Entrées en &amp;double (%1)</translation>
    </message>
    <message>
        <source>Double entries: none</source>
        <translation>Entrées en double : aucune</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Export en cours…</translation>
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
        <translation>Enregistré : %1</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Échec de l&apos;export : %1</translation>
    </message>
</context>
<context>
    <name>DoorMode</name>
    <message>
        <source>Leave door mode (PIN)</source>
        <translation>Quitter le mode porte (PIN)</translation>
    </message>
</context>
<context>
    <name>DoubleEntriesModel</name>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Doors and times</source>
        <translation>Portes et heures</translation>
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
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>The conference is saved.</source>
        <translation>La conférence est enregistrée.</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) now outside the conference&apos;s days: check the programme.</source>
        <translation>
            <numerusform>%n session est maintenant en dehors des dates de la conférence : vérifiez le programme.</numerusform>
            <numerusform>%n sessions sont maintenant en dehors des dates de la conférence : vérifiez le programme.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré : %1</translation>
    </message>
    <message>
        <source>Conference</source>
        <translation>Conférence</translation>
    </message>
    <message>
        <source>Save the conference (staff PIN)…</source>
        <translation>Enregistrer la conférence (PIN de l&apos;équipe)…</translation>
    </message>
</context>
<context>
    <name>EventForm</name>
    <message>
        <source>The code cannot change once people have badges: every badge carries it.</source>
        <translation>Le code ne peut plus changer une fois les badges distribués : chaque badge le porte.</translation>
    </message>
    <message>
        <source>2 to 12 letters or digits, without spaces (e.g. IMC26).</source>
        <translation>De 2 à 12 lettres ou chiffres, sans espace (p. ex. IMC26).</translation>
    </message>
    <message>
        <source>This title is too long.</source>
        <translation>Ce titre est trop long.</translation>
    </message>
    <message>
        <source>Give the conference a title, in French or in English.</source>
        <translation>Donnez un titre à la conférence, en français ou en anglais.</translation>
    </message>
    <message>
        <source>Unknown time zone: choose one from the list (e.g. Africa/Bujumbura).</source>
        <translation>Fuseau horaire inconnu : choisissez-en un dans la liste (p. ex. Africa/Bujumbura).</translation>
    </message>
    <message>
        <source>The last day is before the first.</source>
        <translation>Le dernier jour est avant le premier.</translation>
    </message>
    <message>
        <source>More than a year between the first and last days: check them.</source>
        <translation>Plus d&apos;un an entre le premier et le dernier jour : vérifiez les dates.</translation>
    </message>
    <message>
        <source>The first day is missing.</source>
        <translation>Le premier jour manque.</translation>
    </message>
    <message>
        <source>This is too long.</source>
        <translation>C&apos;est trop long.</translation>
    </message>
    <message>
        <source>Event &amp;code</source>
        <translation>&amp;Code de l&apos;événement</translation>
    </message>
    <message>
        <source>Title in &amp;French</source>
        <translation>Titre en &amp;français</translation>
    </message>
    <message>
        <source>Title in &amp;English</source>
        <translation>Titre en &amp;anglais</translation>
    </message>
    <message>
        <source>&amp;Time zone</source>
        <translation>&amp;Fuseau horaire</translation>
    </message>
    <message>
        <source>&amp;First day</source>
        <translation>&amp;Premier jour</translation>
    </message>
    <message>
        <source>&amp;Last day</source>
        <translation>&amp;Dernier jour</translation>
    </message>
    <message>
        <source>&amp;Venue</source>
        <translation>&amp;Lieu</translation>
    </message>
    <message>
        <source>e.g. IMC26</source>
        <translation>p. ex. IMC26</translation>
    </message>
    <message>
        <source>Printed at the start of every badge code; it cannot change once badges are printed.</source>
        <translation>Imprimé au début du code de chaque badge ; il ne peut plus changer une fois les badges imprimés.</translation>
    </message>
    <message>
        <source>e.g. Conférence internationale de la mutualité</source>
        <translation>p. ex. Conférence internationale de la mutualité</translation>
    </message>
    <message>
        <source>e.g. International Mutualist Conference (the French title if empty)</source>
        <translation>p. ex. International Mutualist Conference (le titre français si vide)</translation>
    </message>
    <message>
        <source>e.g. Hôtel Club du Lac Tanganyika, Bujumbura</source>
        <translation>p. ex. Hôtel Club du Lac Tanganyika, Bujumbura</translation>
    </message>
    <message>
        <source>The code cannot change once badges are printed.</source>
        <translation>Le code ne peut plus changer une fois les badges imprimés.</translation>
    </message>
    <message>
        <source>People have badges already: the code stays as it is.</source>
        <translation>Des personnes ont déjà leur badge : le code reste tel quel.</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <source>first name</source>
        <translation>prénom</translation>
    </message>
    <message>
        <source>last name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>organisation</translation>
    </message>
    <message>
        <source>country</source>
        <translation>pays</translation>
    </message>
    <message>
        <source>category</source>
        <translation>catégorie</translation>
    </message>
    <message>
        <source>language</source>
        <translation>langue</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>téléphone</translation>
    </message>
    <message>
        <source>registration number</source>
        <translation>numéro d&apos;inscription</translation>
    </message>
    <message>
        <source>workshops</source>
        <translation>ateliers</translation>
    </message>
    <message>
        <source>status</source>
        <translation>statut</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notes</translation>
    </message>
    <message>
        <source>name (French)</source>
        <translation>nom (français)</translation>
    </message>
    <message>
        <source>name (English)</source>
        <translation>nom (anglais)</translation>
    </message>
    <message>
        <source>start</source>
        <translation>début</translation>
    </message>
    <message>
        <source>end</source>
        <translation>fin</translation>
    </message>
    <message>
        <source>room</source>
        <translation>salle</translation>
    </message>
    <message>
        <source>capacity</source>
        <translation>capacité</translation>
    </message>
    <message>
        <source>who may enter</source>
        <translation>qui peut entrer</translation>
    </message>
    <message>
        <source>registration required</source>
        <translation>inscription requise</translation>
    </message>
    <message>
        <source>re-entry</source>
        <translation>ré-entrée</translation>
    </message>
    <message>
        <source>entry after exit</source>
        <translation>entrée après sortie</translation>
    </message>
    <message>
        <source>unpaid accepted</source>
        <translation>impayés acceptés</translation>
    </message>
    <message>
        <source>(blank)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>everyone</source>
        <translation>tout le monde</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1 : %2 → %3</translation>
    </message>
</context>
<context>
    <name>FirstScreen</name>
    <message>
        <source>Check-in: a new station</source>
        <translation>Check-in : un nouveau poste</translation>
    </message>
    <message>
        <source>Welcome to Check-in</source>
        <translation>Bienvenue dans Check-in</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>This station has no conference yet. What is it for?</source>
        <translation>Ce poste n&apos;a pas encore de conférence. À quoi va-t-il servir ?</translation>
    </message>
    <message>
        <source>A new conference</source>
        <translation>Une nouvelle conférence</translation>
    </message>
    <message>
        <source>You organise it: give it a code, a title and its days, then import the programme and the attendee list from your spreadsheets.</source>
        <translation>Vous l&apos;organisez : donnez-lui un code, un titre et ses dates, puis importez le programme et la liste des participants depuis vos tableurs.</translation>
    </message>
    <message>
        <source>Join the venue&apos;s hub</source>
        <translation>Rejoindre le serveur du lieu</translation>
    </message>
    <message>
        <source>Another computer at the venue serves the conference: this station receives the programme and the list from it, and shares its scans.</source>
        <translation>Un autre ordinateur sur place sert la conférence : ce poste en reçoit le programme et la liste, et partage ses scans.</translation>
    </message>
    <message>
        <source>Connect to pretix</source>
        <translation>Se connecter à pretix</translation>
    </message>
    <message>
        <source>The registrations are in pretix: the station reads the event and the attendees from it and sends the check-ins back.</source>
        <translation>Les inscriptions sont dans pretix : le poste y lit l&apos;événement et les participants, et lui renvoie les enregistrements.</translation>
    </message>
    <message>
        <source>Open the demo</source>
        <translation>Ouvrir la démo</translation>
    </message>
    <message>
        <source>A sample conference (Bujumbura, February 2025) with 1,500 attendees, to try every page. It has its own file: this station stays empty.</source>
        <translation>Une conférence d&apos;exemple (Bujumbura, février 2025) avec 1 500 participants, pour essayer chaque page. Elle a son propre fichier : ce poste reste vide.</translation>
    </message>
    <message>
        <source>A few fields; the programme and the attendees come next. All of it can be changed later in Settings.</source>
        <translation>Quelques champs ; le programme et les participants viennent ensuite. Tout se modifie plus tard dans les Paramètres.</translation>
    </message>
    <message>
        <source>&amp;Create the conference</source>
        <translation>&amp;Créer la conférence</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <source>Keep it and &amp;continue offline</source>
        <translation>Garder et &amp;continuer hors ligne</translation>
    </message>
    <message>
        <source>The station keeps this source and tries again in the background.</source>
        <translation>Le poste garde cette source et réessaie en arrière-plan.</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Retour</translation>
    </message>
    <message>
        <source>This database holds a conference already: close this window and start Check-in again to open it.</source>
        <translation>Cette base contient déjà une conférence : fermez cette fenêtre et relancez Check-in pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>The conference could not be saved: %1</source>
        <translation>La conférence n&apos;a pas pu être enregistrée : %1</translation>
    </message>
    <message>
        <source>The programme</source>
        <translation>Le programme</translation>
    </message>
    <message>
        <source>The attendee list</source>
        <translation>La liste des participants</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx)</source>
        <translation>Tableurs (*.csv *.xlsx)</translation>
    </message>
    <message>
        <source>Fill in every field: %1 is empty.</source>
        <translation>Remplissez chaque champ : « %1 » est vide.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>the hub</source>
        <translation>le serveur</translation>
    </message>
    <message numerus="yes">
        <source>Connected: %n person(s) received.</source>
        <translation>
            <numerusform>Connecté : %n personne reçue.</numerusform>
            <numerusform>Connecté : %n personnes reçues.</numerusform>
        </translation>
    </message>
    <message>
        <source>the server cannot be reached. Check the address, and that this computer is on the venue&apos;s network.</source>
        <translation>le serveur est injoignable. Vérifiez l&apos;adresse, et que cet ordinateur est bien sur le réseau du lieu.</translation>
    </message>
    <message>
        <source>the server refused or answered nonsense. Check the token (and, for pretix, the organiser and the event).</source>
        <translation>le serveur a refusé, ou répondu n&apos;importe quoi. Vérifiez le jeton (et, pour pretix, l&apos;organisateur et l&apos;événement).</translation>
    </message>
    <message>
        <source>Saved, but %1
Or keep this source: the station tries again in the background.</source>
        <translation>Enregistré, mais %1
Ou gardez cette source : le poste réessaie en arrière-plan.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré : %1</translation>
    </message>
    <message>
        <source>Preparing the demo conference…</source>
        <translation>Préparation de la conférence de démonstration…</translation>
    </message>
    <message>
        <source>The demo cannot be opened: %1</source>
        <translation>La démo ne peut pas s&apos;ouvrir : %1</translation>
    </message>
</context>
<context>
    <name>FundersBox</name>
    <message>
        <source>Funders&apos; attendance sheet</source>
        <translation>Feuille de présence des financeurs</translation>
    </message>
    <message>
        <source>Funder&apos;s &amp;logo</source>
        <translation>&amp;Logo du financeur</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Funder&apos;s logo</source>
        <translation>Logo du financeur</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Certified by (&amp;name)</source>
        <translation>Certifiée par (&amp;nom)</translation>
    </message>
    <message>
        <source>blank: a line to write on</source>
        <translation>vide : une ligne à remplir à la main</translation>
    </message>
    <message>
        <source>Certified by</source>
        <translation>Certifiée par</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Fonction</translation>
    </message>
    <message>
        <source>e.g. Programme coordinator</source>
        <translation>p. ex. coordinatrice du programme</translation>
    </message>
    <message>
        <source>Role of whoever certifies</source>
        <translation>Fonction de la personne qui certifie</translation>
    </message>
    <message>
        <source>&amp;Online attendees</source>
        <translation>Participants en &amp;ligne</translation>
    </message>
    <message>
        <source>Apart, after the on-site list, with their own total</source>
        <translation>À part, après la liste sur place, avec leur total</translation>
    </message>
    <message>
        <source>Together with those on site, marked online</source>
        <translation>Avec les présents sur place, marqués en ligne</translation>
    </message>
    <message>
        <source>Where the online attendees go on the sheet</source>
        <translation>Où vont les participants en ligne sur la feuille</translation>
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
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Arrivés</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Inscrits</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>(non renseigné)</translation>
    </message>
</context>
<context>
    <name>HubPage</name>
    <message>
        <source>Hub</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Venue hub</source>
        <translation>Serveur du lieu</translation>
    </message>
    <message>
        <source>Run the hub on the organiser&apos;s laptop: the other stations of the venue sync with it over the local network, even with no internet. Pair each station by showing it a QR code.</source>
        <translation>Lancez le serveur sur l&apos;ordinateur de l&apos;organisateur : les autres postes du lieu se synchronisent avec lui par le réseau local, même sans internet. Appairez chaque poste en lui montrant un code QR.</translation>
    </message>
    <message>
        <source>&amp;Start the hub</source>
        <translation>&amp;Démarrer le serveur</translation>
    </message>
    <message>
        <source>S&amp;top the hub</source>
        <translation>&amp;Arrêter le serveur</translation>
    </message>
    <message>
        <source>&amp;Revoke the selected station</source>
        <translation>&amp;Révoquer le poste choisi</translation>
    </message>
    <message>
        <source>New station:</source>
        <translation>Nouveau poste :</translation>
    </message>
    <message>
        <source>e.g. Auditorium – door A</source>
        <translation>p. ex. Auditorium – porte A</translation>
    </message>
    <message>
        <source>&amp;Pair a station…</source>
        <translation>A&amp;ppairer un poste…</translation>
    </message>
    <message>
        <source>New station&apos;s name</source>
        <translation>Nom du nouveau poste</translation>
    </message>
    <message>
        <source>New station&apos;s role</source>
        <translation>Rôle du nouveau poste</translation>
    </message>
    <message>
        <source>Stations of this hub</source>
        <translation>Postes de ce serveur</translation>
    </message>
    <message>
        <source>door</source>
        <translation>porte</translation>
    </message>
    <message>
        <source>desk</source>
        <translation>accueil</translation>
    </message>
    <message>
        <source>organiser</source>
        <translation>organisateur</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Dernier contact</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Running at %1 (certificate %2…)</source>
        <translation>En service à %1 (certificat %2…)</translation>
    </message>
    <message>
        <source>Stopped: the stations work offline until it runs.</source>
        <translation>Arrêté : les postes travaillent hors ligne en attendant.</translation>
    </message>
    <message>
        <source>The pairing code has expired: make a new one.</source>
        <translation>Le code d&apos;appairage a expiré : créez-en un nouveau.</translation>
    </message>
    <message>
        <source>Show this QR code to the new station (Settings → Join the venue&apos;s hub), or paste this text there. It works once, until %1:
%2</source>
        <translation>Montrez ce code QR au nouveau poste (Paramètres → Rejoindre le serveur du lieu), ou collez-y ce texte. Il sert une seule fois, jusqu&apos;à %1 :
%2</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>révoqué</translation>
    </message>
    <message>
        <source>active</source>
        <translation>actif</translation>
    </message>
    <message>
        <source>Name the new station first, e.g. Auditorium – door A.</source>
        <translation>Nommez d&apos;abord le nouveau poste, p. ex. Auditorium – porte A.</translation>
    </message>
    <message>
        <source>Choose the station to revoke in the list first.</source>
        <translation>Choisissez d&apos;abord dans la liste le poste à révoquer.</translation>
    </message>
    <message>
        <source>Starting the hub…</source>
        <translation>Démarrage du serveur…</translation>
    </message>
    <message>
        <source>The hub did not start: %1</source>
        <translation>Le serveur n&apos;a pas démarré : %1</translation>
    </message>
    <message>
        <source>The hub is stopped: start it before the station scans this code.</source>
        <translation>Le serveur est arrêté : démarrez-le avant que le poste ne lise ce code.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import the programme</source>
        <translation>Importer le programme</translation>
    </message>
    <message>
        <source>Import the attendee list</source>
        <translation>Importer la liste des participants</translation>
    </message>
    <message>
        <source>What happens to each line</source>
        <translation>Ce que devient chaque ligne</translation>
    </message>
    <message>
        <source>&amp;Blank cells clear stored values</source>
        <translation>Les cellules &amp;vides effacent les valeurs enregistrées</translation>
    </message>
    <message>
        <source>Off: an empty cell keeps what this station has (an e-mail, a phone). On: the file is the truth, and an empty cell erases the stored value.</source>
        <translation>Décoché : une cellule vide garde ce que le poste a (un e-mail, un téléphone). Coché : le fichier fait foi, et une cellule vide efface la valeur enregistrée.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Import the &amp;good lines only</source>
        <translation>Importer seulement les lignes &amp;valides</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) no longer in the file: removed from the programme.</source>
        <translation>
            <numerusform>%n session n&apos;est plus dans le fichier : retirée du programme.</numerusform>
            <numerusform>%n sessions ne sont plus dans le fichier : retirées du programme.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) no longer in the file but with check-ins: kept.</source>
        <translation>
            <numerusform>%n session n&apos;est plus dans le fichier mais a des entrées : gardée.</numerusform>
            <numerusform>%n sessions ne sont plus dans le fichier mais ont des entrées : gardées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) registered for workshops this programme does not have.</source>
        <translation>
            <numerusform>%n personne est inscrite à des ateliers que ce programme n&apos;a pas.</numerusform>
            <numerusform>%n personnes sont inscrites à des ateliers que ce programme n&apos;a pas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The workshops of %n person(s) are now known.</source>
        <translation>
            <numerusform>Les ateliers de %n personne sont maintenant connus.</numerusform>
            <numerusform>Les ateliers de %n personnes sont maintenant connus.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new session(s)</source>
        <translation>
            <numerusform>%n nouvelle session</numerusform>
            <numerusform>%n nouvelles sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <comment>sessions</comment>
        <translation>
            <numerusform>%n mise à jour</numerusform>
            <numerusform>%n mises à jour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <comment>sessions</comment>
        <translation>
            <numerusform>%n inchangée</numerusform>
            <numerusform>%n inchangées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused</source>
        <comment>sessions</comment>
        <translation>
            <numerusform>%n refusée</numerusform>
            <numerusform>%n refusées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <comment>lines</comment>
        <translation>
            <numerusform>%n ignorée</numerusform>
            <numerusform>%n ignorées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <comment>people</comment>
        <translation>
            <numerusform>%n nouveau</numerusform>
            <numerusform>%n nouveaux</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <comment>people</comment>
        <translation>
            <numerusform>%n mis à jour</numerusform>
            <numerusform>%n mis à jour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <comment>people</comment>
        <translation>
            <numerusform>%n inchangé</numerusform>
            <numerusform>%n inchangés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused</source>
        <comment>people</comment>
        <translation>
            <numerusform>%n refusé</numerusform>
            <numerusform>%n refusés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s): taken, but have a look.</source>
        <translation>
            <numerusform>%n avertissement : ligne prise, mais à vérifier.</numerusform>
            <numerusform>%n avertissements : lignes prises, mais à vérifier.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cannot be imported.</source>
        <translation>%1 ne peut pas être importé.</translation>
    </message>
    <message>
        <source>%1 is imported.</source>
        <translation>%1 est importé.</translation>
    </message>
    <message>
        <source>%1 was not imported.</source>
        <translation>%1 n&apos;a pas été importé.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <source>Nothing is written yet. Here is what importing %1 would do, line by line:</source>
        <translation>Rien n&apos;est encore écrit. Voici ce que ferait l&apos;import de %1, ligne par ligne :</translation>
    </message>
    <message>
        <source>Refused lines block the import, so that the programme stays whole: correct the file and import it again.</source>
        <translation>Les lignes refusées bloquent l&apos;import, pour que le programme reste entier : corrigez le fichier et importez-le de nouveau.</translation>
    </message>
    <message>
        <source>Refused lines block the import, so that the list stays whole: correct the file and import it again, or import the good lines only.</source>
        <translation>Les lignes refusées bloquent l&apos;import, pour que la liste reste entière : corrigez le fichier et importez-le de nouveau, ou importez seulement les lignes valides.</translation>
    </message>
    <message>
        <source>Blank cells erase what is stored.</source>
        <translation>Les cellules vides effacent ce qui est enregistré.</translation>
    </message>
    <message>
        <source>Blank cells keep what is stored.</source>
        <translation>Les cellules vides gardent ce qui est enregistré.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Ligne %1 : %2</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Attention : %1</translation>
    </message>
</context>
<context>
    <name>ImportLinesModel</name>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Changements</translation>
    </message>
    <message>
        <source>Day, time and room as read</source>
        <translation>Jour, heures et salle lus</translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s)</source>
        <translation>
            <numerusform>%n place</numerusform>
            <numerusform>%n places</numerusform>
        </translation>
    </message>
    <message>
        <source>new</source>
        <comment>a session</comment>
        <translation>nouvelle</translation>
    </message>
    <message>
        <source>updated</source>
        <comment>a session</comment>
        <translation>mise à jour</translation>
    </message>
    <message>
        <source>unchanged</source>
        <comment>a session</comment>
        <translation>inchangée</translation>
    </message>
    <message>
        <source>skipped</source>
        <comment>a line of the programme</comment>
        <translation>ignorée</translation>
    </message>
    <message>
        <source>refused</source>
        <comment>a session</comment>
        <translation>refusée</translation>
    </message>
    <message>
        <source>kept</source>
        <comment>a session</comment>
        <translation>gardée</translation>
    </message>
    <message>
        <source>removed</source>
        <comment>a session</comment>
        <translation>retirée</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nouveau</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>mis à jour</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>inchangé</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>ignoré</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>refusé</translation>
    </message>
    <message>
        <source>blank in the file, kept: %1</source>
        <translation>vide dans le fichier, gardé : %1</translation>
    </message>
    <message>
        <source>same room as “%1” (%2), %3</source>
        <translation>même salle que « %1 » (%2), %3</translation>
    </message>
    <message>
        <source>%1 is outside the conference&apos;s days</source>
        <translation>le %1 est en dehors des dates de la conférence</translation>
    </message>
    <message>
        <source>blank line</source>
        <translation>ligne vide</translation>
    </message>
    <message>
        <source>title row merged across columns</source>
        <translation>ligne de titre fusionnée sur les colonnes</translation>
    </message>
    <message>
        <source>missing name</source>
        <translation>nom manquant</translation>
    </message>
    <message>
        <source>malformed e-mail</source>
        <translation>e-mail mal formé</translation>
    </message>
    <message>
        <source>short line</source>
        <translation>ligne trop courte</translation>
    </message>
    <message>
        <source>more cells than columns</source>
        <translation>plus de cellules que de colonnes</translation>
    </message>
    <message>
        <source>duplicate registration number</source>
        <translation>numéro d&apos;inscription en double</translation>
    </message>
    <message>
        <source>same person twice</source>
        <translation>même personne deux fois</translation>
    </message>
    <message>
        <source>cells merged across columns</source>
        <translation>cellules fusionnées sur plusieurs colonnes</translation>
    </message>
    <message>
        <source>unknown category</source>
        <translation>catégorie inconnue</translation>
    </message>
    <message>
        <source>unknown status</source>
        <translation>statut inconnu</translation>
    </message>
    <message>
        <source>unknown language</source>
        <translation>langue inconnue</translation>
    </message>
    <message>
        <source>unknown workshop</source>
        <translation>atelier inconnu</translation>
    </message>
    <message>
        <source>cell too long</source>
        <translation>cellule trop longue</translation>
    </message>
    <message>
        <source>missing day</source>
        <translation>jour manquant</translation>
    </message>
    <message>
        <source>missing time</source>
        <translation>heure manquante</translation>
    </message>
    <message>
        <source>unreadable day</source>
        <translation>jour illisible</translation>
    </message>
    <message>
        <source>unreadable time</source>
        <translation>heure illisible</translation>
    </message>
    <message>
        <source>ends before it starts</source>
        <translation>finit avant de commencer</translation>
    </message>
    <message>
        <source>unreadable capacity</source>
        <translation>capacité illisible</translation>
    </message>
    <message>
        <source>unreadable yes/no</source>
        <translation>oui/non illisible</translation>
    </message>
    <message>
        <source>unusable id</source>
        <translation>identifiant inutilisable</translation>
    </message>
    <message>
        <source>duplicate id</source>
        <translation>identifiant en double</translation>
    </message>
    <message>
        <source>same session twice</source>
        <translation>même session deux fois</translation>
    </message>
    <message>
        <source>has check-ins</source>
        <translation>a des entrées</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>USB scanner seen</source>
        <extracomment>the volunteer asked for door mode (the door-mode controller answers) the volunteer chose a language (&quot;fr&quot; or &quot;en&quot;)</extracomment>
        <translation>Douchette USB détectée</translation>
    </message>
    <message>
        <source>No USB scanner seen yet</source>
        <translation>Pas encore de douchette USB</translation>
    </message>
    <message>
        <source>Sync: %1, connecting…</source>
        <translation>Synchro : %1, connexion…</translation>
    </message>
    <message>
        <source>Sync: none (this station works alone)</source>
        <translation>Synchro : aucune (ce poste travaille seul)</translation>
    </message>
    <message>
        <source>Sync: online</source>
        <translation>Synchro : en ligne</translation>
    </message>
    <message>
        <source>Sync: in progress…</source>
        <translation>Synchro : en cours…</translation>
    </message>
    <message>
        <source>Sync: offline, this station goes on alone</source>
        <translation>Synchro : hors ligne, ce poste continue seul</translation>
    </message>
    <message>
        <source>Sync: error</source>
        <translation>Synchro : erreur</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting to be sent</source>
        <translation>
            <numerusform>%n en attente d&apos;envoi</numerusform>
            <numerusform>%n en attente d&apos;envoi</numerusform>
        </translation>
    </message>
    <message>
        <source>last at %1</source>
        <translation>dernière à %1</translation>
    </message>
    <message>
        <source>Sound: off</source>
        <translation>Son : coupé</translation>
    </message>
    <message>
        <source>Sound: on</source>
        <translation>Son : activé</translation>
    </message>
    <message>
        <source>Check-in: reception</source>
        <translation>Check-in : accueil</translation>
    </message>
    <message>
        <source>Door mode</source>
        <translation>Mode porte</translation>
    </message>
    <message>
        <source>Full screen, scanning only; leaving asks for the staff PIN</source>
        <translation>Plein écran, scan uniquement ; pour en sortir, le PIN du personnel est demandé</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
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
            <numerusform>%n personne a cette adresse e-mail</numerusform>
            <numerusform>%n personnes ont cette adresse e-mail</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people have this name</source>
        <translation>
            <numerusform>%n personne porte ce nom</numerusform>
            <numerusform>%n personnes portent ce nom</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n possible people</source>
        <translation>
            <numerusform>%n personne possible</numerusform>
            <numerusform>%n personnes possibles</numerusform>
        </translation>
    </message>
    <message>
        <source>names in common: %1</source>
        <translation>noms en commun : %1</translation>
    </message>
    <message>
        <source>one name in common: %1</source>
        <translation>un nom en commun : %1</translation>
    </message>
    <message>
        <source>same e-mail</source>
        <translation>même e-mail</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>même nom</translation>
    </message>
    <message>
        <source>similar spelling</source>
        <translation>orthographe proche</translation>
    </message>
</context>
<context>
    <name>Method</name>
    <message>
        <source>Camera</source>
        <translation>Caméra</translation>
    </message>
    <message>
        <source>Scanner</source>
        <translation>Douchette</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>Sans inscription</translation>
    </message>
    <message>
        <source>Code typed</source>
        <translation>Code tapé</translation>
    </message>
    <message>
        <source>Automatic exit</source>
        <translation>Sortie automatique</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
</context>
<context>
    <name>NextStepsPage</name>
    <message>
        <source>%1 is ready.</source>
        <translation>« %1 » est prête.</translation>
    </message>
    <message>
        <source>Now the programme (the sessions: day, times, room, who may enter) and the attendee list, from the spreadsheets you have (CSV or Excel, French or English headers). Each import shows what it will do, line by line, before anything is written.</source>
        <translation>Maintenant le programme (les sessions : jour, heures, salle, qui peut entrer) et la liste des participants, depuis vos tableurs (CSV ou Excel, en-têtes en français ou en anglais). Chaque import montre ce qu&apos;il va faire, ligne par ligne, avant d&apos;écrire quoi que ce soit.</translation>
    </message>
    <message>
        <source>Import the &amp;programme…</source>
        <translation>Importer le &amp;programme…</translation>
    </message>
    <message>
        <source>Import the &amp;attendee list…</source>
        <translation>Importer la liste des &amp;participants…</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) in the programme.</source>
        <translation>
            <numerusform>%n session au programme.</numerusform>
            <numerusform>%n sessions au programme.</numerusform>
        </translation>
    </message>
    <message>
        <source>No session yet.</source>
        <translation>Aucune session pour l&apos;instant.</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) on the list.</source>
        <translation>
            <numerusform>%n personne sur la liste.</numerusform>
            <numerusform>%n personnes sur la liste.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody on the list yet.</source>
        <translation>Personne sur la liste pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Both can be imported again later, from Settings: a new version of a file updates what is there.</source>
        <translation>Les deux peuvent être réimportés plus tard, depuis les Paramètres : une nouvelle version d&apos;un fichier met à jour ce qui existe.</translation>
    </message>
    <message>
        <source>&amp;Open the reception window</source>
        <translation>&amp;Ouvrir la fenêtre d&apos;accueil</translation>
    </message>
</context>
<context>
    <name>OnlineImportDialog</name>
    <message>
        <source>Online attendance: import a participants report</source>
        <translation>Présence en ligne : importer un rapport des participants</translation>
    </message>
    <message>
        <source>&amp;Report</source>
        <translation>&amp;Rapport</translation>
    </message>
    <message>
        <source>Zoom, Microsoft Teams or Webex participants report (CSV or Excel)</source>
        <translation>Rapport des participants Zoom, Microsoft Teams ou Webex (CSV ou Excel)</translation>
    </message>
    <message>
        <source>Participants report</source>
        <translation>Rapport des participants</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Session</translation>
    </message>
    <message>
        <source>Present &amp;from</source>
        <translation>Présent à &amp;partir de</translation>
    </message>
    <message>
        <source>Present from this share of the session</source>
        <translation>Présent à partir de cette part de la session</translation>
    </message>
    <message>
        <source>Participants of the report</source>
        <translation>Participants du rapport</translation>
    </message>
    <message>
        <source>Uncertain matches</source>
        <translation>Correspondances incertaines</translation>
    </message>
    <message>
        <source>&amp;This is</source>
        <translation>&amp;C&apos;est</translation>
    </message>
    <message>
        <source>C&amp;onfirm</source>
        <translation>C&amp;onfirmer</translation>
    </message>
    <message>
        <source>&amp;Nobody on the list</source>
        <translation>Perso&amp;nne de la liste</translation>
    </message>
    <message>
        <source>None of the candidates: the participant becomes an online-only attendee.</source>
        <translation>Aucun des candidats : le participant devient un participant en ligne seulement.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>of the session: %1 min of %2</source>
        <translation>de la session : %1 min sur %2</translation>
    </message>
    <message>
        <source>%1 is nobody on the list: now an online-only attendee, %2.</source>
        <translation>%1 n&apos;est personne de la liste : désormais participant en ligne seulement, %2.</translation>
    </message>
    <message>
        <source>%1 is %2: online attendance recorded.</source>
        <translation>%1 est %2 : présence en ligne enregistrée.</translation>
    </message>
    <message>
        <source>%1 is %2: nothing more to record.</source>
        <translation>%1 est %2 : rien de plus à enregistrer.</translation>
    </message>
    <message>
        <source>Choose the participants report the platform gives after the meeting.</source>
        <translation>Choisissez le rapport des participants que la plateforme fournit après la réunion.</translation>
    </message>
    <message>
        <source>Zoom: Reports → Usage → Participants (CSV). Teams: the meeting&apos;s attendance report (CSV or Excel). Webex: the meeting&apos;s attendee report. People count as present online from the share of the session chosen here.</source>
        <translation>Zoom : Rapports → Utilisation → Participants (CSV). Teams : le rapport de présence de la réunion (CSV ou Excel). Webex : le rapport des participants de la réunion. Une personne compte comme présente en ligne à partir de la part de la session choisie ici.</translation>
    </message>
    <message>
        <source>%1 cannot be imported.</source>
        <translation>%1 ne peut pas être importé.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <source>%1 is imported.</source>
        <translation>%1 est importé.</translation>
    </message>
    <message>
        <source>Nothing is written yet. Here is what importing %1 would record:</source>
        <translation>Rien n&apos;est encore écrit. Voici ce qu&apos;importer %1 enregistrerait :</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n participant(s)</source>
        <translation>
            <numerusform>%1 : %n participant</numerusform>
            <numerusform>%1 : %n participants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n present online</source>
        <translation>
            <numerusform>%n présent en ligne</numerusform>
            <numerusform>%n présents en ligne</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n too short</source>
        <translation>
            <numerusform>%n trop court</numerusform>
            <numerusform>%n trop courts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n by e-mail</source>
        <translation>
            <numerusform>%n par e-mail</numerusform>
            <numerusform>%n par e-mail</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n by name</source>
        <translation>
            <numerusform>%n par le nom</numerusform>
            <numerusform>%n par le nom</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n online-only attendee(s) to make</source>
        <translation>
            <numerusform>%n participant en ligne seulement à créer</numerusform>
            <numerusform>%n participants en ligne seulement à créer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n online-only attendee(s) made</source>
        <translation>
            <numerusform>%n participant en ligne seulement créé</numerusform>
            <numerusform>%n participants en ligne seulement créés</numerusform>
        </translation>
    </message>
    <message>
        <source>Record the &amp;attendance</source>
        <translation>&amp;Enregistrer les présences</translation>
    </message>
    <message numerus="yes">
        <source>%n online only, known</source>
        <translation>
            <numerusform>%n en ligne seulement, déjà connu</numerusform>
            <numerusform>%n en ligne seulement, déjà connus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n uncertain</source>
        <translation>
            <numerusform>%n incertaine</numerusform>
            <numerusform>%n incertaines</numerusform>
        </translation>
    </message>
    <message>
        <source>Matched: %1.</source>
        <translation>Correspondances : %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n attendance(s) recorded now</source>
        <translation>
            <numerusform>%n présence enregistrée maintenant</numerusform>
            <numerusform>%n présences enregistrées maintenant</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already there</source>
        <translation>
            <numerusform>%n déjà là</numerusform>
            <numerusform>%n déjà là</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attendance(s) will be recorded</source>
        <translation>
            <numerusform>%n présence sera enregistrée</numerusform>
            <numerusform>%n présences seront enregistrées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n uncertain match(es) wait for your decision, below.</source>
        <translation>
            <numerusform>%n correspondance incertaine attend votre décision, ci-dessous.</numerusform>
            <numerusform>%n correspondances incertaines attendent votre décision, ci-dessous.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) of the file not read: %1</source>
        <translation>
            <numerusform>%n ligne du fichier non lue : %1</numerusform>
            <numerusform>%n lignes du fichier non lues : %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Uncertain matches for this session (%n): choose who each participant is</source>
        <translation>
            <numerusform>Correspondances &amp;incertaines pour cette session (%n) : choisissez qui est chaque participant</numerusform>
            <numerusform>Correspondances &amp;incertaines pour cette session (%n) : choisissez qui est chaque participant</numerusform>
        </translation>
    </message>
    <message>
        <source>Uncertain matches for this session: none</source>
        <translation>Correspondances incertaines pour cette session : aucune</translation>
    </message>
    <message>
        <source>Participants reports (*.csv *.xlsx *.txt *.tsv);;All files (*)</source>
        <translation>Rapports des participants (*.csv *.xlsx *.txt *.tsv);;Tous les fichiers (*)</translation>
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
        <translation>Présent</translation>
    </message>
    <message>
        <source>Matched</source>
        <translation>Correspondance</translation>
    </message>
    <message>
        <source>Registrant</source>
        <translation>Inscrit</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>by e-mail</source>
        <translation>par e-mail</translation>
    </message>
    <message>
        <source>by name</source>
        <translation>par le nom</translation>
    </message>
    <message>
        <source>as decided before</source>
        <translation>comme décidé avant</translation>
    </message>
    <message>
        <source>online only (known)</source>
        <translation>en ligne seulement (connu)</translation>
    </message>
    <message>
        <source>uncertain</source>
        <translation>incertaine</translation>
    </message>
    <message>
        <source>online only (new)</source>
        <translation>en ligne seulement (nouveau)</translation>
    </message>
    <message>
        <source>not on the list</source>
        <translation>pas sur la liste</translation>
    </message>
    <message>
        <source>recorded</source>
        <translation>enregistrée</translation>
    </message>
    <message>
        <source>will be recorded</source>
        <translation>sera enregistrée</translation>
    </message>
    <message>
        <source>already recorded</source>
        <translation>déjà enregistrée</translation>
    </message>
    <message>
        <source>waits for your decision</source>
        <translation>attend votre décision</translation>
    </message>
    <message>
        <source>nothing (too short)</source>
        <translation>rien (trop court)</translation>
    </message>
    <message>
        <source>(joined as %1)</source>
        <translation>(connecté sous le nom %1)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
</context>
<context>
    <name>Outcome</name>
    <message>
        <source>Send the person to the registration desk.</source>
        <translation>Envoyez la personne au comptoir d&apos;inscription.</translation>
    </message>
    <message>
        <source>Ask for the name and find the person with Search, at the desk.</source>
        <translation>Demandez le nom et cherchez la personne (Recherche, à l&apos;accueil).</translation>
    </message>
    <message>
        <source>Staff may let the person in with the PIN.</source>
        <translation>Le personnel peut la faire entrer avec le PIN.</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Entrée validée</translation>
    </message>
    <message>
        <source>Accepted (staff override)</source>
        <translation>Entrée validée (forcée par l&apos;équipe)</translation>
    </message>
    <message>
        <source>Accepted — attention</source>
        <translation>Entrée validée — attention</translation>
    </message>
    <message>
        <source>Read the note before letting the person through.</source>
        <translation>Lisez la note avant de laisser passer la personne.</translation>
    </message>
    <message>
        <source>Accepted: re-entry</source>
        <translation>Entrée validée : nouvelle entrée</translation>
    </message>
    <message>
        <source>First entry at {time}.</source>
        <translation>Première entrée : {time}.</translation>
    </message>
    <message>
        <source>Exit recorded</source>
        <translation>Sortie enregistrée</translation>
    </message>
    <message>
        <source>Already checked in</source>
        <translation>Entrée déjà enregistrée</translation>
    </message>
    <message>
        <source>First entry at {time}, {door}.</source>
        <translation>Première entrée : {time}, {door}.</translation>
    </message>
    <message>
        <source>Let the person through only if the badge is theirs; otherwise send them to the desk.</source>
        <translation>Laissez passer seulement si le badge est bien le sien ; sinon, envoyez la personne à l&apos;accueil.</translation>
    </message>
    <message>
        <source>Refused: unknown badge</source>
        <translation>Entrée refusée : badge inconnu</translation>
    </message>
    <message>
        <source>This code is not on the attendee list.</source>
        <translation>Ce code n&apos;est pas dans la liste des participants.</translation>
    </message>
    <message>
        <source>Refused: badge of another event</source>
        <translation>Entrée refusée : badge d&apos;un autre événement</translation>
    </message>
    <message>
        <source>This badge was made for another event.</source>
        <translation>Ce badge a été fait pour un autre événement.</translation>
    </message>
    <message>
        <source>Refused: registration cancelled</source>
        <translation>Entrée refusée : inscription annulée</translation>
    </message>
    <message>
        <source>This registration was cancelled.</source>
        <translation>Cette inscription a été annulée.</translation>
    </message>
    <message>
        <source>Refused: ticket blocked</source>
        <translation>Entrée refusée : billet bloqué</translation>
    </message>
    <message>
        <source>The organisers blocked this ticket.</source>
        <translation>Les organisateurs ont bloqué ce billet.</translation>
    </message>
    <message>
        <source>Refused: registration not paid / not confirmed</source>
        <translation>Entrée refusée : inscription non payée ou non confirmée</translation>
    </message>
    <message>
        <source>This registration is not paid or not confirmed yet.</source>
        <translation>Cette inscription n&apos;est pas encore payée ou pas encore confirmée.</translation>
    </message>
    <message>
        <source>Send the person to the registration desk; staff may let them in with the PIN.</source>
        <translation>Envoyez la personne au comptoir d&apos;inscription ; le personnel peut la faire entrer avec le PIN.</translation>
    </message>
    <message>
        <source>Refused: not admitted to this session</source>
        <translation>Entrée refusée : session réservée</translation>
    </message>
    <message>
        <source>This session is for: {categories}.</source>
        <translation>Cette session est réservée à : {categories}.</translation>
    </message>
    <message>
        <source>Refused: not registered for this workshop</source>
        <translation>Entrée refusée : pas d&apos;inscription à cet atelier</translation>
    </message>
    <message>
        <source>Not on the list of {session}.</source>
        <translation>Absent de la liste de « {session} ».</translation>
    </message>
    <message>
        <source>Refused: not admitted by the organisers&apos; rule</source>
        <translation>Entrée refusée par la règle des organisateurs</translation>
    </message>
    <message>
        <source>The check-in rule of {session} says no: {detail}.</source>
        <translation>La règle d&apos;entrée de « {session} » refuse : {detail}.</translation>
    </message>
    <message>
        <source>Refused: rule not checkable offline — staff override</source>
        <translation>Entrée refusée : règle invérifiable hors ligne — l&apos;équipe peut forcer</translation>
    </message>
    <message>
        <source>This station cannot evaluate the check-in rule of {session} ({detail}).</source>
        <translation>Ce poste ne peut pas évaluer la règle d&apos;entrée de « {session} » ({detail}).</translation>
    </message>
    <message>
        <source>Refused: ticket not valid at this time</source>
        <translation>Entrée refusée : billet non valable à cette heure</translation>
    </message>
    <message>
        <source>The ticket is valid {detail}.</source>
        <translation>Le billet est valable {detail}.</translation>
    </message>
    <message>
        <source>Refused: room full</source>
        <translation>Entrée refusée : salle pleine</translation>
    </message>
    <message>
        <source>{inside} people are in the room; it holds {capacity}.</source>
        <translation>{inside} personnes sont dans la salle ; elle en accueille {capacity}.</translation>
    </message>
    <message>
        <source>Wait for someone to leave; staff may let the person in with the PIN.</source>
        <translation>Attendez qu&apos;une personne sorte ; le personnel peut faire entrer la personne avec le PIN.</translation>
    </message>
    <message>
        <source>at this door</source>
        <translation>à cette porte</translation>
    </message>
    <message>
        <source>at another door</source>
        <translation>à une autre porte</translation>
    </message>
    <message>
        <source>at {station}</source>
        <translation>à « {station} »</translation>
    </message>
    <message>
        <source>from {time}</source>
        <translation>à partir du {time}</translation>
    </message>
    <message>
        <source>until {time}</source>
        <translation>jusqu&apos;au {time}</translation>
    </message>
    <message>
        <source>only allowed after {time}</source>
        <translation>entrée permise seulement après {time}</translation>
    </message>
    <message>
        <source>only allowed before {time}</source>
        <translation>entrée permise seulement avant {time}</translation>
    </message>
    <message>
        <source>ticket type not allowed</source>
        <translation>type de billet non admis</translation>
    </message>
    <message>
        <source>wrong entrance</source>
        <translation>mauvaise entrée</translation>
    </message>
    <message>
        <source>not on this day of the week</source>
        <translation>pas ce jour de la semaine</translation>
    </message>
    <message>
        <source>maximum number of entries reached</source>
        <translation>nombre maximal d&apos;entrées atteint</translation>
    </message>
    <message>
        <source>minimum number of entries not reached</source>
        <translation>nombre minimal d&apos;entrées non atteint</translation>
    </message>
    <message>
        <source>number of entries not allowed</source>
        <translation>nombre d&apos;entrées non admis</translation>
    </message>
    <message>
        <source>too soon after the last entry</source>
        <translation>trop tôt après la dernière entrée</translation>
    </message>
    <message>
        <source>too long after the last entry</source>
        <translation>trop longtemps après la dernière entrée</translation>
    </message>
    <message>
        <source>entry or exit status not allowed</source>
        <translation>état d&apos;entrée ou de sortie non admis</translation>
    </message>
    <message>
        <source>entry not permitted</source>
        <translation>entrée non permise</translation>
    </message>
    <message>
        <source>unknown operator {name}</source>
        <translation>opérateur inconnu {name}</translation>
    </message>
    <message>
        <source>unknown variable {name}</source>
        <translation>variable inconnue {name}</translation>
    </message>
    <message>
        <source>{name} not known at this station</source>
        <translation>{name} inconnu de ce poste</translation>
    </message>
    <message>
        <source>rule unreadable</source>
        <translation>règle illisible</translation>
    </message>
</context>
<context>
    <name>PairingBox</name>
    <message>
        <source>Join the venue&apos;s hub</source>
        <translation>Rejoindre le serveur du lieu</translation>
    </message>
    <message>
        <source>Show the pairing QR code from the organiser&apos;s hub page to the camera, or paste its text here, then press Pair. Nothing to type.</source>
        <translation>Présentez à la caméra le code QR d&apos;appairage affiché sur la page Serveur de l&apos;organisateur, ou collez son texte ici, puis appuyez sur Appairer. Rien à taper.</translation>
    </message>
    <message>
        <source>Pairing &amp;code</source>
        <translation>&amp;Code d&apos;appairage</translation>
    </message>
    <message>
        <source>checkin://pair?… (from the QR code)</source>
        <translation>checkin://pair?… (lu sur le code QR)</translation>
    </message>
    <message>
        <source>&amp;Pair</source>
        <translation>A&amp;ppairer</translation>
    </message>
    <message>
        <source>Hubs on this network</source>
        <translation>Serveurs sur ce réseau</translation>
    </message>
    <message>
        <source>Pairing code</source>
        <translation>Code d&apos;appairage</translation>
    </message>
    <message>
        <source>Pairing…</source>
        <translation>Appairage…</translation>
    </message>
    <message>
        <source>Paired: this station is “%1” and syncs with %2.</source>
        <translation>Appairé : ce poste s&apos;appelle « %1 » et se synchronise avec %2.</translation>
    </message>
    <message>
        <source>None heard yet (the hub may be stopped, or this network may not carry announcements).</source>
        <translation>Aucun pour l&apos;instant (le serveur est peut-être arrêté, ou ce réseau ne transmet pas les annonces).</translation>
    </message>
    <message>
        <source>certificate %1…</source>
        <translation>certificat %1…</translation>
    </message>
    <message>
        <source>no TLS</source>
        <translation>sans TLS</translation>
    </message>
</context>
<context>
    <name>PinBox</name>
    <message>
        <source>Staff PIN</source>
        <translation>PIN de l&apos;équipe</translation>
    </message>
    <message>
        <source>Change the staff &amp;PIN…</source>
        <translation>Changer le &amp;PIN de l&apos;équipe…</translation>
    </message>
    <message>
        <source>&amp;New PIN</source>
        <translation>&amp;Nouveau PIN</translation>
    </message>
    <message>
        <source>&amp;Repeat it</source>
        <translation>&amp;Répétez-le</translation>
    </message>
    <message>
        <source>Save the new PIN</source>
        <translation>Enregistrer le nouveau PIN</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>Nouveau PIN</translation>
    </message>
    <message>
        <source>Repeat the new PIN</source>
        <translation>Répétez le nouveau PIN</translation>
    </message>
    <message>
        <source>A staff PIN is set.</source>
        <translation>Un PIN d&apos;équipe est défini.</translation>
    </message>
    <message>
        <source>No staff PIN yet: choose one before the doors open.</source>
        <translation>Pas encore de PIN d&apos;équipe : choisissez-en un avant l&apos;ouverture des portes.</translation>
    </message>
    <message>
        <source>The two PINs differ.</source>
        <translation>Les deux PIN sont différents.</translation>
    </message>
    <message numerus="yes">
        <source>At least %n digits.</source>
        <translation>
            <numerusform>Au moins %n chiffre.</numerusform>
            <numerusform>Au moins %n chiffres.</numerusform>
        </translation>
    </message>
    <message>
        <source>The new staff PIN is saved.</source>
        <translation>Le nouveau PIN de l&apos;équipe est enregistré.</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message numerus="yes">
        <source>At least %n digits.</source>
        <extracomment>wall-clock seconds: a lock-out must survive a restart, which a monotonic clock does not ``run(fn, *args, on_done=...)`` of the window&apos;s writer (:meth:`checkin.ui.admission.Admission.run`); None: write in place (tests, scripts)</extracomment>
        <translation>
            <numerusform>Au moins %n chiffre.</numerusform>
            <numerusform>Au moins %n chiffres.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation>PIN incorrect.</translation>
    </message>
    <message>
        <source>Too many attempts. Try again in %1.</source>
        <translation>Trop d&apos;essais. Réessayez dans %1.</translation>
    </message>
    <message>
        <source>You may try again.</source>
        <translation>Vous pouvez réessayer.</translation>
    </message>
    <message numerus="yes">
        <source>No staff PIN yet: choose one (at least %n digits)</source>
        <translation>
            <numerusform>Pas encore de PIN du personnel : choisissez-en un (%n chiffre au moins)</numerusform>
            <numerusform>Pas encore de PIN du personnel : choisissez-en un (%n chiffres au moins)</numerusform>
        </translation>
    </message>
    <message>
        <source>Staff PIN</source>
        <translation>PIN du personnel</translation>
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
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Effacer</translation>
    </message>
</context>
<context>
    <name>ProgrammeBox</name>
    <message>
        <source>everyone</source>
        <translation>tout le monde</translation>
    </message>
    <message>
        <source>registered only</source>
        <translation>inscrits seulement</translation>
    </message>
    <message numerus="yes">
        <source>%n check-in(s)</source>
        <translation>
            <numerusform>%n entrée</numerusform>
            <numerusform>%n entrées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check-in(s) in this session: it stays in the programme, so that its attendance stays whole.</source>
        <translation>
            <numerusform>%n entrée dans cette session : elle reste au programme, pour que ses présences restent entières.</numerusform>
            <numerusform>%n entrées dans cette session : elle reste au programme, pour que ses présences restent entières.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>“%1” is saved.</source>
        <translation>« %1 » est enregistrée.</translation>
    </message>
    <message>
        <source>Warning: another session is in the same room at the same time.</source>
        <translation>Attention : une autre session a lieu dans la même salle au même moment.</translation>
    </message>
    <message>
        <source>Warning: this day is outside the conference&apos;s days.</source>
        <translation>Attention : ce jour est en dehors des dates de la conférence.</translation>
    </message>
    <message numerus="yes">
        <source>“%1” cannot be removed: %n check-in(s) were made in it, and removing it would take them out of the attendance. Change its times or its name instead.</source>
        <translation>
            <numerusform>« %1 » ne peut pas être retirée : %n entrée y a été validée, et la retirer l&apos;enlèverait des présences. Changez plutôt ses horaires ou son nom.</numerusform>
            <numerusform>« %1 » ne peut pas être retirée : %n entrées y ont été validées, et la retirer les enlèverait des présences. Changez plutôt ses horaires ou son nom.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove “%1” from the programme?</source>
        <translation>Retirer « %1 » du programme ?</translation>
    </message>
    <message>
        <source>“%1” is removed from the programme.</source>
        <translation>« %1 » est retirée du programme.</translation>
    </message>
    <message>
        <source>This session cannot be removed: check-ins were made in it (perhaps just now, at another door).</source>
        <translation>Cette session ne peut pas être retirée : des entrées y ont été validées (peut-être à l&apos;instant, à une autre porte).</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré : %1</translation>
    </message>
    <message>
        <source>The programme</source>
        <translation>Le programme</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx)</source>
        <translation>Tableurs (*.csv *.xlsx)</translation>
    </message>
    <message>
        <source>Export the programme</source>
        <translation>Exporter le programme</translation>
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
        <translation>Export en cours…</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Enregistré : %1</translation>
    </message>
    <message>
        <source>Last import: %1 new, %2 updated.</source>
        <translation>Dernier import : %1 nouvelles, %2 mises à jour.</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Import the &amp;programme…</source>
        <translation>Importer le &amp;programme…</translation>
    </message>
    <message>
        <source>E&amp;xport the programme…</source>
        <translation>E&amp;xporter le programme…</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Salle</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacité</translation>
    </message>
    <message>
        <source>Who may enter</source>
        <translation>Qui peut entrer</translation>
    </message>
    <message>
        <source>Sessions of the programme</source>
        <translation>Sessions du programme</translation>
    </message>
    <message>
        <source>&amp;Edit the sessions (staff PIN)…</source>
        <translation>&amp;Modifier les sessions (PIN de l&apos;équipe)…</translation>
    </message>
    <message>
        <source>&amp;Add a session…</source>
        <translation>&amp;Ajouter une session…</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>&amp;Changer…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Voir dans&#xa0;:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Fichiers de &amp;type&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;File name:</source>
        <translation>&amp;Nom de fichier&#xa0;:</translation>
    </message>
</context>
<context>
    <name>ReceiverWords</name>
    <message>
        <source>Taken back from %1 first.</source>
        <extracomment>a LendResult: something was lent, taken back, or refused the person a receiver is for changed (an Attendee, or None) a code was neither a badge nor a receiver here (the code as given)</extracomment>
        <translation>Repris d&apos;abord à %1.</translation>
    </message>
    <message>
        <source>%1 lent to %2</source>
        <translation>%1 prêté à %2</translation>
    </message>
    <message>
        <source>%1 returned</source>
        <translation>%1 rendu</translation>
    </message>
    <message>
        <source>It was lent to %1 since %2.</source>
        <translation>Il était prêté à %1 depuis %2.</translation>
    </message>
    <message>
        <source>%1 is already lent to someone else</source>
        <translation>%1 est déjà prêté à quelqu&apos;un d&apos;autre</translation>
    </message>
    <message>
        <source>%1 holds it since %2. Take it back first, or give %3 another receiver.</source>
        <translation>%1 l&apos;a depuis %2. Reprenez-le d&apos;abord, ou donnez un autre récepteur à %3.</translation>
    </message>
    <message>
        <source>%1 already holds %2</source>
        <translation>%1 a déjà %2</translation>
    </message>
    <message>
        <source>Nothing recorded. Scan the receiver alone to take it back.</source>
        <translation>Rien n&apos;est enregistré. Scannez le récepteur seul pour le reprendre.</translation>
    </message>
    <message>
        <source>%1 already holds a receiver</source>
        <translation>%1 a déjà un récepteur</translation>
    </message>
    <message>
        <source>%1 holds %2: take that one back first, or lend this one too.</source>
        <translation>%1 a %2 : reprenez-le d&apos;abord, ou prêtez aussi celui-ci.</translation>
    </message>
    <message>
        <source>%1 is not lent out</source>
        <translation>%1 n&apos;est pas prêté</translation>
    </message>
    <message>
        <source>Nothing to take back. To lend it, scan the badge first.</source>
        <translation>Rien à reprendre. Pour le prêter, scannez d&apos;abord le badge.</translation>
    </message>
    <message>
        <source>Which receiver: %1?</source>
        <translation>Quel récepteur : %1 ?</translation>
    </message>
    <message>
        <source>Several receivers have this number: type the whole number.</source>
        <translation>Plusieurs récepteurs ont ce numéro : tapez le numéro complet.</translation>
    </message>
    <message>
        <source>Unknown receiver: %1</source>
        <translation>Récepteur inconnu : %1</translation>
    </message>
    <message>
        <source>It is not in this station&apos;s list of receivers.</source>
        <translation>Il n&apos;est pas dans la liste des récepteurs de ce poste.</translation>
    </message>
    <message>
        <source>Unknown badge</source>
        <translation>Badge inconnu</translation>
    </message>
    <message>
        <source>Nothing lent.</source>
        <translation>Rien n&apos;est prêté.</translation>
    </message>
    <message>
        <source>Neither a badge nor a receiver: %1</source>
        <translation>Ni un badge ni un récepteur : %1</translation>
    </message>
    <message>
        <source>Scan the badge, then the receiver&apos;s label, or type its number.</source>
        <translation>Scannez le badge, puis l&apos;étiquette du récepteur, ou tapez son numéro.</translation>
    </message>
</context>
<context>
    <name>ReceiversPage</name>
    <message>
        <source>Receivers</source>
        <extracomment>receivers were numbered or imported (how many) makes the print dialog (the system&apos;s; tests pass a stand-in)</extracomment>
        <translation>Récepteurs</translation>
    </message>
    <message>
        <source>Interpretation receivers</source>
        <translation>Récepteurs d&apos;interprétation</translation>
    </message>
    <message>
        <source>To lend: scan the badge, then the receiver&apos;s label (or type its number). To take a receiver back: scan it alone.</source>
        <translation>Pour prêter : scannez le badge, puis l&apos;étiquette du récepteur (ou tapez son numéro). Pour reprendre un récepteur : scannez-le seul.</translation>
    </message>
    <message>
        <source>Badge code or receiver number (R012)</source>
        <translation>Code du badge ou numéro du récepteur (R012)</translation>
    </message>
    <message>
        <source>Badge or receiver</source>
        <translation>Badge ou récepteur</translation>
    </message>
    <message>
        <source>&amp;OK</source>
        <translation>&amp;OK</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Still out</source>
        <translation>Pas encore rendus</translation>
    </message>
    <message>
        <source>Who still holds a receiver, with the phone number to call, is shown to staff only.</source>
        <translation>Qui a encore un récepteur, avec le numéro de téléphone à appeler, n&apos;est montré qu&apos;au personnel.</translation>
    </message>
    <message>
        <source>Receiver</source>
        <translation>Récepteur</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Lent at</source>
        <translation>Heure du prêt</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>Receivers not returned</source>
        <translation>Récepteurs non rendus</translation>
    </message>
    <message>
        <source>Export (CSV)</source>
        <translation>Exporter (CSV)</translation>
    </message>
    <message>
        <source>Export (Excel)</source>
        <translation>Exporter (Excel)</translation>
    </message>
    <message>
        <source>Export (PDF)</source>
        <translation>Exporter (PDF)</translation>
    </message>
    <message>
        <source>&amp;Number</source>
        <translation>&amp;Numéroter</translation>
    </message>
    <message>
        <source>Letters before the number</source>
        <translation>Lettres avant le numéro</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>A&amp;jouter</translation>
    </message>
    <message>
        <source>&amp;Import a list…</source>
        <translation>&amp;Importer une liste…</translation>
    </message>
    <message>
        <source>&amp;Labels (PDF)…</source>
        <translation>Éti&amp;quettes (PDF)…</translation>
    </message>
    <message>
        <source>&amp;Print labels…</source>
        <translation>Im&amp;primer les étiquettes…</translation>
    </message>
    <message>
        <source>Waiting for a badge or a receiver.</source>
        <translation>En attente d&apos;un badge ou d&apos;un récepteur.</translation>
    </message>
    <message>
        <source>For %1: now scan the receiver&apos;s label, or type its number.</source>
        <translation>Pour %1 : scannez maintenant l&apos;étiquette du récepteur, ou tapez son numéro.</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <source>Take it back and lend it to %1</source>
        <translation>Le reprendre et le prêter à %1</translation>
    </message>
    <message>
        <source>Lend it to %1 too</source>
        <translation>Le prêter aussi à %1</translation>
    </message>
    <message>
        <source>Take it back from %1</source>
        <translation>Le reprendre à %1</translation>
    </message>
    <message>
        <source>No receivers yet: number them or import a list (staff).</source>
        <translation>Aucun récepteur pour l&apos;instant : numérotez-les ou importez une liste (personnel).</translation>
    </message>
    <message>
        <source>Receivers: %1 — out: %2 — here: %3</source>
        <translation>Récepteurs : %1 — prêtés : %2 — disponibles : %3</translation>
    </message>
    <message>
        <source>Receivers added: %1 (%2 to %3).</source>
        <translation>Récepteurs ajoutés : %1 (%2 à %3).</translation>
    </message>
    <message>
        <source>Nothing imported; refused lines: %1 (%2).</source>
        <translation>Rien n&apos;a été importé ; lignes refusées : %1 (%2).</translation>
    </message>
    <message>
        <source>Receivers imported or changed: %1.</source>
        <translation>Récepteurs importés ou modifiés : %1.</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>&amp;Masquer</translation>
    </message>
    <message>
        <source>&amp;Show (staff PIN)</source>
        <translation>&amp;Afficher (code du personnel)</translation>
    </message>
    <message>
        <source>Letters and digits only before the number, e.g. R.</source>
        <translation>Seulement des lettres et des chiffres avant le numéro, par exemple R.</translation>
    </message>
    <message>
        <source>Receivers&apos; labels</source>
        <translation>Étiquettes des récepteurs</translation>
    </message>
    <message>
        <source>Labels sent to the printer: %1.</source>
        <translation>Étiquettes envoyées à l&apos;imprimante : %1.</translation>
    </message>
    <message>
        <source>The printer could not be started: check it is on and connected, then try again.</source>
        <translation>L&apos;imprimante n&apos;a pas pu démarrer : vérifiez qu&apos;elle est allumée et branchée, puis réessayez.</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Enregistré : %1</translation>
    </message>
    <message>
        <source>Not done: %1</source>
        <translation>Non fait : %1</translation>
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
        <translation>Une liste de récepteurs</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx)</source>
        <translation>Tableurs (*.csv *.xlsx)</translation>
    </message>
</context>
<context>
    <name>ReentryBox</name>
    <message>
        <source>Re-entry</source>
        <translation>Ré-entrée</translation>
    </message>
    <message>
        <source>Ticked sessions let people in again after they left (a second scan is green, not amber):</source>
        <translation>Les sessions cochées laissent entrer de nouveau les personnes sorties (un second scan est vert, pas orange) :</translation>
    </message>
    <message>
        <source>Sessions that allow re-entry</source>
        <translation>Sessions qui permettent la ré-entrée</translation>
    </message>
</context>
<context>
    <name>ResultCard</name>
    <message>
        <source>Answer to the last scan</source>
        <translation>Réponse au dernier scan</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>Call the organisers&apos; technician; meanwhile write the names down on paper.</source>
        <translation>Appelez le technicien des organisateurs ; en attendant, notez les noms sur papier.</translation>
    </message>
    <message>
        <source>Scan %1</source>
        <translation>Scan n° %1</translation>
    </message>
    <message>
        <source>Exit ➜ show a badge to record leaving</source>
        <translation>Sortie ➜ présentez un badge pour enregistrer la sortie</translation>
    </message>
    <message>
        <source>Ready: show a badge to the camera</source>
        <translation>Prêt : présentez un badge à la caméra</translation>
    </message>
    <message>
        <source>Or scan it with the scanner, or type its code.</source>
        <translation>Ou scannez-le avec la douchette, ou tapez son code.</translation>
    </message>
    <message>
        <source>Checking in to: %1</source>
        <translation>Entrées pour : %1</translation>
    </message>
    <message>
        <source>Staff override (PIN)…</source>
        <translation>Forcer l&apos;entrée (PIN)…</translation>
    </message>
</context>
<context>
    <name>ReviewsModel</name>
    <message>
        <source>No.</source>
        <translation>N°</translation>
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
        <translation>Pourquoi</translation>
    </message>
</context>
<context>
    <name>ScanPage</name>
    <message>
        <source>No session: import the programme first.</source>
        <extracomment>an answer is on the card (after the write, when there was one) the session this door checks into changed (a Session) the arrived / expected counter was refreshed (arrived, expected) the people in the room now were counted (an occupancy.Occupancy) an interpretation receiver&apos;s label was read here (the code, as read) what this door records: entries, exits, or either with a switch (a station setting)</extracomment>
        <translation>Aucune session : importez d&apos;abord le programme.</translation>
    </message>
    <message>
        <source>Room full: %1</source>
        <translation>Salle pleine : %1</translation>
    </message>
    <message>
        <source>Nearly full: %1 in the room</source>
        <translation>Presque plein : %1 dans la salle</translation>
    </message>
    <message>
        <source>In the room: %1</source>
        <translation>Dans la salle : %1</translation>
    </message>
    <message>
        <source>Recording: EXITS ➜ (switch to entries)</source>
        <translation>On enregistre : SORTIES ➜ (passer aux entrées)</translation>
    </message>
    <message>
        <source>Recording: entries (switch to exits)</source>
        <translation>On enregistre : entrées (passer aux sorties)</translation>
    </message>
    <message>
        <source>Check out</source>
        <translation>Enregistrer la sortie</translation>
    </message>
    <message>
        <source>No session is chosen at this door.</source>
        <translation>Aucune session n&apos;est choisie à cette porte.</translation>
    </message>
    <message>
        <source>Import the programme, or choose the session in the list at the top.</source>
        <translation>Importez le programme, ou choisissez la session dans la liste en haut.</translation>
    </message>
    <message>
        <source>Unexpected error: %1</source>
        <translation>Erreur inattendue : %1</translation>
    </message>
    <message>
        <source>Unknown badge</source>
        <translation>Badge inconnu</translation>
    </message>
    <message>
        <source>(undone)</source>
        <translation>(annulé)</translation>
    </message>
    <message>
        <source>No check-in to undo at this station yet.</source>
        <translation>Aucune entrée à annuler à ce poste pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Undo the exit: %1</source>
        <translation>Annuler la sortie : %1</translation>
    </message>
    <message>
        <source>Undo the check-in: %1</source>
        <translation>Annuler l&apos;entrée : %1</translation>
    </message>
    <message>
        <source>The last check-in at this station, at %1</source>
        <translation>La dernière entrée validée à ce poste, à %1</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>Scan</translation>
    </message>
    <message>
        <source>Session:</source>
        <translation>Session :</translation>
    </message>
    <message>
        <source>Session checked into at this door</source>
        <translation>Session de cette porte</translation>
    </message>
    <message>
        <source>Current session</source>
        <translation>Session en cours</translation>
    </message>
    <message>
        <source>Follow the clock: the session running now</source>
        <translation>Suivre l&apos;horloge : la session en cours</translation>
    </message>
    <message>
        <source>arrived / expected</source>
        <translation>arrivés / attendus</translation>
    </message>
    <message>
        <source>Badge code typed by hand</source>
        <translation>Code du badge tapé à la main</translation>
    </message>
    <message>
        <source>Badge code</source>
        <translation>Code du badge</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>Valider l&apos;entrée</translation>
    </message>
    <message>
        <source>Entry door</source>
        <translation>Porte d&apos;entrée</translation>
    </message>
    <message>
        <source>Exit door</source>
        <translation>Porte de sortie</translation>
    </message>
    <message>
        <source>Entry and exit (switch)</source>
        <translation>Entrée et sortie (au choix)</translation>
    </message>
    <message>
        <source>What this door records</source>
        <translation>Ce que cette porte enregistre</translation>
    </message>
    <message>
        <source>Last scans</source>
        <translation>Derniers scans</translation>
    </message>
    <message>
        <source>Undo the last check-in</source>
        <translation>Annuler la dernière entrée</translation>
    </message>
    <message>
        <source>Now and soon:</source>
        <translation>En ce moment :</translation>
    </message>
</context>
<context>
    <name>ScreenBox</name>
    <message>
        <source>Screen and sound</source>
        <translation>Écran et son</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>&amp;Sounds on each scan</source>
        <translation>&amp;Sons à chaque scan</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <source>Search</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <source>&amp;Find a person</source>
        <translation>&amp;Trouver une personne</translation>
    </message>
    <message>
        <source>Name, organisation, country, e-mail, phone or registration number</source>
        <translation>Nom, organisation, pays, e-mail, téléphone ou numéro d&apos;inscription</translation>
    </message>
    <message>
        <source>Search attendees</source>
        <translation>Rechercher des participants</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Résultats de la recherche</translation>
    </message>
    <message>
        <source>Check in (Enter)</source>
        <translation>Valider l&apos;entrée (touche Entrée)</translation>
    </message>
    <message>
        <source>Check the selected person in</source>
        <translation>Enregistrer la personne choisie</translation>
    </message>
    <message>
        <source>Details (Ctrl+Enter)</source>
        <translation>Détails (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>New walk-in (Ctrl+N)</source>
        <translation>Nouvelle inscription sur place (Ctrl+N)</translation>
    </message>
    <message>
        <source>Search failed: %1</source>
        <translation>La recherche a échoué : %1</translation>
    </message>
    <message>
        <source>Type a few letters: results appear as you type.</source>
        <translation>Tapez quelques lettres : les résultats s&apos;affichent au fur et à mesure.</translation>
    </message>
    <message>
        <source>No one found. Check the spelling, or register a walk-in.</source>
        <translation>Aucune personne trouvée. Vérifiez l&apos;orthographe, ou inscrivez la personne sur place.</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) found. Arrows to choose, Enter to check in.</source>
        <translation>
            <numerusform>%n personne trouvée. Flèches pour choisir, touche Entrée pour valider son entrée.</numerusform>
            <numerusform>%n personnes trouvées. Flèches pour choisir, touche Entrée pour valider l&apos;entrée.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a person with the arrow keys first.</source>
        <translation>Choisissez d&apos;abord une personne avec les flèches.</translation>
    </message>
    <message>
        <source>Choose the session first.</source>
        <translation>Choisissez d&apos;abord la session.</translation>
    </message>
    <message>
        <source>Not recorded: %1</source>
        <translation>Non enregistré : %1</translation>
    </message>
    <message>
        <source>Overrides need the staff PIN, which is not available here.</source>
        <translation>Forcer une entrée demande le PIN du personnel, indisponible ici.</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>In this session</source>
        <translation>Dans cette session</translation>
    </message>
    <message>
        <source>%1 · online only</source>
        <translation>%1 · en ligne seulement</translation>
    </message>
    <message>
        <source>Online ✔ (not in the room)</source>
        <translation>En ligne ✔ (pas dans la salle)</translation>
    </message>
    <message>
        <source>✔ Already in</source>
        <translation>✔ Entrée enregistrée</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Pas encore</translation>
    </message>
    <message>
        <source>Already in this session</source>
        <translation>Déjà dans cette session</translation>
    </message>
    <message>
        <source>Not yet arrived</source>
        <translation>Pas encore arrivé</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <source>This id is taken by another session of the programme.</source>
        <translation>Cet identifiant est déjà pris par une autre session du programme.</translation>
    </message>
    <message>
        <source>An id cannot hold a comma, a semicolon or a &apos;|&apos;, nor be longer than 64 characters.</source>
        <translation>Un identifiant ne peut contenir ni virgule, ni point-virgule, ni « | », ni dépasser 64 caractères.</translation>
    </message>
    <message>
        <source>This name is too long.</source>
        <translation>Ce nom est trop long.</translation>
    </message>
    <message>
        <source>The session needs a name, in French or in English.</source>
        <translation>La session a besoin d&apos;un nom, en français ou en anglais.</translation>
    </message>
    <message>
        <source>It ends before it starts.</source>
        <translation>Elle finit avant de commencer.</translation>
    </message>
    <message>
        <source>This is too long.</source>
        <translation>C&apos;est trop long.</translation>
    </message>
    <message>
        <source>Unknown category.</source>
        <translation>Catégorie inconnue.</translation>
    </message>
    <message>
        <source>This capacity is not possible.</source>
        <translation>Cette capacité n&apos;est pas possible.</translation>
    </message>
    <message>
        <source>Edit the session</source>
        <translation>Modifier la session</translation>
    </message>
    <message>
        <source>A new session</source>
        <translation>Une nouvelle session</translation>
    </message>
    <message>
        <source>&amp;Id</source>
        <translation>&amp;Identifiant</translation>
    </message>
    <message>
        <source>Name in &amp;French</source>
        <translation>Nom en &amp;français</translation>
    </message>
    <message>
        <source>Name in &amp;English</source>
        <translation>Nom en &amp;anglais</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>&amp;Jour</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Début</translation>
    </message>
    <message>
        <source>E&amp;nd</source>
        <translation>&amp;Fin</translation>
    </message>
    <message>
        <source>&amp;Room</source>
        <translation>&amp;Salle</translation>
    </message>
    <message>
        <source>&amp;Capacity</source>
        <translation>&amp;Capacité</translation>
    </message>
    <message>
        <source>&amp;Who may enter</source>
        <translation>&amp;Qui peut entrer</translation>
    </message>
    <message>
        <source>made from the name if empty</source>
        <translation>fait à partir du nom si vide</translation>
    </message>
    <message>
        <source>the French name if empty</source>
        <translation>le nom français si vide</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>sans limite</translation>
    </message>
    <message>
        <source>None ticked: everyone may enter.</source>
        <translation>Aucune case cochée : tout le monde peut entrer.</translation>
    </message>
    <message>
        <source>Only people &amp;registered for it (a workshop)</source>
        <translation>Seulement les personnes &amp;inscrites (un atelier)</translation>
    </message>
    <message>
        <source>Re-entry &amp;allowed (a second scan is green)</source>
        <translation>Ré-entrée &amp;permise (un second scan est vert)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
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
        <translation>Arrivés</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Attendus</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Taux</translation>
    </message>
    <message>
        <source>In the room / capacity</source>
        <translation>En salle / places</translation>
    </message>
    <message>
        <source>Over capacity</source>
        <translation>Dépassement</translation>
    </message>
    <message>
        <source>On site</source>
        <translation>Sur place</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <source>+%1 (peak %2)</source>
        <translation>+%1 (pic %2)</translation>
    </message>
    <message>
        <source>On site: %1 · online: %2 · both ways: %3 (once in the total)</source>
        <translation>Sur place : %1 · en ligne : %2 · des deux façons : %3 (une seule fois dans le total)</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
</context>
<context>
    <name>SourceBox</name>
    <message>
        <source>Attendee list and sync</source>
        <translation>Liste des participants et synchronisation</translation>
    </message>
    <message>
        <source>&amp;Import the attendee list…</source>
        <translation>&amp;Importer la liste des participants…</translation>
    </message>
    <message>
        <source>S&amp;ync with</source>
        <translation>S&amp;ynchroniser avec</translation>
    </message>
    <message>
        <source>Nothing (this station only)</source>
        <translation>Rien (ce poste seulement)</translation>
    </message>
    <message>
        <source>The venue&apos;s sync server</source>
        <translation>Le serveur de synchronisation du lieu</translation>
    </message>
    <message>
        <source>pretix</source>
        <translation>pretix</translation>
    </message>
    <message>
        <source>A folder or USB stick</source>
        <translation>Un dossier ou une clé USB</translation>
    </message>
    <message>
        <source>Server &amp;address</source>
        <translation>&amp;Adresse du serveur</translation>
    </message>
    <message>
        <source>pretix &amp;organiser</source>
        <translation>&amp;Organisateur pretix</translation>
    </message>
    <message>
        <source>pretix &amp;event</source>
        <translation>Év&amp;énement pretix</translation>
    </message>
    <message>
        <source>&amp;Folder</source>
        <translation>&amp;Dossier</translation>
    </message>
    <message>
        <source>Access &amp;token</source>
        <translation>&amp;Jeton d&apos;accès</translation>
    </message>
    <message>
        <source>kept in the system keyring</source>
        <translation>gardé dans le trousseau du système</translation>
    </message>
    <message>
        <source>e.g. E:\checkin on a USB stick</source>
        <translation>p. ex. E:\checkin sur une clé USB</translation>
    </message>
    <message>
        <source>Test and save the sync source</source>
        <translation>Tester et enregistrer la source de synchronisation</translation>
    </message>
    <message>
        <source>Save it anyway</source>
        <translation>L’enregistrer quand même</translation>
    </message>
    <message>
        <source>Sync with</source>
        <translation>Synchroniser avec</translation>
    </message>
    <message>
        <source>%1 is not a server address: write it as http://192.168.1.10:8765 (the hub&apos;s address and port), or https://… for pretix.</source>
        <translation>« %1 » n&apos;est pas l&apos;adresse d&apos;un serveur : écrivez-la ainsi : http://192.168.1.10:8765 (l&apos;adresse du hub et son port), ou https://… pour pretix.</translation>
    </message>
    <message>
        <source>Saved. The address had no http:// or https://: it is %1.</source>
        <translation>Enregistré. L&apos;adresse n&apos;avait ni http:// ni https:// : c&apos;est %1.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré : %1</translation>
    </message>
    <message>
        <source>Testing the address and the token…</source>
        <translation>Test de l’adresse et du jeton…</translation>
    </message>
    <message>
        <source>Attendee list</source>
        <translation>Liste des participants</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx)</source>
        <translation>Tableurs (*.csv *.xlsx)</translation>
    </message>
    <message>
        <source>Last import: %1 new, %2 updated.</source>
        <translation>Dernier import : %1 nouveaux, %2 mis à jour.</translation>
    </message>
</context>
<context>
    <name>SourcePage</name>
    <message>
        <source>Server &amp;address</source>
        <translation>&amp;Adresse du serveur</translation>
    </message>
    <message>
        <source>pretix &amp;organiser</source>
        <translation>&amp;Organisateur pretix</translation>
    </message>
    <message>
        <source>pretix &amp;event</source>
        <translation>Év&amp;énement pretix</translation>
    </message>
    <message>
        <source>Access &amp;token</source>
        <translation>&amp;Jeton d&apos;accès</translation>
    </message>
    <message>
        <source>&amp;Pairing code</source>
        <translation>&amp;Code d&apos;appairage</translation>
    </message>
    <message>
        <source>Pairing code</source>
        <translation>Code d&apos;appairage</translation>
    </message>
    <message>
        <source>checkin://pair?… from the organiser&apos;s hub page (paste it, or scan it)</source>
        <translation>checkin://pair?… de la page Serveur de l&apos;organisateur (collez-le ou scannez-le)</translation>
    </message>
    <message>
        <source>or, without a pairing code:</source>
        <translation>ou, sans code d&apos;appairage :</translation>
    </message>
    <message>
        <source>Join the venue&apos;s hub</source>
        <translation>Rejoindre le serveur du lieu</translation>
    </message>
    <message>
        <source>The hub is the computer that serves the conference to every door on the venue&apos;s network. Type the address and the token that its screen shows (or that the organisers gave you).</source>
        <translation>Le serveur du lieu est l&apos;ordinateur qui sert la conférence à chaque porte sur le réseau du lieu. Tapez l&apos;adresse et le jeton que son écran affiche (ou que les organisateurs vous ont donnés).</translation>
    </message>
    <message>
        <source>http://192.168.1.10:8765</source>
        <translation>http://192.168.1.10:8765</translation>
    </message>
    <message>
        <source>Connect to pretix</source>
        <translation>Se connecter à pretix</translation>
    </message>
    <message>
        <source>The station reads the event, its check-in lists and the attendees from pretix, and checks people in offline as pretix would. The token is an API token of a pretix team with access to the event.</source>
        <translation>Le poste lit dans pretix l&apos;événement, ses listes d&apos;enregistrement et les participants, et enregistre les personnes hors ligne comme pretix le ferait. Le jeton est un jeton d&apos;API d&apos;une équipe pretix qui a accès à l&apos;événement.</translation>
    </message>
    <message>
        <source>https://pretix.eu</source>
        <translation>https://pretix.eu</translation>
    </message>
    <message>
        <source>the organiser&apos;s short name</source>
        <translation>le nom court de l&apos;organisateur</translation>
    </message>
    <message>
        <source>the event&apos;s short name</source>
        <translation>le nom court de l&apos;événement</translation>
    </message>
    <message>
        <source>kept in the system keyring</source>
        <translation>gardé dans le trousseau du système</translation>
    </message>
</context>
<context>
    <name>StationBox</name>
    <message>
        <source>This station</source>
        <translation>Ce poste</translation>
    </message>
    <message>
        <source>Station &amp;name</source>
        <translation>&amp;Nom du poste</translation>
    </message>
    <message>
        <source>e.g. Auditorium – door A</source>
        <translation>p. ex. Auditorium – porte A</translation>
    </message>
    <message>
        <source>Station name</source>
        <translation>Nom du poste</translation>
    </message>
</context>
<context>
    <name>StationsModel</name>
    <message>
        <source>Station</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Dernier contact</translation>
    </message>
    <message>
        <source>Waiting to send</source>
        <translation>En attente d&apos;envoi</translation>
    </message>
    <message>
        <source>%1 (this station)</source>
        <translation>%1 (ce poste)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Confirmed</source>
        <translation>Confirmée</translation>
    </message>
    <message>
        <source>Not paid / not confirmed</source>
        <translation>Non payée / non confirmée</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Bloquée</translation>
    </message>
</context>
<context>
    <name>WalkInPage</name>
    <message>
        <source>Walk-in</source>
        <translation>Sans inscription</translation>
    </message>
    <message>
        <source>Register a walk-in</source>
        <translation>Inscrire une personne sur place</translation>
    </message>
    <message>
        <source>For a person who is not on the list. Saving prints the badge and checks them into the current session.</source>
        <translation>Pour une personne qui n&apos;est pas sur la liste. « Enregistrer » l&apos;inscrit, imprime son badge et valide son entrée à la session en cours.</translation>
    </message>
    <message>
        <source>&amp;First name</source>
        <translation>&amp;Prénom</translation>
    </message>
    <message>
        <source>&amp;Last name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <source>C&amp;ountry</source>
        <translation>Pa&amp;ys</translation>
    </message>
    <message>
        <source>Ca&amp;tegory</source>
        <translation>Ca&amp;tégorie</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>Lan&amp;gue</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Téléphone</translation>
    </message>
    <message>
        <source>an e-mail or a phone is needed</source>
        <translation>un e-mail ou un téléphone est nécessaire</translation>
    </message>
    <message>
        <source>&amp;Save, print badge and check in</source>
        <translation>&amp;Enregistrer, imprimer le badge et faire entrer</translation>
    </message>
    <message>
        <source>&amp;Clear the form</source>
        <translation>&amp;Vider le formulaire</translation>
    </message>
    <message>
        <source>&amp;Yes, it is this person: check them in</source>
        <translation>&amp;Oui, c&apos;est cette personne : valider son entrée</translation>
    </message>
    <message>
        <source>&amp;No, register a new person</source>
        <translation>&amp;Non, inscrire une nouvelle personne</translation>
    </message>
    <message>
        <source>People already on the list</source>
        <translation>Personnes déjà sur la liste</translation>
    </message>
    <message>
        <source>Choose the session first.</source>
        <translation>Choisissez d&apos;abord la session.</translation>
    </message>
    <message>
        <source>The badge was not printed: reprint it from the person&apos;s details.</source>
        <translation>Le badge n&apos;a pas été imprimé : réimprimez-le depuis la fiche de la personne.</translation>
    </message>
    <message>
        <source>Not recorded: %1</source>
        <translation>Non enregistré : %1</translation>
    </message>
    <message>
        <source>%1 is registered and checked in.</source>
        <translation>%1 : inscription faite, entrée validée.</translation>
    </message>
    <message>
        <source>%1 is registered.</source>
        <translation>%1 : inscription faite.</translation>
    </message>
    <message>
        <source>Staff may override from the person&apos;s details.</source>
        <translation>Le personnel peut forcer l&apos;entrée depuis la fiche de la personne.</translation>
    </message>
    <message>
        <source>Needed.</source>
        <translation>Nécessaire.</translation>
    </message>
    <message>
        <source>Too long.</source>
        <translation>Trop long.</translation>
    </message>
    <message>
        <source>This e-mail address does not look right.</source>
        <translation>Cette adresse e-mail ne semble pas correcte.</translation>
    </message>
    <message>
        <source>This phone number does not look right.</source>
        <translation>Ce numéro de téléphone ne semble pas correct.</translation>
    </message>
    <message>
        <source>Give an e-mail or a phone number.</source>
        <translation>Donnez un e-mail ou un numéro de téléphone.</translation>
    </message>
    <message>
        <source>Choose a category.</source>
        <translation>Choisissez une catégorie.</translation>
    </message>
    <message>
        <source>Choose a language.</source>
        <translation>Choisissez une langue.</translation>
    </message>
    <message>
        <source>This person seems to be on the list already. Is it one of these?</source>
        <translation>Cette personne semble déjà sur la liste. Est-ce l&apos;une de celles-ci ?</translation>
    </message>
    <message>
        <source>same e-mail</source>
        <translation>même e-mail</translation>
    </message>
    <message>
        <source>same phone</source>
        <translation>même téléphone</translation>
    </message>
    <message>
        <source>similar name, same organisation</source>
        <translation>nom proche, même organisation</translation>
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
        <translation>Le scan est refusé sur une base endommagée. La dernière sauvegarde date du %1 ; le fichier endommagé sera mis de côté.</translation>
    </message>
    <message>
        <source>Scanning is refused on a damaged database, and no backup of it was found. Ask for help, or start with another database (--db).</source>
        <translation>Le scan est refusé sur une base endommagée, et aucune sauvegarde n&apos;a été trouvée. Demandez de l&apos;aide, ou démarrez avec une autre base (--db).</translation>
    </message>
    <message>
        <source>Restore the last backup</source>
        <translation>Restaurer la dernière sauvegarde</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
</context>
</TS>
