<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>Features</name>
    <message numerus="yes">
        <source>Syntax highlighting: available (KF6 SyntaxHighlighting %1, %n syntax definition(s))</source>
        <translation>
            <numerusform>Coloration syntaxique&#xa0;: disponible (KF6 SyntaxHighlighting %1, %n définition de syntaxe)</numerusform>
            <numerusform>Coloration syntaxique&#xa0;: disponible (KF6 SyntaxHighlighting %1, %n définitions de syntaxe)</numerusform>
        </translation>
    </message>
    <message>
        <source>Syntax highlighting: not available (built without KF6 SyntaxHighlighting); text documents are shown as plain text</source>
        <translation>Coloration syntaxique&#xa0;: non disponible (compilé sans KF6 SyntaxHighlighting)&#xa0;; les documents texte sont affichés en texte brut</translation>
    </message>
</context>
<context>
    <name>FileState</name>
    <message>
        <source>Remote only</source>
        <translation>Sur le serveur uniquement</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>En téléchargement</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>Locale</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mise à jour</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Withdrawn on server</source>
        <translation>Retiré sur le serveur</translation>
    </message>
</context>
<context>
    <name>Plenary</name>
    <message>
        <source>not allocated</source>
        <translation>non attribué</translation>
    </message>
    <message>
        <source>item %1</source>
        <translation>point %1</translation>
    </message>
    <message>
        <source>revised to %1</source>
        <translation>révisé en %1</translation>
    </message>
    <message>
        <source>merged into %1</source>
        <translation>fusionné dans %1</translation>
    </message>
    <message>
        <source>Liaison statement %1 drafted here is now %2 (the server has another %1)</source>
        <translation>La déclaration de liaison %1 rédigée ici est désormais %2 (le serveur a une autre %1)</translation>
    </message>
    <message>
        <source>current agenda item: %1 here, %2 on the server</source>
        <translation>point en cours de l&apos;ordre du jour&#xa0;: %1 ici, %2 sur le serveur</translation>
    </message>
    <message>
        <source>allocation of %1: %2 here, %3 on the server</source>
        <translation>attribution de %1&#xa0;: %2 ici, %3 sur le serveur</translation>
    </message>
    <message>
        <source>outcome &quot;%1&quot;: changed here and on the server</source>
        <translation>résultat «&#xa0;%1&#xa0;»&#xa0;: modifié ici et sur le serveur</translation>
    </message>
    <message>
        <source>liaison statement %1: changed here and on the server</source>
        <translation>déclaration de liaison %1&#xa0;: modifiée ici et sur le serveur</translation>
    </message>
    <message>
        <source>document %1: made here and on the server, differently</source>
        <translation>document %1&#xa0;: créé ici et sur le serveur, de façon différente</translation>
    </message>
    <message>
        <source>Now on agenda item %1</source>
        <translation>Passage au point %1 de l&apos;ordre du jour</translation>
    </message>
    <message>
        <source>%1: allocation withdrawn</source>
        <translation>%1&#xa0;: attribution retirée</translation>
    </message>
    <message>
        <source>%1 allocated to %2</source>
        <translation>%1 attribué à %2</translation>
    </message>
    <message>
        <source>%1: %2 allocated to %3</source>
        <translation>%1&#xa0;: %2 attribué à %3</translation>
    </message>
    <message>
        <source>changed: %1</source>
        <translation>modifié&#xa0;: %1</translation>
    </message>
    <message>
        <source>taken back: %1</source>
        <translation>annulé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Liaison statement %1 drafted: %2</source>
        <translation>Déclaration de liaison %1 rédigée&#xa0;: %2</translation>
    </message>
    <message>
        <source>Liaison statement %1: %2</source>
        <translation>Déclaration de liaison %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Liaison statement %1 edited</source>
        <translation>Déclaration de liaison %1 modifiée</translation>
    </message>
    <message>
        <source>Liaison statement %1 removed</source>
        <translation>Déclaration de liaison %1 supprimée</translation>
    </message>
    <message>
        <source>%1 is not a ZIP archive that can be read: %2</source>
        <translation>%1 n&apos;est pas une archive ZIP lisible&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Plenary::AboutDialog</name>
    <message>
        <source>About Plenary</source>
        <translation>À propos de Plenary</translation>
    </message>
    <message>
        <source>Plenary %1</source>
        <translation>Plenary %1</translation>
    </message>
    <message>
        <source>Paperless meetings for standards bodies: the agenda, the allocation of contributions, the decisions and the documents, on every delegate&apos;s laptop, online or not.</source>
        <translation>Réunions sans papier pour les organismes de normalisation&#xa0;: l&apos;ordre du jour, l&apos;attribution des contributions, les décisions et les documents, sur l&apos;ordinateur portable de chaque délégué, en ligne ou non.</translation>
    </message>
    <message>
        <source>Qt %1 (built with Qt %2)</source>
        <translation>Qt %1 (compilé avec Qt %2)</translation>
    </message>
    <message>
        <source>Data folder: %1</source>
        <translation>Dossier de données&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Plenary::AgendaModel</name>
    <message numerus="yes">
        <source>%n document(s) allocated</source>
        <translation>
            <numerusform>%n document attribué</numerusform>
            <numerusform>%n documents attribués</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n document(s)</source>
        <translation>
            <numerusform>%1&#xa0;: %n document</numerusform>
            <numerusform>%1&#xa0;: %n documents</numerusform>
        </translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Point</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Docs</source>
        <translation>Doc.</translation>
    </message>
</context>
<context>
    <name>Plenary::ArchiveView</name>
    <message>
        <source>Files in the archive</source>
        <translation>Fichiers de l&apos;archive</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>Not opened: %1</source>
        <translation>Non ouvert&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 holds %n file(s). Open one with Enter or a double click; nothing in it is run.</source>
        <translation>
            <numerusform>%1 contient %n fichier. Ouvrez un fichier avec la touche Enter ou un double-clic&#xa0;; rien n&apos;y est exécuté.</numerusform>
            <numerusform>%1 contient %n fichiers. Ouvrez un fichier avec la touche Enter ou un double-clic&#xa0;; rien n&apos;y est exécuté.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Plenary::AsyncStore</name>
    <message>
        <source>Cannot open the meeting database %1: %2</source>
        <translation>Impossible d&apos;ouvrir la base de données de la réunion %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot set up the demo meeting: %1</source>
        <translation>Impossible de préparer la réunion de démonstration&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot read meeting %1: %2</source>
        <translation>Impossible de lire la réunion %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The meeting database could not be opened.</source>
        <translation>La base de données de la réunion n&apos;a pas pu être ouverte.</translation>
    </message>
    <message>
        <source>%1: cannot store the meeting: %2</source>
        <translation>%1&#xa0;: impossible d&apos;enregistrer la réunion&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>Imported %1 (%n document(s)).</source>
        <translation>
            <numerusform>Réunion %1 importée (%n document).</numerusform>
            <numerusform>Réunion %1 importée (%n documents).</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is too large to open here (%2 MB).</source>
        <translation>%1 est trop volumineux pour être ouvert ici (%2 Mo).</translation>
    </message>
    <message>
        <source>%1 has no local copy yet: sync the meeting to read it.</source>
        <translation>%1 n&apos;a pas encore de copie locale&#xa0;: synchronisez la réunion pour le lire.</translation>
    </message>
    <message>
        <source>%1 is an archive inside the archive: it is not opened.</source>
        <translation>%1 est une archive dans l&apos;archive&#xa0;: elle n&apos;est pas ouverte.</translation>
    </message>
    <message>
        <source>%1 is not a file of %2.</source>
        <translation>%1 n&apos;est pas un fichier de %2.</translation>
    </message>
    <message>
        <source>Your note or position was not kept: %1</source>
        <translation>Votre note ou position n&apos;a pas été conservée&#xa0;: %1</translation>
    </message>
    <message>
        <source>The PDF of %1</source>
        <translation>Le PDF de %1</translation>
    </message>
    <message>
        <source>The meeting has no working group %1.</source>
        <translation>La réunion n&apos;a pas de groupe de travail %1.</translation>
    </message>
    <message>
        <source>There is no report %1.</source>
        <translation>Il n&apos;existe pas de rapport %1.</translation>
    </message>
    <message>
        <source>The report was not stored: %1</source>
        <translation>Le rapport n&apos;a pas été conservé&#xa0;: %1</translation>
    </message>
    <message>
        <source>The report was not saved: %1</source>
        <translation>Le rapport n&apos;a pas été enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>The refreshed report was not stored: %1</source>
        <translation>Le rapport actualisé n&apos;a pas été conservé&#xa0;: %1</translation>
    </message>
    <message>
        <source>My notes: %1</source>
        <translation>Mes notes&#xa0;: %1</translation>
    </message>
    <message>
        <source>There is no liaison statement %1.</source>
        <translation>Il n&apos;existe pas de déclaration de liaison %1.</translation>
    </message>
    <message>
        <source>Now on agenda item %1</source>
        <translation>Passage au point %1 de l&apos;ordre du jour</translation>
    </message>
    <message>
        <source>Outcome taken back</source>
        <translation>Résultat annulé</translation>
    </message>
    <message>
        <source>Liaison statement %1 saved</source>
        <translation>Déclaration de liaison %1 enregistrée</translation>
    </message>
    <message>
        <source>Liaison statement %1 removed</source>
        <translation>Déclaration de liaison %1 supprimée</translation>
    </message>
</context>
<context>
    <name>Plenary::Cli</name>
    <message>
        <source>usage: export report|wg-report WG|liaison ID [--format pdf|odt|md] --out FILE</source>
        <translation>utilisation&#xa0;: export report|wg-report WG|liaison ID [--format pdf|odt|md] --out FILE</translation>
    </message>
    <message>
        <source>give --format pdf, odt or md (%1 has no known extension)</source>
        <translation>indiquez --format pdf, odt ou md (l&apos;extension de %1 n&apos;est pas reconnue)</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos; (pdf, odt or md)</source>
        <translation>format inconnu «&#xa0;%1&#xa0;» (pdf, odt ou md)</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>impossible d&apos;ouvrir %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>no liaison statement %1</source>
        <translation>aucune déclaration de liaison %1</translation>
    </message>
    <message>
        <source>no working group %1</source>
        <translation>aucun groupe de travail %1</translation>
    </message>
    <message>
        <source>indexing %1/%2 %3</source>
        <translation>indexation %1/%2 %3</translation>
    </message>
    <message>
        <source>cannot read %1</source>
        <translation>impossible de lire %1</translation>
    </message>
    <message>
        <source>usage: search WORDS... (&quot;a phrase&quot;, prefix*)</source>
        <translation>utilisation&#xa0;: search WORDS... (&quot;une expression&quot;, préfixe*)</translation>
    </message>
    <message>
        <source>usage: allocate DOCUMENT --wg WG [--item ITEM]</source>
        <translation>utilisation&#xa0;: allocate DOCUMENT --wg WG [--item ITEM]</translation>
    </message>
    <message>
        <source>usage: current ITEM</source>
        <translation>utilisation&#xa0;: current ITEM</translation>
    </message>
    <message>
        <source>Now on agenda item %1</source>
        <translation>Passage au point %1 de l&apos;ordre du jour</translation>
    </message>
    <message>
        <source>usage: outcome ITEM [--doc DOCUMENT]... --status STATUS [--text TEXT] [--to NEW-NUMBER]</source>
        <translation>utilisation&#xa0;: outcome ITEM [--doc DOCUMENT]... --status STATUS [--text TEXT] [--to NEW-NUMBER]</translation>
    </message>
    <message>
        <source>unknown status &apos;%1&apos; (one of: %2)</source>
        <translation>statut inconnu «&#xa0;%1&#xa0;» (valeurs possibles&#xa0;: %2)</translation>
    </message>
    <message>
        <source>usage: liaison new --title TITLE --to BODY [--to BODY]... [--for action|comment|information] [--doc ATTACHMENT]... [--item ITEM]</source>
        <translation>utilisation&#xa0;: liaison new --title TITLE --to BODY [--to BODY]... [--for action|comment|information] [--doc ATTACHMENT]... [--item ITEM]</translation>
    </message>
    <message>
        <source>--for takes action, comment or information</source>
        <translation>--for accepte action, comment ou information</translation>
    </message>
    <message>
        <source>usage: session</source>
        <translation>utilisation&#xa0;: session</translation>
    </message>
    <message>
        <source>outcomes:</source>
        <translation>résultats&#xa0;:</translation>
    </message>
    <message>
        <source>liaison statements:</source>
        <translation>déclarations de liaison&#xa0;:</translation>
    </message>
    <message>
        <source> (item %1)</source>
        <translation> (point %1)</translation>
    </message>
    <message>
        <source>current item: %1</source>
        <translation>point en cours&#xa0;: %1</translation>
    </message>
    <message>
        <source>usage: publish URL [--keep-mine | --take-theirs]</source>
        <translation>utilisation&#xa0;: publish URL [--keep-mine | --take-theirs]</translation>
    </message>
    <message>
        <source>merged from the server: %1</source>
        <translation>fusionné depuis le serveur&#xa0;: %1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>avertissement&#xa0;: %1</translation>
    </message>
    <message>
        <source>conflict: %1</source>
        <translation>conflit&#xa0;: %1</translation>
    </message>
    <message>
        <source>conflict: not published; publish again with --keep-mine or --take-theirs</source>
        <translation>conflit&#xa0;: non publié&#xa0;; publiez de nouveau avec --keep-mine ou --take-theirs</translation>
    </message>
    <message>
        <source>usage: follow URL [--once]</source>
        <translation>utilisation&#xa0;: follow URL [--once]</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>commande inconnue «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>plenary-cli: cannot open %1: %2</source>
        <translation>plenary-cli&#xa0;: impossible d&apos;ouvrir %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>plenary-cli: there is no current meeting; sync or import one first</source>
        <translation>plenary-cli&#xa0;: il n&apos;y a pas de réunion en cours&#xa0;; synchronisez-en ou importez-en une d&apos;abord</translation>
    </message>
    <message>
        <source>plenary-cli: %1</source>
        <translation>plenary-cli&#xa0;: %1</translation>
    </message>
    <message>
        <source>plenary-cli: numbers are given by %1</source>
        <translation>plenary-cli&#xa0;: les numéros sont attribués par %1</translation>
    </message>
    <message>
        <source>plenary-cli: warning: the contribution deadline (%1, end of the day, UTC) passed %2 ago; the secretariat may not accept it for this meeting</source>
        <translation>plenary-cli&#xa0;: avertissement&#xa0;: la date limite des contributions (%1, fin de journée, UTC) est dépassée depuis %2&#xa0;; le secrétariat pourrait ne pas l&apos;accepter pour cette réunion</translation>
    </message>
    <message>
        <source>Submitted %1 (%2 bytes) to %3</source>
        <translation>%1 (%2 octets) soumis à %3</translation>
    </message>
</context>
<context>
    <name>Plenary::DemoMeeting</name>
    <message>
        <source>the bundled demo meeting is missing from this build</source>
        <translation>la réunion de démonstration intégrée est absente de cette version de Plenary</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>impossible de créer %1</translation>
    </message>
</context>
<context>
    <name>Plenary::DirectoryListing</name>
    <message>
        <source>empty name</source>
        <translation>nom vide</translation>
    </message>
    <message>
        <source>the name contains &apos;..&apos;</source>
        <translation>le nom contient «&#xa0;..&#xa0;»</translation>
    </message>
    <message>
        <source>the name contains a slash</source>
        <translation>le nom contient une barre oblique</translation>
    </message>
    <message>
        <source>the name contains a backslash</source>
        <translation>le nom contient une barre oblique inverse</translation>
    </message>
    <message>
        <source>the name contains a control character</source>
        <translation>le nom contient un caractère de contrôle</translation>
    </message>
    <message>
        <source>the name contains a bidirectional control character</source>
        <translation>le nom contient un caractère de contrôle bidirectionnel</translation>
    </message>
    <message>
        <source>the name is longer than 255 characters</source>
        <translation>le nom dépasse 255 caractères</translation>
    </message>
    <message>
        <source>%1: points outside the meeting folder</source>
        <translation>%1&#xa0;: pointe hors du dossier de la réunion</translation>
    </message>
    <message>
        <source>the name is &apos;.&apos;</source>
        <translation>le nom est «&#xa0;.&#xa0;»</translation>
    </message>
    <message>
        <source>the name has digits that only look like 0-9</source>
        <translation>le nom contient des chiffres qui ressemblent seulement à 0-9</translation>
    </message>
    <message>
        <source>the name mixes digits of different scripts</source>
        <translation>le nom mélange des chiffres de systèmes d&apos;écriture différents</translation>
    </message>
</context>
<context>
    <name>Plenary::DocumentDetailsPanel</name>
    <message>
        <source>Select a document to see its details.</source>
        <translation>Sélectionnez un document pour en voir les détails.</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Source&#xa0;:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Type&#xa0;:</translation>
    </message>
    <message>
        <source>Working group:</source>
        <translation>Groupe de travail&#xa0;:</translation>
    </message>
    <message>
        <source>Agenda item:</source>
        <translation>Point de l&apos;ordre du jour&#xa0;:</translation>
    </message>
    <message>
        <source>Received:</source>
        <translation>Reçu&#xa0;:</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>Résultat&#xa0;:</translation>
    </message>
    <message>
        <source>Revisions:</source>
        <translation>Révisions&#xa0;:</translation>
    </message>
    <message>
        <source>Files:</source>
        <translation>Fichiers&#xa0;:</translation>
    </message>
    <message>
        <source>Abstract:</source>
        <translation>Résumé&#xa0;:</translation>
    </message>
    <message>
        <source>%1, for %2</source>
        <translation>%1, pour %2</translation>
    </message>
    <message>
        <source>%1 - %2</source>
        <translation>%1 - %2</translation>
    </message>
    <message>
        <source>not allocated</source>
        <translation>non attribué</translation>
    </message>
    <message>
        <source>after the contribution deadline of %1</source>
        <translation>après la date limite des contributions (%1)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>replaces %1</source>
        <translation>remplace %1</translation>
    </message>
    <message>
        <source>replaced by %1</source>
        <translation>remplacé par %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>Plenary::DocumentTableModel</name>
    <message>
        <source>Received after the contribution deadline (%1)</source>
        <translation>Reçu après la date limite des contributions (%1)</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Pour</translation>
    </message>
    <message>
        <source>WG</source>
        <translation>GT</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Point</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Replaced by</source>
        <translation>Remplacé par</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>Local copy</source>
        <translation>Copie locale</translation>
    </message>
</context>
<context>
    <name>Plenary::DocumentTableView</name>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
</context>
<context>
    <name>Plenary::FindReplaceBar</name>
    <message>
        <source>Match &amp;case</source>
        <translation>Respecter la &amp;casse</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>Remplacer par</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>&amp;Précédent</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Suivant</translation>
    </message>
    <message>
        <source>Close (Escape)</source>
        <translation>Fermer (Escape)</translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation>Fermer la barre de recherche</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Remplacer</translation>
    </message>
    <message>
        <source>Replace &amp;All</source>
        <translation>Remplacer &amp;tout</translation>
    </message>
    <message>
        <source>Wrapped around</source>
        <translation>Recherche reprise au début</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Introuvable</translation>
    </message>
    <message numerus="yes">
        <source>%n replacement(s)</source>
        <translation>
            <numerusform>%n remplacement</numerusform>
            <numerusform>%n remplacements</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Plenary::FtpClient</name>
    <message>
        <source>%1 refused the user name or password.</source>
        <translation>%1 a refusé le nom d&apos;utilisateur ou le mot de passe.</translation>
    </message>
    <message>
        <source>%1 does not offer an encrypted connection (AUTH TLS).</source>
        <translation>%1 ne propose pas de connexion chiffrée (AUTH TLS).</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed; its certificate is not trusted or TLS could not be agreed: %2</source>
        <translation>La connexion sécurisée à %1 a échoué&#xa0;; son certificat n&apos;est pas approuvé ou TLS n&apos;a pas pu être négocié&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not on the server or may not be read: %2</source>
        <translation>%1 n&apos;est pas sur le serveur ou ne peut pas être lu&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation>Impossible de se connecter à %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>FTP error with %1: %2</source>
        <translation>Erreur FTP avec %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>The listing of %1 is too large.</source>
        <translation>La liste de %1 est trop volumineuse.</translation>
    </message>
    <message>
        <source>%1 already exists on the server; nothing was replaced.</source>
        <translation>%1 existe déjà sur le serveur&#xa0;; rien n&apos;a été remplacé.</translation>
    </message>
    <message>
        <source>%1 stopped answering, or answers too slowly: %2</source>
        <translation>%1 ne répond plus, ou répond trop lentement&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Plenary::FtpListing</name>
    <message>
        <source>the name is not UTF-8</source>
        <translation>le nom n&apos;est pas en UTF-8</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: a link</source>
        <translation>%1&#xa0;: un lien</translation>
    </message>
    <message>
        <source>%1: a listing line not understood</source>
        <translation>%1&#xa0;: ligne de la liste non comprise</translation>
    </message>
</context>
<context>
    <name>Plenary::FtpTransfer</name>
    <message>
        <source>the file is larger than the limit of %1</source>
        <translation>le fichier dépasse la limite de %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the server sent more than the %1 bytes listed</source>
        <translation>le serveur a envoyé plus que les %1 octets annoncés</translation>
    </message>
    <message numerus="yes">
        <source>%1 (after %n attempt(s))</source>
        <translation>
            <numerusform>%1 (après %n tentative)</numerusform>
            <numerusform>%1 (après %n tentatives)</numerusform>
        </translation>
    </message>
    <message>
        <source>the transfer ended after %1 of %2 bytes</source>
        <translation>le transfert s&apos;est arrêté après %1 octets sur %2</translation>
    </message>
</context>
<context>
    <name>Plenary::Json</name>
    <message>
        <source>a boolean</source>
        <translation>un booléen</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>une chaîne de caractères</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>un tableau</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>est absent</translation>
    </message>
    <message>
        <source>expected a string, found %1</source>
        <translation>chaîne de caractères attendue, valeur trouvée&#xa0;: %1</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>ne doit pas être vide</translation>
    </message>
    <message>
        <source>expected an array, found %1</source>
        <translation>tableau attendu, valeur trouvée&#xa0;: %1</translation>
    </message>
    <message>
        <source>expected an object, found %1</source>
        <translation>objet attendu, valeur trouvée&#xa0;: %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date (expected YYYY-MM-DD)</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une date (format attendu&#xa0;: YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date and time (expected ISO 8601)</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une date et heure (format attendu&#xa0;: ISO 8601)</translation>
    </message>
    <message>
        <source>unknown %1 &apos;%2&apos; (expected one of: %3)</source>
        <translation>%1 inconnu «&#xa0;%2&#xa0;» (valeurs possibles&#xa0;: %3)</translation>
    </message>
    <message>
        <source>document type</source>
        <translation>type de document</translation>
    </message>
    <message>
        <source>purpose</source>
        <translation>objet</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>line %1, column %2: %3%4</source>
        <translation>ligne %1, colonne %2&#xa0;: %3%4</translation>
    </message>
    <message>
        <source> (the file looks truncated)</source>
        <translation> (le fichier semble tronqué)</translation>
    </message>
    <message>
        <source>expected a JSON object at the top level</source>
        <translation>objet JSON attendu au niveau supérieur</translation>
    </message>
    <message>
        <source>unsupported format &apos;%1&apos; (this version of Plenary reads %2)</source>
        <translation>format non pris en charge «&#xa0;%1&#xa0;» (cette version de Plenary lit %2)</translation>
    </message>
    <message>
        <source>status</source>
        <translation>statut</translation>
    </message>
    <message>
        <source>expected a non-negative whole number, found %1</source>
        <translation>nombre entier positif ou nul attendu, valeur trouvée&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Plenary::KeychainCredentialStore</name>
    <message>
        <source>no keychain is available (%1)</source>
        <translation>aucun trousseau de clés n&apos;est disponible (%1)</translation>
    </message>
    <message>
        <source>access to the keychain was refused</source>
        <translation>l&apos;accès au trousseau de clés a été refusé</translation>
    </message>
    <message>
        <source>the keychain did not answer</source>
        <translation>le trousseau de clés n&apos;a pas répondu</translation>
    </message>
    <message>
        <source>the keychain entry for %1 is not Plenary&apos;s</source>
        <translation>l&apos;entrée du trousseau de clés pour %1 n&apos;appartient pas à Plenary</translation>
    </message>
</context>
<context>
    <name>Plenary::LiaisonDialog</name>
    <message>
        <source>&amp;Deadline:</source>
        <translation>Date &amp;limite&#xa0;:</translation>
    </message>
    <message>
        <source>Liaison Statement %1</source>
        <translation>Déclaration de liaison %1</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. Q1/17, Q2/17</source>
        <translation>p. ex. Q1/17, Q2/17</translation>
    </message>
    <message>
        <source>&amp;Question(s):</source>
        <translation>&amp;Question(s)&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Origine&#xa0;:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Agenda &amp;item:</source>
        <translation>&amp;Point de l&apos;ordre du jour&#xa0;:</translation>
    </message>
    <message>
        <source>A body from the list, or type one</source>
        <translation>Un organisme de la liste, ou saisissez-en un</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>&amp;Destinataires&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Cc:</source>
        <translation>&amp;Cc&#xa0;:</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaires</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>For:</source>
        <translation>Pour&#xa0;:</translation>
    </message>
    <message>
        <source>A&amp;pproval:</source>
        <translation>Appro&amp;bation&#xa0;:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Co&amp;ntact:</source>
        <translation>Co&amp;ntact&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Body:</source>
        <translation>Te&amp;xte&#xa0;:</translation>
    </message>
    <message>
        <source>Meeting documents, e.g. FG-Smart-I-0012</source>
        <translation>Documents de la réunion, p. ex. FG-Smart-I-0012</translation>
    </message>
    <message>
        <source>Attach&amp;ments:</source>
        <translation>Pièces &amp;jointes&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Liaison officer:</source>
        <translation>&amp;Responsable de la liaison&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>Stat&amp;ut&#xa0;:</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>A liaison statement needs a title.</source>
        <translation>Une déclaration de liaison doit avoir un titre.</translation>
    </message>
    <message>
        <source>A liaison statement needs at least one addressee (To).</source>
        <translation>Une déclaration de liaison doit avoir au moins un destinataire (Destinataires).</translation>
    </message>
    <message>
        <source>%1 is not a document of this meeting.</source>
        <translation>%1 n&apos;est pas un document de cette réunion.</translation>
    </message>
    <message>
        <source>Addressees</source>
        <translation>Destinataires</translation>
    </message>
    <message>
        <source>New addressee</source>
        <translation>Nouveau destinataire</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Date limite</translation>
    </message>
</context>
<context>
    <name>Plenary::LibraryFilterButton</name>
    <message>
        <source>Library filters</source>
        <translation>Filtres de la bibliothèque</translation>
    </message>
    <message>
        <source>Show only some documents: by working group, type, outcome, unread, late, with my notes</source>
        <translation>Afficher seulement certains documents&#xa0;: par groupe de travail, type, résultat, non lus, en retard, avec mes notes</translation>
    </message>
    <message>
        <source>&amp;Working Group</source>
        <translation>&amp;Groupe de travail</translation>
    </message>
    <message>
        <source>All Groups</source>
        <translation>Tous les groupes</translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <source>All Types</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation>&amp;Résultat</translation>
    </message>
    <message>
        <source>Any Outcome</source>
        <translation>Tous les résultats</translation>
    </message>
    <message>
        <source>Not Treated Yet</source>
        <translation>Pas encore traité</translation>
    </message>
    <message>
        <source>&amp;Unread Only</source>
        <translation>Non lus &amp;uniquement</translation>
    </message>
    <message>
        <source>Only documents you have not opened yet</source>
        <translation>Uniquement les documents que vous n&apos;avez pas encore ouverts</translation>
    </message>
    <message>
        <source>&amp;Late Only</source>
        <translation>En retar&amp;d uniquement</translation>
    </message>
    <message>
        <source>Only documents received after the contribution deadline</source>
        <translation>Uniquement les documents reçus après la date limite des contributions</translation>
    </message>
    <message>
        <source>With My &amp;Notes</source>
        <translation>Avec mes &amp;notes</translation>
    </message>
    <message>
        <source>Only documents you have written notes on</source>
        <translation>Uniquement les documents sur lesquels vous avez écrit des notes</translation>
    </message>
    <message>
        <source>&amp;Clear Filters</source>
        <translation>&amp;Effacer les filtres</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filtres</translation>
    </message>
    <message>
        <source>Filters (%1)</source>
        <translation>Filtres (%1)</translation>
    </message>
</context>
<context>
    <name>Plenary::LoginDialog</name>
    <message>
        <source>Sign In to %1</source>
        <translation>Se connecter à %1</translation>
    </message>
    <message>
        <source>%1 asks for a user name and password to give the meeting documents.

%2</source>
        <translation>%1 demande un nom d&apos;utilisateur et un mot de passe pour fournir les documents de la réunion.

%2</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nom d&apos;&amp;utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Mot de &amp;passe&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Remember in the keychain</source>
        <translation>&amp;Mémoriser dans le trousseau de clés</translation>
    </message>
    <message>
        <source>Keeps the password in the desktop&apos;s keychain, never in Plenary&apos;s settings; otherwise it is kept until Plenary quits.</source>
        <translation>Conserve le mot de passe dans le trousseau de clés du bureau, jamais dans les paramètres de Plenary&#xa0;; sinon, il est conservé jusqu&apos;à la fermeture de Plenary.</translation>
    </message>
    <message>
        <source>Sign In</source>
        <translation>Se connecter</translation>
    </message>
</context>
<context>
    <name>Plenary::MainWindow</name>
    <message>
        <source>Plenary</source>
        <translation>Plenary</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Séance</translation>
    </message>
    <message>
        <source>Opening the meeting...</source>
        <translation>Ouverture de la réunion...</translation>
    </message>
    <message>
        <source>The meeting was not imported; nothing stored has changed.

%1</source>
        <translation>La réunion n&apos;a pas été importée&#xa0;; rien de ce qui est enregistré n&apos;a changé.

%1</translation>
    </message>
    <message>
        <source>The password is kept until Plenary quits, not in the keychain: %1</source>
        <translation>Le mot de passe est conservé jusqu&apos;à la fermeture de Plenary, pas dans le trousseau de clés&#xa0;: %1</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Ordre du jour</translation>
    </message>
    <message>
        <source>Docs</source>
        <translation>Doc.</translation>
    </message>
    <message>
        <source>Working groups</source>
        <translation>Groupes de travail</translation>
    </message>
    <message>
        <source>Drop documents on a working group to allocate them</source>
        <translation>Déposez des documents sur un groupe de travail pour les lui attribuer</translation>
    </message>
    <message>
        <source>Show All</source>
        <translation>Tout afficher</translation>
    </message>
    <message>
        <source>Show the documents of every agenda item</source>
        <translation>Afficher les documents de tous les points de l&apos;ordre du jour</translation>
    </message>
    <message>
        <source>Filter by number, title or source (Ctrl+F)</source>
        <translation>Filtrer par numéro, titre ou source (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter documents</source>
        <translation>Filtrer les documents</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Import Meeting...</source>
        <translation>&amp;Importer une réunion...</translation>
    </message>
    <message>
        <source>Import a meeting.json manifest</source>
        <translation>Importer un manifeste meeting.json</translation>
    </message>
    <message>
        <source>Open Meeting from &amp;URL...</source>
        <translation>Ouvrir une réunion depuis une &amp;URL...</translation>
    </message>
    <message>
        <source>&amp;Sync Now</source>
        <translation>&amp;Synchroniser maintenant</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Copy Number and Title</source>
        <translation>&amp;Copier le numéro et le titre</translation>
    </message>
    <message>
        <source>Select &amp;All Documents</source>
        <translation>Sélectionner &amp;tous les documents</translation>
    </message>
    <message>
        <source>&amp;Filter Documents</source>
        <translation>&amp;Filtrer les documents</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>Show &amp;All Documents</source>
        <translation>Afficher &amp;tous les documents</translation>
    </message>
    <message>
        <source>Show Document &amp;Details</source>
        <translation>Afficher les détai&amp;ls du document</translation>
    </message>
    <message>
        <source>&amp;Open Document</source>
        <translation>&amp;Ouvrir le document</translation>
    </message>
    <message>
        <source>Close Document &amp;Tab</source>
        <translation>Fermer l&apos;ongl&amp;et du document</translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation>&amp;Bibliothèque</translation>
    </message>
    <message>
        <source>Show &amp;Session</source>
        <translation>Afficher la &amp;séance</translation>
    </message>
    <message>
        <source>Show My &amp;Notes</source>
        <translation>Afficher mes &amp;notes</translation>
    </message>
    <message>
        <source>Show Searc&amp;h</source>
        <translation>Afficher la &amp;recherche</translation>
    </message>
    <message>
        <source>&amp;Expand Agenda</source>
        <translation>Dé&amp;plier l&apos;ordre du jour</translation>
    </message>
    <message>
        <source>&amp;Collapse Agenda</source>
        <translation>Ré&amp;duire l&apos;ordre du jour</translation>
    </message>
    <message>
        <source>Go to A&amp;genda</source>
        <translation>Aller à l&apos;ordre du jo&amp;ur</translation>
    </message>
    <message>
        <source>&amp;Meeting</source>
        <translation>&amp;Réunion</translation>
    </message>
    <message>
        <source>Meeting &amp;Information...</source>
        <translation>I&amp;nformations sur la réunion...</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;About Plenary</source>
        <translation>À &amp;propos de Plenary</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>%1 - Plenary</source>
        <translation>%1 - Plenary</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <source>Chairman: %1</source>
        <translation>Président&#xa0;: %1</translation>
    </message>
    <message>
        <source>Synced from %1</source>
        <translation>Synchronisée depuis %1</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n received late</source>
        <translation>
            <numerusform>%n reçu en retard</numerusform>
            <numerusform>%n reçus en retard</numerusform>
        </translation>
    </message>
    <message>
        <source>All documents</source>
        <translation>Tous les documents</translation>
    </message>
    <message>
        <source>Item %1: %2</source>
        <translation>Point %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n shown)</source>
        <translation>
            <numerusform>%1 (%n affiché)</numerusform>
            <numerusform>%1 (%n affichés)</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Meeting</source>
        <translation>Importer une réunion</translation>
    </message>
    <message>
        <source>Meeting manifests (*.json);;All files (*)</source>
        <translation>Manifestes de réunion (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Importing %1...</source>
        <translation>Importation de %1...</translation>
    </message>
    <message>
        <source>Open Meeting from URL</source>
        <translation>Ouvrir une réunion depuis une URL</translation>
    </message>
    <message>
        <source>Address of the meeting folder (with a meeting.json or a directory listing):</source>
        <translation>Adresse du dossier de la réunion (contenant un meeting.json ou une liste du répertoire)&#xa0;:</translation>
    </message>
    <message>
        <source>The meeting could not be synced.

%1</source>
        <translation>La réunion n&apos;a pas pu être synchronisée.

%1</translation>
    </message>
    <message>
        <source>Sync cancelled; it resumes where it stopped.</source>
        <translation>Synchronisation annulée&#xa0;; elle reprendra là où elle s&apos;est arrêtée.</translation>
    </message>
    <message>
        <source>Sync complete: %1 downloaded, %2 updated, %3 withdrawn on server.</source>
        <translation>Synchronisation terminée&#xa0;: %1 téléchargés, %2 mis à jour, %3 retirés sur le serveur.</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2)&#xa0;: %3</translation>
    </message>
    <message numerus="yes">
        <source>... and %n more</source>
        <translation>
            <numerusform>... et %n autre</numerusform>
            <numerusform>... et %n autres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be synced:</source>
        <translation>
            <numerusform>%n fichier n&apos;a pas pu être synchronisé&#xa0;:</numerusform>
            <numerusform>%n fichiers n&apos;ont pas pu être synchronisés&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>My Notes</source>
        <translation>Mes notes</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>Para&amp;mètres</translation>
    </message>
    <message>
        <source>&amp;Configure Plenary...</source>
        <translation>&amp;Configurer Plenary...</translation>
    </message>
    <message>
        <source>Go to Doc&amp;uments</source>
        <translation>Aller aux do&amp;cuments</translation>
    </message>
    <message numerus="yes">
        <source>%n name(s) listed by the server, not taken for safety:</source>
        <translation>
            <numerusform>%n nom listé par le serveur, écarté par sécurité&#xa0;:</numerusform>
            <numerusform>%n noms listés par le serveur, écartés par sécurité&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync a meeting folder from a web or FTP server</source>
        <translation>Synchroniser un dossier de réunion depuis un serveur web ou FTP</translation>
    </message>
    <message>
        <source>Su&amp;bmit Contribution...</source>
        <translation>Soumettre une &amp;contribution...</translation>
    </message>
    <message>
        <source>Upload a contribution to the meeting&apos;s drop folder</source>
        <translation>Téléverser une contribution dans le dossier de dépôt de la réunion</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http://, https://, ftp:// or ftps:// address.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse http://, https://, ftp:// ou ftps://.</translation>
    </message>
</context>
<context>
    <name>Plenary::ManifestBuilder</name>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the link points to nothing</source>
        <translation>le lien ne pointe vers rien</translation>
    </message>
    <message>
        <source>the link points outside the folder</source>
        <translation>le lien pointe hors du dossier</translation>
    </message>
    <message numerus="yes">
        <source>folders more than %n level(s) down are left out</source>
        <translation>
            <numerusform>les dossiers situés à plus de %n niveau de profondeur sont ignorés</numerusform>
            <numerusform>les dossiers situés à plus de %n niveaux de profondeur sont ignorés</numerusform>
        </translation>
    </message>
    <message>
        <source>the folder cannot be read</source>
        <translation>le dossier ne peut pas être lu</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>no document number can be made from the name</source>
        <translation>aucun numéro de document ne peut être déduit du nom</translation>
    </message>
    <message>
        <source>the file changed while it was read</source>
        <translation>le fichier a changé pendant sa lecture</translation>
    </message>
    <message>
        <source>No folder was given.</source>
        <translation>Aucun dossier n&apos;a été indiqué.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Le dossier %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 n&apos;est pas un dossier.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be read.</source>
        <translation>Le dossier %1 ne peut pas être lu.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>The manifest made from %1 is not valid: %2</source>
        <translation>Le manifeste créé à partir de %1 n&apos;est pas valide&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Plenary::MeetingInfoDialog</name>
    <message>
        <source>Meeting Information</source>
        <translation>Informations sur la réunion</translation>
    </message>
    <message>
        <source>Meeting:</source>
        <translation>Réunion&#xa0;:</translation>
    </message>
    <message>
        <source>Group:</source>
        <translation>Groupe&#xa0;:</translation>
    </message>
    <message>
        <source>Venue:</source>
        <translation>Lieu&#xa0;:</translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation>Dates&#xa0;:</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <source>Contribution deadline:</source>
        <translation>Date limite des contributions&#xa0;:</translation>
    </message>
    <message>
        <source>Languages:</source>
        <translation>Langues&#xa0;:</translation>
    </message>
    <message>
        <source>Chairman:</source>
        <translation>Président&#xa0;:</translation>
    </message>
    <message>
        <source>Vice-chairmen:</source>
        <translation>Vice-Présidents&#xa0;:</translation>
    </message>
    <message>
        <source>Secretariat:</source>
        <translation>Secrétariat&#xa0;:</translation>
    </message>
    <message>
        <source>Drop folder:</source>
        <translation>Dossier de dépôt&#xa0;:</translation>
    </message>
    <message>
        <source>Document numbers:</source>
        <translation>Numéros des documents&#xa0;:</translation>
    </message>
    <message>
        <source>%1 - %2</source>
        <translation>%1 - %2</translation>
    </message>
    <message>
        <source>Leaders:</source>
        <translation>Responsables&#xa0;:</translation>
    </message>
    <message>
        <source>to be nominated</source>
        <translation>à désigner</translation>
    </message>
    <message>
        <source>Terms of reference:</source>
        <translation>Mandat&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Plenary::MeetingJson</name>
    <message>
        <source>the agenda is nested more than 8 levels deep</source>
        <translation>l&apos;ordre du jour comporte plus de 8 niveaux d&apos;imbrication</translation>
    </message>
    <message>
        <source>duplicate agenda item id &apos;%1&apos;</source>
        <translation>identifiant de point de l&apos;ordre du jour «&#xa0;%1&#xa0;» en double</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>ends before it starts</source>
        <translation>se termine avant de commencer</translation>
    </message>
    <message>
        <source>duplicate working group id &apos;%1&apos;</source>
        <translation>identifiant de groupe de travail «&#xa0;%1&#xa0;» en double</translation>
    </message>
    <message>
        <source>duplicate file &apos;%1&apos;</source>
        <translation>fichier «&#xa0;%1&#xa0;» en double</translation>
    </message>
    <message>
        <source>expected 64 hexadecimal digits</source>
        <translation>64 chiffres hexadécimaux attendus</translation>
    </message>
    <message>
        <source>duplicate document number &apos;%1&apos;</source>
        <translation>numéro de document «&#xa0;%1&#xa0;» en double</translation>
    </message>
    <message>
        <source>unknown agenda item &apos;%1&apos;</source>
        <translation>point de l&apos;ordre du jour inconnu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>unknown working group &apos;%1&apos;</source>
        <translation>groupe de travail inconnu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>%1: the file is larger than 256 MB</source>
        <translation>%1&#xa0;: le fichier dépasse 256 Mo</translation>
    </message>
    <message>
        <source>an empty part of the path (a leading, trailing or double slash)</source>
        <translation>une partie vide du chemin (barre oblique au début, à la fin ou doublée)</translation>
    </message>
    <message>
        <source>more than %1 folders deep</source>
        <translation>plus de %1 niveaux de dossiers</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a safe file name or relative path: %2</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nom de fichier ou un chemin relatif sûr&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Plenary::NotesExport</name>
    <message>
        <source>My notes: %1</source>
        <translation>Mes notes&#xa0;: %1</translation>
    </message>
    <message>
        <source>*No notes and no positions yet.*</source>
        <translation>*Aucune note ni position pour l&apos;instant.*</translation>
    </message>
    <message>
        <source>**My position:** %1</source>
        <translation>**Ma position&#xa0;:** %1</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Page %1</translation>
    </message>
</context>
<context>
    <name>Plenary::NotesPanel</name>
    <message>
        <source>&amp;Delete Note</source>
        <translation>&amp;Supprimer la note</translation>
    </message>
    <message>
        <source>My position</source>
        <translation>Ma position</translation>
    </message>
    <message>
        <source>No position</source>
        <translation>Aucune position</translation>
    </message>
    <message>
        <source>My notes on this document</source>
        <translation>Mes notes sur ce document</translation>
    </message>
    <message>
        <source>A note on the page the reader shows</source>
        <translation>Une note sur la page affichée dans le lecteur</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Your note: private, never published</source>
        <translation>Votre note&#xa0;: privée, jamais publiée</translation>
    </message>
    <message>
        <source>&amp;Position:</source>
        <translation>&amp;Position&#xa0;:</translation>
    </message>
    <message>
        <source>Kept at %1</source>
        <translation>Conservée à %1</translation>
    </message>
    <message>
        <source>Your note was not kept: %1</source>
        <translation>Votre note n&apos;a pas été conservée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Note on Page %1</source>
        <translation>Note sur la page %1</translation>
    </message>
    <message>
        <source>Note on Page</source>
        <translation>Note sur la page</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>Select a document to keep notes on it.</source>
        <translation>Sélectionnez un document pour prendre des notes.</translation>
    </message>
    <message>
        <source>Taken on %1, an earlier version.</source>
        <translation>Prise sur %1, une version antérieure.</translation>
    </message>
    <message>
        <source>Whole document</source>
        <translation>Document entier</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Page %1</translation>
    </message>
    <message>
        <source>From %1, %2</source>
        <translation>Sur %1, %2</translation>
    </message>
    <message>
        <source>(earlier version)</source>
        <translation>(version antérieure)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Written on %1, which this document revises.</source>
        <translation>Écrite sur %1, que ce document révise.</translation>
    </message>
    <message>
        <source>Written on an earlier version of this document: its file has changed since.</source>
        <translation>Écrite sur une version antérieure de ce document&#xa0;: son fichier a changé depuis.</translation>
    </message>
</context>
<context>
    <name>Plenary::OfficeConverter</name>
    <message>
        <source>Cannot create the cache folder %1.</source>
        <translation>Impossible de créer le dossier de cache %1.</translation>
    </message>
    <message>
        <source>Cannot prepare LibreOffice&apos;s profile in %1.</source>
        <translation>Impossible de préparer le profil de LibreOffice dans %1.</translation>
    </message>
    <message>
        <source>%1 is not there.</source>
        <translation>%1 est introuvable.</translation>
    </message>
    <message>
        <source>LibreOffice is not installed: office documents cannot be converted.</source>
        <translation>LibreOffice n&apos;est pas installé&#xa0;: les documents bureautiques ne peuvent pas être convertis.</translation>
    </message>
    <message>
        <source>%1 is too large to convert (%2 MB).</source>
        <translation>%1 est trop volumineux pour être converti (%2 Mo).</translation>
    </message>
    <message>
        <source>Cannot copy %1 for conversion.</source>
        <translation>Impossible de copier %1 pour la conversion.</translation>
    </message>
    <message>
        <source>LibreOffice could not be started: %1</source>
        <translation>LibreOffice n&apos;a pas pu être démarré&#xa0;: %1</translation>
    </message>
    <message>
        <source>LibreOffice could not convert %1.</source>
        <translation>LibreOffice n&apos;a pas pu convertir %1.</translation>
    </message>
    <message>
        <source>LibreOffice could not convert %1: %2</source>
        <translation>LibreOffice n&apos;a pas pu convertir %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot keep the converted PDF in %1.</source>
        <translation>Impossible de conserver le PDF converti dans %1.</translation>
    </message>
    <message numerus="yes">
        <source>LibreOffice took longer than %n seconds to convert %1.</source>
        <translation>
            <numerusform>LibreOffice a mis plus de %n seconde à convertir %1.</numerusform>
            <numerusform>LibreOffice a mis plus de %n secondes à convertir %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Plenary::PdfReader</name>
    <message>
        <source>p. %1: %2%3%4</source>
        <translation>p. %1&#xa0;: %2%3%4</translation>
    </message>
    <message>
        <source>Document pages</source>
        <translation>Pages du document</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Résultats de la recherche</translation>
    </message>
    <message>
        <source>Show the outline</source>
        <translation>Afficher le plan</translation>
    </message>
    <message>
        <source>‹</source>
        <translation>‹</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Page précédente</translation>
    </message>
    <message>
        <source>›</source>
        <translation>›</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Page suivante</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <source>Fit Width</source>
        <translation>Pleine largeur</translation>
    </message>
    <message>
        <source>Fit the page width</source>
        <translation>Ajuster à la largeur de la page</translation>
    </message>
    <message>
        <source>Fit Page</source>
        <translation>Page entière</translation>
    </message>
    <message>
        <source>Fit the whole page</source>
        <translation>Afficher la page entière</translation>
    </message>
    <message>
        <source>Find in document</source>
        <translation>Rechercher dans le document</translation>
    </message>
    <message>
        <source>The PDF is protected by a password.</source>
        <translation>Le PDF est protégé par un mot de passe.</translation>
    </message>
    <message>
        <source>This file is not a PDF that can be shown.</source>
        <translation>Ce fichier n&apos;est pas un PDF affichable.</translation>
    </message>
    <message>
        <source>This PDF has no pages.</source>
        <translation>Ce PDF n&apos;a aucune page.</translation>
    </message>
    <message>
        <source>of %1</source>
        <translation>sur %1</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>Largeur</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1&#xa0;%</translation>
    </message>
</context>
<context>
    <name>Plenary::RateGuard</name>
    <message>
        <source>the server sent less than %1 per second; given up</source>
        <translation>le serveur a envoyé moins de %1 par seconde&#xa0;; abandon</translation>
    </message>
</context>
<context>
    <name>Plenary::ReaderTabs</name>
    <message>
        <source>Library</source>
        <translation>Bibliothèque</translation>
    </message>
    <message>
        <source>Converting %1 to PDF with LibreOffice...</source>
        <translation>Conversion de %1 en PDF avec LibreOffice...</translation>
    </message>
    <message>
        <source>Opening %1...</source>
        <translation>Ouverture de %1...</translation>
    </message>
    <message>
        <source>Opening %1 from %2...</source>
        <translation>Ouverture de %1 depuis %2...</translation>
    </message>
    <message>
        <source>Open Document</source>
        <translation>Ouvrir le document</translation>
    </message>
    <message>
        <source>%1 cannot be shown: %2</source>
        <translation>%1 ne peut pas être affiché&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is an office document, and LibreOffice is not installed to show it here.</source>
        <translation>%1 est un document bureautique, et LibreOffice n&apos;est pas installé pour l&apos;afficher ici.</translation>
    </message>
    <message>
        <source>%1 could not be shown here: %2</source>
        <translation>%1 n&apos;a pas pu être affiché ici&#xa0;: %2</translation>
    </message>
    <message>
        <source>Open it with the system&apos;s application?</source>
        <translation>L&apos;ouvrir avec l&apos;application du système&#xa0;?</translation>
    </message>
    <message>
        <source>%1 cannot be shown in Plenary.</source>
        <translation>%1 ne peut pas être affiché dans Plenary.</translation>
    </message>
    <message>
        <source>In the archive: %1</source>
        <translation>Dans l&apos;archive&#xa0;: %1</translation>
    </message>
    <message>
        <source>Shown as converted to PDF by LibreOffice</source>
        <translation>Affiché après conversion en PDF par LibreOffice</translation>
    </message>
    <message>
        <source>%1 opened</source>
        <translation>%1 ouvert</translation>
    </message>
    <message>
        <source>%1 opened where you left it</source>
        <translation>%1 ouvert là où vous l&apos;aviez laissé</translation>
    </message>
</context>
<context>
    <name>Plenary::ReportExporter</name>
    <message>
        <source>exporting to PDF or ODT needs a graphical application (fonts)</source>
        <translation>l&apos;exportation en PDF ou ODT nécessite une application graphique (polices)</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Plenary::ReportTemplate</name>
    <message>
        <source>action</source>
        <translation>action</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>commentaires</translation>
    </message>
    <message>
        <source>information</source>
        <translation>information</translation>
    </message>
    <message>
        <source>%1 “%2” to %3 (for %4): %5</source>
        <translation>%1 «&#xa0;%2&#xa0;» à %3 (pour %4)&#xa0;: %5</translation>
    </message>
    <message>
        <source>; liaison officer: %1</source>
        <translation>, responsable de la liaison&#xa0;: %1</translation>
    </message>
    <message>
        <source>Revised to %1</source>
        <translation>Révisé en %1</translation>
    </message>
    <message>
        <source>Merged into %1</source>
        <translation>Fusionné dans %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Report of the meeting: %1</source>
        <translation>Rapport de la réunion&#xa0;: %1</translation>
    </message>
    <message>
        <source>Report of %1: %2</source>
        <translation>Rapport du %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Report of %1</source>
        <translation>Rapport du %1</translation>
    </message>
    <message>
        <source>- **Leaders:** %1</source>
        <translation>- **Responsables&#xa0;:** %1</translation>
    </message>
    <message>
        <source>## Terms of reference</source>
        <translation>## Mandat</translation>
    </message>
    <message>
        <source>*No terms of reference are recorded for %1.*</source>
        <translation>*Aucun mandat n&apos;est enregistré pour %1.*</translation>
    </message>
    <message>
        <source>## Contributions</source>
        <translation>## Contributions</translation>
    </message>
    <message>
        <source>*No documents are allocated to %1.*</source>
        <translation>*Aucun document n&apos;est attribué à %1.*</translation>
    </message>
    <message>
        <source>- **Source:** %1</source>
        <translation>- **Source&#xa0;:** %1</translation>
    </message>
    <message>
        <source>- **Agenda item:** %1</source>
        <translation>- **Point de l&apos;ordre du jour&#xa0;:** %1</translation>
    </message>
    <message>
        <source>- **Replaces:** %1</source>
        <translation>- **Remplace&#xa0;:** %1</translation>
    </message>
    <message>
        <source>- **Outcome:** %1</source>
        <translation>- **Résultat&#xa0;:** %1</translation>
    </message>
    <message>
        <source>not yet treated</source>
        <translation>pas encore traité</translation>
    </message>
    <message>
        <source>## Liaison statements</source>
        <translation>## Déclarations de liaison</translation>
    </message>
    <message>
        <source>*No outgoing liaison statement attaches a document of %1.*</source>
        <translation>*Aucune déclaration de liaison sortante n&apos;a pour pièce jointe un document de %1.*</translation>
    </message>
    <message>
        <source>## Summary</source>
        <translation>## Résumé</translation>
    </message>
    <message>
        <source>- **Chairman:** %1</source>
        <translation>- **Président&#xa0;:** %1</translation>
    </message>
    <message>
        <source>- **Vice-chairmen:** %1</source>
        <translation>- **Vice-Présidents&#xa0;:** %1</translation>
    </message>
    <message>
        <source>| Document | Title | Source | Outcome |</source>
        <translation>| Document | Titre | Source | Résultat |</translation>
    </message>
    <message>
        <source>not treated</source>
        <translation>non traité</translation>
    </message>
    <message>
        <source>## Working groups</source>
        <translation>## Groupes de travail</translation>
    </message>
    <message>
        <source>## Outgoing liaison statements</source>
        <translation>## Déclarations de liaison sortantes</translation>
    </message>
    <message>
        <source>| Liaison statement | Title | To | Status | Liaison officer |</source>
        <translation>| Déclaration de liaison | Titre | Destinataires | Statut | Responsable de la liaison |</translation>
    </message>
    <message>
        <source>Agreed to at the %1 meeting, %2, %3</source>
        <translation>Approuvée lors de la réunion du %1, %2, %3</translation>
    </message>
    <message>
        <source>Liaison statement</source>
        <translation>Déclaration de liaison</translation>
    </message>
    <message>
        <source>Question(s):</source>
        <translation>Question(s)&#xa0;:</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Meeting:</source>
        <translation>Réunion&#xa0;:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Source&#xa0;:</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titre&#xa0;:</translation>
    </message>
    <message>
        <source>## LIAISON STATEMENT</source>
        <translation>## DÉCLARATION DE LIAISON</translation>
    </message>
    <message>
        <source>For action to:</source>
        <translation>Pour action à&#xa0;:</translation>
    </message>
    <message>
        <source>For comment to:</source>
        <translation>Pour commentaires à&#xa0;:</translation>
    </message>
    <message>
        <source>For information to:</source>
        <translation>Pour information à&#xa0;:</translation>
    </message>
    <message>
        <source>Cc:</source>
        <translation>Cc&#xa0;:</translation>
    </message>
    <message>
        <source>Approval:</source>
        <translation>Approbation&#xa0;:</translation>
    </message>
    <message>
        <source>Deadline:</source>
        <translation>Date limite&#xa0;:</translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation>Contact&#xa0;:</translation>
    </message>
    <message>
        <source>**Attachments:**</source>
        <translation>**Pièces jointes&#xa0;:**</translation>
    </message>
</context>
<context>
    <name>Plenary::ReportWindow</name>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>Report text (Markdown)</source>
        <translation>Texte du rapport (Markdown)</translation>
    </message>
    <message>
        <source>Opening the report...</source>
        <translation>Ouverture du rapport...</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>&amp;Report</source>
        <translation>&amp;Rapport</translation>
    </message>
    <message>
        <source>&amp;Save Now</source>
        <translation>&amp;Enregistrer maintenant</translation>
    </message>
    <message>
        <source>&amp;Refresh from Session</source>
        <translation>&amp;Actualiser depuis la séance</translation>
    </message>
    <message>
        <source>Bring in what the session recorded since the report was made; what you wrote stays as you wrote it</source>
        <translation>Intégrer ce que la séance a enregistré depuis la création du rapport&#xa0;; ce que vous avez écrit reste tel que vous l&apos;avez écrit</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>E&amp;xporter</translation>
    </message>
    <message>
        <source>As &amp;PDF...</source>
        <translation>En &amp;PDF...</translation>
    </message>
    <message>
        <source>As &amp;ODT (LibreOffice, Word)...</source>
        <translation>En &amp;ODT (LibreOffice, Word)...</translation>
    </message>
    <message>
        <source>As &amp;Markdown...</source>
        <translation>En &amp;Markdown...</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Find...</source>
        <translation>Rec&amp;hercher...</translation>
    </message>
    <message>
        <source>R&amp;eplace...</source>
        <translation>Re&amp;mplacer...</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>Rechercher le &amp;suivant</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>Rechercher le &amp;précédent</translation>
    </message>
    <message>
        <source>Saved at %1</source>
        <translation>Enregistré à %1</translation>
    </message>
    <message numerus="yes">
        <source>Refreshed from the session: %n change(s) brought in</source>
        <translation>
            <numerusform>Actualisé depuis la séance&#xa0;: %n modification intégrée</numerusform>
            <numerusform>Actualisé depuis la séance&#xa0;: %n modifications intégrées</numerusform>
        </translation>
    </message>
    <message>
        <source>Refresh from Session</source>
        <translation>Actualiser depuis la séance</translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) that you had edited were left as you wrote them. What the session has there now is in the details.</source>
        <translation>
            <numerusform>%n passage que vous aviez modifié a été laissé tel que vous l&apos;avez écrit. Ce que la séance contient maintenant à cet endroit figure dans les détails.</numerusform>
            <numerusform>%n passages que vous aviez modifiés ont été laissés tels que vous les avez écrits. Ce que la séance contient maintenant à ces endroits figure dans les détails.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exporté vers %1</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>The report was not exported.

%1</source>
        <translation>Le rapport n&apos;a pas été exporté.

%1</translation>
    </message>
    <message>
        <source>%1 — Plenary</source>
        <translation>%1 — Plenary</translation>
    </message>
    <message>
        <source>Write the report in Markdown.</source>
        <translation>Rédigez le rapport en Markdown.</translation>
    </message>
    <message>
        <source>Last saved %1</source>
        <translation>Dernier enregistrement&#xa0;: %1</translation>
    </message>
    <message>
        <source>Editing...</source>
        <translation>Modification en cours...</translation>
    </message>
    <message>
        <source>Refreshing from the session...</source>
        <translation>Actualisation depuis la séance...</translation>
    </message>
    <message>
        <source>Exporting...</source>
        <translation>Exportation...</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>Exporter le rapport</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>OpenDocument text (*.odt)</source>
        <translation>Texte OpenDocument (*.odt)</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n mot</numerusform>
            <numerusform>%n mots</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Plenary::ReportsController</name>
    <message>
        <source>Exported to %1</source>
        <translation>Exporté vers %1</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Nothing was exported.

%1</source>
        <translation>Rien n&apos;a été exporté.

%1</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>Ra&amp;pports</translation>
    </message>
    <message>
        <source>&amp;Meeting Report</source>
        <translation>Rapport de la &amp;réunion</translation>
    </message>
    <message>
        <source>&amp;Working-Group Report</source>
        <translation>Rapport de &amp;groupe de travail</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <source>&amp;Meeting Report...</source>
        <translation>Rapport de la &amp;réunion...</translation>
    </message>
    <message>
        <source>&amp;Liaison Statement</source>
        <translation>&amp;Déclaration de liaison</translation>
    </message>
    <message>
        <source>My &amp;Notes...</source>
        <translation>Mes &amp;notes...</translation>
    </message>
    <message>
        <source>My notes %1</source>
        <translation>Mes notes %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: %2...</source>
        <translation>%1&#xa0;: %2...</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>OpenDocument text (*.odt)</source>
        <translation>Texte OpenDocument (*.odt)</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Exporting to %1...</source>
        <translation>Exportation vers %1...</translation>
    </message>
</context>
<context>
    <name>Plenary::SearchController</name>
    <message>
        <source>Search</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <source>&amp;Search All Documents...</source>
        <translation>Rec&amp;hercher dans tous les documents...</translation>
    </message>
    <message>
        <source>Find words in every document of the meeting</source>
        <translation>Rechercher des mots dans tous les documents de la réunion</translation>
    </message>
    <message>
        <source>Indexing %1 of %2</source>
        <translation>Indexation de %1 sur %2</translation>
    </message>
    <message>
        <source>The search index could not be updated: %1</source>
        <translation>L&apos;index de recherche n&apos;a pas pu être mis à jour&#xa0;: %1</translation>
    </message>
    <message>
        <source>Indexing stopped; searches find what was indexed so far.</source>
        <translation>Indexation arrêtée&#xa0;; les recherches trouvent ce qui a été indexé jusqu&apos;ici.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) searchable.</source>
        <translation>
            <numerusform>%n fichier disponible pour la recherche.</numerusform>
            <numerusform>%n fichiers disponibles pour la recherche.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) without readable text.</source>
        <translation>
            <numerusform>%n fichier sans texte lisible.</numerusform>
            <numerusform>%n fichiers sans texte lisible.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>et %n autre</numerusform>
            <numerusform>et %n autres</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Plenary::SearchPanel</name>
    <message>
        <source>%1  %2  p. %3</source>
        <translation>%1  %2  p. %3</translation>
    </message>
    <message>
        <source>Search all documents</source>
        <translation>Rechercher dans tous les documents</translation>
    </message>
    <message>
        <source>Words that must all occur; &quot;a phrase&quot; in quotes; demand* for words that begin so.</source>
        <translation>Mots qui doivent tous figurer&#xa0;; &quot;une expression&quot; entre guillemets&#xa0;; demand* pour les mots qui commencent ainsi.</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Résultats de la recherche</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Stop indexing; what is done is kept</source>
        <translation>Arrêter l&apos;indexation&#xa0;; ce qui est fait est conservé</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>La recherche a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>Aucun résultat.</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) found</source>
        <translation>
            <numerusform>%n page trouvée</numerusform>
            <numerusform>%n pages trouvées</numerusform>
        </translation>
    </message>
    <message>
        <source>Indexing %1 of %2 files...</source>
        <translation>Indexation de %1 sur %2 fichiers...</translation>
    </message>
</context>
<context>
    <name>Plenary::SearchResultModel</name>
    <message>
        <source>%1, p. %2: %3</source>
        <translation>%1, p. %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1, %2, page %3: %4</source>
        <translation>%1, %2, page %3&#xa0;: %4</translation>
    </message>
</context>
<context>
    <name>Plenary::SessionController</name>
    <message>
        <source>Undone: %1</source>
        <translation>Annulé&#xa0;: %1</translation>
    </message>
    <message>
        <source>&amp;Allocate To</source>
        <translation>&amp;Attribuer à</translation>
    </message>
    <message>
        <source>&amp;Liaison Statements</source>
        <translation>Dé&amp;clarations de liaison</translation>
    </message>
    <message>
        <source>Recorded: %1</source>
        <translation>Enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Following %1</source>
        <translation>Suivi de %1</translation>
    </message>
    <message>
        <source>Publishing to %1</source>
        <translation>Publication vers %1</translation>
    </message>
    <message>
        <source>You are following the chairman&apos;s session: it cannot be changed here (Meeting &gt; Stop Following).</source>
        <translation>Vous suivez la séance du Président&#xa0;: elle ne peut pas être modifiée ici (Réunion &gt; Arrêter le suivi).</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) taken out of their working group</source>
        <translation>
            <numerusform>%n document retiré de son groupe de travail</numerusform>
            <numerusform>%n documents retirés de leur groupe de travail</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 allocated to %2</source>
        <translation>%1 attribué à %2</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) allocated to %1</source>
        <translation>
            <numerusform>%n document attribué à %1</numerusform>
            <numerusform>%n documents attribués à %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 allocated to item %2</source>
        <translation>%1 attribué au point %2</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) allocated to item %1</source>
        <translation>
            <numerusform>%n document attribué au point %1</numerusform>
            <numerusform>%n documents attribués au point %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Go to agenda item %1</source>
        <translation>Aller au point %1 de l&apos;ordre du jour</translation>
    </message>
    <message>
        <source>item %1</source>
        <translation>point %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Liaison statement %1 drafted</source>
        <translation>Déclaration de liaison %1 rédigée</translation>
    </message>
    <message>
        <source>Liaison statement %1 edited</source>
        <translation>Déclaration de liaison %1 modifiée</translation>
    </message>
    <message>
        <source>%1  %2 (%3)</source>
        <translation>%1  %2 (%3)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>&amp;No Working Group</source>
        <translation>&amp;Aucun groupe de travail</translation>
    </message>
    <message>
        <source>The &amp;Current Agenda Item</source>
        <translation>Le point en &amp;cours de l&apos;ordre du jour</translation>
    </message>
    <message>
        <source>No agenda item is being treated yet (Meeting &gt; Next Agenda Item).</source>
        <translation>Aucun point de l&apos;ordre du jour n&apos;est encore traité (Réunion &gt; Point suivant de l&apos;ordre du jour).</translation>
    </message>
    <message>
        <source>Agenda &amp;Item...</source>
        <translation>&amp;Point de l&apos;ordre du jour...</translation>
    </message>
    <message>
        <source>Allocate to Agenda Item</source>
        <translation>Attribuer à un point de l&apos;ordre du jour</translation>
    </message>
    <message numerus="yes">
        <source>Allocate %n document(s) to:</source>
        <translation>
            <numerusform>Attribuer %n document à&#xa0;:</numerusform>
            <numerusform>Attribuer %n documents à&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Previous Agenda Item</source>
        <translation>Point &amp;précédent de l&apos;ordre du jour</translation>
    </message>
    <message>
        <source>&amp;Next Agenda Item</source>
        <translation>Point &amp;suivant de l&apos;ordre du jour</translation>
    </message>
    <message>
        <source>New Liaison &amp;Statement...</source>
        <translation>Nouvelle &amp;déclaration de liaison...</translation>
    </message>
    <message>
        <source>P&amp;ublish Session To...</source>
        <translation>P&amp;ublier la séance vers...</translation>
    </message>
    <message>
        <source>&amp;Follow Session At...</source>
        <translation>Su&amp;ivre la séance à l&apos;adresse...</translation>
    </message>
    <message>
        <source>Not following</source>
        <translation>Aucun suivi</translation>
    </message>
    <message>
        <source>Publish Session</source>
        <translation>Publier la séance</translation>
    </message>
    <message>
        <source>The WebDAV folder (or session.json) where delegates will follow this session:</source>
        <translation>Le dossier WebDAV (ou session.json) où les délégués suivront cette séance&#xa0;:</translation>
    </message>
    <message>
        <source>Publishing...</source>
        <translation>Publication...</translation>
    </message>
    <message>
        <source>Follow Session</source>
        <translation>Suivre la séance</translation>
    </message>
    <message>
        <source>The address where the chairman publishes the session:</source>
        <translation>L&apos;adresse où le Président publie la séance&#xa0;:</translation>
    </message>
    <message>
        <source>Following...</source>
        <translation>Suivi en cours...</translation>
    </message>
    <message>
        <source>Published (revision %1)</source>
        <translation>Publiée (révision %1)</translation>
    </message>
    <message>
        <source>Merged from the server: %1</source>
        <translation>Fusionné depuis le serveur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Publishing</source>
        <translation>Publication</translation>
    </message>
    <message>
        <source>Pending: the server cannot be reached</source>
        <translation>En attente&#xa0;: le serveur est injoignable</translation>
    </message>
    <message>
        <source>Not published</source>
        <translation>Non publiée</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflit</translation>
    </message>
    <message>
        <source>Publishing Conflict</source>
        <translation>Conflit de publication</translation>
    </message>
    <message>
        <source>Someone else published changes to the same things:</source>
        <translation>Quelqu&apos;un d&apos;autre a publié des modifications sur les mêmes éléments&#xa0;:</translation>
    </message>
    <message>
        <source>Keep Mine</source>
        <translation>Garder les miennes</translation>
    </message>
    <message>
        <source>Take Theirs</source>
        <translation>Prendre les leurs</translation>
    </message>
    <message>
        <source>Decide Later</source>
        <translation>Décider plus tard</translation>
    </message>
    <message>
        <source>Following: %1</source>
        <translation>Suivi&#xa0;: %1</translation>
    </message>
    <message>
        <source>last good state kept</source>
        <translation>dernier état valide conservé</translation>
    </message>
    <message>
        <source>Following (revision %1)</source>
        <translation>Suivi (révision %1)</translation>
    </message>
    <message>
        <source>Publish No&amp;w</source>
        <translation>Publier &amp;maintenant</translation>
    </message>
    <message>
        <source>St&amp;op Following</source>
        <translation>Arrê&amp;ter le suivi</translation>
    </message>
</context>
<context>
    <name>Plenary::SessionFollower</name>
    <message>
        <source>%1 is not an http:// or https:// address</source>
        <translation>%1 n&apos;est pas une adresse http:// ou https://</translation>
    </message>
    <message>
        <source>This meeting does not follow a published session.</source>
        <translation>Cette réunion ne suit pas de séance publiée.</translation>
    </message>
    <message>
        <source>%1 cannot be reached: %2</source>
        <translation>%1 est injoignable&#xa0;: %2</translation>
    </message>
    <message>
        <source>reading %1 failed: %2</source>
        <translation>la lecture de %1 a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is the session of meeting %2, not of %3</source>
        <translation>%1 est la séance de la réunion %2, et non de %3</translation>
    </message>
    <message>
        <source>%1 holds revision %2, older than the %3 already here; kept the newer</source>
        <translation>%1 contient la révision %2, antérieure à la révision %3 déjà présente ici&#xa0;; la plus récente a été conservée</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Plenary::SessionHttp</name>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
</context>
<context>
    <name>Plenary::SessionJson</name>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>names neither a working group nor an agenda item</source>
        <translation>n&apos;indique ni groupe de travail ni point de l&apos;ordre du jour</translation>
    </message>
    <message>
        <source>the document number is empty</source>
        <translation>le numéro de document est vide</translation>
    </message>
    <message>
        <source>names neither an agenda item nor a document</source>
        <translation>n&apos;indique ni point de l&apos;ordre du jour ni document</translation>
    </message>
    <message>
        <source>a revision names one document and its new number</source>
        <translation>une révision indique un seul document et son nouveau numéro</translation>
    </message>
    <message>
        <source>duplicate outcome id &apos;%1&apos;</source>
        <translation>identifiant de résultat «&#xa0;%1&#xa0;» en double</translation>
    </message>
    <message>
        <source>duplicate liaison statement id &apos;%1&apos;</source>
        <translation>identifiant de déclaration de liaison «&#xa0;%1&#xa0;» en double</translation>
    </message>
    <message>
        <source>duplicate document number &apos;%1&apos;</source>
        <translation>numéro de document «&#xa0;%1&#xa0;» en double</translation>
    </message>
</context>
<context>
    <name>Plenary::SessionPanel</name>
    <message>
        <source>Revised to %1</source>
        <translation>Révisé en %1</translation>
    </message>
    <message>
        <source>Merged into %1</source>
        <translation>Fusionné dans %1</translation>
    </message>
    <message>
        <source>Previous agenda item (Alt+Page Up)</source>
        <translation>Point précédent de l&apos;ordre du jour (Alt+Page Up)</translation>
    </message>
    <message>
        <source>Previous agenda item</source>
        <translation>Point précédent de l&apos;ordre du jour</translation>
    </message>
    <message>
        <source>Next agenda item (Alt+Page Down)</source>
        <translation>Point suivant de l&apos;ordre du jour (Alt+Page Down)</translation>
    </message>
    <message>
        <source>Next agenda item</source>
        <translation>Point suivant de l&apos;ordre du jour</translation>
    </message>
    <message>
        <source>Documents under this item</source>
        <translation>Documents relevant de ce point</translation>
    </message>
    <message>
        <source>Documents under the current agenda item</source>
        <translation>Documents relevant du point en cours de l&apos;ordre du jour</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>The next free number</source>
        <translation>Le prochain numéro libre</translation>
    </message>
    <message>
        <source>What the meeting decided, in a sentence</source>
        <translation>Ce que la réunion a décidé, en une phrase</translation>
    </message>
    <message>
        <source>&amp;Decision on:</source>
        <translation>&amp;Objet de la décision&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Résultat&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;New number:</source>
        <translation>&amp;Nouveau numéro&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Texte&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Record Outcome</source>
        <translation>&amp;Enregistrer le résultat</translation>
    </message>
    <message>
        <source>Record the outcome (Ctrl+Return)</source>
        <translation>Enregistrer le résultat (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Outcomes recorded under this item</source>
        <translation>Résultats enregistrés pour ce point</translation>
    </message>
    <message>
        <source>Outcomes recorded under the current agenda item</source>
        <translation>Résultats enregistrés pour le point en cours de l&apos;ordre du jour</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>The meeting has not started</source>
        <translation>La réunion n&apos;a pas commencé</translation>
    </message>
    <message>
        <source>Agenda item %1 itself</source>
        <translation>Le point %1 de l&apos;ordre du jour lui-même</translation>
    </message>
    <message>
        <source>the item</source>
        <translation>le point</translation>
    </message>
    <message>
        <source>The number merged into</source>
        <translation>Le numéro du document cible de la fusion</translation>
    </message>
</context>
<context>
    <name>Plenary::SessionPublisher</name>
    <message>
        <source>%1 is not an http:// or https:// address</source>
        <translation>%1 n&apos;est pas une adresse http:// ou https://</translation>
    </message>
    <message>
        <source>This meeting is not connected to a server for publishing.</source>
        <translation>Cette réunion n&apos;est connectée à aucun serveur de publication.</translation>
    </message>
    <message>
        <source>%1 cannot be reached: %2</source>
        <translation>%1 est injoignable&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 does not accept publishing (PUT): %2</source>
        <translation>%1 n&apos;accepte pas la publication (PUT)&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 does not check If-Match: if two people publish at the same moment, one can overwrite the other&apos;s changes. A server that checks it (Apache mod_dav) avoids this.</source>
        <translation>%1 ne vérifie pas If-Match&#xa0;: si deux personnes publient au même moment, l&apos;une peut écraser les modifications de l&apos;autre. Un serveur qui le vérifie (Apache mod_dav) évite ce problème.</translation>
    </message>
    <message numerus="yes">
        <source>gave up after %n attempts: the session keeps changing on the server</source>
        <translation>
            <numerusform>abandon après %n tentative&#xa0;: la séance ne cesse de changer sur le serveur</numerusform>
            <numerusform>abandon après %n tentatives&#xa0;: la séance ne cesse de changer sur le serveur</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 stays locked by someone else</source>
        <translation>%1 reste verrouillé par quelqu&apos;un d&apos;autre</translation>
    </message>
    <message>
        <source>the folder of %1 does not exist on the server</source>
        <translation>le dossier de %1 n&apos;existe pas sur le serveur</translation>
    </message>
    <message>
        <source>publishing to %1 failed: %2</source>
        <translation>la publication vers %1 a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <source>reading %1 failed: %2</source>
        <translation>la lecture de %1 a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <source>it is the session of meeting %1</source>
        <translation>c&apos;est la séance de la réunion %1</translation>
    </message>
    <message>
        <source>the session on the server cannot be merged (%1); publish keeping this copy to replace it</source>
        <translation>la séance sur le serveur ne peut pas être fusionnée (%1)&#xa0;; publiez en conservant cette copie pour la remplacer</translation>
    </message>
    <message>
        <source>conflict with the session on the server: %1</source>
        <translation>conflit avec la séance sur le serveur&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Plenary::SettingsDialog</name>
    <message>
        <source>Add Server</source>
        <translation>Ajouter un serveur</translation>
    </message>
    <message>
        <source>Change Password</source>
        <translation>Modifier le mot de passe</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nom d&apos;&amp;utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Mot de &amp;passe&#xa0;:</translation>
    </message>
    <message>
        <source>The password is kept in the desktop&apos;s keychain, never in Plenary&apos;s settings.</source>
        <translation>Le mot de passe est conservé dans le trousseau de clés du bureau, jamais dans les paramètres de Plenary.</translation>
    </message>
    <message>
        <source>Configure Plenary</source>
        <translation>Configurer Plenary</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Général</translation>
    </message>
    <message>
        <source>S&amp;ync</source>
        <translation>S&amp;ynchronisation</translation>
    </message>
    <message>
        <source>Se&amp;rvers</source>
        <translation>Se&amp;rveurs</translation>
    </message>
    <message>
        <source>The keychain did not keep the password; it is kept until Plenary quits: %1</source>
        <translation>Le trousseau de clés n&apos;a pas conservé le mot de passe&#xa0;; il est conservé jusqu&apos;à la fermeture de Plenary&#xa0;: %1</translation>
    </message>
    <message>
        <source>The keychain could not forget the password: %1</source>
        <translation>Le trousseau de clés n&apos;a pas pu oublier le mot de passe&#xa0;: %1</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>Plenary speaks the language chosen here from its next start.</source>
        <translation>Plenary utilise la langue choisie ici à partir de son prochain démarrage.</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>&amp;Parcourir...</translation>
    </message>
    <message>
        <source>Data Folder</source>
        <translation>Dossier de données</translation>
    </message>
    <message>
        <source>&amp;Data folder:</source>
        <translation>&amp;Dossier de données&#xa0;:</translation>
    </message>
    <message>
        <source>Where the meetings, their documents and your notes are kept; empty for the standard place. A new folder is used from the next start; what is stored in the current one stays there.</source>
        <translation>L&apos;emplacement des réunions, de leurs documents et de vos notes&#xa0;; vide pour l&apos;emplacement standard. Un nouveau dossier est utilisé à partir du prochain démarrage&#xa0;; ce qui est enregistré dans le dossier actuel y reste.</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Sync the open meeting &amp;every:</source>
        <translation>Synchroniser la réunion ouverte &amp;toutes les&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Parallel transfers:</source>
        <translation>Transferts &amp;parallèles&#xa0;:</translation>
    </message>
    <message>
        <source>More transfers can be faster on a fast line; a meeting server shared by many delegates prefers few.</source>
        <translation>Davantage de transferts peuvent être plus rapides sur une ligne rapide&#xa0;; un serveur de réunion partagé par de nombreux délégués en préfère peu.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Check the chairman&apos;s &amp;session every:</source>
        <translation>Vérifier la &amp;séance du Président toutes les&#xa0;:</translation>
    </message>
    <message>
        <source>These take effect at once.</source>
        <translation>Ces paramètres s&apos;appliquent immédiatement.</translation>
    </message>
    <message>
        <source>Servers whose passwords Plenary keeps in the desktop&apos;s keychain. A server that asks for a password during a sync is added here when you let Plenary remember it.</source>
        <translation>Serveurs dont Plenary conserve les mots de passe dans le trousseau de clés du bureau. Un serveur qui demande un mot de passe pendant une synchronisation est ajouté ici lorsque vous laissez Plenary le mémoriser.</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>Serveurs</translation>
    </message>
    <message>
        <source>&amp;Add...</source>
        <translation>&amp;Ajouter...</translation>
    </message>
    <message>
        <source>&amp;Change Password...</source>
        <translation>&amp;Modifier le mot de passe...</translation>
    </message>
    <message>
        <source>&amp;Forget</source>
        <translation>&amp;Oublier</translation>
    </message>
    <message>
        <source>Forget Server</source>
        <translation>Oublier le serveur</translation>
    </message>
    <message>
        <source>Forget the password kept for %1? Plenary asks for it again when the server wants it.</source>
        <translation>Oublier le mot de passe conservé pour %1&#xa0;? Plenary le redemandera quand le serveur l&apos;exigera.</translation>
    </message>
</context>
<context>
    <name>Plenary::Store</name>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the store is not open</source>
        <translation>la base de données locale n&apos;est pas ouverte</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>impossible de créer le dossier %1</translation>
    </message>
    <message>
        <source>cannot open the database: %1</source>
        <translation>impossible d&apos;ouvrir la base de données&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 is not a Plenary database (%2)</source>
        <translation>%1 n&apos;est pas une base de données Plenary (%2)</translation>
    </message>
    <message>
        <source>cannot read the schema version</source>
        <translation>impossible de lire la version du schéma</translation>
    </message>
    <message>
        <source>upgrading the database to schema version %1 failed: %2</source>
        <translation>la mise à niveau de la base de données vers la version %1 du schéma a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <source>setting the current meeting</source>
        <translation>choix de la réunion en cours</translation>
    </message>
    <message>
        <source>the meeting has no id</source>
        <translation>la réunion n&apos;a pas d&apos;identifiant</translation>
    </message>
    <message>
        <source>storing the meeting</source>
        <translation>enregistrement de la réunion</translation>
    </message>
    <message>
        <source>replacing the agenda</source>
        <translation>remplacement de l&apos;ordre du jour</translation>
    </message>
    <message>
        <source>storing agenda item %1</source>
        <translation>enregistrement du point %1 de l&apos;ordre du jour</translation>
    </message>
    <message>
        <source>storing working group %1</source>
        <translation>enregistrement du groupe de travail %1</translation>
    </message>
    <message>
        <source>storing document %1</source>
        <translation>enregistrement du document %1</translation>
    </message>
    <message>
        <source>replacing the files of %1</source>
        <translation>remplacement des fichiers de %1</translation>
    </message>
    <message>
        <source>storing file %1 of %2</source>
        <translation>enregistrement du fichier %1 de %2</translation>
    </message>
    <message>
        <source>no meeting &apos;%1&apos; in the store</source>
        <translation>aucune réunion «&#xa0;%1&#xa0;» dans la base de données locale</translation>
    </message>
    <message>
        <source>saving a note on %1</source>
        <translation>enregistrement d&apos;une note sur %1</translation>
    </message>
    <message>
        <source>there is no note %1</source>
        <translation>il n&apos;existe pas de note %1</translation>
    </message>
    <message>
        <source>reading the local files</source>
        <translation>lecture des fichiers locaux</translation>
    </message>
    <message>
        <source>reading the position in %1</source>
        <translation>lecture de la page atteinte dans %1</translation>
    </message>
    <message>
        <source>keeping the position in %1</source>
        <translation>conservation de la page atteinte dans %1</translation>
    </message>
    <message>
        <source>removing note %1</source>
        <translation>suppression de la note %1</translation>
    </message>
    <message>
        <source>reading your positions</source>
        <translation>lecture de vos positions</translation>
    </message>
    <message>
        <source>reading your notes</source>
        <translation>lecture de vos notes</translation>
    </message>
    <message>
        <source>keeping your position on %1</source>
        <translation>conservation de votre position sur %1</translation>
    </message>
    <message>
        <source>reading the reports</source>
        <translation>lecture des rapports</translation>
    </message>
    <message>
        <source>reading report %1</source>
        <translation>lecture du rapport %1</translation>
    </message>
    <message>
        <source>no report %1</source>
        <translation>aucun rapport %1</translation>
    </message>
    <message>
        <source>a working-group report needs its working group</source>
        <translation>un rapport de groupe de travail doit indiquer son groupe de travail</translation>
    </message>
    <message>
        <source>no meeting %1</source>
        <translation>aucune réunion %1</translation>
    </message>
    <message>
        <source>no working group %1</source>
        <translation>aucun groupe de travail %1</translation>
    </message>
    <message>
        <source>saving report %1</source>
        <translation>enregistrement du rapport %1</translation>
    </message>
    <message>
        <source>removing report %1</source>
        <translation>suppression du rapport %1</translation>
    </message>
    <message>
        <source>reading the search index</source>
        <translation>lecture de l&apos;index de recherche</translation>
    </message>
    <message>
        <source>reading the index of %1</source>
        <translation>lecture de l&apos;index de %1</translation>
    </message>
    <message>
        <source>starting the index of %1</source>
        <translation>création de l&apos;index de %1</translation>
    </message>
    <message>
        <source>removing %1 from the index</source>
        <translation>suppression de %1 de l&apos;index</translation>
    </message>
    <message>
        <source>indexing %1</source>
        <translation>indexation de %1</translation>
    </message>
    <message>
        <source>searching for %1</source>
        <translation>recherche de %1</translation>
    </message>
    <message>
        <source>counting a session change</source>
        <translation>comptage d&apos;une modification de la séance</translation>
    </message>
    <message>
        <source>no document %1 in meeting %2</source>
        <translation>aucun document %1 dans la réunion %2</translation>
    </message>
    <message>
        <source>no agenda item %1</source>
        <translation>aucun point %1 dans l&apos;ordre du jour</translation>
    </message>
    <message>
        <source>allocating %1</source>
        <translation>attribution de %1</translation>
    </message>
    <message>
        <source>setting the current agenda item</source>
        <translation>choix du point en cours de l&apos;ordre du jour</translation>
    </message>
    <message>
        <source>a revision names one document and its new number</source>
        <translation>une révision indique un seul document et son nouveau numéro</translation>
    </message>
    <message>
        <source>no document %1 to merge into</source>
        <translation>aucun document %1 dans lequel fusionner</translation>
    </message>
    <message>
        <source>no outcome %1</source>
        <translation>aucun résultat %1</translation>
    </message>
    <message>
        <source>taking back an outcome</source>
        <translation>annulation d&apos;un résultat</translation>
    </message>
    <message>
        <source>undoing revision %1 -&gt; %2</source>
        <translation>annulation de la révision %1 -&gt; %2</translation>
    </message>
    <message>
        <source>a liaison statement needs an id and a title</source>
        <translation>une déclaration de liaison doit avoir un identifiant et un titre</translation>
    </message>
    <message>
        <source>removing liaison statement %1</source>
        <translation>suppression de la déclaration de liaison %1</translation>
    </message>
    <message>
        <source>no liaison statement %1</source>
        <translation>aucune déclaration de liaison %1</translation>
    </message>
    <message>
        <source>the session names %1, which this meeting does not have</source>
        <translation>la séance mentionne %1, qui n&apos;existe pas dans cette réunion</translation>
    </message>
    <message>
        <source>agenda item %1</source>
        <translation>le point %1 de l&apos;ordre du jour</translation>
    </message>
    <message>
        <source>document %1</source>
        <translation>le document %1</translation>
    </message>
    <message>
        <source>working group %1</source>
        <translation>le groupe de travail %1</translation>
    </message>
    <message>
        <source>removing document %1</source>
        <translation>suppression du document %1</translation>
    </message>
    <message>
        <source>clearing revision links</source>
        <translation>effacement des liens de révision</translation>
    </message>
    <message>
        <source>replacing the session</source>
        <translation>remplacement de la séance</translation>
    </message>
    <message>
        <source>setting the current item</source>
        <translation>choix du point en cours</translation>
    </message>
    <message>
        <source>reading the session link</source>
        <translation>lecture du lien de la séance</translation>
    </message>
    <message>
        <source>saving the session link</source>
        <translation>enregistrement du lien de la séance</translation>
    </message>
    <message>
        <source>removing the session link</source>
        <translation>suppression du lien de la séance</translation>
    </message>
    <message>
        <source>recording where %1 comes from</source>
        <translation>enregistrement de la provenance de %1</translation>
    </message>
    <message>
        <source>caching %1</source>
        <translation>mise en cache de %1</translation>
    </message>
    <message>
        <source>reading the sync state</source>
        <translation>lecture de l&apos;état de la synchronisation</translation>
    </message>
    <message>
        <source>recording %1</source>
        <translation>enregistrement de %1</translation>
    </message>
    <message>
        <source>the database has schema version %1, newer than this version of Plenary understands (%2); use a newer Plenary</source>
        <translation>la base de données a la version de schéma %1, plus récente que celle que comprend cette version de Plenary (%2)&#xa0;; utilisez une version plus récente de Plenary</translation>
    </message>
    <message>
        <source>linking revision %1 -&gt; %2: %3</source>
        <translation>enregistrement du lien de révision %1 -&gt; %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>recording an outcome: %1</source>
        <translation>enregistrement d&apos;un résultat&#xa0;: %1</translation>
    </message>
    <message>
        <source>storing liaison statement %1: %2</source>
        <translation>enregistrement de la déclaration de liaison %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>There is no current meeting to submit to.</source>
        <translation>Il n&apos;y a pas de réunion en cours à laquelle soumettre.</translation>
    </message>
    <message>
        <source>recording the submission of %1</source>
        <translation>enregistrement de la soumission de %1</translation>
    </message>
    <message>
        <source>reading the submissions</source>
        <translation>lecture des soumissions</translation>
    </message>
    <message>
        <source>Another submission is still under way.</source>
        <translation>Une autre soumission est encore en cours.</translation>
    </message>
    <message>
        <source>cannot open the database %1: the disk is full (%2)</source>
        <translation>impossible d’ouvrir la base de données %1 : le disque est plein (%2)</translation>
    </message>
    <message>
        <source>cannot open the database %1: %2</source>
        <translation>impossible d’ouvrir la base de données %1 : %2</translation>
    </message>
</context>
<context>
    <name>Plenary::SubmitDialog</name>
    <message>
        <source>Submit Contribution</source>
        <translation>Soumettre une contribution</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Fichiers</translation>
    </message>
    <message>
        <source>&amp;Add Files...</source>
        <translation>&amp;Ajouter des fichiers...</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>&amp;Files:</source>
        <translation>&amp;Fichiers&#xa0;:</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>Numéro de document</translation>
    </message>
    <message>
        <source>as given by the secretariat</source>
        <translation>tel qu&apos;attribué par le secrétariat</translation>
    </message>
    <message>
        <source>e.g. 42 or %1</source>
        <translation>p. ex. 42 ou %1</translation>
    </message>
    <message>
        <source>&amp;Request a Number...</source>
        <translation>&amp;Demander un numéro...</translation>
    </message>
    <message>
        <source>The meeting names no secretariat address.</source>
        <translation>La réunion n&apos;indique aucune adresse du secrétariat.</translation>
    </message>
    <message>
        <source>Writes an e-mail to %1 asking for a number for these files.</source>
        <translation>Rédige un courriel à %1 demandant un numéro pour ces fichiers.</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>&amp;Numéro&#xa0;:</translation>
    </message>
    <message>
        <source>Uploaded as:</source>
        <translation>Téléversé sous&#xa0;:</translation>
    </message>
    <message>
        <source>Drop folder</source>
        <translation>Dossier de dépôt</translation>
    </message>
    <message>
        <source>&amp;Drop folder:</source>
        <translation>&amp;Dossier de dépôt&#xa0;:</translation>
    </message>
    <message>
        <source>The meeting gives no deadline.</source>
        <translation>La réunion n&apos;indique aucune date limite.</translation>
    </message>
    <message>
        <source>%1 (end of the day, UTC): passed %2 ago. The secretariat may not accept the contribution for this meeting.</source>
        <translation>%1 (fin de journée, UTC)&#xa0;: dépassée depuis %2. Le secrétariat pourrait ne pas accepter la contribution pour cette réunion.</translation>
    </message>
    <message>
        <source>%1 (end of the day, UTC): %2 left.</source>
        <translation>%1 (fin de journée, UTC)&#xa0;: il reste %2.</translation>
    </message>
    <message>
        <source>Deadline:</source>
        <translation>Date limite&#xa0;:</translation>
    </message>
    <message>
        <source>Upload progress</source>
        <translation>Progression du téléversement</translation>
    </message>
    <message>
        <source>&amp;Submit</source>
        <translation>&amp;Soumettre</translation>
    </message>
    <message>
        <source>Files of the Contribution</source>
        <translation>Fichiers de la contribution</translation>
    </message>
    <message>
        <source>%1 has no file name extension (such as .docx or .pdf).</source>
        <translation>%1 n&apos;a pas d&apos;extension de nom de fichier (comme .docx ou .pdf).</translation>
    </message>
    <message>
        <source>Two files would both be named %1.</source>
        <translation>Deux fichiers seraient tous deux nommés %1.</translation>
    </message>
    <message>
        <source>Add the files of the contribution.</source>
        <translation>Ajoutez les fichiers de la contribution.</translation>
    </message>
    <message>
        <source>Give the number the secretariat sent.</source>
        <translation>Indiquez le numéro envoyé par le secrétariat.</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <source>Stopped; what was uploaded stays there.</source>
        <translation>Arrêté&#xa0;; ce qui a été téléversé y reste.</translation>
    </message>
    <message>
        <source>Submitted and checked on the server: %1.</source>
        <translation>Soumis et vérifié sur le serveur&#xa0;: %1.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>The files of one contribution to %1 go to the meeting&apos;s drop folder, named with the number the secretariat gave. A name already taken stops the submission before anything is sent.</source>
        <translation>Les fichiers d&apos;une contribution à %1 vont dans le dossier de dépôt de la réunion, nommés d&apos;après le numéro donné par le secrétariat. Un nom déjà pris arrête la soumission avant tout envoi.</translation>
    </message>
</context>
<context>
    <name>Plenary::Submitter</name>
    <message>
        <source>&quot;%1&quot; is not a document number.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un numéro de document.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a document number: give the number the secretariat sent, e.g. 42 or %2.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un numéro de document&#xa0;: indiquez le numéro envoyé par le secrétariat, p. ex. 42 ou %2.</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 et %2</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n heure</numerusform>
            <numerusform>%n heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>The meeting names no drop folder for contributions; give its address.</source>
        <translation>La réunion n&apos;indique aucun dossier de dépôt pour les contributions&#xa0;; indiquez son adresse.</translation>
    </message>
    <message>
        <source>%1 is not an http://, https://, ftp:// or ftps:// address</source>
        <translation>%1 n&apos;est pas une adresse http://, https://, ftp:// ou ftps://</translation>
    </message>
    <message>
        <source>No file to submit.</source>
        <translation>Aucun fichier à soumettre.</translation>
    </message>
    <message>
        <source>%1 is not a file that can be read.</source>
        <translation>%1 n&apos;est pas un fichier lisible.</translation>
    </message>
    <message>
        <source>%1 has no file name extension (such as .docx or .pdf): the secretariat needs one.</source>
        <translation>%1 n&apos;a pas d&apos;extension de nom de fichier (comme .docx ou .pdf)&#xa0;: le secrétariat en a besoin.</translation>
    </message>
    <message>
        <source>Two files would both be named %1: submit one file per type, or ask the secretariat for another number.</source>
        <translation>Deux fichiers seraient tous deux nommés %1&#xa0;: soumettez un fichier par type, ou demandez un autre numéro au secrétariat.</translation>
    </message>
    <message>
        <source>Document number request: %1</source>
        <translation>Demande de numéro de document&#xa0;: %1</translation>
    </message>
    <message>
        <source>Dear secretariat,

Please allocate a document number for this contribution to %1:

%2

Title:
Source:
Contact:

Thank you.</source>
        <translation>Madame, Monsieur,

Merci d&apos;attribuer un numéro de document à cette contribution à %1&#xa0;:

%2

Titre&#xa0;:
Source&#xa0;:
Contact&#xa0;:

Merci d&apos;avance.</translation>
    </message>
    <message>
        <source>HTTP %1 %2</source>
        <translation>HTTP %1 %2</translation>
    </message>
    <message>
        <source>Checking that %1 is free</source>
        <translation>Vérification que %1 est libre</translation>
    </message>
    <message>
        <source>%1 is already in the drop folder; nothing was uploaded and nothing replaced. Ask the secretariat whether the number is right.</source>
        <translation>%1 est déjà dans le dossier de dépôt&#xa0;; rien n&apos;a été téléversé ni remplacé. Demandez au secrétariat si le numéro est correct.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Uploading %1</source>
        <translation>Téléversement de %1</translation>
    </message>
    <message>
        <source>%1 was not uploaded: %2</source>
        <translation>%1 n&apos;a pas été téléversé&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 appeared in the drop folder meanwhile; it was not replaced.</source>
        <translation>%1 est apparu entre-temps dans le dossier de dépôt&#xa0;; il n&apos;a pas été remplacé.</translation>
    </message>
    <message>
        <source>Checking %1 on the server</source>
        <translation>Vérification de %1 sur le serveur</translation>
    </message>
    <message>
        <source>%1 is on the server with %2 bytes instead of %3: ask the secretariat to remove it, then submit again.</source>
        <translation>%1 est sur le serveur avec %2 octets au lieu de %3&#xa0;: demandez au secrétariat de le supprimer, puis soumettez à nouveau.</translation>
    </message>
    <message>
        <source>%1 is not in the drop folder&apos;s listing after the upload.</source>
        <translation>%1 ne figure pas dans la liste du dossier de dépôt après le téléversement.</translation>
    </message>
    <message>
        <source>%1 cannot be found on the server after the upload: %2</source>
        <translation>%1 est introuvable sur le serveur après le téléversement&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>The server answered that %1 replaced a file of that name (HTTP %2): it does not refuse to overwrite, so nothing more was sent. Tell the secretariat.</source>
        <translation>Le serveur a répondu que %1 a remplacé un fichier de ce nom (HTTP %2)&#xa0;: il ne refuse pas d&apos;écraser, donc rien d&apos;autre n&apos;a été envoyé. Prévenez le secrétariat.</translation>
    </message>
    <message>
        <source>Already in the drop folder, and recorded: %1.</source>
        <translation>Déjà dans le dossier de dépôt, et enregistré&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>Plenary::SyncEngine</name>
    <message>
        <source>HTTP %1 %2</source>
        <translation>HTTP %1 %2</translation>
    </message>
    <message>
        <source>HTTP 401: the server asks for a user name and password that Plenary does not have, or that it refused</source>
        <translation>HTTP 401&#xa0;: le serveur demande un nom d&apos;utilisateur et un mot de passe que Plenary n&apos;a pas, ou qu&apos;il a refusés</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not an http://, https://, ftp:// or ftps:// address</source>
        <translation>%1 n&apos;est pas une adresse http://, https://, ftp:// ou ftps://</translation>
    </message>
    <message>
        <source>the folder&apos;s page is larger than %1; given up</source>
        <translation>la page du dossier dépasse %1&#xa0;; abandon</translation>
    </message>
    <message>
        <source>what this sync did could not be saved: %1; the files are downloaded again next time</source>
        <translation>ce qu’a fait cette synchronisation n’a pas pu être enregistré : %1 ; les fichiers seront de nouveau téléchargés la prochaine fois</translation>
    </message>
</context>
<context>
    <name>Plenary::SyncStatusWidget</name>
    <message>
        <source>Sync progress</source>
        <translation>Progression de la synchronisation</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Stop the sync; what has been downloaded is kept and resumed next time</source>
        <translation>Arrêter la synchronisation&#xa0;; ce qui a été téléchargé est conservé et la synchronisation reprendra la prochaine fois</translation>
    </message>
    <message>
        <source>Reading the meeting folder...</source>
        <translation>Lecture du dossier de la réunion...</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n file(s)</source>
        <translation>
            <numerusform>%1 sur %n fichier</numerusform>
            <numerusform>%1 sur %n fichiers</numerusform>
        </translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message numerus="yes">
        <source>%n s left</source>
        <translation>
            <numerusform>%n s restante</numerusform>
            <numerusform>%n s restantes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n échec</numerusform>
            <numerusform>%n échecs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Plenary::TextExtractor</name>
    <message>
        <source>the PDF is protected by a password</source>
        <translation>le PDF est protégé par un mot de passe</translation>
    </message>
    <message>
        <source>the file is missing</source>
        <translation>le fichier est absent</translation>
    </message>
    <message>
        <source>not a readable PDF</source>
        <translation>PDF illisible</translation>
    </message>
    <message>
        <source>office documents are indexed once converted to PDF</source>
        <translation>les documents bureautiques sont indexés une fois convertis en PDF</translation>
    </message>
    <message>
        <source>archives are indexed member by member once opened</source>
        <translation>les archives sont indexées fichier par fichier une fois ouvertes</translation>
    </message>
    <message>
        <source>not a format whose text can be read</source>
        <translation>format dont le texte ne peut pas être lu</translation>
    </message>
</context>
<context>
    <name>Plenary::TextReader</name>
    <message>
        <source>Document text</source>
        <translation>Texte du document</translation>
    </message>
</context>
<context>
    <name>Plenary::Transfer</name>
    <message>
        <source>the server sent a web page instead of the file (an error or login page?)</source>
        <translation>le serveur a envoyé une page web au lieu du fichier (page d&apos;erreur ou de connexion&#xa0;?)</translation>
    </message>
    <message>
        <source>the server sent an unexpected part of the file</source>
        <translation>le serveur a envoyé une partie inattendue du fichier</translation>
    </message>
    <message>
        <source>the file is larger than the limit of %1</source>
        <translation>le fichier dépasse la limite de %1</translation>
    </message>
    <message>
        <source>the server announces %1 bytes, the manifest %2</source>
        <translation>le serveur annonce %1 octets, le manifeste %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the server sent more than the %1 bytes announced</source>
        <translation>le serveur a envoyé plus que les %1 octets annoncés</translation>
    </message>
    <message numerus="yes">
        <source>%1 (after %n attempt(s))</source>
        <translation>
            <numerusform>%1 (après %n tentative)</numerusform>
            <numerusform>%1 (après %n tentatives)</numerusform>
        </translation>
    </message>
    <message>
        <source>HTTP %1 %2</source>
        <translation>HTTP %1 %2</translation>
    </message>
    <message>
        <source>HTTP 416 Range Not Satisfiable</source>
        <translation>HTTP 416 Range Not Satisfiable</translation>
    </message>
    <message>
        <source>the transfer ended after %1 of %2 bytes</source>
        <translation>le transfert s&apos;est arrêté après %1 octets sur %2</translation>
    </message>
    <message>
        <source>the server sent the file compressed (%1) although asked not to</source>
        <translation>le serveur a envoyé le fichier compressé (%1) alors qu&apos;on le lui avait demandé sans compression</translation>
    </message>
    <message>
        <source>the transfer ended after %1 of %2 bytes (%3)</source>
        <translation>le transfert s&apos;est arrêté après %1 octets sur %2 (%3)</translation>
    </message>
</context>
<context>
    <name>Plenary::TransferJob</name>
    <message>
        <source>cannot read the partial download: %1</source>
        <translation>impossible de lire le téléchargement partiel&#xa0;: %1</translation>
    </message>
    <message>
        <source>the checksum does not match the manifest (SHA-256 %1, expected %2)</source>
        <translation>la somme de contrôle ne correspond pas au manifeste (SHA-256 %1, attendu %2)</translation>
    </message>
    <message>
        <source>cannot keep the earlier version of %1</source>
        <translation>impossible de conserver la version antérieure de %1</translation>
    </message>
    <message>
        <source>cannot move the download into %1</source>
        <translation>impossible de déplacer le téléchargement dans %1</translation>
    </message>
    <message>
        <source>cannot write %1: only %2 of %3 bytes are on the disk</source>
        <translation>impossible d’écrire %1 : seuls %2 octets sur %3 sont sur le disque</translation>
    </message>
</context>
<context>
    <name>Plenary::WorkingGroupModel</name>
    <message>
        <source>%1  %2 (%3)</source>
        <translation>%1  %2 (%3)</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
    <message>
        <source>Led by %1</source>
        <translation>Sous la direction de %1</translation>
    </message>
</context>
<context>
    <name>Plenary::ZipArchive</name>
    <message>
        <source>its entry in the archive cannot be read</source>
        <translation>son entrée dans l&apos;archive ne peut pas être lue</translation>
    </message>
    <message>
        <source>it is a link</source>
        <translation>c&apos;est un lien</translation>
    </message>
    <message>
        <source>it is protected by a password</source>
        <translation>il est protégé par un mot de passe</translation>
    </message>
    <message>
        <source>its size is not known</source>
        <translation>sa taille n&apos;est pas connue</translation>
    </message>
    <message>
        <source>it is too large (%1 MB)</source>
        <translation>il est trop volumineux (%1 Mo)</translation>
    </message>
    <message>
        <source>it would expand %1 times (a zip bomb)</source>
        <translation>il serait %1 fois plus gros une fois décompressé (bombe zip)</translation>
    </message>
    <message>
        <source>it has no name</source>
        <translation>il n&apos;a pas de nom</translation>
    </message>
    <message>
        <source>its name has a backslash</source>
        <translation>son nom contient une barre oblique inverse</translation>
    </message>
    <message>
        <source>its name is an absolute path</source>
        <translation>son nom est un chemin absolu</translation>
    </message>
    <message>
        <source>its name has control or direction characters</source>
        <translation>son nom contient des caractères de contrôle ou de direction</translation>
    </message>
    <message>
        <source>its name leaves the archive&apos;s folder</source>
        <translation>son nom sort du dossier de l&apos;archive</translation>
    </message>
    <message>
        <source>its name has an empty part</source>
        <translation>son nom comporte une partie vide</translation>
    </message>
    <message>
        <source>its name is too long</source>
        <translation>son nom est trop long</translation>
    </message>
    <message>
        <source>%1: the archive&apos;s directory cannot be read.</source>
        <translation>%1&#xa0;: le répertoire de l&apos;archive ne peut pas être lu.</translation>
    </message>
    <message>
        <source>%1 has %2 members, more than %3: it is not opened.</source>
        <translation>%1 contient %2 éléments, plus de %3&#xa0;: elle n&apos;est pas ouverte.</translation>
    </message>
    <message>
        <source>%1 is not in the archive.</source>
        <translation>%1 n&apos;est pas dans l&apos;archive.</translation>
    </message>
    <message>
        <source>%1 is a folder.</source>
        <translation>%1 est un dossier.</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2.</source>
        <translation>%1 ne peut pas être ouvert&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Cannot create the folder for %1.</source>
        <translation>Impossible de créer le dossier pour %1.</translation>
    </message>
    <message>
        <source>Cannot extract %1: %2</source>
        <translation>Impossible d&apos;extraire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1 est endommagé&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 holds more than the archive says: it is not extracted.</source>
        <translation>%1 contient plus que ce qu&apos;annonce l&apos;archive&#xa0;: il n&apos;est pas extrait.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is shorter than the archive says.</source>
        <translation>%1 est plus court que ce qu&apos;annonce l&apos;archive.</translation>
    </message>
</context>
<context>
    <name>QCoreApplication::QCoreApplication</name>
    <message>
        <source>%1 unchanged, %2 removed, %3 without text (archives, office without LibreOffice)</source>
        <translation>%1 inchangés, %2 supprimés, %3 sans texte (archives, documents bureautiques sans LibreOffice)</translation>
    </message>
</context>
<context>
    <name>QGuiApplication</name>
    <message>
        <source>QT_LAYOUT_DIRECTION</source>
        <comment>Translate this string to the string &apos;LTR&apos; in left-to-right languages or to &apos;RTL&apos; in right-to-left languages (such as Hebrew and Arabic) to get proper widget layout.</comment>
        <translation>LTR</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Contribution</source>
        <translation>Contribution</translation>
    </message>
    <message>
        <source>TD</source>
        <translation>TD</translation>
    </message>
    <message>
        <source>LS/i</source>
        <translation>LS/i</translation>
    </message>
    <message>
        <source>LS/o</source>
        <translation>LS/o</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Document de sortie</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Ordre du jour</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Discussion</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>Approbation</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Accord</translation>
    </message>
    <message>
        <source>Endorsement</source>
        <translation>Entérinement</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approuvé</translation>
    </message>
    <message>
        <source>Approved by consensus</source>
        <translation>Approuvé par consensus</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Accepté</translation>
    </message>
    <message>
        <source>Endorsed</source>
        <translation>Entériné</translation>
    </message>
    <message>
        <source>Technically endorsed</source>
        <translation>Entériné techniquement</translation>
    </message>
    <message>
        <source>Noted</source>
        <translation>Noté</translation>
    </message>
    <message>
        <source>Revised</source>
        <translation>Révisé</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Fusionné</translation>
    </message>
    <message>
        <source>Reissued</source>
        <translation>Réédité</translation>
    </message>
    <message>
        <source>Partially approved</source>
        <translation>Partiellement approuvé</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejeté</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retiré</translation>
    </message>
    <message>
        <source>Postponed</source>
        <translation>Reporté</translation>
    </message>
    <message>
        <source>Not treated</source>
        <translation>Non traité</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Soutien</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Opposition</translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation>Veille</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Plenary - paperless meetings for standards bodies.
With no meeting stored, it opens the bundled demo meeting (ITU-T FG Smart, Geneva, 14-16 June 2010).</source>
        <translation>Plenary - réunions sans papier pour les organismes de normalisation.
Si aucune réunion n&apos;est enregistrée, il ouvre la réunion de démonstration fournie (FG Smart de l&apos;UIT-T, Genève, 14-16 juin 2010).</translation>
    </message>
    <message>
        <source>Keep the database, documents and settings in &lt;dir&gt;.</source>
        <translation>Conserver la base de données, les documents et les paramètres dans &lt;dir&gt;.</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>dir</translation>
    </message>
    <message>
        <source>Show Plenary in &lt;language&gt; (ar, en, es, fr, ru, zh_CN) instead of the one chosen in Settings or the system&apos;s.</source>
        <translation>Afficher Plenary dans la langue &lt;language&gt; (ar, en, es, fr, ru, zh_CN) au lieu de celle choisie dans les paramètres ou de celle du système.</translation>
    </message>
    <message>
        <source>language</source>
        <translation>language</translation>
    </message>
    <message>
        <source>Open and sync the meeting folder at &lt;url&gt; (as File &gt; Open Meeting from URL).</source>
        <translation>Ouvrir et synchroniser le dossier de la réunion à &lt;url&gt; (comme Fichier &gt; Ouvrir une réunion depuis une URL).</translation>
    </message>
    <message>
        <source>[url]</source>
        <translation>[url]</translation>
    </message>
</context>
<context>
    <name>plenary-cli</name>
    <message>
        <source>plenary-cli: cannot open %1: %2</source>
        <translation>plenary-cli&#xa0;: impossible d&apos;ouvrir %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>plenary-cli: cannot set up the demo meeting: %1</source>
        <translation>plenary-cli&#xa0;: impossible de préparer la réunion de démonstration&#xa0;: %1</translation>
    </message>
    <message>
        <source>plenary-cli: %1</source>
        <translation>plenary-cli&#xa0;: %1</translation>
    </message>
    <message>
        <source>Meeting:</source>
        <translation>Réunion&#xa0;:</translation>
    </message>
    <message>
        <source>Id:</source>
        <translation>Identifiant&#xa0;:</translation>
    </message>
    <message>
        <source>Group:</source>
        <translation>Groupe&#xa0;:</translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>Lieu&#xa0;:</translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation>Dates&#xa0;:</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <source>Deadline:</source>
        <translation>Date limite&#xa0;:</translation>
    </message>
    <message>
        <source>Chairman:</source>
        <translation>Président&#xa0;:</translation>
    </message>
    <message>
        <source>Agenda:</source>
        <translation>Ordre du jour&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>%n top-level item(s)</source>
        <translation>
            <numerusform>%n point de premier niveau</numerusform>
            <numerusform>%n points de premier niveau</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n in all</source>
        <translation>
            <numerusform>, %n au total</numerusform>
            <numerusform>, %n au total</numerusform>
        </translation>
    </message>
    <message>
        <source>Working groups:</source>
        <translation>Groupes trav.&#xa0;:</translation>
    </message>
    <message>
        <source>Documents:</source>
        <translation>Documents&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n received after the deadline</source>
        <translation>
            <numerusform>, %n reçu après la date limite</numerusform>
            <numerusform>, %n reçus après la date limite</numerusform>
        </translation>
    </message>
    <message>
        <source>Outcomes:</source>
        <translation>Résultats&#xa0;:</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Données&#xa0;:</translation>
    </message>
    <message>
        <source>plenary-cli: %1: %2</source>
        <translation>plenary-cli&#xa0;: %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>Imported %1: %2 (%n document(s))</source>
        <translation>
            <numerusform>Réunion %1 importée&#xa0;: %2 (%n document)</numerusform>
            <numerusform>Réunion %1 importée&#xa0;: %2 (%n documents)</numerusform>
        </translation>
    </message>
    <message>
        <source>Password for %1 at %2: </source>
        <translation>Mot de passe pour %1 sur %2&#xa0;: </translation>
    </message>
    <message>
        <source>%1/%2 files, %3 of %4, %5/s</source>
        <translation>%1/%2 fichiers, %3 sur %4, %5/s</translation>
    </message>
    <message numerus="yes">
        <source>, %n s left</source>
        <translation>
            <numerusform>, %n s restante</numerusform>
            <numerusform>, %n s restantes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n failed</source>
        <translation>
            <numerusform>, %n échec</numerusform>
            <numerusform>, %n échecs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 downloaded, %3 updated, %4 unchanged, %5 withdrawn on server (%n request(s))</source>
        <translation>
            <numerusform>%1&#xa0;: %2 téléchargés, %3 mis à jour, %4 inchangés, %5 retirés sur le serveur (%n requête)</numerusform>
            <numerusform>%1&#xa0;: %2 téléchargés, %3 mis à jour, %4 inchangés, %5 retirés sur le serveur (%n requêtes)</numerusform>
        </translation>
    </message>
    <message>
        <source>plenary-cli: %1 (%2): %3</source>
        <translation>plenary-cli&#xa0;: %1 (%2)&#xa0;: %3</translation>
    </message>
    <message>
        <source>plenary-cli: refused: %1</source>
        <translation>plenary-cli&#xa0;: refusé&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>indexed %n file(s)</source>
        <translation>
            <numerusform>%n fichier indexé</numerusform>
            <numerusform>%n fichiers indexés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>published revision %1 (%n request(s))</source>
        <translation>
            <numerusform>révision %1 publiée (%n requête)</numerusform>
            <numerusform>révision %1 publiée (%n requêtes)</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep the database and documents in &lt;dir&gt;.</source>
        <translation>Conserver la base de données et les documents dans &lt;dir&gt;.</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>dir</translation>
    </message>
    <message>
        <source>Parallel transfers for sync (1-32, default 6).</source>
        <translation>Transferts parallèles pour la synchronisation (1-32, 6 par défaut).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Print the result of sync as JSON.</source>
        <translation>Afficher le résultat de sync au format JSON.</translation>
    </message>
    <message>
        <source>User name for a server that asks for one (sync); the password is read from PLENARY_PASSWORD or asked for.</source>
        <translation>Nom d&apos;utilisateur pour un serveur qui en demande un (sync)&#xa0;; le mot de passe est lu dans PLENARY_PASSWORD ou demandé.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>Remember the password given with --user in the desktop keychain, for later syncs and for Plenary.</source>
        <translation>Mémoriser le mot de passe donné avec --user dans le trousseau de clés du bureau, pour les synchronisations suivantes et pour Plenary.</translation>
    </message>
    <message>
        <source>Working group (allocate).</source>
        <translation>Groupe de travail (allocate).</translation>
    </message>
    <message>
        <source>wg</source>
        <translation>wg</translation>
    </message>
    <message>
        <source>Agenda item (allocate).</source>
        <translation>Point de l&apos;ordre du jour (allocate).</translation>
    </message>
    <message>
        <source>item</source>
        <translation>item</translation>
    </message>
    <message>
        <source>Document the outcome is about, or a liaison&apos;s attachment; repeatable.</source>
        <translation>Document concerné par le résultat, ou pièce jointe d&apos;une déclaration de liaison&#xa0;; répétable.</translation>
    </message>
    <message>
        <source>number</source>
        <translation>number</translation>
    </message>
    <message>
        <source>Outcome status, e.g. approved, noted, revised.</source>
        <translation>Statut du résultat, p. ex. approved, noted, revised.</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>Text of the outcome.</source>
        <translation>Texte du résultat.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <source>Title of the liaison statement.</source>
        <translation>Titre de la déclaration de liaison.</translation>
    </message>
    <message>
        <source>title</source>
        <translation>title</translation>
    </message>
    <message>
        <source>body</source>
        <translation>body</translation>
    </message>
    <message>
        <source>What a liaison statement asks for.</source>
        <translation>Ce que demande une déclaration de liaison.</translation>
    </message>
    <message>
        <source>action|comment|information</source>
        <translation>action|comment|information</translation>
    </message>
    <message>
        <source>export: pdf, odt or md.</source>
        <translation>export&#xa0;: pdf, odt ou md.</translation>
    </message>
    <message>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <source>export: the file to write.</source>
        <translation>export&#xa0;: le fichier à écrire.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>search: at most this many hits (default 50).</source>
        <translation>search&#xa0;: au plus ce nombre de résultats (50 par défaut).</translation>
    </message>
    <message>
        <source>follow: poll once.</source>
        <translation>follow&#xa0;: interroger une seule fois.</translation>
    </message>
    <message>
        <source>publish: on a conflict, this copy&apos;s side wins.</source>
        <translation>publish&#xa0;: en cas de conflit, c&apos;est cette copie qui l&apos;emporte.</translation>
    </message>
    <message>
        <source>publish: on a conflict, the server&apos;s side wins.</source>
        <translation>publish&#xa0;: en cas de conflit, c&apos;est la version du serveur qui l&apos;emporte.</translation>
    </message>
    <message>
        <source>info | import | sync</source>
        <translation>info | import | sync</translation>
    </message>
    <message>
        <source>Arguments of the command.</source>
        <translation>Arguments de la commande.</translation>
    </message>
    <message>
        <source>[args...]</source>
        <translation>[args...]</translation>
    </message>
    <message>
        <source>plenary-cli: --jobs takes a number from 1 to 32</source>
        <translation>plenary-cli&#xa0;: --jobs accepte un nombre de 1 à 32</translation>
    </message>
    <message>
        <source>plenary-cli: --limit takes a positive number</source>
        <translation>plenary-cli&#xa0;: --limit accepte un nombre positif</translation>
    </message>
    <message>
        <source>plenary-cli: no command given; try &apos;plenary-cli --help&apos;</source>
        <translation>plenary-cli&#xa0;: aucune commande indiquée&#xa0;; essayez «&#xa0;plenary-cli --help&#xa0;»</translation>
    </message>
    <message>
        <source>plenary-cli: wrong arguments for &apos;%1&apos;; try &apos;plenary-cli --help&apos;</source>
        <translation>plenary-cli&#xa0;: arguments incorrects pour «&#xa0;%1&#xa0;»&#xa0;; essayez «&#xa0;plenary-cli --help&#xa0;»</translation>
    </message>
    <message>
        <source>plenary-cli: unknown command &apos;%1&apos;; try &apos;plenary-cli --help&apos;</source>
        <translation>plenary-cli&#xa0;: commande inconnue «&#xa0;%1&#xa0;»&#xa0;; essayez «&#xa0;plenary-cli --help&#xa0;»</translation>
    </message>
    <message>
        <source>plenary-cli: the password is not remembered: %1; it is used for this run only</source>
        <translation>plenary-cli&#xa0;: le mot de passe n&apos;est pas mémorisé&#xa0;: %1&#xa0;; il n&apos;est utilisé que pour cette exécution</translation>
    </message>
    <message>
        <source>plenary-cli: &apos;%1&apos; is not an http://, https://, ftp:// or ftps:// address</source>
        <translation>plenary-cli&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas une adresse http://, https://, ftp:// ou ftps://</translation>
    </message>
    <message>
        <source>plenary-cli: cannot read %1: %2</source>
        <translation>plenary-cli&#xa0;: impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>plenary-cli: left out: %1</source>
        <translation>plenary-cli&#xa0;: ignoré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Plenary without a window.

Commands:
  info           print the current meeting (the demo meeting on first start)
  import FILE    import a meeting.json manifest and make it the current meeting
  sync URL       sync a meeting folder from a web or FTP server
  manifest DIR [--meeting FILE]
                 print the meeting.json of the documents in DIR (sizes,
                 SHA-256, numbers from the file names), with the meeting
                 described in FILE
  submit FILE... --number N [--to URL]
                 submit a contribution to the meeting&apos;s drop folder, named
                 the meeting&apos;s way (N: the number the secretariat gave)
  allocate DOCUMENT --wg WG [--item ITEM]
                 allocate a document to a working group and agenda item
  current ITEM   make ITEM the agenda item being treated
  outcome ITEM [--doc DOCUMENT]... --status STATUS [--text TEXT] [--to NEW]
                 record an outcome (revised: --to is the new number, reserved
                 when not given)
  liaison new --title TITLE --to BODY [--for action|comment|information]
              [--doc ATTACHMENT]... [--item ITEM]
                 draft an outgoing liaison statement under ITEM (default: the
                 current item); prints its id
  session        print allocations (DOCUMENT WG ITEM), outcomes, liaisons
  publish URL    publish the session to session.json on a WebDAV server
  follow URL [--once]
                 follow a published session (every 5 s until Ctrl+C)
  index          bring the full-text index of the current meeting up to date
  search WORDS... [--limit N]
                 search the text of every document: one line per hit,
                 document number first (&quot;a phrase&quot;, prefix*)
  export report|wg-report WG|liaison ID [--format pdf|odt|md] --out FILE
                 export the meeting report, a working group&apos;s report or an
                 outgoing liaison statement (the format follows FILE&apos;s
                 extension when not given)</source>
        <translation>Plenary sans fenêtre.

Commandes :
  info           affiche la réunion en cours (la réunion de démonstration au premier lancement)
  import FILE    importe un manifeste meeting.json et en fait la réunion en cours
  sync URL       synchronise un dossier de réunion depuis un serveur web ou FTP
  manifest DIR [--meeting FILE]
                 affiche le meeting.json des documents de DIR (tailles,
                 SHA-256, numéros tirés des noms de fichiers), avec la réunion
                 décrite dans FILE
  submit FILE... --number N [--to URL]
                 soumet une contribution au dossier de dépôt de la réunion, nommée
                 selon les règles de la réunion (N : le numéro attribué par le secrétariat)
  allocate DOCUMENT --wg WG [--item ITEM]
                 attribue un document à un groupe de travail et à un point de l&apos;ordre du jour
  current ITEM   fait d&apos;ITEM le point de l&apos;ordre du jour en cours de traitement
  outcome ITEM [--doc DOCUMENT]... --status STATUS [--text TEXT] [--to NEW]
                 enregistre un résultat (revised : --to est le nouveau numéro, réservé
                 s&apos;il n&apos;est pas indiqué)
  liaison new --title TITLE --to BODY [--for action|comment|information]
              [--doc ATTACHMENT]... [--item ITEM]
                 rédige une déclaration de liaison sortante sous ITEM (par défaut : le
                 point en cours) ; affiche son identifiant
  session        affiche les attributions (DOCUMENT WG ITEM), résultats, liaisons
  publish URL    publie la séance dans session.json sur un serveur WebDAV
  follow URL [--once]
                 suit une séance publiée (toutes les 5 s jusqu&apos;à Ctrl+C)
  index          met à jour l&apos;index plein texte de la réunion en cours
  search WORDS... [--limit N]
                 recherche dans le texte de chaque document : une ligne par résultat,
                 numéro de document en premier (&quot;une expression&quot;, préfixe*)
  export report|wg-report WG|liaison ID [--format pdf|odt|md] --out FILE
                 exporte le rapport de la réunion, le rapport d&apos;un groupe de travail ou une
                 déclaration de liaison sortante (le format suit l&apos;extension
                 de FILE s&apos;il n&apos;est pas indiqué)</translation>
    </message>
    <message>
        <source>Addressee of a liaison statement (repeatable), the new number of a revision, or the drop folder to submit to.</source>
        <translation>Destinataire d&apos;une déclaration de liaison (répétable), nouveau numéro d&apos;une révision, ou dossier de dépôt où soumettre.</translation>
    </message>
    <message>
        <source>submit: the contribution&apos;s number (e.g. 42).</source>
        <translation>submit&#xa0;: le numéro de la contribution (p. ex. 42).</translation>
    </message>
    <message>
        <source>manifest: the meeting.json that describes the meeting.</source>
        <translation>manifest&#xa0;: le meeting.json qui décrit la réunion.</translation>
    </message>
    <message>
        <source>plenary-cli: submit needs --number, the number the secretariat gave</source>
        <translation>plenary-cli&#xa0;: submit nécessite --number, le numéro attribué par le secrétariat</translation>
    </message>
</context>
</TS>
