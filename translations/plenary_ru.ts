<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>Features</name>
    <message numerus="yes">
        <source>Syntax highlighting: available (KF6 SyntaxHighlighting %1, %n syntax definition(s))</source>
        <translation>
            <numerusform>Подсветка синтаксиса: доступна (KF6 SyntaxHighlighting %1, %n определение синтаксиса)</numerusform>
            <numerusform>Подсветка синтаксиса: доступна (KF6 SyntaxHighlighting %1, %n определения синтаксиса)</numerusform>
            <numerusform>Подсветка синтаксиса: доступна (KF6 SyntaxHighlighting %1, %n определений синтаксиса)</numerusform>
        </translation>
    </message>
    <message>
        <source>Syntax highlighting: not available (built without KF6 SyntaxHighlighting); text documents are shown as plain text</source>
        <translation>Подсветка синтаксиса: недоступна (программа собрана без KF6 SyntaxHighlighting); текстовые документы показываются как обычный текст</translation>
    </message>
</context>
<context>
    <name>FileState</name>
    <message>
        <source>Remote only</source>
        <translation>Только на сервере</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>Загружается</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>Загружен</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Обновлен</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <source>Withdrawn on server</source>
        <translation>Отозван на сервере</translation>
    </message>
</context>
<context>
    <name>Plenary</name>
    <message>
        <source>not allocated</source>
        <translation>не распределен</translation>
    </message>
    <message>
        <source>item %1</source>
        <translation>пункт %1</translation>
    </message>
    <message>
        <source>revised to %1</source>
        <translation>пересмотрено в %1</translation>
    </message>
    <message>
        <source>merged into %1</source>
        <translation>включено в %1</translation>
    </message>
    <message>
        <source>Liaison statement %1 drafted here is now %2 (the server has another %1)</source>
        <translation>Заявление о взаимодействии %1, подготовленное здесь, теперь имеет номер %2 (на сервере есть другое %1)</translation>
    </message>
    <message>
        <source>current agenda item: %1 here, %2 on the server</source>
        <translation>текущий пункт повестки дня: здесь %1, на сервере %2</translation>
    </message>
    <message>
        <source>allocation of %1: %2 here, %3 on the server</source>
        <translation>распределение %1: здесь %2, на сервере %3</translation>
    </message>
    <message>
        <source>outcome &quot;%1&quot;: changed here and on the server</source>
        <translation>решение «%1»: изменено и здесь, и на сервере</translation>
    </message>
    <message>
        <source>liaison statement %1: changed here and on the server</source>
        <translation>заявление о взаимодействии %1: изменено и здесь, и на сервере</translation>
    </message>
    <message>
        <source>document %1: made here and on the server, differently</source>
        <translation>документ %1: создан и здесь, и на сервере, но по-разному</translation>
    </message>
    <message>
        <source>Now on agenda item %1</source>
        <translation>Рассматривается пункт повестки дня %1</translation>
    </message>
    <message>
        <source>%1: allocation withdrawn</source>
        <translation>%1: распределение отменено</translation>
    </message>
    <message>
        <source>%1 allocated to %2</source>
        <translation>%1 распределен в %2</translation>
    </message>
    <message>
        <source>%1: %2 allocated to %3</source>
        <translation>%1: %2 распределен в %3</translation>
    </message>
    <message>
        <source>changed: %1</source>
        <translation>изменено: %1</translation>
    </message>
    <message>
        <source>taken back: %1</source>
        <translation>отменено: %1</translation>
    </message>
    <message>
        <source>Liaison statement %1 drafted: %2</source>
        <translation>Подготовлен проект заявления о взаимодействии %1: %2</translation>
    </message>
    <message>
        <source>Liaison statement %1: %2</source>
        <translation>Заявление о взаимодействии %1: %2</translation>
    </message>
    <message>
        <source>Liaison statement %1 edited</source>
        <translation>Заявление о взаимодействии %1 изменено</translation>
    </message>
    <message>
        <source>Liaison statement %1 removed</source>
        <translation>Заявление о взаимодействии %1 удалено</translation>
    </message>
    <message>
        <source>%1 is not a ZIP archive that can be read: %2</source>
        <translation>%1 не является читаемым ZIP-архивом: %2</translation>
    </message>
</context>
<context>
    <name>Plenary::AboutDialog</name>
    <message>
        <source>About Plenary</source>
        <translation>О программе Plenary</translation>
    </message>
    <message>
        <source>Plenary %1</source>
        <translation>Plenary %1</translation>
    </message>
    <message>
        <source>Paperless meetings for standards bodies: the agenda, the allocation of contributions, the decisions and the documents, on every delegate&apos;s laptop, online or not.</source>
        <translation>Безбумажные собрания органов по стандартизации: повестка дня, распределение вкладов, решения и документы — на ноутбуке каждого делегата, в сети и без сети.</translation>
    </message>
    <message>
        <source>Qt %1 (built with Qt %2)</source>
        <translation>Qt %1 (собрано с Qt %2)</translation>
    </message>
    <message>
        <source>Data folder: %1</source>
        <translation>Папка данных: %1</translation>
    </message>
</context>
<context>
    <name>Plenary::AgendaModel</name>
    <message numerus="yes">
        <source>%n document(s) allocated</source>
        <translation>
            <numerusform>%n документ распределен</numerusform>
            <numerusform>%n документа распределено</numerusform>
            <numerusform>%n документов распределено</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n document(s)</source>
        <translation>
            <numerusform>%1: %n документ</numerusform>
            <numerusform>%1: %n документа</numerusform>
            <numerusform>%1: %n документов</numerusform>
        </translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Пункт</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Docs</source>
        <translation>Док.</translation>
    </message>
</context>
<context>
    <name>Plenary::ArchiveView</name>
    <message>
        <source>Files in the archive</source>
        <translation>Файлы в архиве</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>Not opened: %1</source>
        <translation>Не открывается: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 holds %n file(s). Open one with Enter or a double click; nothing in it is run.</source>
        <translation>
            <numerusform>%1 содержит %n файл. Откройте нужный файл клавишей Enter или двойным щелчком; ничего из архива не запускается.</numerusform>
            <numerusform>%1 содержит %n файла. Откройте нужный файл клавишей Enter или двойным щелчком; ничего из архива не запускается.</numerusform>
            <numerusform>%1 содержит %n файлов. Откройте нужный файл клавишей Enter или двойным щелчком; ничего из архива не запускается.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Plenary::AsyncStore</name>
    <message>
        <source>Cannot open the meeting database %1: %2</source>
        <translation>Не удается открыть базу данных собрания %1: %2</translation>
    </message>
    <message>
        <source>Cannot set up the demo meeting: %1</source>
        <translation>Не удается подготовить демонстрационное собрание: %1</translation>
    </message>
    <message>
        <source>Cannot read meeting %1: %2</source>
        <translation>Не удается прочитать собрание %1: %2</translation>
    </message>
    <message>
        <source>The meeting database could not be opened.</source>
        <translation>Не удалось открыть базу данных собрания.</translation>
    </message>
    <message>
        <source>%1: cannot store the meeting: %2</source>
        <translation>%1: не удается сохранить собрание: %2</translation>
    </message>
    <message numerus="yes">
        <source>Imported %1 (%n document(s)).</source>
        <translation>
            <numerusform>Импортировано собрание «%1» (%n документ).</numerusform>
            <numerusform>Импортировано собрание «%1» (%n документа).</numerusform>
            <numerusform>Импортировано собрание «%1» (%n документов).</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Не удается прочитать %1: %2</translation>
    </message>
    <message>
        <source>%1 is too large to open here (%2 MB).</source>
        <translation>%1: слишком большой размер, чтобы открыть здесь (%2 МБ).</translation>
    </message>
    <message>
        <source>%1 has no local copy yet: sync the meeting to read it.</source>
        <translation>У документа %1 еще нет локальной копии: синхронизируйте собрание, чтобы его прочитать.</translation>
    </message>
    <message>
        <source>%1 is an archive inside the archive: it is not opened.</source>
        <translation>%1 — архив внутри архива: он не открывается.</translation>
    </message>
    <message>
        <source>%1 is not a file of %2.</source>
        <translation>%1 не относится к файлам документа %2.</translation>
    </message>
    <message>
        <source>Your note or position was not kept: %1</source>
        <translation>Заметка или позиция не сохранена: %1</translation>
    </message>
    <message>
        <source>The PDF of %1</source>
        <translation>PDF-версия %1</translation>
    </message>
    <message>
        <source>The meeting has no working group %1.</source>
        <translation>В собрании нет рабочей группы %1.</translation>
    </message>
    <message>
        <source>There is no report %1.</source>
        <translation>Отчет %1 не найден.</translation>
    </message>
    <message>
        <source>The report was not stored: %1</source>
        <translation>Отчет не записан: %1</translation>
    </message>
    <message>
        <source>The report was not saved: %1</source>
        <translation>Отчет не сохранен: %1</translation>
    </message>
    <message>
        <source>The refreshed report was not stored: %1</source>
        <translation>Обновленный отчет не записан: %1</translation>
    </message>
    <message>
        <source>My notes: %1</source>
        <translation>Мои заметки: %1</translation>
    </message>
    <message>
        <source>There is no liaison statement %1.</source>
        <translation>Заявление о взаимодействии %1 не найдено.</translation>
    </message>
    <message>
        <source>Now on agenda item %1</source>
        <translation>Рассматривается пункт повестки дня %1</translation>
    </message>
    <message>
        <source>Outcome taken back</source>
        <translation>Решение отменено</translation>
    </message>
    <message>
        <source>Liaison statement %1 saved</source>
        <translation>Заявление о взаимодействии %1 сохранено</translation>
    </message>
    <message>
        <source>Liaison statement %1 removed</source>
        <translation>Заявление о взаимодействии %1 удалено</translation>
    </message>
</context>
<context>
    <name>Plenary::Cli</name>
    <message>
        <source>usage: export report|wg-report WG|liaison ID [--format pdf|odt|md] --out FILE</source>
        <translation>использование: export report|wg-report WG|liaison ID [--format pdf|odt|md] --out FILE</translation>
    </message>
    <message>
        <source>give --format pdf, odt or md (%1 has no known extension)</source>
        <translation>укажите --format pdf, odt или md (у %1 неизвестное расширение)</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos; (pdf, odt or md)</source>
        <translation>неизвестный формат &apos;%1&apos; (pdf, odt или md)</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>не удается открыть %1: %2</translation>
    </message>
    <message>
        <source>no liaison statement %1</source>
        <translation>нет заявления о взаимодействии %1</translation>
    </message>
    <message>
        <source>no working group %1</source>
        <translation>нет рабочей группы %1</translation>
    </message>
    <message>
        <source>indexing %1/%2 %3</source>
        <translation>индексирование %1/%2 %3</translation>
    </message>
    <message>
        <source>cannot read %1</source>
        <translation>не удается прочитать %1</translation>
    </message>
    <message>
        <source>usage: search WORDS... (&quot;a phrase&quot;, prefix*)</source>
        <translation>использование: search WORDS... (&quot;фраза&quot;, префикс*)</translation>
    </message>
    <message>
        <source>usage: allocate DOCUMENT --wg WG [--item ITEM]</source>
        <translation>использование: allocate DOCUMENT --wg WG [--item ITEM]</translation>
    </message>
    <message>
        <source>usage: current ITEM</source>
        <translation>использование: current ITEM</translation>
    </message>
    <message>
        <source>Now on agenda item %1</source>
        <translation>Рассматривается пункт повестки дня %1</translation>
    </message>
    <message>
        <source>usage: outcome ITEM [--doc DOCUMENT]... --status STATUS [--text TEXT] [--to NEW-NUMBER]</source>
        <translation>использование: outcome ITEM [--doc DOCUMENT]... --status STATUS [--text TEXT] [--to NEW-NUMBER]</translation>
    </message>
    <message>
        <source>unknown status &apos;%1&apos; (one of: %2)</source>
        <translation>неизвестный статус &apos;%1&apos; (допустимые значения: %2)</translation>
    </message>
    <message>
        <source>usage: liaison new --title TITLE --to BODY [--to BODY]... [--for action|comment|information] [--doc ATTACHMENT]... [--item ITEM]</source>
        <translation>использование: liaison new --title TITLE --to BODY [--to BODY]... [--for action|comment|information] [--doc ATTACHMENT]... [--item ITEM]</translation>
    </message>
    <message>
        <source>--for takes action, comment or information</source>
        <translation>--for принимает значения action, comment или information</translation>
    </message>
    <message>
        <source>usage: session</source>
        <translation>использование: session</translation>
    </message>
    <message>
        <source>outcomes:</source>
        <translation>решения:</translation>
    </message>
    <message>
        <source>liaison statements:</source>
        <translation>заявления о взаимодействии:</translation>
    </message>
    <message>
        <source> (item %1)</source>
        <translation> (пункт %1)</translation>
    </message>
    <message>
        <source>current item: %1</source>
        <translation>текущий пункт: %1</translation>
    </message>
    <message>
        <source>usage: publish URL [--keep-mine | --take-theirs]</source>
        <translation>использование: publish URL [--keep-mine | --take-theirs]</translation>
    </message>
    <message>
        <source>merged from the server: %1</source>
        <translation>принято с сервера: %1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>предупреждение: %1</translation>
    </message>
    <message>
        <source>conflict: %1</source>
        <translation>конфликт: %1</translation>
    </message>
    <message>
        <source>conflict: not published; publish again with --keep-mine or --take-theirs</source>
        <translation>конфликт: не опубликовано; опубликуйте повторно с --keep-mine или --take-theirs</translation>
    </message>
    <message>
        <source>usage: follow URL [--once]</source>
        <translation>использование: follow URL [--once]</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>неизвестная команда &apos;%1&apos;</translation>
    </message>
    <message>
        <source>plenary-cli: cannot open %1: %2</source>
        <translation>plenary-cli: не удается открыть %1: %2</translation>
    </message>
    <message>
        <source>plenary-cli: there is no current meeting; sync or import one first</source>
        <translation>plenary-cli: текущего собрания нет; сначала синхронизируйте или импортируйте собрание</translation>
    </message>
    <message>
        <source>plenary-cli: %1</source>
        <translation>plenary-cli: %1</translation>
    </message>
    <message>
        <source>plenary-cli: numbers are given by %1</source>
        <translation>plenary-cli: номера выдает %1</translation>
    </message>
    <message>
        <source>plenary-cli: warning: the contribution deadline (%1, end of the day, UTC) passed %2 ago; the secretariat may not accept it for this meeting</source>
        <translation>plenary-cli: предупреждение: предельный срок представления вкладов (%1, конец дня, UTC) истек %2 назад; секретариат может не принять вклад для этого собрания</translation>
    </message>
    <message>
        <source>Submitted %1 (%2 bytes) to %3</source>
        <translation>Вклад %1 (%2 байт) представлен в %3</translation>
    </message>
</context>
<context>
    <name>Plenary::DemoMeeting</name>
    <message>
        <source>the bundled demo meeting is missing from this build</source>
        <translation>встроенное демонстрационное собрание отсутствует в этой сборке</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>не удается создать %1</translation>
    </message>
</context>
<context>
    <name>Plenary::DirectoryListing</name>
    <message>
        <source>empty name</source>
        <translation>пустое имя</translation>
    </message>
    <message>
        <source>the name contains &apos;..&apos;</source>
        <translation>имя содержит &apos;..&apos;</translation>
    </message>
    <message>
        <source>the name contains a slash</source>
        <translation>имя содержит косую черту</translation>
    </message>
    <message>
        <source>the name contains a backslash</source>
        <translation>имя содержит обратную косую черту</translation>
    </message>
    <message>
        <source>the name contains a control character</source>
        <translation>имя содержит управляющий символ</translation>
    </message>
    <message>
        <source>the name contains a bidirectional control character</source>
        <translation>имя содержит символ управления направлением текста</translation>
    </message>
    <message>
        <source>the name is longer than 255 characters</source>
        <translation>имя длиннее 255 символов</translation>
    </message>
    <message>
        <source>%1: points outside the meeting folder</source>
        <translation>%1: указывает за пределы папки собрания</translation>
    </message>
    <message>
        <source>the name is &apos;.&apos;</source>
        <translation>имя — &apos;.&apos;</translation>
    </message>
    <message>
        <source>the name has digits that only look like 0-9</source>
        <translation>в имени есть цифры, которые лишь похожи на 0-9</translation>
    </message>
    <message>
        <source>the name mixes digits of different scripts</source>
        <translation>в имени смешаны цифры разных систем письма</translation>
    </message>
</context>
<context>
    <name>Plenary::DocumentDetailsPanel</name>
    <message>
        <source>Select a document to see its details.</source>
        <translation>Выберите документ, чтобы просмотреть сведения о нем.</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Источник:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Тип:</translation>
    </message>
    <message>
        <source>Working group:</source>
        <translation>Рабочая группа:</translation>
    </message>
    <message>
        <source>Agenda item:</source>
        <translation>Пункт повестки дня:</translation>
    </message>
    <message>
        <source>Received:</source>
        <translation>Получен:</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>Решение:</translation>
    </message>
    <message>
        <source>Revisions:</source>
        <translation>Редакции:</translation>
    </message>
    <message>
        <source>Files:</source>
        <translation>Файлы:</translation>
    </message>
    <message>
        <source>Abstract:</source>
        <translation>Резюме:</translation>
    </message>
    <message>
        <source>%1, for %2</source>
        <translation>%1, цель: %2</translation>
    </message>
    <message>
        <source>%1 - %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>not allocated</source>
        <translation>не распределен</translation>
    </message>
    <message>
        <source>after the contribution deadline of %1</source>
        <translation>после предельного срока представления вкладов (%1)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>replaces %1</source>
        <translation>заменяет %1</translation>
    </message>
    <message>
        <source>replaced by %1</source>
        <translation>заменен документом %1</translation>
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
        <translation>Получен после предельного срока представления вкладов (%1)</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Цель</translation>
    </message>
    <message>
        <source>WG</source>
        <translation>РГ</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Пункт</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Решение</translation>
    </message>
    <message>
        <source>Replaced by</source>
        <translation>Заменен на</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Получен</translation>
    </message>
    <message>
        <source>Local copy</source>
        <translation>Локальная копия</translation>
    </message>
</context>
<context>
    <name>Plenary::DocumentTableView</name>
    <message>
        <source>Documents</source>
        <translation>Документы</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Столбцы</translation>
    </message>
</context>
<context>
    <name>Plenary::FindReplaceBar</name>
    <message>
        <source>Match &amp;case</source>
        <translation>&amp;Учитывать регистр</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Найти</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>Заменить на</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>&amp;Предыдущее</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Следующее</translation>
    </message>
    <message>
        <source>Close (Escape)</source>
        <translation>Закрыть (Escape)</translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation>Закрыть панель поиска</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Заменить</translation>
    </message>
    <message>
        <source>Replace &amp;All</source>
        <translation>Заменить &amp;все</translation>
    </message>
    <message>
        <source>Wrapped around</source>
        <translation>Поиск продолжен с другого конца</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Не найдено</translation>
    </message>
    <message numerus="yes">
        <source>%n replacement(s)</source>
        <translation>
            <numerusform>%n замена</numerusform>
            <numerusform>%n замены</numerusform>
            <numerusform>%n замен</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Plenary::FtpClient</name>
    <message>
        <source>%1 refused the user name or password.</source>
        <translation>%1 отклонил имя пользователя или пароль.</translation>
    </message>
    <message>
        <source>%1 does not offer an encrypted connection (AUTH TLS).</source>
        <translation>%1 не предлагает зашифрованного соединения (AUTH TLS).</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed; its certificate is not trusted or TLS could not be agreed: %2</source>
        <translation>Не удалось установить защищенное соединение с %1: его сертификат не является доверенным или не удалось согласовать TLS: %2</translation>
    </message>
    <message>
        <source>%1 is not on the server or may not be read: %2</source>
        <translation>%1 отсутствует на сервере или недоступен для чтения: %2</translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation>Не удается подключиться к %1: %2</translation>
    </message>
    <message>
        <source>FTP error with %1: %2</source>
        <translation>Ошибка FTP при работе с %1: %2</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Отменено.</translation>
    </message>
    <message>
        <source>The listing of %1 is too large.</source>
        <translation>Список содержимого %1 слишком велик.</translation>
    </message>
    <message>
        <source>%1 already exists on the server; nothing was replaced.</source>
        <translation>%1 уже существует на сервере; ничего не заменено.</translation>
    </message>
    <message>
        <source>%1 stopped answering, or answers too slowly: %2</source>
        <translation>%1 перестал отвечать или отвечает слишком медленно: %2</translation>
    </message>
</context>
<context>
    <name>Plenary::FtpListing</name>
    <message>
        <source>the name is not UTF-8</source>
        <translation>имя не в кодировке UTF-8</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: a link</source>
        <translation>%1: ссылка</translation>
    </message>
    <message>
        <source>%1: a listing line not understood</source>
        <translation>%1: нераспознанная строка списка содержимого</translation>
    </message>
</context>
<context>
    <name>Plenary::FtpTransfer</name>
    <message>
        <source>the file is larger than the limit of %1</source>
        <translation>файл превышает ограничение в %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>не удается записать %1: %2</translation>
    </message>
    <message>
        <source>the server sent more than the %1 bytes listed</source>
        <translation>сервер прислал больше указанных %1 байт</translation>
    </message>
    <message numerus="yes">
        <source>%1 (after %n attempt(s))</source>
        <translation>
            <numerusform>%1 (после %n попытки)</numerusform>
            <numerusform>%1 (после %n попыток)</numerusform>
            <numerusform>%1 (после %n попыток)</numerusform>
        </translation>
    </message>
    <message>
        <source>the transfer ended after %1 of %2 bytes</source>
        <translation>передача прервалась после %1 из %2 байт</translation>
    </message>
</context>
<context>
    <name>Plenary::Json</name>
    <message>
        <source>a boolean</source>
        <translation>логическое значение</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>число</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>строка</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>массив</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>объект</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>отсутствует</translation>
    </message>
    <message>
        <source>expected a string, found %1</source>
        <translation>ожидалась строка, найдено: %1</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>значение не должно быть пустым</translation>
    </message>
    <message>
        <source>expected an array, found %1</source>
        <translation>ожидался массив, найдено: %1</translation>
    </message>
    <message>
        <source>expected an object, found %1</source>
        <translation>ожидался объект, найдено: %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date (expected YYYY-MM-DD)</source>
        <translation>&apos;%1&apos; не является датой (ожидается YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date and time (expected ISO 8601)</source>
        <translation>&apos;%1&apos; не является датой и временем (ожидается ISO 8601)</translation>
    </message>
    <message>
        <source>unknown %1 &apos;%2&apos; (expected one of: %3)</source>
        <translation>неизвестное значение %1 &apos;%2&apos; (ожидается одно из: %3)</translation>
    </message>
    <message>
        <source>document type</source>
        <translation>типа документа</translation>
    </message>
    <message>
        <source>purpose</source>
        <translation>назначения</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>файл пуст</translation>
    </message>
    <message>
        <source>line %1, column %2: %3%4</source>
        <translation>строка %1, столбец %2: %3%4</translation>
    </message>
    <message>
        <source> (the file looks truncated)</source>
        <translation> (похоже, файл обрезан)</translation>
    </message>
    <message>
        <source>expected a JSON object at the top level</source>
        <translation>на верхнем уровне ожидался объект JSON</translation>
    </message>
    <message>
        <source>unsupported format &apos;%1&apos; (this version of Plenary reads %2)</source>
        <translation>неподдерживаемый формат &apos;%1&apos; (эта версия Plenary читает %2)</translation>
    </message>
    <message>
        <source>status</source>
        <translation>статуса</translation>
    </message>
    <message>
        <source>expected a non-negative whole number, found %1</source>
        <translation>ожидалось неотрицательное целое число, найдено: %1</translation>
    </message>
</context>
<context>
    <name>Plenary::KeychainCredentialStore</name>
    <message>
        <source>no keychain is available (%1)</source>
        <translation>хранилище паролей недоступно (%1)</translation>
    </message>
    <message>
        <source>access to the keychain was refused</source>
        <translation>в доступе к хранилищу паролей отказано</translation>
    </message>
    <message>
        <source>the keychain did not answer</source>
        <translation>хранилище паролей не отвечает</translation>
    </message>
    <message>
        <source>the keychain entry for %1 is not Plenary&apos;s</source>
        <translation>запись для %1 в хранилище паролей создана не программой Plenary</translation>
    </message>
</context>
<context>
    <name>Plenary::LiaisonDialog</name>
    <message>
        <source>&amp;Deadline:</source>
        <translation>Пр&amp;едельный срок:</translation>
    </message>
    <message>
        <source>Liaison Statement %1</source>
        <translation>Заявление о взаимодействии %1</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>e.g. Q1/17, Q2/17</source>
        <translation>например, Q1/17, Q2/17</translation>
    </message>
    <message>
        <source>&amp;Question(s):</source>
        <translation>&amp;Вопрос(ы):</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Источник:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <source>Agenda &amp;item:</source>
        <translation>&amp;Пункт повестки дня:</translation>
    </message>
    <message>
        <source>A body from the list, or type one</source>
        <translation>Выберите организацию из списка или введите название</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Добавить</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>&amp;Кому:</translation>
    </message>
    <message>
        <source>&amp;Cc:</source>
        <translation>К&amp;опия:</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Для принятия мер</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Для замечаний</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Для информации</translation>
    </message>
    <message>
        <source>For:</source>
        <translation>Назначение:</translation>
    </message>
    <message>
        <source>A&amp;pproval:</source>
        <translation>Утве&amp;рждение:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Co&amp;ntact:</source>
        <translation>Контактное &amp;лицо:</translation>
    </message>
    <message>
        <source>&amp;Body:</source>
        <translation>&amp;Текст:</translation>
    </message>
    <message>
        <source>Meeting documents, e.g. FG-Smart-I-0012</source>
        <translation>Документы собрания, например FG-Smart-I-0012</translation>
    </message>
    <message>
        <source>Attach&amp;ments:</source>
        <translation>Прило&amp;жения:</translation>
    </message>
    <message>
        <source>&amp;Liaison officer:</source>
        <translation>Ответственный &amp;за взаимодействие:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Статус:</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>A liaison statement needs a title.</source>
        <translation>У заявления о взаимодействии должно быть название.</translation>
    </message>
    <message>
        <source>A liaison statement needs at least one addressee (To).</source>
        <translation>У заявления о взаимодействии должен быть хотя бы один адресат (Кому).</translation>
    </message>
    <message>
        <source>%1 is not a document of this meeting.</source>
        <translation>%1 не является документом этого собрания.</translation>
    </message>
    <message>
        <source>Addressees</source>
        <translation>Адресаты</translation>
    </message>
    <message>
        <source>New addressee</source>
        <translation>Новый адресат</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Предельный срок</translation>
    </message>
</context>
<context>
    <name>Plenary::LibraryFilterButton</name>
    <message>
        <source>Library filters</source>
        <translation>Фильтры библиотеки</translation>
    </message>
    <message>
        <source>Show only some documents: by working group, type, outcome, unread, late, with my notes</source>
        <translation>Показывать только часть документов: по рабочей группе, типу, решению, непрочитанные, поступившие с опозданием, с моими заметками</translation>
    </message>
    <message>
        <source>&amp;Working Group</source>
        <translation>Рабочая &amp;группа</translation>
    </message>
    <message>
        <source>All Groups</source>
        <translation>Все группы</translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation>&amp;Тип</translation>
    </message>
    <message>
        <source>All Types</source>
        <translation>Все типы</translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation>&amp;Решение</translation>
    </message>
    <message>
        <source>Any Outcome</source>
        <translation>Любое решение</translation>
    </message>
    <message>
        <source>Not Treated Yet</source>
        <translation>Еще не рассмотрено</translation>
    </message>
    <message>
        <source>&amp;Unread Only</source>
        <translation>Только &amp;непрочитанные</translation>
    </message>
    <message>
        <source>Only documents you have not opened yet</source>
        <translation>Только документы, которые вы еще не открывали</translation>
    </message>
    <message>
        <source>&amp;Late Only</source>
        <translation>Только поступившие с &amp;опозданием</translation>
    </message>
    <message>
        <source>Only documents received after the contribution deadline</source>
        <translation>Только документы, полученные после предельного срока представления вкладов</translation>
    </message>
    <message>
        <source>With My &amp;Notes</source>
        <translation>С моими &amp;заметками</translation>
    </message>
    <message>
        <source>Only documents you have written notes on</source>
        <translation>Только документы, к которым вы написали заметки</translation>
    </message>
    <message>
        <source>&amp;Clear Filters</source>
        <translation>&amp;Сбросить фильтры</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Фильтры</translation>
    </message>
    <message>
        <source>Filters (%1)</source>
        <translation>Фильтры (%1)</translation>
    </message>
</context>
<context>
    <name>Plenary::LoginDialog</name>
    <message>
        <source>Sign In to %1</source>
        <translation>Вход на сервер %1</translation>
    </message>
    <message>
        <source>%1 asks for a user name and password to give the meeting documents.

%2</source>
        <translation>Сервер %1 запрашивает имя пользователя и пароль для доступа к документам собрания.

%2</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Имя пользователя:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <source>&amp;Remember in the keychain</source>
        <translation>&amp;Запомнить в хранилище паролей</translation>
    </message>
    <message>
        <source>Keeps the password in the desktop&apos;s keychain, never in Plenary&apos;s settings; otherwise it is kept until Plenary quits.</source>
        <translation>Пароль хранится в хранилище паролей рабочей среды и никогда — в настройках Plenary; иначе он хранится только до выхода из Plenary.</translation>
    </message>
    <message>
        <source>Sign In</source>
        <translation>Войти</translation>
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
        <translation>Заседание</translation>
    </message>
    <message>
        <source>Opening the meeting...</source>
        <translation>Открытие собрания...</translation>
    </message>
    <message>
        <source>The meeting was not imported; nothing stored has changed.

%1</source>
        <translation>Собрание не импортировано; сохраненные данные не изменились.

%1</translation>
    </message>
    <message>
        <source>The password is kept until Plenary quits, not in the keychain: %1</source>
        <translation>Пароль хранится только до выхода из Plenary, а не в хранилище паролей: %1</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Повестка дня</translation>
    </message>
    <message>
        <source>Docs</source>
        <translation>Док.</translation>
    </message>
    <message>
        <source>Working groups</source>
        <translation>Рабочие группы</translation>
    </message>
    <message>
        <source>Drop documents on a working group to allocate them</source>
        <translation>Перетащите документы на рабочую группу, чтобы распределить их</translation>
    </message>
    <message>
        <source>Show All</source>
        <translation>Показать все</translation>
    </message>
    <message>
        <source>Show the documents of every agenda item</source>
        <translation>Показать документы всех пунктов повестки дня</translation>
    </message>
    <message>
        <source>Filter by number, title or source (Ctrl+F)</source>
        <translation>Фильтр по номеру, названию или источнику (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter documents</source>
        <translation>Фильтр документов</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Import Meeting...</source>
        <translation>&amp;Импортировать собрание...</translation>
    </message>
    <message>
        <source>Import a meeting.json manifest</source>
        <translation>Импортировать манифест meeting.json</translation>
    </message>
    <message>
        <source>Open Meeting from &amp;URL...</source>
        <translation>Открыть собрание по &amp;URL...</translation>
    </message>
    <message>
        <source>&amp;Sync Now</source>
        <translation>&amp;Синхронизировать сейчас</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;Copy Number and Title</source>
        <translation>&amp;Копировать номер и название</translation>
    </message>
    <message>
        <source>Select &amp;All Documents</source>
        <translation>Выделить &amp;все документы</translation>
    </message>
    <message>
        <source>&amp;Filter Documents</source>
        <translation>&amp;Фильтровать документы</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>Show &amp;All Documents</source>
        <translation>Показать &amp;все документы</translation>
    </message>
    <message>
        <source>Show Document &amp;Details</source>
        <translation>Показать св&amp;едения о документе</translation>
    </message>
    <message>
        <source>&amp;Open Document</source>
        <translation>&amp;Открыть документ</translation>
    </message>
    <message>
        <source>Close Document &amp;Tab</source>
        <translation>Закрыть в&amp;кладку документа</translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation>&amp;Библиотека</translation>
    </message>
    <message>
        <source>Show &amp;Session</source>
        <translation>Показать &amp;заседание</translation>
    </message>
    <message>
        <source>Show My &amp;Notes</source>
        <translation>Показать мои за&amp;метки</translation>
    </message>
    <message>
        <source>Show Searc&amp;h</source>
        <translation>Показать &amp;поиск</translation>
    </message>
    <message>
        <source>&amp;Expand Agenda</source>
        <translation>&amp;Развернуть повестку дня</translation>
    </message>
    <message>
        <source>&amp;Collapse Agenda</source>
        <translation>&amp;Свернуть повестку дня</translation>
    </message>
    <message>
        <source>Go to A&amp;genda</source>
        <translation>Перейти к повес&amp;тке дня</translation>
    </message>
    <message>
        <source>&amp;Meeting</source>
        <translation>Со&amp;брание</translation>
    </message>
    <message>
        <source>Meeting &amp;Information...</source>
        <translation>&amp;Информация о собрании...</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;About Plenary</source>
        <translation>&amp;О программе Plenary</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>О &amp;Qt</translation>
    </message>
    <message>
        <source>%1 - Plenary</source>
        <translation>%1 — Plenary</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Chairman: %1</source>
        <translation>Председатель: %1</translation>
    </message>
    <message>
        <source>Synced from %1</source>
        <translation>Синхронизировано с %1</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n документ</numerusform>
            <numerusform>%n документа</numerusform>
            <numerusform>%n документов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n received late</source>
        <translation>
            <numerusform>%n получен с опозданием</numerusform>
            <numerusform>%n получено с опозданием</numerusform>
            <numerusform>%n получено с опозданием</numerusform>
        </translation>
    </message>
    <message>
        <source>All documents</source>
        <translation>Все документы</translation>
    </message>
    <message>
        <source>Item %1: %2</source>
        <translation>Пункт %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n shown)</source>
        <translation>
            <numerusform>%1 (показан %n)</numerusform>
            <numerusform>%1 (показано %n)</numerusform>
            <numerusform>%1 (показано %n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Meeting</source>
        <translation>Импорт собрания</translation>
    </message>
    <message>
        <source>Meeting manifests (*.json);;All files (*)</source>
        <translation>Манифесты собраний (*.json);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Importing %1...</source>
        <translation>Импорт %1...</translation>
    </message>
    <message>
        <source>Open Meeting from URL</source>
        <translation>Открыть собрание по URL</translation>
    </message>
    <message>
        <source>Address of the meeting folder (with a meeting.json or a directory listing):</source>
        <translation>Адрес папки собрания (с файлом meeting.json или списком содержимого каталога):</translation>
    </message>
    <message>
        <source>The meeting could not be synced.

%1</source>
        <translation>Не удалось синхронизировать собрание.

%1</translation>
    </message>
    <message>
        <source>Sync cancelled; it resumes where it stopped.</source>
        <translation>Синхронизация отменена; в следующий раз она продолжится с того места, где остановилась.</translation>
    </message>
    <message>
        <source>Sync complete: %1 downloaded, %2 updated, %3 withdrawn on server.</source>
        <translation>Синхронизация завершена: загружено — %1, обновлено — %2, отозвано на сервере — %3.</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message numerus="yes">
        <source>... and %n more</source>
        <translation>
            <numerusform>... и еще %n</numerusform>
            <numerusform>... и еще %n</numerusform>
            <numerusform>... и еще %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be synced:</source>
        <translation>
            <numerusform>Не удалось синхронизировать %n файл:</numerusform>
            <numerusform>Не удалось синхронизировать %n файла:</numerusform>
            <numerusform>Не удалось синхронизировать %n файлов:</numerusform>
        </translation>
    </message>
    <message>
        <source>My Notes</source>
        <translation>Мои заметки</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Настройки</translation>
    </message>
    <message>
        <source>&amp;Configure Plenary...</source>
        <translation>&amp;Настроить Plenary...</translation>
    </message>
    <message>
        <source>Go to Doc&amp;uments</source>
        <translation>Перейти к док&amp;ументам</translation>
    </message>
    <message numerus="yes">
        <source>%n name(s) listed by the server, not taken for safety:</source>
        <translation>
            <numerusform>%n файл с сервера не взят из соображений безопасности:</numerusform>
            <numerusform>%n файла с сервера не взяты из соображений безопасности:</numerusform>
            <numerusform>%n файлов с сервера не взяты из соображений безопасности:</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync a meeting folder from a web or FTP server</source>
        <translation>Синхронизировать папку собрания с веб-сервера или сервера FTP</translation>
    </message>
    <message>
        <source>Su&amp;bmit Contribution...</source>
        <translation>&amp;Представить вклад...</translation>
    </message>
    <message>
        <source>Upload a contribution to the meeting&apos;s drop folder</source>
        <translation>Загрузить вклад в папку для документов собрания</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http://, https://, ftp:// or ftps:// address.</source>
        <translation>«%1» не является адресом http://, https://, ftp:// или ftps://.</translation>
    </message>
</context>
<context>
    <name>Plenary::ManifestBuilder</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the link points to nothing</source>
        <translation>ссылка ни на что не указывает</translation>
    </message>
    <message>
        <source>the link points outside the folder</source>
        <translation>ссылка указывает за пределы папки</translation>
    </message>
    <message numerus="yes">
        <source>folders more than %n level(s) down are left out</source>
        <translation>
            <numerusform>папки глубже %n уровня пропускаются</numerusform>
            <numerusform>папки глубже %n уровней пропускаются</numerusform>
            <numerusform>папки глубже %n уровней пропускаются</numerusform>
        </translation>
    </message>
    <message>
        <source>the folder cannot be read</source>
        <translation>папку невозможно прочитать</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>не обычный файл</translation>
    </message>
    <message>
        <source>no document number can be made from the name</source>
        <translation>из имени невозможно получить номер документа</translation>
    </message>
    <message>
        <source>the file changed while it was read</source>
        <translation>файл изменился во время чтения</translation>
    </message>
    <message>
        <source>No folder was given.</source>
        <translation>Папка не указана.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Папка %1 не существует.</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 не является папкой.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be read.</source>
        <translation>Папку %1 невозможно прочитать.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Отменено.</translation>
    </message>
    <message>
        <source>The manifest made from %1 is not valid: %2</source>
        <translation>Манифест, созданный из %1, недействителен: %2</translation>
    </message>
</context>
<context>
    <name>Plenary::MeetingInfoDialog</name>
    <message>
        <source>Meeting Information</source>
        <translation>Информация о собрании</translation>
    </message>
    <message>
        <source>Meeting:</source>
        <translation>Собрание:</translation>
    </message>
    <message>
        <source>Group:</source>
        <translation>Группа:</translation>
    </message>
    <message>
        <source>Venue:</source>
        <translation>Место проведения:</translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation>Даты:</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Contribution deadline:</source>
        <translation>Предельный срок представления вкладов:</translation>
    </message>
    <message>
        <source>Languages:</source>
        <translation>Языки:</translation>
    </message>
    <message>
        <source>Chairman:</source>
        <translation>Председатель:</translation>
    </message>
    <message>
        <source>Vice-chairmen:</source>
        <translation>Заместители председателя:</translation>
    </message>
    <message>
        <source>Secretariat:</source>
        <translation>Секретариат:</translation>
    </message>
    <message>
        <source>Drop folder:</source>
        <translation>Папка для документов:</translation>
    </message>
    <message>
        <source>Document numbers:</source>
        <translation>Номера документов:</translation>
    </message>
    <message>
        <source>%1 - %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Leaders:</source>
        <translation>Руководители:</translation>
    </message>
    <message>
        <source>to be nominated</source>
        <translation>будут назначены</translation>
    </message>
    <message>
        <source>Terms of reference:</source>
        <translation>Круг ведения:</translation>
    </message>
</context>
<context>
    <name>Plenary::MeetingJson</name>
    <message>
        <source>the agenda is nested more than 8 levels deep</source>
        <translation>вложенность повестки дня превышает 8 уровней</translation>
    </message>
    <message>
        <source>duplicate agenda item id &apos;%1&apos;</source>
        <translation>повторяющийся идентификатор пункта повестки дня &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>ends before it starts</source>
        <translation>окончание раньше начала</translation>
    </message>
    <message>
        <source>duplicate working group id &apos;%1&apos;</source>
        <translation>повторяющийся идентификатор рабочей группы &apos;%1&apos;</translation>
    </message>
    <message>
        <source>duplicate file &apos;%1&apos;</source>
        <translation>повторяющийся файл &apos;%1&apos;</translation>
    </message>
    <message>
        <source>expected 64 hexadecimal digits</source>
        <translation>ожидалось 64 шестнадцатеричные цифры</translation>
    </message>
    <message>
        <source>duplicate document number &apos;%1&apos;</source>
        <translation>повторяющийся номер документа &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown agenda item &apos;%1&apos;</source>
        <translation>неизвестный пункт повестки дня &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown working group &apos;%1&apos;</source>
        <translation>неизвестная рабочая группа &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1: the file is larger than 256 MB</source>
        <translation>%1: файл больше 256 МБ</translation>
    </message>
    <message>
        <source>an empty part of the path (a leading, trailing or double slash)</source>
        <translation>пустая часть пути (косая черта в начале, в конце или двойная)</translation>
    </message>
    <message>
        <source>more than %1 folders deep</source>
        <translation>вложенность больше %1 папок</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a safe file name or relative path: %2</source>
        <translation>&apos;%1&apos; не является безопасным именем файла или относительным путем: %2</translation>
    </message>
</context>
<context>
    <name>Plenary::NotesExport</name>
    <message>
        <source>My notes: %1</source>
        <translation>Мои заметки: %1</translation>
    </message>
    <message>
        <source>*No notes and no positions yet.*</source>
        <translation>*Заметок и позиций пока нет.*</translation>
    </message>
    <message>
        <source>**My position:** %1</source>
        <translation>**Моя позиция:** %1</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Страница %1</translation>
    </message>
</context>
<context>
    <name>Plenary::NotesPanel</name>
    <message>
        <source>&amp;Delete Note</source>
        <translation>&amp;Удалить заметку</translation>
    </message>
    <message>
        <source>My position</source>
        <translation>Моя позиция</translation>
    </message>
    <message>
        <source>No position</source>
        <translation>Позиция не выбрана</translation>
    </message>
    <message>
        <source>My notes on this document</source>
        <translation>Мои заметки к этому документу</translation>
    </message>
    <message>
        <source>A note on the page the reader shows</source>
        <translation>Заметка к странице, открытой в окне просмотра</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <source>Your note: private, never published</source>
        <translation>Ваша заметка: личная, никогда не публикуется</translation>
    </message>
    <message>
        <source>&amp;Position:</source>
        <translation>&amp;Позиция:</translation>
    </message>
    <message>
        <source>Kept at %1</source>
        <translation>Сохранено в %1</translation>
    </message>
    <message>
        <source>Your note was not kept: %1</source>
        <translation>Заметка не сохранена: %1</translation>
    </message>
    <message>
        <source>Note on Page %1</source>
        <translation>Заметка к странице %1</translation>
    </message>
    <message>
        <source>Note on Page</source>
        <translation>Заметка к странице</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>Select a document to keep notes on it.</source>
        <translation>Выберите документ, чтобы делать к нему заметки.</translation>
    </message>
    <message>
        <source>Taken on %1, an earlier version.</source>
        <translation>Позиция выбрана для %1 — более ранней версии.</translation>
    </message>
    <message>
        <source>Whole document</source>
        <translation>Весь документ</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Страница %1</translation>
    </message>
    <message>
        <source>From %1, %2</source>
        <translation>Из %1, %2</translation>
    </message>
    <message>
        <source>(earlier version)</source>
        <translation>(более ранняя версия)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Written on %1, which this document revises.</source>
        <translation>Написана к документу %1, пересмотренной версией которого является этот документ.</translation>
    </message>
    <message>
        <source>Written on an earlier version of this document: its file has changed since.</source>
        <translation>Написана к более ранней версии этого документа: с тех пор его файл изменился.</translation>
    </message>
</context>
<context>
    <name>Plenary::OfficeConverter</name>
    <message>
        <source>Cannot create the cache folder %1.</source>
        <translation>Не удается создать папку кэша %1.</translation>
    </message>
    <message>
        <source>Cannot prepare LibreOffice&apos;s profile in %1.</source>
        <translation>Не удается подготовить профиль LibreOffice в %1.</translation>
    </message>
    <message>
        <source>%1 is not there.</source>
        <translation>%1 отсутствует.</translation>
    </message>
    <message>
        <source>LibreOffice is not installed: office documents cannot be converted.</source>
        <translation>LibreOffice не установлен: офисные документы невозможно преобразовать.</translation>
    </message>
    <message>
        <source>%1 is too large to convert (%2 MB).</source>
        <translation>%1: слишком большой размер для преобразования (%2 МБ).</translation>
    </message>
    <message>
        <source>Cannot copy %1 for conversion.</source>
        <translation>Не удается скопировать %1 для преобразования.</translation>
    </message>
    <message>
        <source>LibreOffice could not be started: %1</source>
        <translation>Не удалось запустить LibreOffice: %1</translation>
    </message>
    <message>
        <source>LibreOffice could not convert %1.</source>
        <translation>LibreOffice не смог преобразовать %1.</translation>
    </message>
    <message>
        <source>LibreOffice could not convert %1: %2</source>
        <translation>LibreOffice не смог преобразовать %1: %2</translation>
    </message>
    <message>
        <source>Cannot keep the converted PDF in %1.</source>
        <translation>Не удается сохранить преобразованный PDF в %1.</translation>
    </message>
    <message numerus="yes">
        <source>LibreOffice took longer than %n seconds to convert %1.</source>
        <translation>
            <numerusform>LibreOffice не успел преобразовать %1 за %n секунду.</numerusform>
            <numerusform>LibreOffice не успел преобразовать %1 за %n секунды.</numerusform>
            <numerusform>LibreOffice не успел преобразовать %1 за %n секунд.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Plenary::PdfReader</name>
    <message>
        <source>p. %1: %2%3%4</source>
        <translation>с. %1: %2%3%4</translation>
    </message>
    <message>
        <source>Document pages</source>
        <translation>Страницы документа</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>Оглавление</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Результаты поиска</translation>
    </message>
    <message>
        <source>Show the outline</source>
        <translation>Показать оглавление</translation>
    </message>
    <message>
        <source>‹</source>
        <translation>‹</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Предыдущая страница</translation>
    </message>
    <message>
        <source>›</source>
        <translation>›</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Следующая страница</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Страница</translation>
    </message>
    <message>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Уменьшить</translation>
    </message>
    <message>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Увеличить</translation>
    </message>
    <message>
        <source>Fit Width</source>
        <translation>По ширине</translation>
    </message>
    <message>
        <source>Fit the page width</source>
        <translation>Вписать страницу по ширине</translation>
    </message>
    <message>
        <source>Fit Page</source>
        <translation>Страница целиком</translation>
    </message>
    <message>
        <source>Fit the whole page</source>
        <translation>Вписать страницу целиком</translation>
    </message>
    <message>
        <source>Find in document</source>
        <translation>Найти в документе</translation>
    </message>
    <message>
        <source>The PDF is protected by a password.</source>
        <translation>PDF защищен паролем.</translation>
    </message>
    <message>
        <source>This file is not a PDF that can be shown.</source>
        <translation>Этот файл не является PDF, который можно показать.</translation>
    </message>
    <message>
        <source>This PDF has no pages.</source>
        <translation>В этом PDF нет страниц.</translation>
    </message>
    <message>
        <source>of %1</source>
        <translation>из %1</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>По ширине</translation>
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
        <translation>сервер передавал меньше %1 в секунду; передача прекращена</translation>
    </message>
</context>
<context>
    <name>Plenary::ReaderTabs</name>
    <message>
        <source>Library</source>
        <translation>Библиотека</translation>
    </message>
    <message>
        <source>Converting %1 to PDF with LibreOffice...</source>
        <translation>Преобразование %1 в PDF с помощью LibreOffice...</translation>
    </message>
    <message>
        <source>Opening %1...</source>
        <translation>Открытие %1...</translation>
    </message>
    <message>
        <source>Opening %1 from %2...</source>
        <translation>Открытие %1 из %2...</translation>
    </message>
    <message>
        <source>Open Document</source>
        <translation>Открыть документ</translation>
    </message>
    <message>
        <source>%1 cannot be shown: %2</source>
        <translation>Невозможно показать %1: %2</translation>
    </message>
    <message>
        <source>%1 is an office document, and LibreOffice is not installed to show it here.</source>
        <translation>%1 — офисный документ, а для его показа здесь нужен LibreOffice, который не установлен.</translation>
    </message>
    <message>
        <source>%1 could not be shown here: %2</source>
        <translation>Не удалось показать %1 здесь: %2</translation>
    </message>
    <message>
        <source>Open it with the system&apos;s application?</source>
        <translation>Открыть его в системном приложении?</translation>
    </message>
    <message>
        <source>%1 cannot be shown in Plenary.</source>
        <translation>Невозможно показать %1 в Plenary.</translation>
    </message>
    <message>
        <source>In the archive: %1</source>
        <translation>В архиве: %1</translation>
    </message>
    <message>
        <source>Shown as converted to PDF by LibreOffice</source>
        <translation>Показан в виде PDF, преобразованного с помощью LibreOffice</translation>
    </message>
    <message>
        <source>%1 opened</source>
        <translation>Открыт %1</translation>
    </message>
    <message>
        <source>%1 opened where you left it</source>
        <translation>Открыт %1 на том месте, где вы остановились</translation>
    </message>
</context>
<context>
    <name>Plenary::ReportExporter</name>
    <message>
        <source>exporting to PDF or ODT needs a graphical application (fonts)</source>
        <translation>для экспорта в PDF или ODT требуется графическое приложение (шрифты)</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>не удается записать %1: %2</translation>
    </message>
</context>
<context>
    <name>Plenary::ReportTemplate</name>
    <message>
        <source>action</source>
        <translation>принятия мер</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>замечаний</translation>
    </message>
    <message>
        <source>information</source>
        <translation>информации</translation>
    </message>
    <message>
        <source>%1 “%2” to %3 (for %4): %5</source>
        <translation>%1 «%2» в адрес %3 (для %4): %5</translation>
    </message>
    <message>
        <source>; liaison officer: %1</source>
        <translation>; ответственный за взаимодействие: %1</translation>
    </message>
    <message>
        <source>Revised to %1</source>
        <translation>Пересмотрено в %1</translation>
    </message>
    <message>
        <source>Merged into %1</source>
        <translation>Включено в %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
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
        <translation>Отчет о собрании: %1</translation>
    </message>
    <message>
        <source>Report of %1: %2</source>
        <translation>Отчет %1: %2</translation>
    </message>
    <message>
        <source>Report of %1</source>
        <translation>Отчет %1</translation>
    </message>
    <message>
        <source>- **Leaders:** %1</source>
        <translation>- **Руководители:** %1</translation>
    </message>
    <message>
        <source>## Terms of reference</source>
        <translation>## Круг ведения</translation>
    </message>
    <message>
        <source>*No terms of reference are recorded for %1.*</source>
        <translation>*Круг ведения %1 не записан.*</translation>
    </message>
    <message>
        <source>## Contributions</source>
        <translation>## Вклады</translation>
    </message>
    <message>
        <source>*No documents are allocated to %1.*</source>
        <translation>*В %1 не распределено ни одного документа.*</translation>
    </message>
    <message>
        <source>- **Source:** %1</source>
        <translation>- **Источник:** %1</translation>
    </message>
    <message>
        <source>- **Agenda item:** %1</source>
        <translation>- **Пункт повестки дня:** %1</translation>
    </message>
    <message>
        <source>- **Replaces:** %1</source>
        <translation>- **Заменяет:** %1</translation>
    </message>
    <message>
        <source>- **Outcome:** %1</source>
        <translation>- **Решение:** %1</translation>
    </message>
    <message>
        <source>not yet treated</source>
        <translation>еще не рассмотрен</translation>
    </message>
    <message>
        <source>## Liaison statements</source>
        <translation>## Заявления о взаимодействии</translation>
    </message>
    <message>
        <source>*No outgoing liaison statement attaches a document of %1.*</source>
        <translation>*Ни к одному исходящему заявлению о взаимодействии не приложены документы %1.*</translation>
    </message>
    <message>
        <source>## Summary</source>
        <translation>## Резюме</translation>
    </message>
    <message>
        <source>- **Chairman:** %1</source>
        <translation>- **Председатель:** %1</translation>
    </message>
    <message>
        <source>- **Vice-chairmen:** %1</source>
        <translation>- **Заместители председателя:** %1</translation>
    </message>
    <message>
        <source>| Document | Title | Source | Outcome |</source>
        <translation>| Документ | Название | Источник | Решение |</translation>
    </message>
    <message>
        <source>not treated</source>
        <translation>не рассмотрен</translation>
    </message>
    <message>
        <source>## Working groups</source>
        <translation>## Рабочие группы</translation>
    </message>
    <message>
        <source>## Outgoing liaison statements</source>
        <translation>## Исходящие заявления о взаимодействии</translation>
    </message>
    <message>
        <source>| Liaison statement | Title | To | Status | Liaison officer |</source>
        <translation>| Заявление о взаимодействии | Название | Кому | Статус | Ответственный за взаимодействие |</translation>
    </message>
    <message>
        <source>Agreed to at the %1 meeting, %2, %3</source>
        <translation>Согласовано на собрании %1, %2, %3</translation>
    </message>
    <message>
        <source>Liaison statement</source>
        <translation>Заявление о взаимодействии</translation>
    </message>
    <message>
        <source>Question(s):</source>
        <translation>Вопрос(ы):</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Meeting:</source>
        <translation>Собрание:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Источник:</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Название:</translation>
    </message>
    <message>
        <source>## LIAISON STATEMENT</source>
        <translation>## ЗАЯВЛЕНИЕ О ВЗАИМОДЕЙСТВИИ</translation>
    </message>
    <message>
        <source>For action to:</source>
        <translation>Для принятия мер:</translation>
    </message>
    <message>
        <source>For comment to:</source>
        <translation>Для замечаний:</translation>
    </message>
    <message>
        <source>For information to:</source>
        <translation>Для информации:</translation>
    </message>
    <message>
        <source>Cc:</source>
        <translation>Копия:</translation>
    </message>
    <message>
        <source>Approval:</source>
        <translation>Утверждение:</translation>
    </message>
    <message>
        <source>Deadline:</source>
        <translation>Предельный срок:</translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation>Контактное лицо:</translation>
    </message>
    <message>
        <source>**Attachments:**</source>
        <translation>**Приложения:**</translation>
    </message>
</context>
<context>
    <name>Plenary::ReportWindow</name>
    <message>
        <source>Report</source>
        <translation>Отчет</translation>
    </message>
    <message>
        <source>Report text (Markdown)</source>
        <translation>Текст отчета (Markdown)</translation>
    </message>
    <message>
        <source>Opening the report...</source>
        <translation>Открытие отчета...</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Предварительный просмотр</translation>
    </message>
    <message>
        <source>&amp;Report</source>
        <translation>&amp;Отчет</translation>
    </message>
    <message>
        <source>&amp;Save Now</source>
        <translation>&amp;Сохранить сейчас</translation>
    </message>
    <message>
        <source>&amp;Refresh from Session</source>
        <translation>&amp;Обновить по данным заседания</translation>
    </message>
    <message>
        <source>Bring in what the session recorded since the report was made; what you wrote stays as you wrote it</source>
        <translation>Внести то, что было записано на заседании после создания отчета; написанное вами останется без изменений</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Экспорт</translation>
    </message>
    <message>
        <source>As &amp;PDF...</source>
        <translation>В формате &amp;PDF...</translation>
    </message>
    <message>
        <source>As &amp;ODT (LibreOffice, Word)...</source>
        <translation>В формате &amp;ODT (LibreOffice, Word)...</translation>
    </message>
    <message>
        <source>As &amp;Markdown...</source>
        <translation>В формате &amp;Markdown...</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Закрыть</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>&amp;Find...</source>
        <translation>&amp;Найти...</translation>
    </message>
    <message>
        <source>R&amp;eplace...</source>
        <translation>&amp;Заменить...</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>Найти &amp;далее</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>Найти &amp;ранее</translation>
    </message>
    <message>
        <source>Saved at %1</source>
        <translation>Сохранено в %1</translation>
    </message>
    <message numerus="yes">
        <source>Refreshed from the session: %n change(s) brought in</source>
        <translation>
            <numerusform>Обновлено по данным заседания: внесено %n изменение</numerusform>
            <numerusform>Обновлено по данным заседания: внесено %n изменения</numerusform>
            <numerusform>Обновлено по данным заседания: внесено %n изменений</numerusform>
        </translation>
    </message>
    <message>
        <source>Refresh from Session</source>
        <translation>Обновить по данным заседания</translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) that you had edited were left as you wrote them. What the session has there now is in the details.</source>
        <translation>
            <numerusform>%n место, которое вы редактировали, оставлено в вашей редакции. Текущие данные заседания для этих мест приведены в подробностях.</numerusform>
            <numerusform>%n места, которые вы редактировали, оставлены в вашей редакции. Текущие данные заседания для этих мест приведены в подробностях.</numerusform>
            <numerusform>%n мест, которые вы редактировали, оставлены в вашей редакции. Текущие данные заседания для этих мест приведены в подробностях.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Экспортировано в %1</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <source>The report was not exported.

%1</source>
        <translation>Отчет не экспортирован.

%1</translation>
    </message>
    <message>
        <source>%1 — Plenary</source>
        <translation>%1 — Plenary</translation>
    </message>
    <message>
        <source>Write the report in Markdown.</source>
        <translation>Пишите отчет в формате Markdown.</translation>
    </message>
    <message>
        <source>Last saved %1</source>
        <translation>Последнее сохранение: %1</translation>
    </message>
    <message>
        <source>Editing...</source>
        <translation>Редактирование...</translation>
    </message>
    <message>
        <source>Refreshing from the session...</source>
        <translation>Обновление по данным заседания...</translation>
    </message>
    <message>
        <source>Exporting...</source>
        <translation>Экспорт...</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>Экспорт отчета</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>OpenDocument text (*.odt)</source>
        <translation>Текст OpenDocument (*.odt)</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n слово</numerusform>
            <numerusform>%n слова</numerusform>
            <numerusform>%n слов</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Plenary::ReportsController</name>
    <message>
        <source>Exported to %1</source>
        <translation>Экспортировано в %1</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <source>Nothing was exported.

%1</source>
        <translation>Ничего не экспортировано.

%1</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>&amp;Отчеты</translation>
    </message>
    <message>
        <source>&amp;Meeting Report</source>
        <translation>&amp;Отчет о собрании</translation>
    </message>
    <message>
        <source>&amp;Working-Group Report</source>
        <translation>Отчет &amp;рабочей группы</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Экспорт</translation>
    </message>
    <message>
        <source>&amp;Meeting Report...</source>
        <translation>&amp;Отчет о собрании...</translation>
    </message>
    <message>
        <source>&amp;Liaison Statement</source>
        <translation>&amp;Заявление о взаимодействии</translation>
    </message>
    <message>
        <source>My &amp;Notes...</source>
        <translation>&amp;Мои заметки...</translation>
    </message>
    <message>
        <source>My notes %1</source>
        <translation>Мои заметки %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2...</source>
        <translation>%1: %2...</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>OpenDocument text (*.odt)</source>
        <translation>Текст OpenDocument (*.odt)</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Exporting to %1...</source>
        <translation>Экспорт в %1...</translation>
    </message>
</context>
<context>
    <name>Plenary::SearchController</name>
    <message>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <source>&amp;Search All Documents...</source>
        <translation>&amp;Найти во всех документах...</translation>
    </message>
    <message>
        <source>Find words in every document of the meeting</source>
        <translation>Поиск слов во всех документах собрания</translation>
    </message>
    <message>
        <source>Indexing %1 of %2</source>
        <translation>Индексирование: %1 из %2</translation>
    </message>
    <message>
        <source>The search index could not be updated: %1</source>
        <translation>Не удалось обновить поисковый индекс: %1</translation>
    </message>
    <message>
        <source>Indexing stopped; searches find what was indexed so far.</source>
        <translation>Индексирование остановлено; поиск находит только то, что уже проиндексировано.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) searchable.</source>
        <translation>
            <numerusform>Доступен для поиска %n файл.</numerusform>
            <numerusform>Доступно для поиска %n файла.</numerusform>
            <numerusform>Доступно для поиска %n файлов.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) without readable text.</source>
        <translation>
            <numerusform>%n файл без читаемого текста.</numerusform>
            <numerusform>%n файла без читаемого текста.</numerusform>
            <numerusform>%n файлов без читаемого текста.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>и еще %n</numerusform>
            <numerusform>и еще %n</numerusform>
            <numerusform>и еще %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Plenary::SearchPanel</name>
    <message>
        <source>%1  %2  p. %3</source>
        <translation>%1  %2  с. %3</translation>
    </message>
    <message>
        <source>Search all documents</source>
        <translation>Поиск во всех документах</translation>
    </message>
    <message>
        <source>Words that must all occur; &quot;a phrase&quot; in quotes; demand* for words that begin so.</source>
        <translation>Слова, которые должны встретиться все; &quot;фраза&quot; в кавычках; требован* — слова с таким началом.</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Результаты поиска</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Stop indexing; what is done is kept</source>
        <translation>Остановить индексирование; уже выполненное сохранится</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>Ошибка поиска: %1</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>Ничего не найдено.</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) found</source>
        <translation>
            <numerusform>Найдена %n страница</numerusform>
            <numerusform>Найдено %n страницы</numerusform>
            <numerusform>Найдено %n страниц</numerusform>
        </translation>
    </message>
    <message>
        <source>Indexing %1 of %2 files...</source>
        <translation>Индексирование файлов: %1 из %2...</translation>
    </message>
</context>
<context>
    <name>Plenary::SearchResultModel</name>
    <message>
        <source>%1, p. %2: %3</source>
        <translation>%1, с. %2: %3</translation>
    </message>
    <message>
        <source>%1, %2, page %3: %4</source>
        <translation>%1, %2, страница %3: %4</translation>
    </message>
</context>
<context>
    <name>Plenary::SessionController</name>
    <message>
        <source>Undone: %1</source>
        <translation>Отменено: %1</translation>
    </message>
    <message>
        <source>&amp;Allocate To</source>
        <translation>&amp;Распределить</translation>
    </message>
    <message>
        <source>&amp;Liaison Statements</source>
        <translation>&amp;Заявления о взаимодействии</translation>
    </message>
    <message>
        <source>Recorded: %1</source>
        <translation>Записано: %1</translation>
    </message>
    <message>
        <source>Following %1</source>
        <translation>Слежение за %1</translation>
    </message>
    <message>
        <source>Publishing to %1</source>
        <translation>Публикация на %1</translation>
    </message>
    <message>
        <source>You are following the chairman&apos;s session: it cannot be changed here (Meeting &gt; Stop Following).</source>
        <translation>Вы следите за заседанием, которое ведет председатель: здесь его нельзя изменить (Собрание &gt; Прекратить слежение).</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) taken out of their working group</source>
        <translation>
            <numerusform>исключение %n документа из рабочих групп</numerusform>
            <numerusform>исключение %n документов из рабочих групп</numerusform>
            <numerusform>исключение %n документов из рабочих групп</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 allocated to %2</source>
        <translation>распределение %1 в %2</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) allocated to %1</source>
        <translation>
            <numerusform>распределение %n документа в %1</numerusform>
            <numerusform>распределение %n документов в %1</numerusform>
            <numerusform>распределение %n документов в %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 allocated to item %2</source>
        <translation>распределение %1 в пункт %2</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) allocated to item %1</source>
        <translation>
            <numerusform>распределение %n документа в пункт %1</numerusform>
            <numerusform>распределение %n документов в пункт %1</numerusform>
            <numerusform>распределение %n документов в пункт %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Go to agenda item %1</source>
        <translation>переход к пункту повестки дня %1</translation>
    </message>
    <message>
        <source>item %1</source>
        <translation>пункт %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Liaison statement %1 drafted</source>
        <translation>подготовка заявления о взаимодействии %1</translation>
    </message>
    <message>
        <source>Liaison statement %1 edited</source>
        <translation>изменение заявления о взаимодействии %1</translation>
    </message>
    <message>
        <source>%1  %2 (%3)</source>
        <translation>%1  %2 (%3)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>&amp;No Working Group</source>
        <translation>&amp;Без рабочей группы</translation>
    </message>
    <message>
        <source>The &amp;Current Agenda Item</source>
        <translation>&amp;Текущий пункт повестки дня</translation>
    </message>
    <message>
        <source>No agenda item is being treated yet (Meeting &gt; Next Agenda Item).</source>
        <translation>Ни один пункт повестки дня еще не рассматривается (Собрание &gt; Следующий пункт повестки дня).</translation>
    </message>
    <message>
        <source>Agenda &amp;Item...</source>
        <translation>&amp;Пункт повестки дня...</translation>
    </message>
    <message>
        <source>Allocate to Agenda Item</source>
        <translation>Распределение по пункту повестки дня</translation>
    </message>
    <message numerus="yes">
        <source>Allocate %n document(s) to:</source>
        <translation>
            <numerusform>Распределить %n документ в пункт:</numerusform>
            <numerusform>Распределить %n документа в пункт:</numerusform>
            <numerusform>Распределить %n документов в пункт:</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Previous Agenda Item</source>
        <translation>&amp;Предыдущий пункт повестки дня</translation>
    </message>
    <message>
        <source>&amp;Next Agenda Item</source>
        <translation>С&amp;ледующий пункт повестки дня</translation>
    </message>
    <message>
        <source>New Liaison &amp;Statement...</source>
        <translation>&amp;Новое заявление о взаимодействии...</translation>
    </message>
    <message>
        <source>P&amp;ublish Session To...</source>
        <translation>&amp;Опубликовать ход заседания в...</translation>
    </message>
    <message>
        <source>&amp;Follow Session At...</source>
        <translation>Сле&amp;дить за заседанием по адресу...</translation>
    </message>
    <message>
        <source>Not following</source>
        <translation>Слежение не ведется</translation>
    </message>
    <message>
        <source>Publish Session</source>
        <translation>Публикация хода заседания</translation>
    </message>
    <message>
        <source>The WebDAV folder (or session.json) where delegates will follow this session:</source>
        <translation>Папка WebDAV (или файл session.json), через которую делегаты будут следить за этим заседанием:</translation>
    </message>
    <message>
        <source>Publishing...</source>
        <translation>Публикация...</translation>
    </message>
    <message>
        <source>Follow Session</source>
        <translation>Слежение за заседанием</translation>
    </message>
    <message>
        <source>The address where the chairman publishes the session:</source>
        <translation>Адрес, по которому председатель публикует ход заседания:</translation>
    </message>
    <message>
        <source>Following...</source>
        <translation>Слежение...</translation>
    </message>
    <message>
        <source>Published (revision %1)</source>
        <translation>Опубликовано (версия %1)</translation>
    </message>
    <message>
        <source>Merged from the server: %1</source>
        <translation>Принято с сервера: %1</translation>
    </message>
    <message>
        <source>Publishing</source>
        <translation>Публикация</translation>
    </message>
    <message>
        <source>Pending: the server cannot be reached</source>
        <translation>Ожидание: сервер недоступен</translation>
    </message>
    <message>
        <source>Not published</source>
        <translation>Не опубликовано</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Конфликт</translation>
    </message>
    <message>
        <source>Publishing Conflict</source>
        <translation>Конфликт при публикации</translation>
    </message>
    <message>
        <source>Someone else published changes to the same things:</source>
        <translation>Кто-то другой опубликовал изменения тех же данных:</translation>
    </message>
    <message>
        <source>Keep Mine</source>
        <translation>Оставить мои</translation>
    </message>
    <message>
        <source>Take Theirs</source>
        <translation>Принять чужие</translation>
    </message>
    <message>
        <source>Decide Later</source>
        <translation>Решить позже</translation>
    </message>
    <message>
        <source>Following: %1</source>
        <translation>Слежение: %1</translation>
    </message>
    <message>
        <source>last good state kept</source>
        <translation>сохранено последнее корректное состояние</translation>
    </message>
    <message>
        <source>Following (revision %1)</source>
        <translation>Слежение (версия %1)</translation>
    </message>
    <message>
        <source>Publish No&amp;w</source>
        <translation>Опубликовать &amp;сейчас</translation>
    </message>
    <message>
        <source>St&amp;op Following</source>
        <translation>Пре&amp;кратить слежение</translation>
    </message>
</context>
<context>
    <name>Plenary::SessionFollower</name>
    <message>
        <source>%1 is not an http:// or https:// address</source>
        <translation>%1 не является адресом http:// или https://</translation>
    </message>
    <message>
        <source>This meeting does not follow a published session.</source>
        <translation>Для этого собрания не задано опубликованное заседание для слежения.</translation>
    </message>
    <message>
        <source>%1 cannot be reached: %2</source>
        <translation>%1 недоступен: %2</translation>
    </message>
    <message>
        <source>reading %1 failed: %2</source>
        <translation>ошибка чтения %1: %2</translation>
    </message>
    <message>
        <source>%1 is the session of meeting %2, not of %3</source>
        <translation>%1 — заседание собрания %2, а не %3</translation>
    </message>
    <message>
        <source>%1 holds revision %2, older than the %3 already here; kept the newer</source>
        <translation>В %1 версия %2 — старее уже имеющейся здесь версии %3; сохранена более новая</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
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
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>names neither a working group nor an agenda item</source>
        <translation>не указаны ни рабочая группа, ни пункт повестки дня</translation>
    </message>
    <message>
        <source>the document number is empty</source>
        <translation>номер документа пуст</translation>
    </message>
    <message>
        <source>names neither an agenda item nor a document</source>
        <translation>не указаны ни пункт повестки дня, ни документ</translation>
    </message>
    <message>
        <source>a revision names one document and its new number</source>
        <translation>для пересмотра нужно указать один документ и его новый номер</translation>
    </message>
    <message>
        <source>duplicate outcome id &apos;%1&apos;</source>
        <translation>повторяющийся идентификатор решения &apos;%1&apos;</translation>
    </message>
    <message>
        <source>duplicate liaison statement id &apos;%1&apos;</source>
        <translation>повторяющийся идентификатор заявления о взаимодействии &apos;%1&apos;</translation>
    </message>
    <message>
        <source>duplicate document number &apos;%1&apos;</source>
        <translation>повторяющийся номер документа &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>Plenary::SessionPanel</name>
    <message>
        <source>Revised to %1</source>
        <translation>Пересмотрено в %1</translation>
    </message>
    <message>
        <source>Merged into %1</source>
        <translation>Включено в %1</translation>
    </message>
    <message>
        <source>Previous agenda item (Alt+Page Up)</source>
        <translation>Предыдущий пункт повестки дня (Alt+Page Up)</translation>
    </message>
    <message>
        <source>Previous agenda item</source>
        <translation>Предыдущий пункт повестки дня</translation>
    </message>
    <message>
        <source>Next agenda item (Alt+Page Down)</source>
        <translation>Следующий пункт повестки дня (Alt+Page Down)</translation>
    </message>
    <message>
        <source>Next agenda item</source>
        <translation>Следующий пункт повестки дня</translation>
    </message>
    <message>
        <source>Documents under this item</source>
        <translation>Документы по этому пункту</translation>
    </message>
    <message>
        <source>Documents under the current agenda item</source>
        <translation>Документы по текущему пункту повестки дня</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Решение</translation>
    </message>
    <message>
        <source>The next free number</source>
        <translation>Следующий свободный номер</translation>
    </message>
    <message>
        <source>What the meeting decided, in a sentence</source>
        <translation>Решение собрания одним предложением</translation>
    </message>
    <message>
        <source>&amp;Decision on:</source>
        <translation>&amp;Предмет решения:</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Решение:</translation>
    </message>
    <message>
        <source>&amp;New number:</source>
        <translation>&amp;Новый номер:</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Текст:</translation>
    </message>
    <message>
        <source>&amp;Record Outcome</source>
        <translation>&amp;Записать решение</translation>
    </message>
    <message>
        <source>Record the outcome (Ctrl+Return)</source>
        <translation>Записать решение (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Outcomes recorded under this item</source>
        <translation>Решения, записанные по этому пункту</translation>
    </message>
    <message>
        <source>Outcomes recorded under the current agenda item</source>
        <translation>Решения, записанные по текущему пункту повестки дня</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Предмет</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>The meeting has not started</source>
        <translation>Собрание еще не началось</translation>
    </message>
    <message>
        <source>Agenda item %1 itself</source>
        <translation>Пункт повестки дня %1 в целом</translation>
    </message>
    <message>
        <source>the item</source>
        <translation>пункт в целом</translation>
    </message>
    <message>
        <source>The number merged into</source>
        <translation>Номер документа, в который включено</translation>
    </message>
</context>
<context>
    <name>Plenary::SessionPublisher</name>
    <message>
        <source>%1 is not an http:// or https:// address</source>
        <translation>%1 не является адресом http:// или https://</translation>
    </message>
    <message>
        <source>This meeting is not connected to a server for publishing.</source>
        <translation>Это собрание не подключено к серверу для публикации.</translation>
    </message>
    <message>
        <source>%1 cannot be reached: %2</source>
        <translation>%1 недоступен: %2</translation>
    </message>
    <message>
        <source>%1 does not accept publishing (PUT): %2</source>
        <translation>%1 не принимает публикацию (PUT): %2</translation>
    </message>
    <message>
        <source>%1 does not check If-Match: if two people publish at the same moment, one can overwrite the other&apos;s changes. A server that checks it (Apache mod_dav) avoids this.</source>
        <translation>%1 не проверяет If-Match: если два человека опубликуют изменения одновременно, один может перезаписать изменения другого. Сервер, проверяющий этот заголовок (Apache mod_dav), позволяет этого избежать.</translation>
    </message>
    <message numerus="yes">
        <source>gave up after %n attempts: the session keeps changing on the server</source>
        <translation>
            <numerusform>попытки прекращены после %n попытки: заседание на сервере продолжает меняться</numerusform>
            <numerusform>попытки прекращены после %n попыток: заседание на сервере продолжает меняться</numerusform>
            <numerusform>попытки прекращены после %n попыток: заседание на сервере продолжает меняться</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 stays locked by someone else</source>
        <translation>%1 по-прежнему заблокирован кем-то другим</translation>
    </message>
    <message>
        <source>the folder of %1 does not exist on the server</source>
        <translation>папка для %1 не существует на сервере</translation>
    </message>
    <message>
        <source>publishing to %1 failed: %2</source>
        <translation>ошибка публикации в %1: %2</translation>
    </message>
    <message>
        <source>reading %1 failed: %2</source>
        <translation>ошибка чтения %1: %2</translation>
    </message>
    <message>
        <source>it is the session of meeting %1</source>
        <translation>это заседание собрания %1</translation>
    </message>
    <message>
        <source>the session on the server cannot be merged (%1); publish keeping this copy to replace it</source>
        <translation>заседание на сервере невозможно объединить с этой копией (%1); опубликуйте с сохранением этой копии, чтобы заменить его</translation>
    </message>
    <message>
        <source>conflict with the session on the server: %1</source>
        <translation>конфликт с заседанием на сервере: %1</translation>
    </message>
</context>
<context>
    <name>Plenary::SettingsDialog</name>
    <message>
        <source>Add Server</source>
        <translation>Добавление сервера</translation>
    </message>
    <message>
        <source>Change Password</source>
        <translation>Изменение пароля</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Адрес:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Имя пользователя:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <source>The password is kept in the desktop&apos;s keychain, never in Plenary&apos;s settings.</source>
        <translation>Пароль хранится в хранилище паролей рабочей среды и никогда — в настройках Plenary.</translation>
    </message>
    <message>
        <source>Configure Plenary</source>
        <translation>Настройка Plenary</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Общие</translation>
    </message>
    <message>
        <source>S&amp;ync</source>
        <translation>&amp;Синхронизация</translation>
    </message>
    <message>
        <source>Se&amp;rvers</source>
        <translation>Се&amp;рверы</translation>
    </message>
    <message>
        <source>The keychain did not keep the password; it is kept until Plenary quits: %1</source>
        <translation>Хранилище паролей не сохранило пароль; он хранится только до выхода из Plenary: %1</translation>
    </message>
    <message>
        <source>The keychain could not forget the password: %1</source>
        <translation>Не удалось удалить пароль из хранилища паролей: %1</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Язык системы</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>Plenary speaks the language chosen here from its next start.</source>
        <translation>Выбранный здесь язык будет использоваться со следующего запуска Plenary.</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>Об&amp;зор...</translation>
    </message>
    <message>
        <source>Data Folder</source>
        <translation>Папка данных</translation>
    </message>
    <message>
        <source>&amp;Data folder:</source>
        <translation>&amp;Папка данных:</translation>
    </message>
    <message>
        <source>Where the meetings, their documents and your notes are kept; empty for the standard place. A new folder is used from the next start; what is stored in the current one stays there.</source>
        <translation>Папка, в которой хранятся собрания, их документы и ваши заметки; если поле пустое, используется стандартное расположение. Новая папка используется со следующего запуска; то, что сохранено в текущей папке, остается в ней.</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Никогда</translation>
    </message>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source>Sync the open meeting &amp;every:</source>
        <translation>Синхронизировать открытое собрание &amp;каждые:</translation>
    </message>
    <message>
        <source>&amp;Parallel transfers:</source>
        <translation>&amp;Число параллельных передач:</translation>
    </message>
    <message>
        <source>More transfers can be faster on a fast line; a meeting server shared by many delegates prefers few.</source>
        <translation>При быстром соединении большее число передач может ускорить работу; для сервера собрания, которым пользуются многие делегаты, лучше небольшое число.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> с</translation>
    </message>
    <message>
        <source>Check the chairman&apos;s &amp;session every:</source>
        <translation>Проверять &amp;заседание председателя каждые:</translation>
    </message>
    <message>
        <source>These take effect at once.</source>
        <translation>Эти настройки вступают в силу сразу.</translation>
    </message>
    <message>
        <source>Servers whose passwords Plenary keeps in the desktop&apos;s keychain. A server that asks for a password during a sync is added here when you let Plenary remember it.</source>
        <translation>Серверы, пароли для которых Plenary хранит в хранилище паролей рабочей среды. Сервер, запросивший пароль при синхронизации, добавляется сюда, если вы разрешите Plenary запомнить пароль.</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Сервер</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Имя пользователя</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>Серверы</translation>
    </message>
    <message>
        <source>&amp;Add...</source>
        <translation>&amp;Добавить...</translation>
    </message>
    <message>
        <source>&amp;Change Password...</source>
        <translation>&amp;Изменить пароль...</translation>
    </message>
    <message>
        <source>&amp;Forget</source>
        <translation>&amp;Забыть</translation>
    </message>
    <message>
        <source>Forget Server</source>
        <translation>Забыть сервер</translation>
    </message>
    <message>
        <source>Forget the password kept for %1? Plenary asks for it again when the server wants it.</source>
        <translation>Забыть пароль, сохраненный для %1? Plenary снова запросит его, когда он понадобится серверу.</translation>
    </message>
</context>
<context>
    <name>Plenary::Store</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the store is not open</source>
        <translation>хранилище не открыто</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>не удается создать папку %1</translation>
    </message>
    <message>
        <source>cannot open the database: %1</source>
        <translation>не удается открыть базу данных: %1</translation>
    </message>
    <message>
        <source>%1 is not a Plenary database (%2)</source>
        <translation>%1 не является базой данных Plenary (%2)</translation>
    </message>
    <message>
        <source>cannot read the schema version</source>
        <translation>не удается прочитать версию схемы</translation>
    </message>
    <message>
        <source>upgrading the database to schema version %1 failed: %2</source>
        <translation>не удалось обновить базу данных до версии схемы %1: %2</translation>
    </message>
    <message>
        <source>setting the current meeting</source>
        <translation>выбор текущего собрания</translation>
    </message>
    <message>
        <source>the meeting has no id</source>
        <translation>у собрания нет идентификатора</translation>
    </message>
    <message>
        <source>storing the meeting</source>
        <translation>сохранение собрания</translation>
    </message>
    <message>
        <source>replacing the agenda</source>
        <translation>замена повестки дня</translation>
    </message>
    <message>
        <source>storing agenda item %1</source>
        <translation>сохранение пункта повестки дня %1</translation>
    </message>
    <message>
        <source>storing working group %1</source>
        <translation>сохранение рабочей группы %1</translation>
    </message>
    <message>
        <source>storing document %1</source>
        <translation>сохранение документа %1</translation>
    </message>
    <message>
        <source>replacing the files of %1</source>
        <translation>замена файлов документа %1</translation>
    </message>
    <message>
        <source>storing file %1 of %2</source>
        <translation>сохранение файла %1 документа %2</translation>
    </message>
    <message>
        <source>no meeting &apos;%1&apos; in the store</source>
        <translation>в хранилище нет собрания &apos;%1&apos;</translation>
    </message>
    <message>
        <source>saving a note on %1</source>
        <translation>сохранение заметки к документу %1</translation>
    </message>
    <message>
        <source>there is no note %1</source>
        <translation>заметка %1 не найдена</translation>
    </message>
    <message>
        <source>reading the local files</source>
        <translation>чтение списка локальных файлов</translation>
    </message>
    <message>
        <source>reading the position in %1</source>
        <translation>чтение позиции просмотра документа %1</translation>
    </message>
    <message>
        <source>keeping the position in %1</source>
        <translation>сохранение позиции просмотра документа %1</translation>
    </message>
    <message>
        <source>removing note %1</source>
        <translation>удаление заметки %1</translation>
    </message>
    <message>
        <source>reading your positions</source>
        <translation>чтение ваших позиций</translation>
    </message>
    <message>
        <source>reading your notes</source>
        <translation>чтение ваших заметок</translation>
    </message>
    <message>
        <source>keeping your position on %1</source>
        <translation>сохранение вашей позиции по документу %1</translation>
    </message>
    <message>
        <source>reading the reports</source>
        <translation>чтение отчетов</translation>
    </message>
    <message>
        <source>reading report %1</source>
        <translation>чтение отчета %1</translation>
    </message>
    <message>
        <source>no report %1</source>
        <translation>нет отчета %1</translation>
    </message>
    <message>
        <source>a working-group report needs its working group</source>
        <translation>для отчета рабочей группы нужно указать рабочую группу</translation>
    </message>
    <message>
        <source>no meeting %1</source>
        <translation>нет собрания %1</translation>
    </message>
    <message>
        <source>no working group %1</source>
        <translation>нет рабочей группы %1</translation>
    </message>
    <message>
        <source>saving report %1</source>
        <translation>сохранение отчета %1</translation>
    </message>
    <message>
        <source>removing report %1</source>
        <translation>удаление отчета %1</translation>
    </message>
    <message>
        <source>reading the search index</source>
        <translation>чтение поискового индекса</translation>
    </message>
    <message>
        <source>reading the index of %1</source>
        <translation>чтение индекса для %1</translation>
    </message>
    <message>
        <source>starting the index of %1</source>
        <translation>создание индекса для %1</translation>
    </message>
    <message>
        <source>removing %1 from the index</source>
        <translation>удаление %1 из индекса</translation>
    </message>
    <message>
        <source>indexing %1</source>
        <translation>индексирование %1</translation>
    </message>
    <message>
        <source>searching for %1</source>
        <translation>поиск по запросу %1</translation>
    </message>
    <message>
        <source>counting a session change</source>
        <translation>учет изменения заседания</translation>
    </message>
    <message>
        <source>no document %1 in meeting %2</source>
        <translation>в собрании %2 нет документа %1</translation>
    </message>
    <message>
        <source>no agenda item %1</source>
        <translation>нет пункта повестки дня %1</translation>
    </message>
    <message>
        <source>allocating %1</source>
        <translation>распределение документа %1</translation>
    </message>
    <message>
        <source>setting the current agenda item</source>
        <translation>выбор текущего пункта повестки дня</translation>
    </message>
    <message>
        <source>a revision names one document and its new number</source>
        <translation>для пересмотра нужно указать один документ и его новый номер</translation>
    </message>
    <message>
        <source>no document %1 to merge into</source>
        <translation>нет документа %1, в который нужно включить документ</translation>
    </message>
    <message>
        <source>no outcome %1</source>
        <translation>нет решения %1</translation>
    </message>
    <message>
        <source>taking back an outcome</source>
        <translation>отмена решения</translation>
    </message>
    <message>
        <source>undoing revision %1 -&gt; %2</source>
        <translation>отмена пересмотра %1 -&gt; %2</translation>
    </message>
    <message>
        <source>a liaison statement needs an id and a title</source>
        <translation>у заявления о взаимодействии должны быть идентификатор и название</translation>
    </message>
    <message>
        <source>removing liaison statement %1</source>
        <translation>удаление заявления о взаимодействии %1</translation>
    </message>
    <message>
        <source>no liaison statement %1</source>
        <translation>нет заявления о взаимодействии %1</translation>
    </message>
    <message>
        <source>the session names %1, which this meeting does not have</source>
        <translation>заседание ссылается на объект, которого нет в этом собрании: %1</translation>
    </message>
    <message>
        <source>agenda item %1</source>
        <translation>пункт повестки дня %1</translation>
    </message>
    <message>
        <source>document %1</source>
        <translation>документ %1</translation>
    </message>
    <message>
        <source>working group %1</source>
        <translation>рабочая группа %1</translation>
    </message>
    <message>
        <source>removing document %1</source>
        <translation>удаление документа %1</translation>
    </message>
    <message>
        <source>clearing revision links</source>
        <translation>удаление связей между редакциями</translation>
    </message>
    <message>
        <source>replacing the session</source>
        <translation>замена данных заседания</translation>
    </message>
    <message>
        <source>setting the current item</source>
        <translation>выбор текущего пункта</translation>
    </message>
    <message>
        <source>reading the session link</source>
        <translation>чтение ссылки на заседание</translation>
    </message>
    <message>
        <source>saving the session link</source>
        <translation>сохранение ссылки на заседание</translation>
    </message>
    <message>
        <source>removing the session link</source>
        <translation>удаление ссылки на заседание</translation>
    </message>
    <message>
        <source>recording where %1 comes from</source>
        <translation>запись источника собрания %1</translation>
    </message>
    <message>
        <source>caching %1</source>
        <translation>кэширование %1</translation>
    </message>
    <message>
        <source>reading the sync state</source>
        <translation>чтение состояния синхронизации</translation>
    </message>
    <message>
        <source>recording %1</source>
        <translation>запись состояния файла %1</translation>
    </message>
    <message>
        <source>the database has schema version %1, newer than this version of Plenary understands (%2); use a newer Plenary</source>
        <translation>база данных имеет версию схемы %1, более новую, чем понимает эта версия Plenary (%2); используйте более новую версию Plenary</translation>
    </message>
    <message>
        <source>linking revision %1 -&gt; %2: %3</source>
        <translation>связывание редакций %1 -&gt; %2: %3</translation>
    </message>
    <message>
        <source>recording an outcome: %1</source>
        <translation>запись решения: %1</translation>
    </message>
    <message>
        <source>storing liaison statement %1: %2</source>
        <translation>сохранение заявления о взаимодействии %1: %2</translation>
    </message>
    <message>
        <source>There is no current meeting to submit to.</source>
        <translation>Нет текущего собрания, для которого можно представить вклад.</translation>
    </message>
    <message>
        <source>recording the submission of %1</source>
        <translation>запись о представлении %1</translation>
    </message>
    <message>
        <source>reading the submissions</source>
        <translation>чтение сведений о представленных вкладах</translation>
    </message>
    <message>
        <source>Another submission is still under way.</source>
        <translation>Другая отправка еще не завершена.</translation>
    </message>
    <message>
        <source>cannot open the database %1: the disk is full (%2)</source>
        <translation>не удаётся открыть базу данных %1: диск заполнен (%2)</translation>
    </message>
    <message>
        <source>cannot open the database %1: %2</source>
        <translation>не удаётся открыть базу данных %1: %2</translation>
    </message>
</context>
<context>
    <name>Plenary::SubmitDialog</name>
    <message>
        <source>Submit Contribution</source>
        <translation>Представить вклад</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Файлы</translation>
    </message>
    <message>
        <source>&amp;Add Files...</source>
        <translation>&amp;Добавить файлы...</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>&amp;Files:</source>
        <translation>&amp;Файлы:</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>Номер документа</translation>
    </message>
    <message>
        <source>as given by the secretariat</source>
        <translation>выданный секретариатом</translation>
    </message>
    <message>
        <source>e.g. 42 or %1</source>
        <translation>например, 42 или %1</translation>
    </message>
    <message>
        <source>&amp;Request a Number...</source>
        <translation>&amp;Запросить номер...</translation>
    </message>
    <message>
        <source>The meeting names no secretariat address.</source>
        <translation>В данных собрания не указан адрес секретариата.</translation>
    </message>
    <message>
        <source>Writes an e-mail to %1 asking for a number for these files.</source>
        <translation>Составляет письмо на адрес %1 с просьбой выделить номер для этих файлов.</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>&amp;Номер:</translation>
    </message>
    <message>
        <source>Uploaded as:</source>
        <translation>Будет загружен как:</translation>
    </message>
    <message>
        <source>Drop folder</source>
        <translation>Папка для документов</translation>
    </message>
    <message>
        <source>&amp;Drop folder:</source>
        <translation>&amp;Папка для документов:</translation>
    </message>
    <message>
        <source>The meeting gives no deadline.</source>
        <translation>Предельный срок для собрания не указан.</translation>
    </message>
    <message>
        <source>%1 (end of the day, UTC): passed %2 ago. The secretariat may not accept the contribution for this meeting.</source>
        <translation>%1 (конец дня, UTC): истек %2 назад. Секретариат может не принять вклад для этого собрания.</translation>
    </message>
    <message>
        <source>%1 (end of the day, UTC): %2 left.</source>
        <translation>%1 (конец дня, UTC): осталось %2.</translation>
    </message>
    <message>
        <source>Deadline:</source>
        <translation>Предельный срок:</translation>
    </message>
    <message>
        <source>Upload progress</source>
        <translation>Ход загрузки</translation>
    </message>
    <message>
        <source>&amp;Submit</source>
        <translation>&amp;Представить</translation>
    </message>
    <message>
        <source>Files of the Contribution</source>
        <translation>Файлы вклада</translation>
    </message>
    <message>
        <source>%1 has no file name extension (such as .docx or .pdf).</source>
        <translation>У файла %1 нет расширения имени (например, .docx или .pdf).</translation>
    </message>
    <message>
        <source>Two files would both be named %1.</source>
        <translation>Два файла получили бы одно и то же имя %1.</translation>
    </message>
    <message>
        <source>Add the files of the contribution.</source>
        <translation>Добавьте файлы вклада.</translation>
    </message>
    <message>
        <source>Give the number the secretariat sent.</source>
        <translation>Укажите номер, присланный секретариатом.</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Начало…</translation>
    </message>
    <message>
        <source>Stopped; what was uploaded stays there.</source>
        <translation>Остановлено; уже загруженное остается на сервере.</translation>
    </message>
    <message>
        <source>Submitted and checked on the server: %1.</source>
        <translation>Представлено и проверено на сервере: %1.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Закрыть</translation>
    </message>
    <message>
        <source>The files of one contribution to %1 go to the meeting&apos;s drop folder, named with the number the secretariat gave. A name already taken stops the submission before anything is sent.</source>
        <translation>Файлы одного вклада в %1 отправляются в папку для документов собрания под номером, выданным секретариатом. Если имя уже занято, отправка прекращается до того, как что-либо будет передано.</translation>
    </message>
</context>
<context>
    <name>Plenary::Submitter</name>
    <message>
        <source>&quot;%1&quot; is not a document number.</source>
        <translation>«%1» не является номером документа.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a document number: give the number the secretariat sent, e.g. 42 or %2.</source>
        <translation>«%1» не является номером документа: укажите номер, присланный секретариатом, например 42 или %2.</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 и %2</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n день</numerusform>
            <numerusform>%n дня</numerusform>
            <numerusform>%n дней</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n час</numerusform>
            <numerusform>%n часа</numerusform>
            <numerusform>%n часов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n минута</numerusform>
            <numerusform>%n минуты</numerusform>
            <numerusform>%n минут</numerusform>
        </translation>
    </message>
    <message>
        <source>The meeting names no drop folder for contributions; give its address.</source>
        <translation>В данных собрания не указана папка для документов для вкладов; укажите ее адрес.</translation>
    </message>
    <message>
        <source>%1 is not an http://, https://, ftp:// or ftps:// address</source>
        <translation>%1 не является адресом http://, https://, ftp:// или ftps://</translation>
    </message>
    <message>
        <source>No file to submit.</source>
        <translation>Нет файлов для представления.</translation>
    </message>
    <message>
        <source>%1 is not a file that can be read.</source>
        <translation>%1 не является файлом, доступным для чтения.</translation>
    </message>
    <message>
        <source>%1 has no file name extension (such as .docx or .pdf): the secretariat needs one.</source>
        <translation>У файла %1 нет расширения имени (например, .docx или .pdf): оно необходимо секретариату.</translation>
    </message>
    <message>
        <source>Two files would both be named %1: submit one file per type, or ask the secretariat for another number.</source>
        <translation>Два файла получили бы одно и то же имя %1: представьте по одному файлу каждого типа или попросите у секретариата другой номер.</translation>
    </message>
    <message>
        <source>Document number request: %1</source>
        <translation>Запрос номера документа: %1</translation>
    </message>
    <message>
        <source>Dear secretariat,

Please allocate a document number for this contribution to %1:

%2

Title:
Source:
Contact:

Thank you.</source>
        <translation>Уважаемый секретариат!

Прошу выделить номер документа для этого вклада для собрания %1:

%2

Название:
Источник:
Контактное лицо:

Спасибо.</translation>
    </message>
    <message>
        <source>HTTP %1 %2</source>
        <translation>HTTP %1 %2</translation>
    </message>
    <message>
        <source>Checking that %1 is free</source>
        <translation>Проверка того, что имя %1 свободно</translation>
    </message>
    <message>
        <source>%1 is already in the drop folder; nothing was uploaded and nothing replaced. Ask the secretariat whether the number is right.</source>
        <translation>%1 уже есть в папке для документов; ничего не загружено и ничего не заменено. Уточните у секретариата, правилен ли номер.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Не удается прочитать %1: %2</translation>
    </message>
    <message>
        <source>Uploading %1</source>
        <translation>Загрузка %1</translation>
    </message>
    <message>
        <source>%1 was not uploaded: %2</source>
        <translation>%1 не загружен: %2</translation>
    </message>
    <message>
        <source>%1 appeared in the drop folder meanwhile; it was not replaced.</source>
        <translation>Тем временем в папке для документов появился %1; он не был заменен.</translation>
    </message>
    <message>
        <source>Checking %1 on the server</source>
        <translation>Проверка %1 на сервере</translation>
    </message>
    <message>
        <source>%1 is on the server with %2 bytes instead of %3: ask the secretariat to remove it, then submit again.</source>
        <translation>%1 находится на сервере с размером %2 байт вместо %3: попросите секретариат удалить его, а затем представьте вклад снова.</translation>
    </message>
    <message>
        <source>%1 is not in the drop folder&apos;s listing after the upload.</source>
        <translation>После загрузки %1 отсутствует в списке файлов папки для документов.</translation>
    </message>
    <message>
        <source>%1 cannot be found on the server after the upload: %2</source>
        <translation>После загрузки %1 не удается найти на сервере: %2</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Отменено.</translation>
    </message>
    <message>
        <source>The server answered that %1 replaced a file of that name (HTTP %2): it does not refuse to overwrite, so nothing more was sent. Tell the secretariat.</source>
        <translation>Сервер ответил, что %1 заменил файл с таким же именем (HTTP %2): он не запрещает перезапись, поэтому больше ничего не отправлено. Сообщите секретариату.</translation>
    </message>
    <message>
        <source>Already in the drop folder, and recorded: %1.</source>
        <translation>Уже в папке для документов и записано: %1.</translation>
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
        <translation>HTTP 401: сервер запрашивает имя пользователя и пароль, которых у Plenary нет или которые сервер отклонил</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 is not an http://, https://, ftp:// or ftps:// address</source>
        <translation>%1 не является адресом http://, https://, ftp:// или ftps://</translation>
    </message>
    <message>
        <source>the folder&apos;s page is larger than %1; given up</source>
        <translation>страница папки больше %1; загрузка прекращена</translation>
    </message>
    <message>
        <source>what this sync did could not be saved: %1; the files are downloaded again next time</source>
        <translation>не удалось сохранить результаты этой синхронизации: %1; в следующий раз файлы будут загружены заново</translation>
    </message>
</context>
<context>
    <name>Plenary::SyncStatusWidget</name>
    <message>
        <source>Sync progress</source>
        <translation>Ход синхронизации</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Stop the sync; what has been downloaded is kept and resumed next time</source>
        <translation>Остановить синхронизацию; загруженное сохранится, и в следующий раз загрузка продолжится</translation>
    </message>
    <message>
        <source>Reading the meeting folder...</source>
        <translation>Чтение папки собрания...</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n file(s)</source>
        <translation>
            <numerusform>%1 из %n файла</numerusform>
            <numerusform>%1 из %n файлов</numerusform>
            <numerusform>%1 из %n файлов</numerusform>
        </translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/с</translation>
    </message>
    <message numerus="yes">
        <source>%n s left</source>
        <translation>
            <numerusform>осталось %n с</numerusform>
            <numerusform>осталось %n с</numerusform>
            <numerusform>осталось %n с</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>ошибок: %n</numerusform>
            <numerusform>ошибок: %n</numerusform>
            <numerusform>ошибок: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Plenary::TextExtractor</name>
    <message>
        <source>the PDF is protected by a password</source>
        <translation>PDF защищен паролем</translation>
    </message>
    <message>
        <source>the file is missing</source>
        <translation>файл отсутствует</translation>
    </message>
    <message>
        <source>not a readable PDF</source>
        <translation>файл не является читаемым PDF</translation>
    </message>
    <message>
        <source>office documents are indexed once converted to PDF</source>
        <translation>офисные документы индексируются после преобразования в PDF</translation>
    </message>
    <message>
        <source>archives are indexed member by member once opened</source>
        <translation>архивы индексируются пофайлово после открытия</translation>
    </message>
    <message>
        <source>not a format whose text can be read</source>
        <translation>текст файлов такого формата прочитать невозможно</translation>
    </message>
</context>
<context>
    <name>Plenary::TextReader</name>
    <message>
        <source>Document text</source>
        <translation>Текст документа</translation>
    </message>
</context>
<context>
    <name>Plenary::Transfer</name>
    <message>
        <source>the server sent a web page instead of the file (an error or login page?)</source>
        <translation>сервер прислал веб-страницу вместо файла (страницу ошибки или входа?)</translation>
    </message>
    <message>
        <source>the server sent an unexpected part of the file</source>
        <translation>сервер прислал не ту часть файла</translation>
    </message>
    <message>
        <source>the file is larger than the limit of %1</source>
        <translation>файл превышает ограничение в %1</translation>
    </message>
    <message>
        <source>the server announces %1 bytes, the manifest %2</source>
        <translation>размер по данным сервера — %1 байт, по манифесту — %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>не удается записать %1: %2</translation>
    </message>
    <message>
        <source>the server sent more than the %1 bytes announced</source>
        <translation>сервер прислал больше заявленного размера (%1 байт)</translation>
    </message>
    <message numerus="yes">
        <source>%1 (after %n attempt(s))</source>
        <translation>
            <numerusform>%1 (после %n попытки)</numerusform>
            <numerusform>%1 (после %n попыток)</numerusform>
            <numerusform>%1 (после %n попыток)</numerusform>
        </translation>
    </message>
    <message>
        <source>HTTP %1 %2</source>
        <translation>HTTP %1 %2</translation>
    </message>
    <message>
        <source>HTTP 416 Range Not Satisfiable</source>
        <translation>HTTP 416: запрошенный диапазон недопустим</translation>
    </message>
    <message>
        <source>the transfer ended after %1 of %2 bytes</source>
        <translation>передача прервалась после %1 из %2 байт</translation>
    </message>
    <message>
        <source>the server sent the file compressed (%1) although asked not to</source>
        <translation>сервер прислал файл в сжатом виде (%1), хотя его просили этого не делать</translation>
    </message>
    <message>
        <source>the transfer ended after %1 of %2 bytes (%3)</source>
        <translation>передача оборвалась после %1 из %2 байт (%3)</translation>
    </message>
</context>
<context>
    <name>Plenary::TransferJob</name>
    <message>
        <source>cannot read the partial download: %1</source>
        <translation>не удается прочитать частично загруженный файл: %1</translation>
    </message>
    <message>
        <source>the checksum does not match the manifest (SHA-256 %1, expected %2)</source>
        <translation>контрольная сумма не совпадает с манифестом (SHA-256 %1, ожидалось %2)</translation>
    </message>
    <message>
        <source>cannot keep the earlier version of %1</source>
        <translation>не удается сохранить предыдущую версию %1</translation>
    </message>
    <message>
        <source>cannot move the download into %1</source>
        <translation>не удается переместить загруженный файл в %1</translation>
    </message>
    <message>
        <source>cannot write %1: only %2 of %3 bytes are on the disk</source>
        <translation>не удаётся записать %1: на диске только %2 из %3 байт</translation>
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
            <numerusform>%n документ</numerusform>
            <numerusform>%n документа</numerusform>
            <numerusform>%n документов</numerusform>
        </translation>
    </message>
    <message>
        <source>Led by %1</source>
        <translation>Руководитель: %1</translation>
    </message>
</context>
<context>
    <name>Plenary::ZipArchive</name>
    <message>
        <source>its entry in the archive cannot be read</source>
        <translation>его запись в архиве не читается</translation>
    </message>
    <message>
        <source>it is a link</source>
        <translation>это ссылка</translation>
    </message>
    <message>
        <source>it is protected by a password</source>
        <translation>он защищен паролем</translation>
    </message>
    <message>
        <source>its size is not known</source>
        <translation>его размер неизвестен</translation>
    </message>
    <message>
        <source>it is too large (%1 MB)</source>
        <translation>он слишком большой (%1 МБ)</translation>
    </message>
    <message>
        <source>it would expand %1 times (a zip bomb)</source>
        <translation>при распаковке он увеличился бы в %1 раз (zip-бомба)</translation>
    </message>
    <message>
        <source>it has no name</source>
        <translation>у него нет имени</translation>
    </message>
    <message>
        <source>its name has a backslash</source>
        <translation>в его имени есть обратная косая черта</translation>
    </message>
    <message>
        <source>its name is an absolute path</source>
        <translation>его имя — абсолютный путь</translation>
    </message>
    <message>
        <source>its name has control or direction characters</source>
        <translation>в его имени есть управляющие символы или символы направления текста</translation>
    </message>
    <message>
        <source>its name leaves the archive&apos;s folder</source>
        <translation>его имя указывает за пределы папки архива</translation>
    </message>
    <message>
        <source>its name has an empty part</source>
        <translation>в его имени есть пустая часть</translation>
    </message>
    <message>
        <source>its name is too long</source>
        <translation>его имя слишком длинное</translation>
    </message>
    <message>
        <source>%1: the archive&apos;s directory cannot be read.</source>
        <translation>%1: не удается прочитать оглавление архива.</translation>
    </message>
    <message>
        <source>%1 has %2 members, more than %3: it is not opened.</source>
        <translation>%1: число элементов (%2) превышает %3, архив не открывается.</translation>
    </message>
    <message>
        <source>%1 is not in the archive.</source>
        <translation>%1 нет в архиве.</translation>
    </message>
    <message>
        <source>%1 is a folder.</source>
        <translation>%1 — папка.</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2.</source>
        <translation>Невозможно открыть %1: %2.</translation>
    </message>
    <message>
        <source>Cannot create the folder for %1.</source>
        <translation>Не удается создать папку для %1.</translation>
    </message>
    <message>
        <source>Cannot extract %1: %2</source>
        <translation>Не удается извлечь %1: %2</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1 поврежден: %2</translation>
    </message>
    <message>
        <source>%1 holds more than the archive says: it is not extracted.</source>
        <translation>%1 содержит больше данных, чем указано в архиве: файл не извлекается.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не удается записать %1: %2</translation>
    </message>
    <message>
        <source>%1 is shorter than the archive says.</source>
        <translation>%1 короче, чем указано в архиве.</translation>
    </message>
</context>
<context>
    <name>QCoreApplication::QCoreApplication</name>
    <message>
        <source>%1 unchanged, %2 removed, %3 without text (archives, office without LibreOffice)</source>
        <translation>без изменений: %1, удалено: %2, без текста: %3 (архивы, офисные документы без LibreOffice)</translation>
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
        <translation>Вклад</translation>
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
        <translation>Выходной документ</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Отчет</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Повестка дня</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Принятие решения</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Обсуждение</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>Одобрение</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Согласование</translation>
    </message>
    <message>
        <source>Endorsement</source>
        <translation>Поддержка</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Информация</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Одобрено</translation>
    </message>
    <message>
        <source>Approved by consensus</source>
        <translation>Одобрено на основе консенсуса</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Согласовано</translation>
    </message>
    <message>
        <source>Endorsed</source>
        <translation>Поддержано</translation>
    </message>
    <message>
        <source>Technically endorsed</source>
        <translation>Поддержано технически</translation>
    </message>
    <message>
        <source>Noted</source>
        <translation>Принято к сведению</translation>
    </message>
    <message>
        <source>Revised</source>
        <translation>Пересмотрено</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Объединено</translation>
    </message>
    <message>
        <source>Reissued</source>
        <translation>Выпущено повторно</translation>
    </message>
    <message>
        <source>Partially approved</source>
        <translation>Частично одобрено</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Отклонено</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Отозвано</translation>
    </message>
    <message>
        <source>Postponed</source>
        <translation>Отложено</translation>
    </message>
    <message>
        <source>Not treated</source>
        <translation>Не рассмотрено</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Проект</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Отправлено</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Поддерживаю</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Возражаю</translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation>Наблюдаю</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Plenary - paperless meetings for standards bodies.
With no meeting stored, it opens the bundled demo meeting (ITU-T FG Smart, Geneva, 14-16 June 2010).</source>
        <translation>Plenary — безбумажные собрания органов по стандартизации.
Если сохраненных собраний нет, открывается встроенное демонстрационное собрание (ОГ-Smart МСЭ-Т, Женева, 14–16 июня 2010 года).</translation>
    </message>
    <message>
        <source>Keep the database, documents and settings in &lt;dir&gt;.</source>
        <translation>Хранить базу данных, документы и настройки в &lt;dir&gt;.</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>dir</translation>
    </message>
    <message>
        <source>Show Plenary in &lt;language&gt; (ar, en, es, fr, ru, zh_CN) instead of the one chosen in Settings or the system&apos;s.</source>
        <translation>Показывать Plenary на языке &lt;language&gt; (ar, en, es, fr, ru, zh_CN) вместо языка, выбранного в настройках, или языка системы.</translation>
    </message>
    <message>
        <source>language</source>
        <translation>language</translation>
    </message>
    <message>
        <source>Open and sync the meeting folder at &lt;url&gt; (as File &gt; Open Meeting from URL).</source>
        <translation>Открыть и синхронизировать папку заседания по адресу &lt;url&gt; (как «Файл &gt; Открыть заседание по URL»).</translation>
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
        <translation>plenary-cli: не удается открыть %1: %2</translation>
    </message>
    <message>
        <source>plenary-cli: cannot set up the demo meeting: %1</source>
        <translation>plenary-cli: не удается подготовить демонстрационное собрание: %1</translation>
    </message>
    <message>
        <source>plenary-cli: %1</source>
        <translation>plenary-cli: %1</translation>
    </message>
    <message>
        <source>Meeting:</source>
        <translation>Собрание:</translation>
    </message>
    <message>
        <source>Id:</source>
        <translation>Идентификатор:</translation>
    </message>
    <message>
        <source>Group:</source>
        <translation>Группа:</translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>Место:</translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation>Даты:</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Deadline:</source>
        <translation>Предельный срок:</translation>
    </message>
    <message>
        <source>Chairman:</source>
        <translation>Председатель:</translation>
    </message>
    <message>
        <source>Agenda:</source>
        <translation>Повестка дня:</translation>
    </message>
    <message numerus="yes">
        <source>%n top-level item(s)</source>
        <translation>
            <numerusform>%n пункт верхнего уровня</numerusform>
            <numerusform>%n пункта верхнего уровня</numerusform>
            <numerusform>%n пунктов верхнего уровня</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n in all</source>
        <translation>
            <numerusform>, всего %n</numerusform>
            <numerusform>, всего %n</numerusform>
            <numerusform>, всего %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Working groups:</source>
        <translation>Рабочие группы:</translation>
    </message>
    <message>
        <source>Documents:</source>
        <translation>Документы:</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n документ</numerusform>
            <numerusform>%n документа</numerusform>
            <numerusform>%n документов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n received after the deadline</source>
        <translation>
            <numerusform>, %n получен после предельного срока</numerusform>
            <numerusform>, %n получено после предельного срока</numerusform>
            <numerusform>, %n получено после предельного срока</numerusform>
        </translation>
    </message>
    <message>
        <source>Outcomes:</source>
        <translation>Решения:</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Папка данных:</translation>
    </message>
    <message>
        <source>plenary-cli: %1: %2</source>
        <translation>plenary-cli: %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Imported %1: %2 (%n document(s))</source>
        <translation>
            <numerusform>Импортировано собрание %1: %2 (%n документ)</numerusform>
            <numerusform>Импортировано собрание %1: %2 (%n документа)</numerusform>
            <numerusform>Импортировано собрание %1: %2 (%n документов)</numerusform>
        </translation>
    </message>
    <message>
        <source>Password for %1 at %2: </source>
        <translation>Пароль для %1 на %2: </translation>
    </message>
    <message>
        <source>%1/%2 files, %3 of %4, %5/s</source>
        <translation>файлов: %1/%2, %3 из %4, %5/с</translation>
    </message>
    <message numerus="yes">
        <source>, %n s left</source>
        <translation>
            <numerusform>, осталось %n с</numerusform>
            <numerusform>, осталось %n с</numerusform>
            <numerusform>, осталось %n с</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n failed</source>
        <translation>
            <numerusform>, ошибок: %n</numerusform>
            <numerusform>, ошибок: %n</numerusform>
            <numerusform>, ошибок: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 downloaded, %3 updated, %4 unchanged, %5 withdrawn on server (%n request(s))</source>
        <translation>
            <numerusform>%1: загружено — %2, обновлено — %3, без изменений — %4, отозвано на сервере — %5 (%n запрос)</numerusform>
            <numerusform>%1: загружено — %2, обновлено — %3, без изменений — %4, отозвано на сервере — %5 (%n запроса)</numerusform>
            <numerusform>%1: загружено — %2, обновлено — %3, без изменений — %4, отозвано на сервере — %5 (%n запросов)</numerusform>
        </translation>
    </message>
    <message>
        <source>plenary-cli: %1 (%2): %3</source>
        <translation>plenary-cli: %1 (%2): %3</translation>
    </message>
    <message>
        <source>plenary-cli: refused: %1</source>
        <translation>plenary-cli: отказано: %1</translation>
    </message>
    <message numerus="yes">
        <source>indexed %n file(s)</source>
        <translation>
            <numerusform>проиндексирован %n файл</numerusform>
            <numerusform>проиндексировано %n файла</numerusform>
            <numerusform>проиндексировано %n файлов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n страница</numerusform>
            <numerusform>%n страницы</numerusform>
            <numerusform>%n страниц</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>published revision %1 (%n request(s))</source>
        <translation>
            <numerusform>опубликована версия %1 (%n запрос)</numerusform>
            <numerusform>опубликована версия %1 (%n запроса)</numerusform>
            <numerusform>опубликована версия %1 (%n запросов)</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep the database and documents in &lt;dir&gt;.</source>
        <translation>Хранить базу данных и документы в &lt;dir&gt;.</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>dir</translation>
    </message>
    <message>
        <source>Parallel transfers for sync (1-32, default 6).</source>
        <translation>Число параллельных передач при синхронизации (1–32, по умолчанию 6).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Print the result of sync as JSON.</source>
        <translation>Вывести результат синхронизации в формате JSON.</translation>
    </message>
    <message>
        <source>User name for a server that asks for one (sync); the password is read from PLENARY_PASSWORD or asked for.</source>
        <translation>Имя пользователя для сервера, который его запрашивает (sync); пароль берется из PLENARY_PASSWORD или запрашивается.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>Remember the password given with --user in the desktop keychain, for later syncs and for Plenary.</source>
        <translation>Запомнить пароль, введенный для --user, в хранилище паролей рабочей среды для последующих синхронизаций и для Plenary.</translation>
    </message>
    <message>
        <source>Working group (allocate).</source>
        <translation>Рабочая группа (allocate).</translation>
    </message>
    <message>
        <source>wg</source>
        <translation>wg</translation>
    </message>
    <message>
        <source>Agenda item (allocate).</source>
        <translation>Пункт повестки дня (allocate).</translation>
    </message>
    <message>
        <source>item</source>
        <translation>item</translation>
    </message>
    <message>
        <source>Document the outcome is about, or a liaison&apos;s attachment; repeatable.</source>
        <translation>Документ, к которому относится решение, или приложение к заявлению о взаимодействии; можно повторять.</translation>
    </message>
    <message>
        <source>number</source>
        <translation>number</translation>
    </message>
    <message>
        <source>Outcome status, e.g. approved, noted, revised.</source>
        <translation>Статус решения, например approved, noted, revised.</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>Text of the outcome.</source>
        <translation>Текст решения.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <source>Title of the liaison statement.</source>
        <translation>Название заявления о взаимодействии.</translation>
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
        <translation>Назначение заявления о взаимодействии.</translation>
    </message>
    <message>
        <source>action|comment|information</source>
        <translation>action|comment|information</translation>
    </message>
    <message>
        <source>export: pdf, odt or md.</source>
        <translation>export: pdf, odt или md.</translation>
    </message>
    <message>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <source>export: the file to write.</source>
        <translation>export: файл для записи.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>search: at most this many hits (default 50).</source>
        <translation>search: максимальное число результатов (по умолчанию 50).</translation>
    </message>
    <message>
        <source>follow: poll once.</source>
        <translation>follow: опросить сервер один раз.</translation>
    </message>
    <message>
        <source>publish: on a conflict, this copy&apos;s side wins.</source>
        <translation>publish: при конфликте сохраняются данные этой копии.</translation>
    </message>
    <message>
        <source>publish: on a conflict, the server&apos;s side wins.</source>
        <translation>publish: при конфликте сохраняются данные сервера.</translation>
    </message>
    <message>
        <source>info | import | sync</source>
        <translation>info | import | sync</translation>
    </message>
    <message>
        <source>Arguments of the command.</source>
        <translation>Аргументы команды.</translation>
    </message>
    <message>
        <source>[args...]</source>
        <translation>[args...]</translation>
    </message>
    <message>
        <source>plenary-cli: --jobs takes a number from 1 to 32</source>
        <translation>plenary-cli: --jobs принимает число от 1 до 32</translation>
    </message>
    <message>
        <source>plenary-cli: --limit takes a positive number</source>
        <translation>plenary-cli: --limit принимает положительное число</translation>
    </message>
    <message>
        <source>plenary-cli: no command given; try &apos;plenary-cli --help&apos;</source>
        <translation>plenary-cli: команда не указана; см. &apos;plenary-cli --help&apos;</translation>
    </message>
    <message>
        <source>plenary-cli: wrong arguments for &apos;%1&apos;; try &apos;plenary-cli --help&apos;</source>
        <translation>plenary-cli: неверные аргументы для &apos;%1&apos;; см. &apos;plenary-cli --help&apos;</translation>
    </message>
    <message>
        <source>plenary-cli: unknown command &apos;%1&apos;; try &apos;plenary-cli --help&apos;</source>
        <translation>plenary-cli: неизвестная команда &apos;%1&apos;; см. &apos;plenary-cli --help&apos;</translation>
    </message>
    <message>
        <source>plenary-cli: the password is not remembered: %1; it is used for this run only</source>
        <translation>plenary-cli: пароль не запомнен: %1; он используется только для этого запуска</translation>
    </message>
    <message>
        <source>plenary-cli: &apos;%1&apos; is not an http://, https://, ftp:// or ftps:// address</source>
        <translation>plenary-cli: &apos;%1&apos; не является адресом http://, https://, ftp:// или ftps://</translation>
    </message>
    <message>
        <source>plenary-cli: cannot read %1: %2</source>
        <translation>plenary-cli: невозможно прочитать %1: %2</translation>
    </message>
    <message>
        <source>plenary-cli: left out: %1</source>
        <translation>plenary-cli: пропущено: %1</translation>
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
        <translation>Plenary без окна.

Команды:
  info           вывести текущее собрание (демонстрационное при первом запуске)
  import FILE    импортировать манифест meeting.json и сделать собрание текущим
  sync URL       синхронизировать папку собрания с веб-сервера или сервера FTP
  manifest DIR [--meeting FILE]
                 вывести meeting.json документов из DIR (размеры,
                 SHA-256, номера из имен файлов) с собранием,
                 описанным в FILE
  submit FILE... --number N [--to URL]
                 представить вклад в папку для документов собрания под именем
                 по правилам собрания (N: номер, выданный секретариатом)
  allocate DOCUMENT --wg WG [--item ITEM]
                 распределить документ рабочей группе и пункту повестки дня
  current ITEM   сделать ITEM рассматриваемым пунктом повестки дня
  outcome ITEM [--doc DOCUMENT]... --status STATUS [--text TEXT] [--to NEW]
                 записать решение (revised: --to — новый номер; если не указан,
                 номер резервируется)
  liaison new --title TITLE --to BODY [--for action|comment|information]
              [--doc ATTACHMENT]... [--item ITEM]
                 подготовить исходящее заявление о связи по пункту ITEM (по умолчанию —
                 текущий пункт); выводит его идентификатор
  session        вывести распределение (DOCUMENT WG ITEM), решения, заявления о связи
  publish URL    опубликовать заседание в session.json на сервере WebDAV
  follow URL [--once]
                 следить за опубликованным заседанием (каждые 5 с до Ctrl+C)
  index          обновить полнотекстовый индекс текущего собрания
  search WORDS... [--limit N]
                 искать в тексте всех документов: одна строка на совпадение,
                 сначала номер документа (&quot;фраза&quot;, префикс*)
  export report|wg-report WG|liaison ID [--format pdf|odt|md] --out FILE
                 экспортировать отчет собрания, отчет рабочей группы или
                 исходящее заявление о связи (если формат не указан, он
                 определяется по расширению FILE)</translation>
    </message>
    <message>
        <source>Addressee of a liaison statement (repeatable), the new number of a revision, or the drop folder to submit to.</source>
        <translation>Адресат заявления о связи (можно указать несколько раз), новый номер пересмотренного документа или папка для документов, в которую представляется вклад.</translation>
    </message>
    <message>
        <source>submit: the contribution&apos;s number (e.g. 42).</source>
        <translation>submit: номер вклада (например, 42).</translation>
    </message>
    <message>
        <source>manifest: the meeting.json that describes the meeting.</source>
        <translation>manifest: файл meeting.json с описанием собрания.</translation>
    </message>
    <message>
        <source>plenary-cli: submit needs --number, the number the secretariat gave</source>
        <translation>plenary-cli: для submit нужен параметр --number — номер, выданный секретариатом</translation>
    </message>
</context>
</TS>
