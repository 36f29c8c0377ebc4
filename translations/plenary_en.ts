<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Features</name>
    <message numerus="yes">
        <source>Syntax highlighting: available (KF6 SyntaxHighlighting %1, %n syntax definition(s))</source>
        <translation>
            <numerusform>Syntax highlighting: available (KF6 SyntaxHighlighting %1, %n syntax definition)</numerusform>
            <numerusform>Syntax highlighting: available (KF6 SyntaxHighlighting %1, %n syntax definitions)</numerusform>
        </translation>
    </message>
    <message>
        <source>Syntax highlighting: not available (built without KF6 SyntaxHighlighting); text documents are shown as plain text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileState</name>
    <message>
        <source>Remote only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn on server</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Plenary</name>
    <message>
        <source>not allocated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revised to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>merged into %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Liaison statement %1 drafted here is now %2 (the server has another %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>current agenda item: %1 here, %2 on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>allocation of %1: %2 here, %3 on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outcome &quot;%1&quot;: changed here and on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>liaison statement %1: changed here and on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>document %1: made here and on the server, differently</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now on agenda item %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: allocation withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 allocated to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 allocated to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>taken back: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Liaison statement %1 drafted: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Liaison statement %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Liaison statement %1 edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Liaison statement %1 removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a ZIP archive that can be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Plenary::AboutDialog</name>
    <message>
        <source>About Plenary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plenary %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paperless meetings for standards bodies: the agenda, the allocation of contributions, the decisions and the documents, on every delegate&apos;s laptop, online or not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt %1 (built with Qt %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Plenary::AgendaModel</name>
    <message numerus="yes">
        <source>%n document(s) allocated</source>
        <translation>
            <numerusform>%n document allocated</numerusform>
            <numerusform>%n documents allocated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n document(s)</source>
        <translation>
            <numerusform>%1: %n document</numerusform>
            <numerusform>%1: %n documents</numerusform>
        </translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Plenary::ArchiveView</name>
    <message numerus="yes">
        <source>%1 holds %n file(s). Open one with Enter or a double click; nothing in it is run.</source>
        <translation>
            <numerusform>%1 holds %n file. Open one with Enter or a double click; nothing in it is run.</numerusform>
            <numerusform>%1 holds %n files. Open one with Enter or a double click; nothing in it is run.</numerusform>
        </translation>
    </message>
    <message>
        <source>Files in the archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Plenary::AsyncStore</name>
    <message numerus="yes">
        <source>Imported %1 (%n document(s)).</source>
        <translation>
            <numerusform>Imported %1 (%n document).</numerusform>
            <numerusform>Imported %1 (%n documents).</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot open the meeting database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot set up the demo meeting: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read meeting %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting database could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot store the meeting: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large to open here (%2 MB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no local copy yet: sync the meeting to read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an archive inside the archive: it is not opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a file of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your note or position was not kept: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting has no working group %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no report %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report was not stored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The refreshed report was not stored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My notes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no liaison statement %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now on agenda item %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome taken back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Liaison statement %1 saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Liaison statement %1 removed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Plenary::Cli</name>
    <message>
        <source>usage: export report|wg-report WG|liaison ID [--format pdf|odt|md] --out FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give --format pdf, odt or md (%1 has no known extension)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos; (pdf, odt or md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no liaison statement %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no working group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>indexing %1/%2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: search WORDS... (&quot;a phrase&quot;, prefix*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: allocate DOCUMENT --wg WG [--item ITEM]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: current ITEM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now on agenda item %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: outcome ITEM [--doc DOCUMENT]... --status STATUS [--text TEXT] [--to NEW-NUMBER]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown status &apos;%1&apos; (one of: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: liaison new --title TITLE --to BODY [--to BODY]... [--for action|comment|information] [--doc ATTACHMENT]... [--item ITEM]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--for takes action, comment or information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outcomes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>liaison statements:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (item %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>current item: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: publish URL [--keep-mine | --take-theirs]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>merged from the server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conflict: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conflict: not published; publish again with --keep-mine or --take-theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: follow URL [--once]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plenary-cli: cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plenary-cli: there is no current meeting; sync or import one first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plenary-cli: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plenary-cli: numbers are given by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plenary-cli: warning: the contribution deadline (%1, end of the day, UTC) passed %2 ago; the secretariat may not accept it for this meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted %1 (%2 bytes) to %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Plenary::DemoMeeting</name>
    <message>
        <source>the bundled demo meeting is missing from this build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Plenary::DirectoryListing</name>
    <message>
        <source>empty name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name contains &apos;..&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name contains a slash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name contains a backslash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name contains a control character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name contains a bidirectional control character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name is longer than 255 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: points outside the meeting folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name is &apos;.&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name has digits that only look like 0-9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name mixes digits of different scripts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Plenary::DocumentDetailsPanel</name>
    <message>
        <source>Select a document to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda item:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revisions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abstract:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 - %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not allocated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after the contribution deadline of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replaces %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replaced by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Plenary::DocumentTableModel</name>
    <message>
        <source>Received after the contribution deadline (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaced by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local copy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Plenary::DocumentTableView</name>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Plenary::FindReplaceBar</name>
    <message numerus="yes">
        <source>%n replacement(s)</source>
        <translation>
            <numerusform>%n replacement</numerusform>
            <numerusform>%n replacements</numerusform>
        </translation>
    </message>
    <message>
        <source>Match &amp;case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close (Escape)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrapped around</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Plenary::FtpClient</name>
    <message>
        <source>%1 refused the user name or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not offer an encrypted connection (AUTH TLS).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection to %1 failed; its certificate is not trusted or TLS could not be agreed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not on the server or may not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FTP error with %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The listing of %1 is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists on the server; nothing was replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stopped answering, or answers too slowly: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Plenary::FtpListing</name>
    <message>
        <source>the name is not UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a listing line not understood</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Plenary::FtpTransfer</name>
    <message>
        <source>the file is larger than the limit of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server sent more than the %1 bytes listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (after %n attempt(s))</source>
        <translation>
            <numerusform>%1 (after %n attempt)</numerusform>
            <numerusform>%1 (after %n attempts)</numerusform>
        </translation>
    </message>
    <message>
        <source>the transfer ended after %1 of %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Plenary::Json</name>
    <message>
        <source>a boolean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a string, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an array, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date (expected YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date and time (expected ISO 8601)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown %1 &apos;%2&apos; (expected one of: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>document type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, column %2: %3%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (the file looks truncated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a JSON object at the top level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported format &apos;%1&apos; (this version of Plenary reads %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a non-negative whole number, found %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Plenary::KeychainCredentialStore</name>
    <message>
        <source>no keychain is available (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>access to the keychain was refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the keychain did not answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the keychain entry for %1 is not Plenary&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Plenary::LiaisonDialog</name>
    <message>
        <source>&amp;Deadline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Liaison Statement %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Q1/17, Q2/17</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Question(s):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda &amp;item:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A body from the list, or type one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cc:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;pproval:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;ntact:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Body:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting documents, e.g. FG-Smart-I-0012</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach&amp;ments:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Liaison officer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A liaison statement needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A liaison statement needs at least one addressee (To).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a document of this meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addressees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New addressee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Plenary::LibraryFilterButton</name>
    <message>
        <source>Library filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only some documents: by working group, type, outcome, unread, late, with my notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Working Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All Types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not Treated Yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unread Only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only documents you have not opened yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Late Only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only documents received after the contribution deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With My &amp;Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only documents you have written notes on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filters (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Plenary::LoginDialog</name>
    <message>
        <source>Sign In to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 asks for a user name and password to give the meeting documents.

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remember in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeps the password in the desktop&apos;s keychain, never in Plenary&apos;s settings; otherwise it is kept until Plenary quits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign In</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Plenary::MainWindow</name>
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
            <numerusform>%n received late</numerusform>
            <numerusform>%n received late</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n shown)</source>
        <translation>
            <numerusform>%1 (%n shown)</numerusform>
            <numerusform>%1 (%n shown)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>... and %n more</source>
        <translation>
            <numerusform>... and %n more</numerusform>
            <numerusform>... and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be synced:</source>
        <translation>
            <numerusform>%n file could not be synced:</numerusform>
            <numerusform>%n files could not be synced:</numerusform>
        </translation>
    </message>
    <message>
        <source>Plenary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the meeting...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting was not imported; nothing stored has changed.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is kept until Plenary quits, not in the keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop documents on a working group to allocate them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the documents of every agenda item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by number, title or source (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Meeting...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a meeting.json manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Meeting from &amp;URL...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sync Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy Number and Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &amp;All Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filter Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;All Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Document &amp;Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close Document &amp;Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show My &amp;Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Searc&amp;h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Expand Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Collapse Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to A&amp;genda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting &amp;Information...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Configure Plenary...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Plenary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 - Plenary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chairman: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synced from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting manifests (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Meeting from URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address of the meeting folder (with a meeting.json or a directory listing):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting could not be synced.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync cancelled; it resumes where it stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync complete: %1 downloaded, %2 updated, %3 withdrawn on server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to Doc&amp;uments</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n name(s) listed by the server, not taken for safety:</source>
        <translation>
            <numerusform>%n name listed by the server, not taken for safety:</numerusform>
            <numerusform>%n names listed by the server, not taken for safety:</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync a meeting folder from a web or FTP server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Su&amp;bmit Contribution...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload a contribution to the meeting&apos;s drop folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http://, https://, ftp:// or ftps:// address.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Plenary::ManifestBuilder</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the link points to nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the link points outside the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>folders more than %n level(s) down are left out</source>
        <translation>
            <numerusform>folders more than %n level down are left out</numerusform>
            <numerusform>folders more than %n levels down are left out</numerusform>
        </translation>
    </message>
    <message>
        <source>the folder cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no document number can be made from the name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file changed while it was read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No folder was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The manifest made from %1 is not valid: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Plenary::MeetingInfoDialog</name>
    <message>
        <source>Meeting Information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venue:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contribution deadline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chairman:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vice-chairmen:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secretariat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document numbers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 - %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaders:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to be nominated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terms of reference:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Plenary::MeetingJson</name>
    <message>
        <source>the agenda is nested more than 8 levels deep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate agenda item id &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ends before it starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate working group id &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate file &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected 64 hexadecimal digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate document number &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown agenda item &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown working group &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file is larger than 256 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an empty part of the path (a leading, trailing or double slash)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 folders deep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a safe file name or relative path: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Plenary::NotesExport</name>
    <message>
        <source>My notes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>*No notes and no positions yet.*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>**My position:** %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Plenary::NotesPanel</name>
    <message>
        <source>&amp;Delete Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My notes on this document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note on the page the reader shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your note: private, never published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Position:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your note was not kept: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note on Page %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note on Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a document to keep notes on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken on %1, an earlier version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(earlier version)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written on %1, which this document revises.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written on an earlier version of this document: its file has changed since.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Plenary::OfficeConverter</name>
    <message>
        <source>Cannot create the cache folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot prepare LibreOffice&apos;s profile in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LibreOffice is not installed: office documents cannot be converted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large to convert (%2 MB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot copy %1 for conversion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LibreOffice could not be started: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LibreOffice could not convert %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LibreOffice could not convert %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot keep the converted PDF in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>LibreOffice took longer than %n seconds to convert %1.</source>
        <translation>
            <numerusform>LibreOffice took longer than %n seconds to convert %1.</numerusform>
            <numerusform>LibreOffice took longer than %n seconds to convert %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Plenary::PdfReader</name>
    <message>
        <source>p. %1: %2%3%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the outline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>‹</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>›</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>−</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit Width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit the page width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit the whole page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find in document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF is protected by a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not a PDF that can be shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This PDF has no pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Plenary::RateGuard</name>
    <message>
        <source>the server sent less than %1 per second; given up</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Plenary::ReaderTabs</name>
    <message>
        <source>Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Converting %1 to PDF with LibreOffice...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening %1...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening %1 from %2...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be shown: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an office document, and LibreOffice is not installed to show it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be shown here: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open it with the system&apos;s application?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be shown in Plenary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the archive: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown as converted to PDF by LibreOffice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 opened where you left it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Plenary::ReportExporter</name>
    <message>
        <source>exporting to PDF or ODT needs a graphical application (fonts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Plenary::ReportTemplate</name>
    <message>
        <source>action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 “%2” to %3 (for %4): %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; liaison officer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revised to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged into %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report of the meeting: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>- **Leaders:** %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>## Terms of reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>*No terms of reference are recorded for %1.*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>## Contributions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>*No documents are allocated to %1.*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>- **Source:** %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>- **Agenda item:** %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>- **Replaces:** %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>- **Outcome:** %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet treated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>## Liaison statements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>*No outgoing liaison statement attaches a document of %1.*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>## Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>- **Chairman:** %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>- **Vice-chairmen:** %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>| Document | Title | Source | Outcome |</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not treated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>## Working groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>## Outgoing liaison statements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>| Liaison statement | Title | To | Status | Liaison officer |</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed to at the %1 meeting, %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Liaison statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question(s):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>## LIAISON STATEMENT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For action to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For comment to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For information to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cc:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approval:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>**Attachments:**</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Plenary::ReportWindow</name>
    <message numerus="yes">
        <source>Refreshed from the session: %n change(s) brought in</source>
        <translation>
            <numerusform>Refreshed from the session: %n change brought in</numerusform>
            <numerusform>Refreshed from the session: %n changes brought in</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) that you had edited were left as you wrote them. What the session has there now is in the details.</source>
        <translation>
            <numerusform>%n place that you had edited were left as you wrote them. What the session has there now is in the details.</numerusform>
            <numerusform>%n places that you had edited were left as you wrote them. What the session has there now is in the details.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n word</numerusform>
            <numerusform>%n words</numerusform>
        </translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report text (Markdown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the report...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh from Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring in what the session recorded since the report was made; what you wrote stays as you wrote it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As &amp;PDF...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As &amp;ODT (LibreOffice, Word)...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As &amp;Markdown...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;eplace...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh from Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report was not exported.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Plenary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the report in Markdown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editing...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refreshing from the session...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenDocument text (*.odt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Plenary::ReportsController</name>
    <message>
        <source>Exported to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was exported.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Meeting Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Working-Group Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Meeting Report...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Liaison Statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My &amp;Notes...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My notes %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenDocument text (*.odt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting to %1...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Plenary::SearchController</name>
    <message numerus="yes">
        <source>%n file(s) searchable.</source>
        <translation>
            <numerusform>%n file searchable.</numerusform>
            <numerusform>%n files searchable.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) without readable text.</source>
        <translation>
            <numerusform>%n file without readable text.</numerusform>
            <numerusform>%n files without readable text.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search All Documents...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find words in every document of the meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indexing %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search index could not be updated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indexing stopped; searches find what was indexed so far.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Plenary::SearchPanel</name>
    <message numerus="yes">
        <source>%n page(s) found</source>
        <translation>
            <numerusform>%n page found</numerusform>
            <numerusform>%n pages found</numerusform>
        </translation>
    </message>
    <message>
        <source>%1  %2  p. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search all documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words that must all occur; &quot;a phrase&quot; in quotes; demand* for words that begin so.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop indexing; what is done is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indexing %1 of %2 files...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Plenary::SearchResultModel</name>
    <message>
        <source>%1, p. %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2, page %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Plenary::SessionController</name>
    <message numerus="yes">
        <source>%n document(s) taken out of their working group</source>
        <translation>
            <numerusform>%n document taken out of their working group</numerusform>
            <numerusform>%n documents taken out of their working group</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) allocated to %1</source>
        <translation>
            <numerusform>%n document allocated to %1</numerusform>
            <numerusform>%n documents allocated to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) allocated to item %1</source>
        <translation>
            <numerusform>%n document allocated to item %1</numerusform>
            <numerusform>%n documents allocated to item %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Allocate %n document(s) to:</source>
        <translation>
            <numerusform>Allocate %n document to:</numerusform>
            <numerusform>Allocate %n documents to:</numerusform>
        </translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Allocate To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Liaison Statements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Following %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publishing to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are following the chairman&apos;s session: it cannot be changed here (Meeting &gt; Stop Following).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 allocated to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 allocated to item %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to agenda item %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Liaison statement %1 drafted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Liaison statement %1 edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;No Working Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &amp;Current Agenda Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No agenda item is being treated yet (Meeting &gt; Next Agenda Item).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda &amp;Item...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocate to Agenda Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous Agenda Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next Agenda Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Liaison &amp;Statement...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ublish Session To...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Follow Session At...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not following</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The WebDAV folder (or session.json) where delegates will follow this session:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publishing...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address where the chairman publishes the session:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Following...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published (revision %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged from the server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publishing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending: the server cannot be reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publishing Conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else published changes to the same things:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take Theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Following: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last good state kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Following (revision %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish No&amp;w</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>St&amp;op Following</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Plenary::SessionFollower</name>
    <message>
        <source>%1 is not an http:// or https:// address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This meeting does not follow a published session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be reached: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the session of meeting %2, not of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds revision %2, older than the %3 already here; kept the newer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Plenary::SessionHttp</name>
    <message>
        <source>HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Plenary::SessionJson</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>names neither a working group nor an agenda item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document number is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>names neither an agenda item nor a document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a revision names one document and its new number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate outcome id &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate liaison statement id &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate document number &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Plenary::SessionPanel</name>
    <message>
        <source>Revised to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged into %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous agenda item (Alt+Page Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous agenda item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next agenda item (Alt+Page Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next agenda item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents under this item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents under the current agenda item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next free number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the meeting decided, in a sentence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Decision on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the outcome (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcomes recorded under this item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcomes recorded under the current agenda item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting has not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda item %1 itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number merged into</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Plenary::SessionPublisher</name>
    <message numerus="yes">
        <source>gave up after %n attempts: the session keeps changing on the server</source>
        <translation>
            <numerusform>gave up after %n attempts: the session keeps changing on the server</numerusform>
            <numerusform>gave up after %n attempts: the session keeps changing on the server</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not an http:// or https:// address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This meeting is not connected to a server for publishing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be reached: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not accept publishing (PUT): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not check If-Match: if two people publish at the same moment, one can overwrite the other&apos;s changes. A server that checks it (Apache mod_dav) avoids this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stays locked by someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder of %1 does not exist on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>publishing to %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is the session of meeting %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the session on the server cannot be merged (%1); publish keeping this copy to replace it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conflict with the session on the server: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Plenary::SettingsDialog</name>
    <message>
        <source>Add Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is kept in the desktop&apos;s keychain, never in Plenary&apos;s settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configure Plenary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;rvers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain did not keep the password; it is kept until Plenary quits: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain could not forget the password: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plenary speaks the language chosen here from its next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Data folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the meetings, their documents and your notes are kept; empty for the standard place. A new folder is used from the next start; what is stored in the current one stays there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync the open meeting &amp;every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Parallel transfers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More transfers can be faster on a fast line; a meeting server shared by many delegates prefers few.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the chairman&apos;s &amp;session every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These take effect at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Servers whose passwords Plenary keeps in the desktop&apos;s keychain. A server that asks for a password during a sync is added here when you let Plenary remember it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change Password...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Forget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget the password kept for %1? Plenary asks for it again when the server wants it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Plenary::Store</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the store is not open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open the database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Plenary database (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the schema version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upgrading the database to schema version %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>setting the current meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the meeting has no id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>storing the meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replacing the agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>storing agenda item %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>storing working group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>storing document %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replacing the files of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>storing file %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no meeting &apos;%1&apos; in the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving a note on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no note %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the local files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the position in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keeping the position in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removing note %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading your positions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading your notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keeping your position on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading report %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no report %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a working-group report needs its working group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no meeting %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no working group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving report %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removing report %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the search index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the index of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starting the index of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removing %1 from the index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>indexing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>searching for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counting a session change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no document %1 in meeting %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no agenda item %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>allocating %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>setting the current agenda item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a revision names one document and its new number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no document %1 to merge into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no outcome %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>taking back an outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undoing revision %1 -&gt; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a liaison statement needs an id and a title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removing liaison statement %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no liaison statement %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the session names %1, which this meeting does not have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agenda item %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>document %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>working group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removing document %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clearing revision links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replacing the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>setting the current item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the session link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving the session link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removing the session link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recording where %1 comes from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>caching %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the sync state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recording %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database has schema version %1, newer than this version of Plenary understands (%2); use a newer Plenary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>linking revision %1 -&gt; %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recording an outcome: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>storing liaison statement %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no current meeting to submit to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recording the submission of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the submissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another submission is still under way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open the database %1: the disk is full (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open the database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Plenary::SubmitDialog</name>
    <message>
        <source>Submit Contribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Files...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Files:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as given by the secretariat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 42 or %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Request a Number...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting names no secretariat address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes an e-mail to %1 asking for a number for these files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploaded as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Drop folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting gives no deadline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (end of the day, UTC): passed %2 ago. The secretariat may not accept the contribution for this meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (end of the day, UTC): %2 left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Submit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files of the Contribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no file name extension (such as .docx or .pdf).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two files would both be named %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the files of the contribution.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the number the secretariat sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped; what was uploaded stays there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted and checked on the server: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The files of one contribution to %1 go to the meeting&apos;s drop folder, named with the number the secretariat gave. A name already taken stops the submission before anything is sent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Plenary::Submitter</name>
    <message>
        <source>&quot;%1&quot; is not a document number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a document number: give the number the secretariat sent, e.g. 42 or %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an http://, https://, ftp:// or ftps:// address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file to submit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a file that can be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no file name extension (such as .docx or .pdf): the secretariat needs one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two files would both be named %1: submit one file per type, or ask the secretariat for another number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document number request: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dear secretariat,

Please allocate a document number for this contribution to %1:

%2

Title:
Source:
Contact:

Thank you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking that %1 is free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already in the drop folder; nothing was uploaded and nothing replaced. Ask the secretariat whether the number is right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploading %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not uploaded: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 appeared in the drop folder meanwhile; it was not replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking %1 on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is on the server with %2 bytes instead of %3: ask the secretariat to remove it, then submit again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not in the drop folder&apos;s listing after the upload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be found on the server after the upload: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered that %1 replaced a file of that name (HTTP %2): it does not refuse to overwrite, so nothing more was sent. Tell the secretariat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already in the drop folder, and recorded: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Plenary::SyncEngine</name>
    <message>
        <source>HTTP %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP 401: the server asks for a user name and password that Plenary does not have, or that it refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an http://, https://, ftp:// or ftps:// address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder&apos;s page is larger than %1; given up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what this sync did could not be saved: %1; the files are downloaded again next time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Plenary::SyncStatusWidget</name>
    <message numerus="yes">
        <source>%1 of %n file(s)</source>
        <translation>
            <numerusform>%1 of %n file</numerusform>
            <numerusform>%1 of %n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n s left</source>
        <translation>
            <numerusform>%n s left</numerusform>
            <numerusform>%n s left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the sync; what has been downloaded is kept and resumed next time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the meeting folder...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Plenary::TextExtractor</name>
    <message>
        <source>the PDF is protected by a password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a readable PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>office documents are indexed once converted to PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>archives are indexed member by member once opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a format whose text can be read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Plenary::TextReader</name>
    <message>
        <source>Document text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Plenary::Transfer</name>
    <message numerus="yes">
        <source>%1 (after %n attempt(s))</source>
        <translation>
            <numerusform>%1 (after %n attempt)</numerusform>
            <numerusform>%1 (after %n attempts)</numerusform>
        </translation>
    </message>
    <message>
        <source>the server sent a web page instead of the file (an error or login page?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server sent an unexpected part of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is larger than the limit of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server announces %1 bytes, the manifest %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server sent more than the %1 bytes announced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP 416 Range Not Satisfiable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the transfer ended after %1 of %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server sent the file compressed (%1) although asked not to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the transfer ended after %1 of %2 bytes (%3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Plenary::TransferJob</name>
    <message>
        <source>cannot read the partial download: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the checksum does not match the manifest (SHA-256 %1, expected %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot keep the earlier version of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot move the download into %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: only %2 of %3 bytes are on the disk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Plenary::WorkingGroupModel</name>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
    <message>
        <source>%1  %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Led by %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Plenary::ZipArchive</name>
    <message>
        <source>its entry in the archive cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is protected by a password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its size is not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is too large (%1 MB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it would expand %1 times (a zip bomb)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has no name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its name has a backslash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its name is an absolute path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its name has control or direction characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its name leaves the archive&apos;s folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its name has an empty part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its name is too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the archive&apos;s directory cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has %2 members, more than %3: it is not opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not in the archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot extract %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds more than the archive says: it is not extracted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is shorter than the archive says.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QCoreApplication::QCoreApplication</name>
    <message>
        <source>%1 unchanged, %2 removed, %3 without text (archives, office without LibreOffice)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QGuiApplication</name>
    <message>
        <source>QT_LAYOUT_DIRECTION</source>
        <comment>Translate this string to the string &apos;LTR&apos; in left-to-right languages or to &apos;RTL&apos; in right-to-left languages (such as Hebrew and Arabic) to get proper widget layout.</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Contribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LS/i</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LS/o</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endorsement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved by consensus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endorsed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technically endorsed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reissued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partially approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postponed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not treated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Plenary - paperless meetings for standards bodies.
With no meeting stored, it opens the bundled demo meeting (ITU-T FG Smart, Geneva, 14-16 June 2010).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the database, documents and settings in &lt;dir&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Plenary in &lt;language&gt; (ar, en, es, fr, ru, zh_CN) instead of the one chosen in Settings or the system&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open and sync the meeting folder at &lt;url&gt; (as File &gt; Open Meeting from URL).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[url]</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plenary-cli</name>
    <message numerus="yes">
        <source>%n top-level item(s)</source>
        <translation>
            <numerusform>%n top-level item</numerusform>
            <numerusform>%n top-level items</numerusform>
        </translation>
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
            <numerusform>, %n received after the deadline</numerusform>
            <numerusform>, %n received after the deadline</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %1: %2 (%n document(s))</source>
        <translation>
            <numerusform>Imported %1: %2 (%n document)</numerusform>
            <numerusform>Imported %1: %2 (%n documents)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n in all</source>
        <translation>
            <numerusform>, %n in all</numerusform>
            <numerusform>, %n in all</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n s left</source>
        <translation>
            <numerusform>, %n s left</numerusform>
            <numerusform>, %n s left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n failed</source>
        <translation>
            <numerusform>, %n failed</numerusform>
            <numerusform>, %n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 downloaded, %3 updated, %4 unchanged, %5 withdrawn on server (%n request(s))</source>
        <translation>
            <numerusform>%1: %2 downloaded, %3 updated, %4 unchanged, %5 withdrawn on server (%n request)</numerusform>
            <numerusform>%1: %2 downloaded, %3 updated, %4 unchanged, %5 withdrawn on server (%n requests)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>published revision %1 (%n request(s))</source>
        <translation>
            <numerusform>published revision %1 (%n request)</numerusform>
            <numerusform>published revision %1 (%n requests)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>indexed %n file(s)</source>
        <translation>
            <numerusform>indexed %n file</numerusform>
            <numerusform>indexed %n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message>
        <source>plenary-cli: cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plenary-cli: cannot set up the demo meeting: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plenary-cli: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chairman:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working groups:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcomes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plenary-cli: %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for %1 at %2: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/%2 files, %3 of %4, %5/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plenary-cli: %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plenary-cli: refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the database and documents in &lt;dir&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parallel transfers for sync (1-32, default 6).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the result of sync as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name for a server that asks for one (sync); the password is read from PLENARY_PASSWORD or asked for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember the password given with --user in the desktop keychain, for later syncs and for Plenary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working group (allocate).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda item (allocate).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document the outcome is about, or a liaison&apos;s attachment; repeatable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome status, e.g. approved, noted, revised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text of the outcome.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title of the liaison statement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What a liaison statement asks for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>action|comment|information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: pdf, odt or md.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: the file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>search: at most this many hits (default 50).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>follow: poll once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>publish: on a conflict, this copy&apos;s side wins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>publish: on a conflict, the server&apos;s side wins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>info | import | sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arguments of the command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[args...]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plenary-cli: --jobs takes a number from 1 to 32</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plenary-cli: --limit takes a positive number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plenary-cli: no command given; try &apos;plenary-cli --help&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plenary-cli: wrong arguments for &apos;%1&apos;; try &apos;plenary-cli --help&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plenary-cli: unknown command &apos;%1&apos;; try &apos;plenary-cli --help&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plenary-cli: the password is not remembered: %1; it is used for this run only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plenary-cli: &apos;%1&apos; is not an http://, https://, ftp:// or ftps:// address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plenary-cli: cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plenary-cli: left out: %1</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addressee of a liaison statement (repeatable), the new number of a revision, or the drop folder to submit to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>submit: the contribution&apos;s number (e.g. 42).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manifest: the meeting.json that describes the meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plenary-cli: submit needs --number, the number the secretariat gave</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
