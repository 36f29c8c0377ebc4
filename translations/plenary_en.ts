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
</context>
</TS>
