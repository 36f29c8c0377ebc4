<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>Features</name>
    <message numerus="yes">
        <source>Syntax highlighting: available (KF6 SyntaxHighlighting %1, %n syntax definition(s))</source>
        <translation>
            <numerusform>إبراز الصياغة: متاح (KF6 SyntaxHighlighting %1، %n تعريف صياغة)</numerusform>
            <numerusform>إبراز الصياغة: متاح (KF6 SyntaxHighlighting %1، تعريف صياغة واحد)</numerusform>
            <numerusform>إبراز الصياغة: متاح (KF6 SyntaxHighlighting %1، تعريفا صياغة)</numerusform>
            <numerusform>إبراز الصياغة: متاح (KF6 SyntaxHighlighting %1، %n تعريفات صياغة)</numerusform>
            <numerusform>إبراز الصياغة: متاح (KF6 SyntaxHighlighting %1، %n تعريفًا للصياغة)</numerusform>
            <numerusform>إبراز الصياغة: متاح (KF6 SyntaxHighlighting %1، %n تعريف صياغة)</numerusform>
        </translation>
    </message>
    <message>
        <source>Syntax highlighting: not available (built without KF6 SyntaxHighlighting); text documents are shown as plain text</source>
        <translation>إبراز الصياغة: غير متاح (بُني البرنامج دون KF6 SyntaxHighlighting)؛ تُعرض الوثائق النصية نصًا عاديًا</translation>
    </message>
</context>
<context>
    <name>FileState</name>
    <message>
        <source>Remote only</source>
        <translation>على الخادم فقط</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>قيد التنزيل</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>محلية</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>محدَّثة</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>فشل التنزيل</translation>
    </message>
    <message>
        <source>Withdrawn on server</source>
        <translation>مسحوبة على الخادم</translation>
    </message>
</context>
<context>
    <name>Plenary</name>
    <message>
        <source>not allocated</source>
        <translation>غير مخصصة</translation>
    </message>
    <message>
        <source>item %1</source>
        <translation>البند %1</translation>
    </message>
    <message>
        <source>revised to %1</source>
        <translation>نُقّح ليصبح %1</translation>
    </message>
    <message>
        <source>merged into %1</source>
        <translation>دُمج في %1</translation>
    </message>
    <message>
        <source>Liaison statement %1 drafted here is now %2 (the server has another %1)</source>
        <translation>أصبح بيان الاتصال %1 الذي صيغ هنا %2 (يوجد على الخادم بيان آخر بالرقم %1)</translation>
    </message>
    <message>
        <source>current agenda item: %1 here, %2 on the server</source>
        <translation>بند جدول الأعمال الحالي: %1 هنا، و%2 على الخادم</translation>
    </message>
    <message>
        <source>allocation of %1: %2 here, %3 on the server</source>
        <translation>تخصيص %1: %2 هنا، و%3 على الخادم</translation>
    </message>
    <message>
        <source>outcome &quot;%1&quot;: changed here and on the server</source>
        <translation>النتيجة «%1»: تغيّرت هنا وعلى الخادم</translation>
    </message>
    <message>
        <source>liaison statement %1: changed here and on the server</source>
        <translation>بيان الاتصال %1: تغيّر هنا وعلى الخادم</translation>
    </message>
    <message>
        <source>document %1: made here and on the server, differently</source>
        <translation>الوثيقة %1: أُنشئت هنا وعلى الخادم بصورتين مختلفتين</translation>
    </message>
    <message>
        <source>Now on agenda item %1</source>
        <translation>يُنظر الآن في بند جدول الأعمال %1</translation>
    </message>
    <message>
        <source>%1: allocation withdrawn</source>
        <translation>%1: سُحب التخصيص</translation>
    </message>
    <message>
        <source>%1 allocated to %2</source>
        <translation>خُصصت %1 إلى %2</translation>
    </message>
    <message>
        <source>%1: %2 allocated to %3</source>
        <translation>البند %1: خُصصت %2 إلى %3</translation>
    </message>
    <message>
        <source>changed: %1</source>
        <translation>تغيّر: %1</translation>
    </message>
    <message>
        <source>taken back: %1</source>
        <translation>أُلغي: %1</translation>
    </message>
    <message>
        <source>Liaison statement %1 drafted: %2</source>
        <translation>صيغ بيان الاتصال %1: %2</translation>
    </message>
    <message>
        <source>Liaison statement %1: %2</source>
        <translation>بيان الاتصال %1: %2</translation>
    </message>
    <message>
        <source>Liaison statement %1 edited</source>
        <translation>عُدّل بيان الاتصال %1</translation>
    </message>
    <message>
        <source>Liaison statement %1 removed</source>
        <translation>أُزيل بيان الاتصال %1</translation>
    </message>
    <message>
        <source>%1 is not a ZIP archive that can be read: %2</source>
        <translation>الملف %1 ليس أرشيف ZIP يمكن قراءته: %2</translation>
    </message>
</context>
<context>
    <name>Plenary::AboutDialog</name>
    <message>
        <source>About Plenary</source>
        <translation>حول Plenary</translation>
    </message>
    <message>
        <source>Plenary %1</source>
        <translation>Plenary %1</translation>
    </message>
    <message>
        <source>Paperless meetings for standards bodies: the agenda, the allocation of contributions, the decisions and the documents, on every delegate&apos;s laptop, online or not.</source>
        <translation>اجتماعات بلا ورق لهيئات التقييس: جدول الأعمال وتخصيص المساهمات والقرارات والوثائق، على الحاسوب المحمول لكل مندوب، سواء أكان متصلًا بالشبكة أم لا.</translation>
    </message>
    <message>
        <source>Qt %1 (built with Qt %2)</source>
        <translation>Qt %1 (بُني باستخدام Qt %2)</translation>
    </message>
    <message>
        <source>Data folder: %1</source>
        <translation>مجلد البيانات: %1</translation>
    </message>
</context>
<context>
    <name>Plenary::AgendaModel</name>
    <message numerus="yes">
        <source>%n document(s) allocated</source>
        <translation>
            <numerusform>لم تُخصَّص أي وثيقة</numerusform>
            <numerusform>خُصصت وثيقة واحدة</numerusform>
            <numerusform>خُصصت وثيقتان</numerusform>
            <numerusform>خُصصت %n وثائق</numerusform>
            <numerusform>خُصصت %n وثيقة</numerusform>
            <numerusform>خُصصت %n وثيقة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n document(s)</source>
        <translation>
            <numerusform>%1: لا توجد وثائق</numerusform>
            <numerusform>%1: وثيقة واحدة</numerusform>
            <numerusform>%1: وثيقتان</numerusform>
            <numerusform>%1: %n وثائق</numerusform>
            <numerusform>%1: %n وثيقة</numerusform>
            <numerusform>%1: %n وثيقة</numerusform>
        </translation>
    </message>
    <message>
        <source>Item</source>
        <translation>البند</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Docs</source>
        <translation>الوثائق</translation>
    </message>
</context>
<context>
    <name>Plenary::ArchiveView</name>
    <message>
        <source>Files in the archive</source>
        <translation>الملفات في الأرشيف</translation>
    </message>
    <message>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>الحجم</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>Not opened: %1</source>
        <translation>لم يُفتح: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 holds %n file(s). Open one with Enter or a double click; nothing in it is run.</source>
        <translation>
            <numerusform>يحتوي %1 على %n ملف. افتح أحدها بمفتاح Enter أو بنقرة مزدوجة؛ لا يُشغَّل أي شيء مما فيه.</numerusform>
            <numerusform>يحتوي %1 على ملف واحد. افتحه بمفتاح Enter أو بنقرة مزدوجة؛ لا يُشغَّل أي شيء مما فيه.</numerusform>
            <numerusform>يحتوي %1 على ملفين. افتح أحدهما بمفتاح Enter أو بنقرة مزدوجة؛ لا يُشغَّل أي شيء مما فيه.</numerusform>
            <numerusform>يحتوي %1 على %n ملفات. افتح أحدها بمفتاح Enter أو بنقرة مزدوجة؛ لا يُشغَّل أي شيء مما فيه.</numerusform>
            <numerusform>يحتوي %1 على %n ملفًا. افتح أحدها بمفتاح Enter أو بنقرة مزدوجة؛ لا يُشغَّل أي شيء مما فيه.</numerusform>
            <numerusform>يحتوي %1 على %n ملف. افتح أحدها بمفتاح Enter أو بنقرة مزدوجة؛ لا يُشغَّل أي شيء مما فيه.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Plenary::AsyncStore</name>
    <message>
        <source>Cannot open the meeting database %1: %2</source>
        <translation>تعذّر فتح قاعدة بيانات الاجتماع %1: %2</translation>
    </message>
    <message>
        <source>Cannot set up the demo meeting: %1</source>
        <translation>تعذّر إعداد الاجتماع التجريبي: %1</translation>
    </message>
    <message>
        <source>Cannot read meeting %1: %2</source>
        <translation>تعذّرت قراءة الاجتماع %1: %2</translation>
    </message>
    <message>
        <source>The meeting database could not be opened.</source>
        <translation>تعذّر فتح قاعدة بيانات الاجتماع.</translation>
    </message>
    <message>
        <source>%1: cannot store the meeting: %2</source>
        <translation>%1: تعذّر تخزين الاجتماع: %2</translation>
    </message>
    <message numerus="yes">
        <source>Imported %1 (%n document(s)).</source>
        <translation>
            <numerusform>تم استيراد %1 (بلا وثائق).</numerusform>
            <numerusform>تم استيراد %1 (وثيقة واحدة).</numerusform>
            <numerusform>تم استيراد %1 (وثيقتان).</numerusform>
            <numerusform>تم استيراد %1 (%n وثائق).</numerusform>
            <numerusform>تم استيراد %1 (%n وثيقة).</numerusform>
            <numerusform>تم استيراد %1 (%n وثيقة).</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>تعذّرت قراءة %1: %2</translation>
    </message>
    <message>
        <source>%1 is too large to open here (%2 MB).</source>
        <translation>حجم %1 أكبر من أن يُفتح هنا (%2 ميغابايت).</translation>
    </message>
    <message>
        <source>%1 has no local copy yet: sync the meeting to read it.</source>
        <translation>لا توجد نسخة محلية من %1 بعد: زامِن الاجتماع لقراءتها.</translation>
    </message>
    <message>
        <source>%1 is an archive inside the archive: it is not opened.</source>
        <translation>الملف %1 أرشيف داخل الأرشيف، ولذا لا يُفتح.</translation>
    </message>
    <message>
        <source>%1 is not a file of %2.</source>
        <translation>الملف %1 ليس من ملفات %2.</translation>
    </message>
    <message>
        <source>Your note or position was not kept: %1</source>
        <translation>لم تُحفظ ملاحظتك أو موقفك: %1</translation>
    </message>
    <message>
        <source>The PDF of %1</source>
        <translation>ملف PDF الخاص بـ %1</translation>
    </message>
    <message>
        <source>The meeting has no working group %1.</source>
        <translation>لا يوجد في الاجتماع فريق العمل %1.</translation>
    </message>
    <message>
        <source>There is no report %1.</source>
        <translation>لا يوجد تقرير %1.</translation>
    </message>
    <message>
        <source>The report was not stored: %1</source>
        <translation>لم يُخزَّن التقرير: %1</translation>
    </message>
    <message>
        <source>The report was not saved: %1</source>
        <translation>لم يُحفظ التقرير: %1</translation>
    </message>
    <message>
        <source>The refreshed report was not stored: %1</source>
        <translation>لم يُخزَّن التقرير المحدَّث: %1</translation>
    </message>
    <message>
        <source>My notes: %1</source>
        <translation>ملاحظاتي: %1</translation>
    </message>
    <message>
        <source>There is no liaison statement %1.</source>
        <translation>لا يوجد بيان اتصال %1.</translation>
    </message>
    <message>
        <source>Now on agenda item %1</source>
        <translation>يُنظر الآن في بند جدول الأعمال %1</translation>
    </message>
    <message>
        <source>Outcome taken back</source>
        <translation>أُلغيت النتيجة</translation>
    </message>
    <message>
        <source>Liaison statement %1 saved</source>
        <translation>حُفظ بيان الاتصال %1</translation>
    </message>
    <message>
        <source>Liaison statement %1 removed</source>
        <translation>أُزيل بيان الاتصال %1</translation>
    </message>
</context>
<context>
    <name>Plenary::Cli</name>
    <message>
        <source>usage: export report|wg-report WG|liaison ID [--format pdf|odt|md] --out FILE</source>
        <translation>الاستخدام: export report|wg-report WG|liaison ID [--format pdf|odt|md] --out FILE</translation>
    </message>
    <message>
        <source>give --format pdf, odt or md (%1 has no known extension)</source>
        <translation>حدِّد --format pdf أو odt أو md (ليس للملف %1 امتداد معروف)</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos; (pdf, odt or md)</source>
        <translation>صيغة غير معروفة «%1» (pdf أو odt أو md)</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>تعذّر فتح %1: %2</translation>
    </message>
    <message>
        <source>no liaison statement %1</source>
        <translation>لا يوجد بيان اتصال %1</translation>
    </message>
    <message>
        <source>no working group %1</source>
        <translation>لا يوجد فريق العمل %1</translation>
    </message>
    <message>
        <source>indexing %1/%2 %3</source>
        <translation>جارٍ الفهرسة %1/%2 %3</translation>
    </message>
    <message>
        <source>cannot read %1</source>
        <translation>تعذّرت قراءة %1</translation>
    </message>
    <message>
        <source>usage: search WORDS... (&quot;a phrase&quot;, prefix*)</source>
        <translation>الاستخدام: search WORDS... (&quot;عبارة كاملة&quot;، بادئة*)</translation>
    </message>
    <message>
        <source>usage: allocate DOCUMENT --wg WG [--item ITEM]</source>
        <translation>الاستخدام: allocate DOCUMENT --wg WG [--item ITEM]</translation>
    </message>
    <message>
        <source>usage: current ITEM</source>
        <translation>الاستخدام: current ITEM</translation>
    </message>
    <message>
        <source>Now on agenda item %1</source>
        <translation>يُنظر الآن في بند جدول الأعمال %1</translation>
    </message>
    <message>
        <source>usage: outcome ITEM [--doc DOCUMENT]... --status STATUS [--text TEXT] [--to NEW-NUMBER]</source>
        <translation>الاستخدام: outcome ITEM [--doc DOCUMENT]... --status STATUS [--text TEXT] [--to NEW-NUMBER]</translation>
    </message>
    <message>
        <source>unknown status &apos;%1&apos; (one of: %2)</source>
        <translation>حالة غير معروفة «%1» (القيم الممكنة: %2)</translation>
    </message>
    <message>
        <source>usage: liaison new --title TITLE --to BODY [--to BODY]... [--for action|comment|information] [--doc ATTACHMENT]... [--item ITEM]</source>
        <translation>الاستخدام: liaison new --title TITLE --to BODY [--to BODY]... [--for action|comment|information] [--doc ATTACHMENT]... [--item ITEM]</translation>
    </message>
    <message>
        <source>--for takes action, comment or information</source>
        <translation>يقبل الخيار --for إحدى القيم action أو comment أو information</translation>
    </message>
    <message>
        <source>usage: session</source>
        <translation>الاستخدام: session</translation>
    </message>
    <message>
        <source>outcomes:</source>
        <translation>النتائج:</translation>
    </message>
    <message>
        <source>liaison statements:</source>
        <translation>بيانات الاتصال:</translation>
    </message>
    <message>
        <source> (item %1)</source>
        <translation> (البند %1)</translation>
    </message>
    <message>
        <source>current item: %1</source>
        <translation>البند الحالي: %1</translation>
    </message>
    <message>
        <source>usage: publish URL [--keep-mine | --take-theirs]</source>
        <translation>الاستخدام: publish URL [--keep-mine | --take-theirs]</translation>
    </message>
    <message>
        <source>merged from the server: %1</source>
        <translation>دُمج من الخادم: %1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>تحذير: %1</translation>
    </message>
    <message>
        <source>conflict: %1</source>
        <translation>تعارض: %1</translation>
    </message>
    <message>
        <source>conflict: not published; publish again with --keep-mine or --take-theirs</source>
        <translation>تعارض: لم يُنشر شيء؛ أعِد النشر مع --keep-mine أو --take-theirs</translation>
    </message>
    <message>
        <source>usage: follow URL [--once]</source>
        <translation>الاستخدام: follow URL [--once]</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>أمر غير معروف «%1»</translation>
    </message>
    <message>
        <source>plenary-cli: cannot open %1: %2</source>
        <translation>plenary-cli: تعذّر فتح %1: %2</translation>
    </message>
    <message>
        <source>plenary-cli: there is no current meeting; sync or import one first</source>
        <translation>plenary-cli: لا يوجد اجتماع حالي؛ زامِن اجتماعًا أو استورده أولًا</translation>
    </message>
    <message>
        <source>plenary-cli: %1</source>
        <translation>plenary-cli: %1</translation>
    </message>
    <message>
        <source>plenary-cli: numbers are given by %1</source>
        <translation>plenary-cli: تعطي الأرقامَ %1</translation>
    </message>
    <message>
        <source>plenary-cli: warning: the contribution deadline (%1, end of the day, UTC) passed %2 ago; the secretariat may not accept it for this meeting</source>
        <translation>plenary-cli: تحذير: انقضى الموعد النهائي لتقديم المساهمات (%1، نهاية اليوم، بالتوقيت العالمي UTC) منذ %2؛ قد لا تقبلها الأمانة لهذا الاجتماع</translation>
    </message>
    <message>
        <source>Submitted %1 (%2 bytes) to %3</source>
        <translation>قُدِّم %1 (%2 بايت) إلى %3</translation>
    </message>
</context>
<context>
    <name>Plenary::DemoMeeting</name>
    <message>
        <source>the bundled demo meeting is missing from this build</source>
        <translation>الاجتماع التجريبي المرفق غير موجود في هذه النسخة من البرنامج</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>تعذّر إنشاء %1</translation>
    </message>
</context>
<context>
    <name>Plenary::DirectoryListing</name>
    <message>
        <source>empty name</source>
        <translation>اسم فارغ</translation>
    </message>
    <message>
        <source>the name contains &apos;..&apos;</source>
        <translation>يحتوي الاسم على «..»</translation>
    </message>
    <message>
        <source>the name contains a slash</source>
        <translation>يحتوي الاسم على شرطة مائلة</translation>
    </message>
    <message>
        <source>the name contains a backslash</source>
        <translation>يحتوي الاسم على شرطة مائلة عكسية</translation>
    </message>
    <message>
        <source>the name contains a control character</source>
        <translation>يحتوي الاسم على حرف تحكم</translation>
    </message>
    <message>
        <source>the name contains a bidirectional control character</source>
        <translation>يحتوي الاسم على حرف تحكم في اتجاه الكتابة</translation>
    </message>
    <message>
        <source>the name is longer than 255 characters</source>
        <translation>يتجاوز طول الاسم 255 حرفًا</translation>
    </message>
    <message>
        <source>%1: points outside the meeting folder</source>
        <translation>%1: يشير إلى خارج مجلد الاجتماع</translation>
    </message>
    <message>
        <source>the name is &apos;.&apos;</source>
        <translation>الاسم هو «.»</translation>
    </message>
    <message>
        <source>the name has digits that only look like 0-9</source>
        <translation>يحتوي الاسم على أرقام تشبه 0-9 وليست منها</translation>
    </message>
    <message>
        <source>the name mixes digits of different scripts</source>
        <translation>يخلط الاسم أرقامًا من أنظمة كتابة مختلفة</translation>
    </message>
</context>
<context>
    <name>Plenary::DocumentDetailsPanel</name>
    <message>
        <source>Select a document to see its details.</source>
        <translation>اختر وثيقة لعرض تفاصيلها.</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>المصدر:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>النوع:</translation>
    </message>
    <message>
        <source>Working group:</source>
        <translation>فريق العمل:</translation>
    </message>
    <message>
        <source>Agenda item:</source>
        <translation>بند جدول الأعمال:</translation>
    </message>
    <message>
        <source>Received:</source>
        <translation>تاريخ الاستلام:</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>النتيجة:</translation>
    </message>
    <message>
        <source>Revisions:</source>
        <translation>التنقيحات:</translation>
    </message>
    <message>
        <source>Files:</source>
        <translation>الملفات:</translation>
    </message>
    <message>
        <source>Abstract:</source>
        <translation>الملخص:</translation>
    </message>
    <message>
        <source>%1, for %2</source>
        <translation>%1، %2</translation>
    </message>
    <message>
        <source>%1 - %2</source>
        <translation>%1 - %2</translation>
    </message>
    <message>
        <source>not allocated</source>
        <translation>غير مخصصة</translation>
    </message>
    <message>
        <source>after the contribution deadline of %1</source>
        <translation>بعد الموعد النهائي لتقديم المساهمات (%1)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>replaces %1</source>
        <translation>تحل محل %1</translation>
    </message>
    <message>
        <source>replaced by %1</source>
        <translation>حلّت محلها %1</translation>
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
        <translation>استُلمت بعد الموعد النهائي لتقديم المساهمات (%1)</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>For</source>
        <translation>الغرض</translation>
    </message>
    <message>
        <source>WG</source>
        <translation>فريق العمل</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>البند</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>Replaced by</source>
        <translation>حلّت محلها</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>تاريخ الاستلام</translation>
    </message>
    <message>
        <source>Local copy</source>
        <translation>النسخة المحلية</translation>
    </message>
</context>
<context>
    <name>Plenary::DocumentTableView</name>
    <message>
        <source>Documents</source>
        <translation>الوثائق</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>الأعمدة</translation>
    </message>
</context>
<context>
    <name>Plenary::FindReplaceBar</name>
    <message>
        <source>Match &amp;case</source>
        <translation>&amp;مطابقة حالة الأحرف</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>بحث</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>استبدال بـ</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>ال&amp;سابق</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>ال&amp;تالي</translation>
    </message>
    <message>
        <source>Close (Escape)</source>
        <translation>إغلاق (Escape)</translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation>إغلاق شريط البحث</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;استبدال</translation>
    </message>
    <message>
        <source>Replace &amp;All</source>
        <translation>استبدال ال&amp;كل</translation>
    </message>
    <message>
        <source>Wrapped around</source>
        <translation>استؤنف البحث من البداية</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>لم يُعثر على شيء</translation>
    </message>
    <message numerus="yes">
        <source>%n replacement(s)</source>
        <translation>
            <numerusform>لم يُجرَ أي استبدال</numerusform>
            <numerusform>استبدال واحد</numerusform>
            <numerusform>استبدالان</numerusform>
            <numerusform>%n استبدالات</numerusform>
            <numerusform>%n استبدالًا</numerusform>
            <numerusform>%n استبدال</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Plenary::FtpClient</name>
    <message>
        <source>%1 refused the user name or password.</source>
        <translation>رفض %1 اسم المستخدم أو كلمة المرور.</translation>
    </message>
    <message>
        <source>%1 does not offer an encrypted connection (AUTH TLS).</source>
        <translation>لا يوفّر %1 اتصالًا مشفّرًا (AUTH TLS).</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed; its certificate is not trusted or TLS could not be agreed: %2</source>
        <translation>فشل الاتصال الآمن بـ %1؛ شهادته غير موثوق بها أو تعذّر الاتفاق على TLS: %2</translation>
    </message>
    <message>
        <source>%1 is not on the server or may not be read: %2</source>
        <translation>الملف %1 غير موجود على الخادم أو لا يمكن قراءته: %2</translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation>تعذّر الاتصال بـ %1: %2</translation>
    </message>
    <message>
        <source>FTP error with %1: %2</source>
        <translation>خطأ FTP مع %1: %2</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>أُلغي.</translation>
    </message>
    <message>
        <source>The listing of %1 is too large.</source>
        <translation>قائمة محتويات %1 كبيرة جدًا.</translation>
    </message>
    <message>
        <source>%1 already exists on the server; nothing was replaced.</source>
        <translation>الملف %1 موجود بالفعل على الخادم؛ لم يُستبدل أي شيء.</translation>
    </message>
    <message>
        <source>%1 stopped answering, or answers too slowly: %2</source>
        <translation>توقف %1 عن الاستجابة، أو يستجيب ببطء شديد: %2</translation>
    </message>
</context>
<context>
    <name>Plenary::FtpListing</name>
    <message>
        <source>the name is not UTF-8</source>
        <translation>الاسم ليس بترميز UTF-8</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: a link</source>
        <translation>%1: رابط</translation>
    </message>
    <message>
        <source>%1: a listing line not understood</source>
        <translation>%1: سطر غير مفهوم في قائمة المحتويات</translation>
    </message>
</context>
<context>
    <name>Plenary::FtpTransfer</name>
    <message>
        <source>the file is larger than the limit of %1</source>
        <translation>حجم الملف يتجاوز الحد الأقصى البالغ %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>تعذّرت الكتابة في %1: %2</translation>
    </message>
    <message>
        <source>the server sent more than the %1 bytes listed</source>
        <translation>أرسل الخادم أكثر من الـ %1 بايت المذكورة</translation>
    </message>
    <message numerus="yes">
        <source>%1 (after %n attempt(s))</source>
        <translation>
            <numerusform>%1 (بعد %n محاولة)</numerusform>
            <numerusform>%1 (بعد محاولة واحدة)</numerusform>
            <numerusform>%1 (بعد محاولتين)</numerusform>
            <numerusform>%1 (بعد %n محاولات)</numerusform>
            <numerusform>%1 (بعد %n محاولة)</numerusform>
            <numerusform>%1 (بعد %n محاولة)</numerusform>
        </translation>
    </message>
    <message>
        <source>the transfer ended after %1 of %2 bytes</source>
        <translation>انتهى النقل بعد %1 من %2 بايت</translation>
    </message>
</context>
<context>
    <name>Plenary::Json</name>
    <message>
        <source>a boolean</source>
        <translation>قيمة منطقية</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>عدد</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>سلسلة نصية</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>مصفوفة</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>كائن</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>مفقود</translation>
    </message>
    <message>
        <source>expected a string, found %1</source>
        <translation>المتوقع سلسلة نصية، والموجود %1</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>يجب ألا يكون فارغًا</translation>
    </message>
    <message>
        <source>expected an array, found %1</source>
        <translation>المتوقع مصفوفة، والموجود %1</translation>
    </message>
    <message>
        <source>expected an object, found %1</source>
        <translation>المتوقع كائن، والموجود %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date (expected YYYY-MM-DD)</source>
        <translation>«%1» ليس تاريخًا (المتوقع YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date and time (expected ISO 8601)</source>
        <translation>«%1» ليس تاريخًا ووقتًا (المتوقع ISO 8601)</translation>
    </message>
    <message>
        <source>unknown %1 &apos;%2&apos; (expected one of: %3)</source>
        <translation>قيمة %1 غير معروفة «%2» (القيم المتوقعة: %3)</translation>
    </message>
    <message>
        <source>document type</source>
        <translation>نوع الوثيقة</translation>
    </message>
    <message>
        <source>purpose</source>
        <translation>الغرض</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>الملف فارغ</translation>
    </message>
    <message>
        <source>line %1, column %2: %3%4</source>
        <translation>السطر %1، العمود %2: %3%4</translation>
    </message>
    <message>
        <source> (the file looks truncated)</source>
        <translation> (يبدو أن الملف مبتور)</translation>
    </message>
    <message>
        <source>expected a JSON object at the top level</source>
        <translation>المتوقع كائن JSON في المستوى الأعلى</translation>
    </message>
    <message>
        <source>unsupported format &apos;%1&apos; (this version of Plenary reads %2)</source>
        <translation>صيغة غير مدعومة «%1» (يقرأ هذا الإصدار من Plenary الصيغة %2)</translation>
    </message>
    <message>
        <source>status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>expected a non-negative whole number, found %1</source>
        <translation>المتوقع عدد صحيح غير سالب، والموجود %1</translation>
    </message>
</context>
<context>
    <name>Plenary::KeychainCredentialStore</name>
    <message>
        <source>no keychain is available (%1)</source>
        <translation>لا تتوفر حلقة مفاتيح (%1)</translation>
    </message>
    <message>
        <source>access to the keychain was refused</source>
        <translation>رُفض الوصول إلى حلقة المفاتيح</translation>
    </message>
    <message>
        <source>the keychain did not answer</source>
        <translation>لم تستجب حلقة المفاتيح</translation>
    </message>
    <message>
        <source>the keychain entry for %1 is not Plenary&apos;s</source>
        <translation>مُدخَل حلقة المفاتيح الخاص بـ %1 لا يعود إلى Plenary</translation>
    </message>
</context>
<context>
    <name>Plenary::LiaisonDialog</name>
    <message>
        <source>&amp;Deadline:</source>
        <translation>الموعد ال&amp;نهائي:</translation>
    </message>
    <message>
        <source>Liaison Statement %1</source>
        <translation>بيان الاتصال %1</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>ال&amp;عنوان:</translation>
    </message>
    <message>
        <source>e.g. Q1/17, Q2/17</source>
        <translation>مثلًا: Q1/17, Q2/17</translation>
    </message>
    <message>
        <source>&amp;Question(s):</source>
        <translation>الم&amp;سألة (المسائل):</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;من:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(لا يوجد)</translation>
    </message>
    <message>
        <source>Agenda &amp;item:</source>
        <translation>&amp;بند جدول الأعمال:</translation>
    </message>
    <message>
        <source>A body from the list, or type one</source>
        <translation>اختر هيئة من القائمة أو اكتب اسمها</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>إ&amp;ضافة</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>إ&amp;زالة</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>إ&amp;لى:</translation>
    </message>
    <message>
        <source>&amp;Cc:</source>
        <translation>نس&amp;خة إلى:</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>لاتخاذ إجراء</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>لإبداء التعليقات</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>للعلم</translation>
    </message>
    <message>
        <source>For:</source>
        <translation>الغرض:</translation>
    </message>
    <message>
        <source>A&amp;pproval:</source>
        <translation>المواف&amp;قة:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>المنظمة</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Co&amp;ntact:</source>
        <translation>جهة الا&amp;تصال:</translation>
    </message>
    <message>
        <source>&amp;Body:</source>
        <translation>الن&amp;ص:</translation>
    </message>
    <message>
        <source>Meeting documents, e.g. FG-Smart-I-0012</source>
        <translation>وثائق الاجتماع، مثل FG-Smart-I-0012</translation>
    </message>
    <message>
        <source>Attach&amp;ments:</source>
        <translation>المر&amp;فقات:</translation>
    </message>
    <message>
        <source>&amp;Liaison officer:</source>
        <translation>مسؤ&amp;ول الاتصال:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>ال&amp;حالة:</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>A liaison statement needs a title.</source>
        <translation>يجب أن يكون لبيان الاتصال عنوان.</translation>
    </message>
    <message>
        <source>A liaison statement needs at least one addressee (To).</source>
        <translation>يجب أن يكون لبيان الاتصال مرسَل إليه واحد على الأقل (إلى).</translation>
    </message>
    <message>
        <source>%1 is not a document of this meeting.</source>
        <translation>الوثيقة %1 ليست من وثائق هذا الاجتماع.</translation>
    </message>
    <message>
        <source>Addressees</source>
        <translation>الجهات المرسل إليها</translation>
    </message>
    <message>
        <source>New addressee</source>
        <translation>جهة جديدة مرسل إليها</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>الموعد النهائي</translation>
    </message>
</context>
<context>
    <name>Plenary::LibraryFilterButton</name>
    <message>
        <source>Library filters</source>
        <translation>عوامل تصفية المكتبة</translation>
    </message>
    <message>
        <source>Show only some documents: by working group, type, outcome, unread, late, with my notes</source>
        <translation>عرض بعض الوثائق فقط: حسب فريق العمل أو النوع أو النتيجة، أو غير المقروءة، أو المتأخرة، أو التي عليها ملاحظاتي</translation>
    </message>
    <message>
        <source>&amp;Working Group</source>
        <translation>&amp;فريق العمل</translation>
    </message>
    <message>
        <source>All Groups</source>
        <translation>كل الأفرقة</translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation>ال&amp;نوع</translation>
    </message>
    <message>
        <source>All Types</source>
        <translation>كل الأنواع</translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation>&amp;النتيجة</translation>
    </message>
    <message>
        <source>Any Outcome</source>
        <translation>أي نتيجة</translation>
    </message>
    <message>
        <source>Not Treated Yet</source>
        <translation>لم يُنظر فيها بعد</translation>
    </message>
    <message>
        <source>&amp;Unread Only</source>
        <translation>&amp;غير المقروءة فقط</translation>
    </message>
    <message>
        <source>Only documents you have not opened yet</source>
        <translation>الوثائق التي لم تفتحها بعد فقط</translation>
    </message>
    <message>
        <source>&amp;Late Only</source>
        <translation>المتأ&amp;خرة فقط</translation>
    </message>
    <message>
        <source>Only documents received after the contribution deadline</source>
        <translation>الوثائق المستلَمة بعد الموعد النهائي لتقديم المساهمات فقط</translation>
    </message>
    <message>
        <source>With My &amp;Notes</source>
        <translation>التي عليها ملا&amp;حظاتي</translation>
    </message>
    <message>
        <source>Only documents you have written notes on</source>
        <translation>الوثائق التي كتبتَ عليها ملاحظات فقط</translation>
    </message>
    <message>
        <source>&amp;Clear Filters</source>
        <translation>&amp;مسح عوامل التصفية</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>التصفية</translation>
    </message>
    <message>
        <source>Filters (%1)</source>
        <translation>التصفية (%1)</translation>
    </message>
</context>
<context>
    <name>Plenary::LoginDialog</name>
    <message>
        <source>Sign In to %1</source>
        <translation>تسجيل الدخول إلى %1</translation>
    </message>
    <message>
        <source>%1 asks for a user name and password to give the meeting documents.

%2</source>
        <translation>يطلب %1 اسم مستخدم وكلمة مرور لإتاحة وثائق الاجتماع.

%2</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>اسم ال&amp;مستخدم:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;كلمة المرور:</translation>
    </message>
    <message>
        <source>&amp;Remember in the keychain</source>
        <translation>ت&amp;ذكُّر كلمة المرور في حلقة المفاتيح</translation>
    </message>
    <message>
        <source>Keeps the password in the desktop&apos;s keychain, never in Plenary&apos;s settings; otherwise it is kept until Plenary quits.</source>
        <translation>تُحفظ كلمة المرور في حلقة مفاتيح سطح المكتب، ولا تُحفظ أبدًا في إعدادات Plenary؛ وإلا فتبقى محفوظة إلى أن يُغلَق Plenary.</translation>
    </message>
    <message>
        <source>Sign In</source>
        <translation>تسجيل الدخول</translation>
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
        <translation>الجلسة</translation>
    </message>
    <message>
        <source>Opening the meeting...</source>
        <translation>جارٍ فتح الاجتماع...</translation>
    </message>
    <message>
        <source>The meeting was not imported; nothing stored has changed.

%1</source>
        <translation>لم يُستورد الاجتماع؛ ولم يتغير شيء مما هو مخزَّن.

%1</translation>
    </message>
    <message>
        <source>The password is kept until Plenary quits, not in the keychain: %1</source>
        <translation>ستبقى كلمة المرور محفوظة إلى أن يُغلَق Plenary، لا في حلقة المفاتيح: %1</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>جدول الأعمال</translation>
    </message>
    <message>
        <source>Docs</source>
        <translation>الوثائق</translation>
    </message>
    <message>
        <source>Working groups</source>
        <translation>أفرقة العمل</translation>
    </message>
    <message>
        <source>Drop documents on a working group to allocate them</source>
        <translation>أفلِت الوثائق على فريق عمل لتخصيصها له</translation>
    </message>
    <message>
        <source>Show All</source>
        <translation>عرض الكل</translation>
    </message>
    <message>
        <source>Show the documents of every agenda item</source>
        <translation>عرض وثائق جميع بنود جدول الأعمال</translation>
    </message>
    <message>
        <source>Filter by number, title or source (Ctrl+F)</source>
        <translation>التصفية حسب الرقم أو العنوان أو المصدر (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter documents</source>
        <translation>تصفية الوثائق</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <source>&amp;Import Meeting...</source>
        <translation>&amp;استيراد اجتماع...</translation>
    </message>
    <message>
        <source>Import a meeting.json manifest</source>
        <translation>استيراد ملف وصف meeting.json</translation>
    </message>
    <message>
        <source>Open Meeting from &amp;URL...</source>
        <translation>&amp;فتح اجتماع من عنوان URL...</translation>
    </message>
    <message>
        <source>&amp;Sync Now</source>
        <translation>&amp;مزامنة الآن</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>إ&amp;نهاء</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;تحرير</translation>
    </message>
    <message>
        <source>&amp;Copy Number and Title</source>
        <translation>&amp;نسخ الرقم والعنوان</translation>
    </message>
    <message>
        <source>Select &amp;All Documents</source>
        <translation>تحديد &amp;كل الوثائق</translation>
    </message>
    <message>
        <source>&amp;Filter Documents</source>
        <translation>ت&amp;صفية الوثائق</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <source>Show &amp;All Documents</source>
        <translation>عرض &amp;كل الوثائق</translation>
    </message>
    <message>
        <source>Show Document &amp;Details</source>
        <translation>عرض &amp;تفاصيل الوثيقة</translation>
    </message>
    <message>
        <source>&amp;Open Document</source>
        <translation>&amp;فتح الوثيقة</translation>
    </message>
    <message>
        <source>Close Document &amp;Tab</source>
        <translation>&amp;إغلاق لسان الوثيقة</translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation>ال&amp;مكتبة</translation>
    </message>
    <message>
        <source>Show &amp;Session</source>
        <translation>عرض ال&amp;جلسة</translation>
    </message>
    <message>
        <source>Show My &amp;Notes</source>
        <translation>عرض م&amp;لاحظاتي</translation>
    </message>
    <message>
        <source>Show Searc&amp;h</source>
        <translation>عرض ال&amp;بحث</translation>
    </message>
    <message>
        <source>&amp;Expand Agenda</source>
        <translation>تو&amp;سيع جدول الأعمال</translation>
    </message>
    <message>
        <source>&amp;Collapse Agenda</source>
        <translation>&amp;طي جدول الأعمال</translation>
    </message>
    <message>
        <source>Go to A&amp;genda</source>
        <translation>الا&amp;نتقال إلى جدول الأعمال</translation>
    </message>
    <message>
        <source>&amp;Meeting</source>
        <translation>ا&amp;جتماع</translation>
    </message>
    <message>
        <source>Meeting &amp;Information...</source>
        <translation>مع&amp;لومات الاجتماع...</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
    <message>
        <source>&amp;About Plenary</source>
        <translation>&amp;حول Plenary</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>حول &amp;Qt</translation>
    </message>
    <message>
        <source>%1 - Plenary</source>
        <translation>%1 - Plenary</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>من %1 إلى %2</translation>
    </message>
    <message>
        <source>Chairman: %1</source>
        <translation>الرئيس: %1</translation>
    </message>
    <message>
        <source>Synced from %1</source>
        <translation>تمت المزامنة من %1</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>لا توجد وثائق</numerusform>
            <numerusform>وثيقة واحدة</numerusform>
            <numerusform>وثيقتان</numerusform>
            <numerusform>%n وثائق</numerusform>
            <numerusform>%n وثيقة</numerusform>
            <numerusform>%n وثيقة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n received late</source>
        <translation>
            <numerusform>لا توجد وثائق متأخرة</numerusform>
            <numerusform>واحدة وصلت متأخرة</numerusform>
            <numerusform>اثنتان وصلتا متأخرتين</numerusform>
            <numerusform>%n وصلت متأخرة</numerusform>
            <numerusform>%n وصلت متأخرة</numerusform>
            <numerusform>%n وصلت متأخرة</numerusform>
        </translation>
    </message>
    <message>
        <source>All documents</source>
        <translation>كل الوثائق</translation>
    </message>
    <message>
        <source>Item %1: %2</source>
        <translation>البند %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n shown)</source>
        <translation>
            <numerusform>%1 (لا شيء معروض)</numerusform>
            <numerusform>%1 (وثيقة واحدة معروضة)</numerusform>
            <numerusform>%1 (وثيقتان معروضتان)</numerusform>
            <numerusform>%1 (%n وثائق معروضة)</numerusform>
            <numerusform>%1 (%n وثيقة معروضة)</numerusform>
            <numerusform>%1 (%n وثيقة معروضة)</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Meeting</source>
        <translation>استيراد اجتماع</translation>
    </message>
    <message>
        <source>Meeting manifests (*.json);;All files (*)</source>
        <translation>ملفات وصف الاجتماعات (*.json);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Importing %1...</source>
        <translation>جارٍ استيراد %1...</translation>
    </message>
    <message>
        <source>Open Meeting from URL</source>
        <translation>فتح اجتماع من عنوان URL</translation>
    </message>
    <message>
        <source>Address of the meeting folder (with a meeting.json or a directory listing):</source>
        <translation>عنوان مجلد الاجتماع (الذي يحتوي على meeting.json أو على قائمة بمحتويات الدليل):</translation>
    </message>
    <message>
        <source>The meeting could not be synced.

%1</source>
        <translation>تعذّرت مزامنة الاجتماع.

%1</translation>
    </message>
    <message>
        <source>Sync cancelled; it resumes where it stopped.</source>
        <translation>أُلغيت المزامنة؛ وستُستأنف من حيث توقفت.</translation>
    </message>
    <message>
        <source>Sync complete: %1 downloaded, %2 updated, %3 withdrawn on server.</source>
        <translation>اكتملت المزامنة: %1 منزَّلة، و%2 محدَّثة، و%3 مسحوبة على الخادم.</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message numerus="yes">
        <source>... and %n more</source>
        <translation>
            <numerusform>... و%n ملف آخر</numerusform>
            <numerusform>... وملف آخر</numerusform>
            <numerusform>... وملفان آخران</numerusform>
            <numerusform>... و%n ملفات أخرى</numerusform>
            <numerusform>... و%n ملفًا آخر</numerusform>
            <numerusform>... و%n ملف آخر</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be synced:</source>
        <translation>
            <numerusform>تعذّرت مزامنة %n ملف:</numerusform>
            <numerusform>تعذّرت مزامنة ملف واحد:</numerusform>
            <numerusform>تعذّرت مزامنة ملفين:</numerusform>
            <numerusform>تعذّرت مزامنة %n ملفات:</numerusform>
            <numerusform>تعذّرت مزامنة %n ملفًا:</numerusform>
            <numerusform>تعذّرت مزامنة %n ملف:</numerusform>
        </translation>
    </message>
    <message>
        <source>My Notes</source>
        <translation>ملاحظاتي</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;إعدادات</translation>
    </message>
    <message>
        <source>&amp;Configure Plenary...</source>
        <translation>&amp;تكوين Plenary...</translation>
    </message>
    <message>
        <source>Go to Doc&amp;uments</source>
        <translation>الانتقال إلى ال&amp;وثائق</translation>
    </message>
    <message numerus="yes">
        <source>%n name(s) listed by the server, not taken for safety:</source>
        <translation>
            <numerusform>لم يُستبعد أي اسم من قائمة الخادم:</numerusform>
            <numerusform>اسم واحد في قائمة الخادم لم يُؤخذ، حفاظًا على الأمان:</numerusform>
            <numerusform>اسمان في قائمة الخادم لم يُؤخذا، حفاظًا على الأمان:</numerusform>
            <numerusform>%n أسماء في قائمة الخادم لم تُؤخذ، حفاظًا على الأمان:</numerusform>
            <numerusform>%n اسمًا في قائمة الخادم لم تُؤخذ، حفاظًا على الأمان:</numerusform>
            <numerusform>%n اسم في قائمة الخادم لم تُؤخذ، حفاظًا على الأمان:</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync a meeting folder from a web or FTP server</source>
        <translation>مزامنة مجلد اجتماع من خادم ويب أو FTP</translation>
    </message>
    <message>
        <source>Su&amp;bmit Contribution...</source>
        <translation>&amp;تقديم مساهمة...</translation>
    </message>
    <message>
        <source>Upload a contribution to the meeting&apos;s drop folder</source>
        <translation>رفع مساهمة إلى مجلد الإيداع الخاص بالاجتماع</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http://, https://, ftp:// or ftps:// address.</source>
        <translation>&quot;%1&quot; ليس عنوان http:// أو https:// أو ftp:// أو ftps://.</translation>
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
        <translation>الرابط لا يشير إلى شيء</translation>
    </message>
    <message>
        <source>the link points outside the folder</source>
        <translation>الرابط يشير إلى خارج المجلد</translation>
    </message>
    <message numerus="yes">
        <source>folders more than %n level(s) down are left out</source>
        <translation>
            <numerusform>تُستبعد المجلدات الفرعية كلها</numerusform>
            <numerusform>تُستبعد المجلدات التي تقع أعمق من مستوى واحد</numerusform>
            <numerusform>تُستبعد المجلدات التي تقع أعمق من مستويين</numerusform>
            <numerusform>تُستبعد المجلدات التي تقع أعمق من %n مستويات</numerusform>
            <numerusform>تُستبعد المجلدات التي تقع أعمق من %n مستوى</numerusform>
            <numerusform>تُستبعد المجلدات التي تقع أعمق من %n مستوى</numerusform>
        </translation>
    </message>
    <message>
        <source>the folder cannot be read</source>
        <translation>تتعذّر قراءة المجلد</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>ليس ملفًا عاديًا</translation>
    </message>
    <message>
        <source>no document number can be made from the name</source>
        <translation>لا يمكن استخراج رقم وثيقة من الاسم</translation>
    </message>
    <message>
        <source>the file changed while it was read</source>
        <translation>تغيّر الملف أثناء قراءته</translation>
    </message>
    <message>
        <source>No folder was given.</source>
        <translation>لم يُحدَّد أي مجلد.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>المجلد %1 غير موجود.</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 ليس مجلدًا.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be read.</source>
        <translation>تتعذّر قراءة المجلد %1.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>أُلغي.</translation>
    </message>
    <message>
        <source>The manifest made from %1 is not valid: %2</source>
        <translation>ملف الوصف المُنشأ من %1 غير صالح: %2</translation>
    </message>
</context>
<context>
    <name>Plenary::MeetingInfoDialog</name>
    <message>
        <source>Meeting Information</source>
        <translation>معلومات الاجتماع</translation>
    </message>
    <message>
        <source>Meeting:</source>
        <translation>الاجتماع:</translation>
    </message>
    <message>
        <source>Group:</source>
        <translation>الفريق:</translation>
    </message>
    <message>
        <source>Venue:</source>
        <translation>المكان:</translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation>التواريخ:</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>من %1 إلى %2</translation>
    </message>
    <message>
        <source>Contribution deadline:</source>
        <translation>الموعد النهائي لتقديم المساهمات:</translation>
    </message>
    <message>
        <source>Languages:</source>
        <translation>اللغات:</translation>
    </message>
    <message>
        <source>Chairman:</source>
        <translation>الرئيس:</translation>
    </message>
    <message>
        <source>Vice-chairmen:</source>
        <translation>نواب الرئيس:</translation>
    </message>
    <message>
        <source>Secretariat:</source>
        <translation>الأمانة:</translation>
    </message>
    <message>
        <source>Drop folder:</source>
        <translation>مجلد الإيداع:</translation>
    </message>
    <message>
        <source>Document numbers:</source>
        <translation>أرقام الوثائق:</translation>
    </message>
    <message>
        <source>%1 - %2</source>
        <translation>%1 - %2</translation>
    </message>
    <message>
        <source>Leaders:</source>
        <translation>الرؤساء:</translation>
    </message>
    <message>
        <source>to be nominated</source>
        <translation>يُعيَّن لاحقًا</translation>
    </message>
    <message>
        <source>Terms of reference:</source>
        <translation>الاختصاصات:</translation>
    </message>
</context>
<context>
    <name>Plenary::MeetingJson</name>
    <message>
        <source>the agenda is nested more than 8 levels deep</source>
        <translation>يتجاوز تداخل جدول الأعمال 8 مستويات</translation>
    </message>
    <message>
        <source>duplicate agenda item id &apos;%1&apos;</source>
        <translation>معرّف بند جدول أعمال مكرر «%1»</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>ends before it starts</source>
        <translation>ينتهي قبل أن يبدأ</translation>
    </message>
    <message>
        <source>duplicate working group id &apos;%1&apos;</source>
        <translation>معرّف فريق عمل مكرر «%1»</translation>
    </message>
    <message>
        <source>duplicate file &apos;%1&apos;</source>
        <translation>ملف مكرر «%1»</translation>
    </message>
    <message>
        <source>expected 64 hexadecimal digits</source>
        <translation>المتوقع 64 رقمًا ست عشريًا</translation>
    </message>
    <message>
        <source>duplicate document number &apos;%1&apos;</source>
        <translation>رقم وثيقة مكرر «%1»</translation>
    </message>
    <message>
        <source>unknown agenda item &apos;%1&apos;</source>
        <translation>بند جدول أعمال غير معروف «%1»</translation>
    </message>
    <message>
        <source>unknown working group &apos;%1&apos;</source>
        <translation>فريق عمل غير معروف «%1»</translation>
    </message>
    <message>
        <source>%1: the file is larger than 256 MB</source>
        <translation>%1: حجم الملف أكبر من 256 ميغابايت</translation>
    </message>
    <message>
        <source>an empty part of the path (a leading, trailing or double slash)</source>
        <translation>جزء فارغ من المسار (شرطة مائلة في البداية أو النهاية أو مكررة)</translation>
    </message>
    <message>
        <source>more than %1 folders deep</source>
        <translation>أعمق من %1 من المجلدات</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a safe file name or relative path: %2</source>
        <translation>&apos;%1&apos; ليس اسم ملف آمنًا ولا مسارًا نسبيًا آمنًا: %2</translation>
    </message>
</context>
<context>
    <name>Plenary::NotesExport</name>
    <message>
        <source>My notes: %1</source>
        <translation>ملاحظاتي: %1</translation>
    </message>
    <message>
        <source>*No notes and no positions yet.*</source>
        <translation>*لا توجد ملاحظات ولا مواقف بعد.*</translation>
    </message>
    <message>
        <source>**My position:** %1</source>
        <translation>**موقفي:** %1</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>الوثيقة</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>الصفحة %1</translation>
    </message>
</context>
<context>
    <name>Plenary::NotesPanel</name>
    <message>
        <source>&amp;Delete Note</source>
        <translation>&amp;حذف الملاحظة</translation>
    </message>
    <message>
        <source>My position</source>
        <translation>موقفي</translation>
    </message>
    <message>
        <source>No position</source>
        <translation>بلا موقف</translation>
    </message>
    <message>
        <source>My notes on this document</source>
        <translation>ملاحظاتي على هذه الوثيقة</translation>
    </message>
    <message>
        <source>A note on the page the reader shows</source>
        <translation>ملاحظة على الصفحة المعروضة في القارئ</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>Your note: private, never published</source>
        <translation>ملاحظتك: خاصة ولا تُنشر أبدًا</translation>
    </message>
    <message>
        <source>&amp;Position:</source>
        <translation>ال&amp;موقف:</translation>
    </message>
    <message>
        <source>Kept at %1</source>
        <translation>حُفظت الساعة %1</translation>
    </message>
    <message>
        <source>Your note was not kept: %1</source>
        <translation>لم تُحفظ ملاحظتك: %1</translation>
    </message>
    <message>
        <source>Note on Page %1</source>
        <translation>ملاحظة على الصفحة %1</translation>
    </message>
    <message>
        <source>Note on Page</source>
        <translation>ملاحظة على الصفحة</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>Select a document to keep notes on it.</source>
        <translation>اختر وثيقة لتدوين ملاحظات عليها.</translation>
    </message>
    <message>
        <source>Taken on %1, an earlier version.</source>
        <translation>اتُّخذ هذا الموقف بشأن %1، وهي صيغة سابقة.</translation>
    </message>
    <message>
        <source>Whole document</source>
        <translation>الوثيقة كاملة</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>الصفحة %1</translation>
    </message>
    <message>
        <source>From %1, %2</source>
        <translation>من %1، %2</translation>
    </message>
    <message>
        <source>(earlier version)</source>
        <translation>(صيغة سابقة)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Written on %1, which this document revises.</source>
        <translation>كُتبت على %1، التي تنقّحها هذه الوثيقة.</translation>
    </message>
    <message>
        <source>Written on an earlier version of this document: its file has changed since.</source>
        <translation>كُتبت على صيغة سابقة من هذه الوثيقة: تغيّر ملفها منذ ذلك الحين.</translation>
    </message>
</context>
<context>
    <name>Plenary::OfficeConverter</name>
    <message>
        <source>Cannot create the cache folder %1.</source>
        <translation>تعذّر إنشاء مجلد الذاكرة المؤقتة %1.</translation>
    </message>
    <message>
        <source>Cannot prepare LibreOffice&apos;s profile in %1.</source>
        <translation>تعذّرت تهيئة ملف تعريف LibreOffice في %1.</translation>
    </message>
    <message>
        <source>%1 is not there.</source>
        <translation>الملف %1 غير موجود.</translation>
    </message>
    <message>
        <source>LibreOffice is not installed: office documents cannot be converted.</source>
        <translation>لم يُثبَّت LibreOffice: لا يمكن تحويل الوثائق المكتبية.</translation>
    </message>
    <message>
        <source>%1 is too large to convert (%2 MB).</source>
        <translation>حجم %1 أكبر من أن يُحوَّل (%2 ميغابايت).</translation>
    </message>
    <message>
        <source>Cannot copy %1 for conversion.</source>
        <translation>تعذّر نسخ %1 لتحويله.</translation>
    </message>
    <message>
        <source>LibreOffice could not be started: %1</source>
        <translation>تعذّر تشغيل LibreOffice: %1</translation>
    </message>
    <message>
        <source>LibreOffice could not convert %1.</source>
        <translation>تعذّر على LibreOffice تحويل %1.</translation>
    </message>
    <message>
        <source>LibreOffice could not convert %1: %2</source>
        <translation>تعذّر على LibreOffice تحويل %1: %2</translation>
    </message>
    <message>
        <source>Cannot keep the converted PDF in %1.</source>
        <translation>تعذّر حفظ ملف PDF المحوَّل في %1.</translation>
    </message>
    <message numerus="yes">
        <source>LibreOffice took longer than %n seconds to convert %1.</source>
        <translation>
            <numerusform>استغرق LibreOffice أكثر من %n ثانية لتحويل %1.</numerusform>
            <numerusform>استغرق LibreOffice أكثر من ثانية واحدة لتحويل %1.</numerusform>
            <numerusform>استغرق LibreOffice أكثر من ثانيتين لتحويل %1.</numerusform>
            <numerusform>استغرق LibreOffice أكثر من %n ثوانٍ لتحويل %1.</numerusform>
            <numerusform>استغرق LibreOffice أكثر من %n ثانية لتحويل %1.</numerusform>
            <numerusform>استغرق LibreOffice أكثر من %n ثانية لتحويل %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Plenary::PdfReader</name>
    <message>
        <source>p. %1: %2%3%4</source>
        <translation>ص %1: %2%3%4</translation>
    </message>
    <message>
        <source>Document pages</source>
        <translation>صفحات الوثيقة</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>المخطط</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>نتائج البحث</translation>
    </message>
    <message>
        <source>Show the outline</source>
        <translation>عرض المخطط</translation>
    </message>
    <message>
        <source>‹</source>
        <translation>›</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>الصفحة السابقة</translation>
    </message>
    <message>
        <source>›</source>
        <translation>‹</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>الصفحة التالية</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>الصفحة</translation>
    </message>
    <message>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>تصغير</translation>
    </message>
    <message>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>تكبير</translation>
    </message>
    <message>
        <source>Fit Width</source>
        <translation>ملاءمة العرض</translation>
    </message>
    <message>
        <source>Fit the page width</source>
        <translation>ملاءمة عرض الصفحة</translation>
    </message>
    <message>
        <source>Fit Page</source>
        <translation>ملاءمة الصفحة</translation>
    </message>
    <message>
        <source>Fit the whole page</source>
        <translation>ملاءمة الصفحة كاملة</translation>
    </message>
    <message>
        <source>Find in document</source>
        <translation>البحث في الوثيقة</translation>
    </message>
    <message>
        <source>The PDF is protected by a password.</source>
        <translation>ملف PDF محمي بكلمة مرور.</translation>
    </message>
    <message>
        <source>This file is not a PDF that can be shown.</source>
        <translation>هذا الملف ليس ملف PDF يمكن عرضه.</translation>
    </message>
    <message>
        <source>This PDF has no pages.</source>
        <translation>لا يحتوي ملف PDF هذا على أي صفحات.</translation>
    </message>
    <message>
        <source>of %1</source>
        <translation>من %1</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>عرض الصفحة</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1٪</translation>
    </message>
</context>
<context>
    <name>Plenary::RateGuard</name>
    <message>
        <source>the server sent less than %1 per second; given up</source>
        <translation>أرسل الخادم أقل من %1 في الثانية؛ تم التخلي عن النقل</translation>
    </message>
</context>
<context>
    <name>Plenary::ReaderTabs</name>
    <message>
        <source>Library</source>
        <translation>المكتبة</translation>
    </message>
    <message>
        <source>Converting %1 to PDF with LibreOffice...</source>
        <translation>جارٍ تحويل %1 إلى PDF باستخدام LibreOffice...</translation>
    </message>
    <message>
        <source>Opening %1...</source>
        <translation>جارٍ فتح %1...</translation>
    </message>
    <message>
        <source>Opening %1 from %2...</source>
        <translation>جارٍ فتح %1 من %2...</translation>
    </message>
    <message>
        <source>Open Document</source>
        <translation>فتح الوثيقة</translation>
    </message>
    <message>
        <source>%1 cannot be shown: %2</source>
        <translation>تعذّر عرض %1: %2</translation>
    </message>
    <message>
        <source>%1 is an office document, and LibreOffice is not installed to show it here.</source>
        <translation>الملف %1 وثيقة مكتبية، ولم يُثبَّت LibreOffice لعرضها هنا.</translation>
    </message>
    <message>
        <source>%1 could not be shown here: %2</source>
        <translation>تعذّر عرض %1 هنا: %2</translation>
    </message>
    <message>
        <source>Open it with the system&apos;s application?</source>
        <translation>هل تريد فتحه بتطبيق النظام؟</translation>
    </message>
    <message>
        <source>%1 cannot be shown in Plenary.</source>
        <translation>لا يمكن عرض %1 في Plenary.</translation>
    </message>
    <message>
        <source>In the archive: %1</source>
        <translation>في الأرشيف: %1</translation>
    </message>
    <message>
        <source>Shown as converted to PDF by LibreOffice</source>
        <translation>معروضة بعد تحويلها إلى PDF بواسطة LibreOffice</translation>
    </message>
    <message>
        <source>%1 opened</source>
        <translation>فُتح %1</translation>
    </message>
    <message>
        <source>%1 opened where you left it</source>
        <translation>فُتح %1 حيث توقفت</translation>
    </message>
</context>
<context>
    <name>Plenary::ReportExporter</name>
    <message>
        <source>exporting to PDF or ODT needs a graphical application (fonts)</source>
        <translation>يتطلب التصدير إلى PDF أو ODT تطبيقًا رسوميًا (من أجل الخطوط)</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>تعذّرت الكتابة في %1: %2</translation>
    </message>
</context>
<context>
    <name>Plenary::ReportTemplate</name>
    <message>
        <source>action</source>
        <translation>لاتخاذ إجراء</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>لإبداء التعليقات</translation>
    </message>
    <message>
        <source>information</source>
        <translation>للعلم</translation>
    </message>
    <message>
        <source>%1 “%2” to %3 (for %4): %5</source>
        <translation>%1 «%2» إلى %3 (%4): %5</translation>
    </message>
    <message>
        <source>; liaison officer: %1</source>
        <translation>؛ مسؤول الاتصال: %1</translation>
    </message>
    <message>
        <source>Revised to %1</source>
        <translation>نُقّح ليصبح %1</translation>
    </message>
    <message>
        <source>Merged into %1</source>
        <translation>دُمج في %1</translation>
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
        <translation>تقرير الاجتماع: %1</translation>
    </message>
    <message>
        <source>Report of %1: %2</source>
        <translation>تقرير %1: %2</translation>
    </message>
    <message>
        <source>Report of %1</source>
        <translation>تقرير %1</translation>
    </message>
    <message>
        <source>- **Leaders:** %1</source>
        <translation>- **الرؤساء:** %1</translation>
    </message>
    <message>
        <source>## Terms of reference</source>
        <translation>## الاختصاصات</translation>
    </message>
    <message>
        <source>*No terms of reference are recorded for %1.*</source>
        <translation>*لا توجد اختصاصات مسجَّلة لفريق العمل %1.*</translation>
    </message>
    <message>
        <source>## Contributions</source>
        <translation>## المساهمات</translation>
    </message>
    <message>
        <source>*No documents are allocated to %1.*</source>
        <translation>*لم تُخصَّص أي وثائق لفريق العمل %1.*</translation>
    </message>
    <message>
        <source>- **Source:** %1</source>
        <translation>- **المصدر:** %1</translation>
    </message>
    <message>
        <source>- **Agenda item:** %1</source>
        <translation>- **بند جدول الأعمال:** %1</translation>
    </message>
    <message>
        <source>- **Replaces:** %1</source>
        <translation>- **تحل محل:** %1</translation>
    </message>
    <message>
        <source>- **Outcome:** %1</source>
        <translation>- **النتيجة:** %1</translation>
    </message>
    <message>
        <source>not yet treated</source>
        <translation>لم يُنظر فيه بعد</translation>
    </message>
    <message>
        <source>## Liaison statements</source>
        <translation>## بيانات الاتصال</translation>
    </message>
    <message>
        <source>*No outgoing liaison statement attaches a document of %1.*</source>
        <translation>*لا يوجد بيان اتصال صادر مرفقة به وثيقة من وثائق %1.*</translation>
    </message>
    <message>
        <source>## Summary</source>
        <translation>## الملخص</translation>
    </message>
    <message>
        <source>- **Chairman:** %1</source>
        <translation>- **الرئيس:** %1</translation>
    </message>
    <message>
        <source>- **Vice-chairmen:** %1</source>
        <translation>- **نواب الرئيس:** %1</translation>
    </message>
    <message>
        <source>| Document | Title | Source | Outcome |</source>
        <translation>| الوثيقة | العنوان | المصدر | النتيجة |</translation>
    </message>
    <message>
        <source>not treated</source>
        <translation>لم يُنظر فيه</translation>
    </message>
    <message>
        <source>## Working groups</source>
        <translation>## أفرقة العمل</translation>
    </message>
    <message>
        <source>## Outgoing liaison statements</source>
        <translation>## بيانات الاتصال الصادرة</translation>
    </message>
    <message>
        <source>| Liaison statement | Title | To | Status | Liaison officer |</source>
        <translation>| بيان الاتصال | العنوان | إلى | الحالة | مسؤول الاتصال |</translation>
    </message>
    <message>
        <source>Agreed to at the %1 meeting, %2, %3</source>
        <translation>اتُّفق عليه في اجتماع %1، %2، %3</translation>
    </message>
    <message>
        <source>Liaison statement</source>
        <translation>بيان اتصال</translation>
    </message>
    <message>
        <source>Question(s):</source>
        <translation>المسألة (المسائل):</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1، %2</translation>
    </message>
    <message>
        <source>Meeting:</source>
        <translation>الاجتماع:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>المصدر:</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>العنوان:</translation>
    </message>
    <message>
        <source>## LIAISON STATEMENT</source>
        <translation>## بيان اتصال</translation>
    </message>
    <message>
        <source>For action to:</source>
        <translation>لاتخاذ إجراء إلى:</translation>
    </message>
    <message>
        <source>For comment to:</source>
        <translation>لإبداء التعليقات إلى:</translation>
    </message>
    <message>
        <source>For information to:</source>
        <translation>للعلم إلى:</translation>
    </message>
    <message>
        <source>Cc:</source>
        <translation>نسخة إلى:</translation>
    </message>
    <message>
        <source>Approval:</source>
        <translation>الموافقة:</translation>
    </message>
    <message>
        <source>Deadline:</source>
        <translation>الموعد النهائي:</translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation>جهة الاتصال:</translation>
    </message>
    <message>
        <source>**Attachments:**</source>
        <translation>**المرفقات:**</translation>
    </message>
</context>
<context>
    <name>Plenary::ReportWindow</name>
    <message>
        <source>Report</source>
        <translation>التقرير</translation>
    </message>
    <message>
        <source>Report text (Markdown)</source>
        <translation>نص التقرير (Markdown)</translation>
    </message>
    <message>
        <source>Opening the report...</source>
        <translation>جارٍ فتح التقرير...</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>معاينة</translation>
    </message>
    <message>
        <source>&amp;Report</source>
        <translation>ت&amp;قرير</translation>
    </message>
    <message>
        <source>&amp;Save Now</source>
        <translation>&amp;حفظ الآن</translation>
    </message>
    <message>
        <source>&amp;Refresh from Session</source>
        <translation>&amp;تحديث من الجلسة</translation>
    </message>
    <message>
        <source>Bring in what the session recorded since the report was made; what you wrote stays as you wrote it</source>
        <translation>جلب ما سجّلته الجلسة منذ إنشاء التقرير؛ ويبقى ما كتبتَه كما كتبتَه</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>ت&amp;صدير</translation>
    </message>
    <message>
        <source>As &amp;PDF...</source>
        <translation>بصيغة &amp;PDF...</translation>
    </message>
    <message>
        <source>As &amp;ODT (LibreOffice, Word)...</source>
        <translation>بصيغة &amp;ODT (LibreOffice، Word)...</translation>
    </message>
    <message>
        <source>As &amp;Markdown...</source>
        <translation>بصيغة &amp;Markdown...</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;إغلاق</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;تحرير</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>ت&amp;راجع</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>إ&amp;عادة</translation>
    </message>
    <message>
        <source>&amp;Find...</source>
        <translation>&amp;بحث...</translation>
    </message>
    <message>
        <source>R&amp;eplace...</source>
        <translation>&amp;استبدال...</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>بحث عن ال&amp;تالي</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>بحث عن ال&amp;سابق</translation>
    </message>
    <message>
        <source>Saved at %1</source>
        <translation>حُفظ الساعة %1</translation>
    </message>
    <message numerus="yes">
        <source>Refreshed from the session: %n change(s) brought in</source>
        <translation>
            <numerusform>حُدِّث من الجلسة: لم يُجلب أي تغيير</numerusform>
            <numerusform>حُدِّث من الجلسة: جُلب تغيير واحد</numerusform>
            <numerusform>حُدِّث من الجلسة: جُلب تغييران</numerusform>
            <numerusform>حُدِّث من الجلسة: جُلبت %n تغييرات</numerusform>
            <numerusform>حُدِّث من الجلسة: جُلب %n تغييرًا</numerusform>
            <numerusform>حُدِّث من الجلسة: جُلب %n تغيير</numerusform>
        </translation>
    </message>
    <message>
        <source>Refresh from Session</source>
        <translation>التحديث من الجلسة</translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) that you had edited were left as you wrote them. What the session has there now is in the details.</source>
        <translation>
            <numerusform>تُرك %n موضع كنت قد عدّلته كما كتبته. وما لدى الجلسة الآن في هذه المواضع تجده في التفاصيل.</numerusform>
            <numerusform>تُرك موضع واحد كنت قد عدّلته كما كتبته. وما لدى الجلسة الآن في هذا الموضع تجده في التفاصيل.</numerusform>
            <numerusform>تُرك موضعان كنت قد عدّلتهما كما كتبتهما. وما لدى الجلسة الآن في هذين الموضعين تجده في التفاصيل.</numerusform>
            <numerusform>تُركت %n مواضع كنت قد عدّلتها كما كتبتها. وما لدى الجلسة الآن في هذه المواضع تجده في التفاصيل.</numerusform>
            <numerusform>تُرك %n موضعًا كنت قد عدّلتها كما كتبتها. وما لدى الجلسة الآن في هذه المواضع تجده في التفاصيل.</numerusform>
            <numerusform>تُرك %n موضع كنت قد عدّلتها كما كتبتها. وما لدى الجلسة الآن في هذه المواضع تجده في التفاصيل.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>صُدِّر إلى %1</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <source>The report was not exported.

%1</source>
        <translation>لم يُصدَّر التقرير.

%1</translation>
    </message>
    <message>
        <source>%1 — Plenary</source>
        <translation>%1 — Plenary</translation>
    </message>
    <message>
        <source>Write the report in Markdown.</source>
        <translation>اكتب التقرير بصيغة Markdown.</translation>
    </message>
    <message>
        <source>Last saved %1</source>
        <translation>آخر حفظ: %1</translation>
    </message>
    <message>
        <source>Editing...</source>
        <translation>جارٍ التحرير...</translation>
    </message>
    <message>
        <source>Refreshing from the session...</source>
        <translation>جارٍ التحديث من الجلسة...</translation>
    </message>
    <message>
        <source>Exporting...</source>
        <translation>جارٍ التصدير...</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>تصدير التقرير</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>OpenDocument text (*.odt)</source>
        <translation>نص OpenDocument (*.odt)</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation>
            <numerusform>لا توجد كلمات</numerusform>
            <numerusform>كلمة واحدة</numerusform>
            <numerusform>كلمتان</numerusform>
            <numerusform>%n كلمات</numerusform>
            <numerusform>%n كلمة</numerusform>
            <numerusform>%n كلمة</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Plenary::ReportsController</name>
    <message>
        <source>Exported to %1</source>
        <translation>صُدِّر إلى %1</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <source>Nothing was exported.

%1</source>
        <translation>لم يُصدَّر شيء.

%1</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>ت&amp;قارير</translation>
    </message>
    <message>
        <source>&amp;Meeting Report</source>
        <translation>تقرير &amp;الاجتماع</translation>
    </message>
    <message>
        <source>&amp;Working-Group Report</source>
        <translation>تقرير &amp;فريق العمل</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>ت&amp;صدير</translation>
    </message>
    <message>
        <source>&amp;Meeting Report...</source>
        <translation>تقرير &amp;الاجتماع...</translation>
    </message>
    <message>
        <source>&amp;Liaison Statement</source>
        <translation>&amp;بيان اتصال</translation>
    </message>
    <message>
        <source>My &amp;Notes...</source>
        <translation>&amp;ملاحظاتي...</translation>
    </message>
    <message>
        <source>My notes %1</source>
        <translation>ملاحظاتي %1</translation>
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
        <translation>نص OpenDocument (*.odt)</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Exporting to %1...</source>
        <translation>جارٍ التصدير إلى %1...</translation>
    </message>
</context>
<context>
    <name>Plenary::SearchController</name>
    <message>
        <source>Search</source>
        <translation>البحث</translation>
    </message>
    <message>
        <source>&amp;Search All Documents...</source>
        <translation>&amp;بحث في كل الوثائق...</translation>
    </message>
    <message>
        <source>Find words in every document of the meeting</source>
        <translation>البحث عن كلمات في جميع وثائق الاجتماع</translation>
    </message>
    <message>
        <source>Indexing %1 of %2</source>
        <translation>جارٍ فهرسة %1 من %2</translation>
    </message>
    <message>
        <source>The search index could not be updated: %1</source>
        <translation>تعذّر تحديث فهرس البحث: %1</translation>
    </message>
    <message>
        <source>Indexing stopped; searches find what was indexed so far.</source>
        <translation>توقفت الفهرسة؛ وسيعثر البحث على ما فُهرس حتى الآن.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) searchable.</source>
        <translation>
            <numerusform>لا يوجد ملف قابل للبحث.</numerusform>
            <numerusform>ملف واحد قابل للبحث.</numerusform>
            <numerusform>ملفان قابلان للبحث.</numerusform>
            <numerusform>%n ملفات قابلة للبحث.</numerusform>
            <numerusform>%n ملفًا قابلًا للبحث.</numerusform>
            <numerusform>%n ملف قابل للبحث.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) without readable text.</source>
        <translation>
            <numerusform>لا توجد ملفات بلا نص مقروء.</numerusform>
            <numerusform>ملف واحد بلا نص مقروء.</numerusform>
            <numerusform>ملفان بلا نص مقروء.</numerusform>
            <numerusform>%n ملفات بلا نص مقروء.</numerusform>
            <numerusform>%n ملفًا بلا نص مقروء.</numerusform>
            <numerusform>%n ملف بلا نص مقروء.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>و%n ملف آخر</numerusform>
            <numerusform>وملف آخر</numerusform>
            <numerusform>وملفان آخران</numerusform>
            <numerusform>و%n ملفات أخرى</numerusform>
            <numerusform>و%n ملفًا آخر</numerusform>
            <numerusform>و%n ملف آخر</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Plenary::SearchPanel</name>
    <message>
        <source>%1  %2  p. %3</source>
        <translation>%1  %2  ص %3</translation>
    </message>
    <message>
        <source>Search all documents</source>
        <translation>البحث في كل الوثائق</translation>
    </message>
    <message>
        <source>Words that must all occur; &quot;a phrase&quot; in quotes; demand* for words that begin so.</source>
        <translation>كلمات يجب أن ترد جميعها؛ &quot;عبارة&quot; بين علامتي تنصيص؛ demand* للكلمات التي تبدأ بـ demand.</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>نتائج البحث</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Stop indexing; what is done is kept</source>
        <translation>إيقاف الفهرسة مع الاحتفاظ بما أُنجز</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>فشل البحث: %1</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>لم يُعثر على شيء.</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) found</source>
        <translation>
            <numerusform>لم يُعثر على أي صفحة</numerusform>
            <numerusform>عُثر على صفحة واحدة</numerusform>
            <numerusform>عُثر على صفحتين</numerusform>
            <numerusform>عُثر على %n صفحات</numerusform>
            <numerusform>عُثر على %n صفحة</numerusform>
            <numerusform>عُثر على %n صفحة</numerusform>
        </translation>
    </message>
    <message>
        <source>Indexing %1 of %2 files...</source>
        <translation>جارٍ فهرسة الملف %1 من %2...</translation>
    </message>
</context>
<context>
    <name>Plenary::SearchResultModel</name>
    <message>
        <source>%1, p. %2: %3</source>
        <translation>%1، ص %2: %3</translation>
    </message>
    <message>
        <source>%1, %2, page %3: %4</source>
        <translation>%1، %2، الصفحة %3: %4</translation>
    </message>
</context>
<context>
    <name>Plenary::SessionController</name>
    <message>
        <source>Undone: %1</source>
        <translation>تم التراجع عن: %1</translation>
    </message>
    <message>
        <source>&amp;Allocate To</source>
        <translation>تخ&amp;صيص إلى</translation>
    </message>
    <message>
        <source>&amp;Liaison Statements</source>
        <translation>&amp;بيانات الاتصال</translation>
    </message>
    <message>
        <source>Recorded: %1</source>
        <translation>سُجِّل: %1</translation>
    </message>
    <message>
        <source>Following %1</source>
        <translation>متابعة %1</translation>
    </message>
    <message>
        <source>Publishing to %1</source>
        <translation>النشر في %1</translation>
    </message>
    <message>
        <source>You are following the chairman&apos;s session: it cannot be changed here (Meeting &gt; Stop Following).</source>
        <translation>أنت تتابع جلسة الرئيس: لا يمكن تغييرها هنا (اجتماع &gt; إيقاف المتابعة).</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) taken out of their working group</source>
        <translation>
            <numerusform>لم تُخرَج أي وثيقة من فريق عملها</numerusform>
            <numerusform>أُخرجت وثيقة واحدة من فريق عملها</numerusform>
            <numerusform>أُخرجت وثيقتان من فريق عملهما</numerusform>
            <numerusform>أُخرجت %n وثائق من فريق عملها</numerusform>
            <numerusform>أُخرجت %n وثيقة من فريق عملها</numerusform>
            <numerusform>أُخرجت %n وثيقة من فريق عملها</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 allocated to %2</source>
        <translation>خُصصت %1 إلى %2</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) allocated to %1</source>
        <translation>
            <numerusform>لم تُخصَّص أي وثيقة إلى %1</numerusform>
            <numerusform>خُصصت وثيقة واحدة إلى %1</numerusform>
            <numerusform>خُصصت وثيقتان إلى %1</numerusform>
            <numerusform>خُصصت %n وثائق إلى %1</numerusform>
            <numerusform>خُصصت %n وثيقة إلى %1</numerusform>
            <numerusform>خُصصت %n وثيقة إلى %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 allocated to item %2</source>
        <translation>خُصصت %1 إلى البند %2</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) allocated to item %1</source>
        <translation>
            <numerusform>لم تُخصَّص أي وثيقة إلى البند %1</numerusform>
            <numerusform>خُصصت وثيقة واحدة إلى البند %1</numerusform>
            <numerusform>خُصصت وثيقتان إلى البند %1</numerusform>
            <numerusform>خُصصت %n وثائق إلى البند %1</numerusform>
            <numerusform>خُصصت %n وثيقة إلى البند %1</numerusform>
            <numerusform>خُصصت %n وثيقة إلى البند %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Go to agenda item %1</source>
        <translation>الانتقال إلى بند جدول الأعمال %1</translation>
    </message>
    <message>
        <source>item %1</source>
        <translation>البند %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Liaison statement %1 drafted</source>
        <translation>صيغ بيان الاتصال %1</translation>
    </message>
    <message>
        <source>Liaison statement %1 edited</source>
        <translation>عُدّل بيان الاتصال %1</translation>
    </message>
    <message>
        <source>%1  %2 (%3)</source>
        <translation>%1  %2 (%3)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>ت&amp;راجع</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>إ&amp;عادة</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>&amp;No Working Group</source>
        <translation>&amp;دون فريق عمل</translation>
    </message>
    <message>
        <source>The &amp;Current Agenda Item</source>
        <translation>بند جدول الأعمال ال&amp;حالي</translation>
    </message>
    <message>
        <source>No agenda item is being treated yet (Meeting &gt; Next Agenda Item).</source>
        <translation>لا يُنظر في أي بند من جدول الأعمال بعد (اجتماع &gt; بند جدول الأعمال التالي).</translation>
    </message>
    <message>
        <source>Agenda &amp;Item...</source>
        <translation>&amp;بند جدول أعمال...</translation>
    </message>
    <message>
        <source>Allocate to Agenda Item</source>
        <translation>التخصيص إلى بند جدول أعمال</translation>
    </message>
    <message numerus="yes">
        <source>Allocate %n document(s) to:</source>
        <translation>
            <numerusform>تخصيص %n وثيقة إلى:</numerusform>
            <numerusform>تخصيص وثيقة واحدة إلى:</numerusform>
            <numerusform>تخصيص وثيقتين إلى:</numerusform>
            <numerusform>تخصيص %n وثائق إلى:</numerusform>
            <numerusform>تخصيص %n وثيقة إلى:</numerusform>
            <numerusform>تخصيص %n وثيقة إلى:</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Previous Agenda Item</source>
        <translation>بند جدول الأعمال ال&amp;سابق</translation>
    </message>
    <message>
        <source>&amp;Next Agenda Item</source>
        <translation>بند جدول الأعمال ال&amp;تالي</translation>
    </message>
    <message>
        <source>New Liaison &amp;Statement...</source>
        <translation>بيان اتصال &amp;جديد...</translation>
    </message>
    <message>
        <source>P&amp;ublish Session To...</source>
        <translation>&amp;نشر الجلسة في...</translation>
    </message>
    <message>
        <source>&amp;Follow Session At...</source>
        <translation>&amp;متابعة الجلسة في...</translation>
    </message>
    <message>
        <source>Not following</source>
        <translation>لا توجد متابعة</translation>
    </message>
    <message>
        <source>Publish Session</source>
        <translation>نشر الجلسة</translation>
    </message>
    <message>
        <source>The WebDAV folder (or session.json) where delegates will follow this session:</source>
        <translation>مجلد WebDAV (أو session.json) الذي سيتابع منه المندوبون هذه الجلسة:</translation>
    </message>
    <message>
        <source>Publishing...</source>
        <translation>جارٍ النشر...</translation>
    </message>
    <message>
        <source>Follow Session</source>
        <translation>متابعة الجلسة</translation>
    </message>
    <message>
        <source>The address where the chairman publishes the session:</source>
        <translation>العنوان الذي ينشر فيه الرئيس الجلسة:</translation>
    </message>
    <message>
        <source>Following...</source>
        <translation>جارٍ المتابعة...</translation>
    </message>
    <message>
        <source>Published (revision %1)</source>
        <translation>نُشرت (المراجعة %1)</translation>
    </message>
    <message>
        <source>Merged from the server: %1</source>
        <translation>دُمج من الخادم: %1</translation>
    </message>
    <message>
        <source>Publishing</source>
        <translation>النشر</translation>
    </message>
    <message>
        <source>Pending: the server cannot be reached</source>
        <translation>معلَّق: يتعذر الوصول إلى الخادم</translation>
    </message>
    <message>
        <source>Not published</source>
        <translation>لم تُنشر</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>تعارض</translation>
    </message>
    <message>
        <source>Publishing Conflict</source>
        <translation>تعارض في النشر</translation>
    </message>
    <message>
        <source>Someone else published changes to the same things:</source>
        <translation>نشر شخص آخر تغييرات على العناصر نفسها:</translation>
    </message>
    <message>
        <source>Keep Mine</source>
        <translation>الإبقاء على نسختي</translation>
    </message>
    <message>
        <source>Take Theirs</source>
        <translation>اعتماد نسختهم</translation>
    </message>
    <message>
        <source>Decide Later</source>
        <translation>البتّ لاحقًا</translation>
    </message>
    <message>
        <source>Following: %1</source>
        <translation>المتابعة: %1</translation>
    </message>
    <message>
        <source>last good state kept</source>
        <translation>أُبقي على آخر حالة سليمة</translation>
    </message>
    <message>
        <source>Following (revision %1)</source>
        <translation>المتابعة (المراجعة %1)</translation>
    </message>
    <message>
        <source>Publish No&amp;w</source>
        <translation>ن&amp;شر الآن</translation>
    </message>
    <message>
        <source>St&amp;op Following</source>
        <translation>إي&amp;قاف المتابعة</translation>
    </message>
</context>
<context>
    <name>Plenary::SessionFollower</name>
    <message>
        <source>%1 is not an http:// or https:// address</source>
        <translation>العنوان %1 ليس عنوان http:// أو https://</translation>
    </message>
    <message>
        <source>This meeting does not follow a published session.</source>
        <translation>لا يتابع هذا الاجتماع جلسة منشورة.</translation>
    </message>
    <message>
        <source>%1 cannot be reached: %2</source>
        <translation>يتعذر الوصول إلى %1: %2</translation>
    </message>
    <message>
        <source>reading %1 failed: %2</source>
        <translation>فشلت قراءة %1: %2</translation>
    </message>
    <message>
        <source>%1 is the session of meeting %2, not of %3</source>
        <translation>الملف %1 هو جلسة الاجتماع %2، لا الاجتماع %3</translation>
    </message>
    <message>
        <source>%1 holds revision %2, older than the %3 already here; kept the newer</source>
        <translation>يحتوي %1 على المراجعة %2، وهي أقدم من المراجعة %3 الموجودة هنا؛ أُبقي على الأحدث</translation>
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
        <translation>لا يذكر فريق عمل ولا بند جدول أعمال</translation>
    </message>
    <message>
        <source>the document number is empty</source>
        <translation>رقم الوثيقة فارغ</translation>
    </message>
    <message>
        <source>names neither an agenda item nor a document</source>
        <translation>لا يذكر بند جدول أعمال ولا وثيقة</translation>
    </message>
    <message>
        <source>a revision names one document and its new number</source>
        <translation>يجب أن يذكر التنقيح وثيقة واحدة ورقمها الجديد</translation>
    </message>
    <message>
        <source>duplicate outcome id &apos;%1&apos;</source>
        <translation>معرّف نتيجة مكرر «%1»</translation>
    </message>
    <message>
        <source>duplicate liaison statement id &apos;%1&apos;</source>
        <translation>معرّف بيان اتصال مكرر «%1»</translation>
    </message>
    <message>
        <source>duplicate document number &apos;%1&apos;</source>
        <translation>رقم وثيقة مكرر «%1»</translation>
    </message>
</context>
<context>
    <name>Plenary::SessionPanel</name>
    <message>
        <source>Revised to %1</source>
        <translation>نُقّح ليصبح %1</translation>
    </message>
    <message>
        <source>Merged into %1</source>
        <translation>دُمج في %1</translation>
    </message>
    <message>
        <source>Previous agenda item (Alt+Page Up)</source>
        <translation>بند جدول الأعمال السابق (Alt+Page Up)</translation>
    </message>
    <message>
        <source>Previous agenda item</source>
        <translation>بند جدول الأعمال السابق</translation>
    </message>
    <message>
        <source>Next agenda item (Alt+Page Down)</source>
        <translation>بند جدول الأعمال التالي (Alt+Page Down)</translation>
    </message>
    <message>
        <source>Next agenda item</source>
        <translation>بند جدول الأعمال التالي</translation>
    </message>
    <message>
        <source>Documents under this item</source>
        <translation>الوثائق المدرجة تحت هذا البند</translation>
    </message>
    <message>
        <source>Documents under the current agenda item</source>
        <translation>الوثائق المدرجة تحت بند جدول الأعمال الحالي</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>The next free number</source>
        <translation>الرقم المتاح التالي</translation>
    </message>
    <message>
        <source>What the meeting decided, in a sentence</source>
        <translation>ما قرره الاجتماع، في جملة واحدة</translation>
    </message>
    <message>
        <source>&amp;Decision on:</source>
        <translation>&amp;القرار بشأن:</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>ال&amp;نتيجة:</translation>
    </message>
    <message>
        <source>&amp;New number:</source>
        <translation>ال&amp;رقم الجديد:</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>الن&amp;ص:</translation>
    </message>
    <message>
        <source>&amp;Record Outcome</source>
        <translation>&amp;تسجيل النتيجة</translation>
    </message>
    <message>
        <source>Record the outcome (Ctrl+Return)</source>
        <translation>تسجيل النتيجة (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Outcomes recorded under this item</source>
        <translation>النتائج المسجَّلة تحت هذا البند</translation>
    </message>
    <message>
        <source>Outcomes recorded under the current agenda item</source>
        <translation>النتائج المسجَّلة تحت بند جدول الأعمال الحالي</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>On</source>
        <translation>بشأن</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>النص</translation>
    </message>
    <message>
        <source>The meeting has not started</source>
        <translation>لم يبدأ الاجتماع بعد</translation>
    </message>
    <message>
        <source>Agenda item %1 itself</source>
        <translation>بند جدول الأعمال %1 نفسه</translation>
    </message>
    <message>
        <source>the item</source>
        <translation>البند</translation>
    </message>
    <message>
        <source>The number merged into</source>
        <translation>رقم الوثيقة التي دُمجت فيها</translation>
    </message>
</context>
<context>
    <name>Plenary::SessionPublisher</name>
    <message>
        <source>%1 is not an http:// or https:// address</source>
        <translation>العنوان %1 ليس عنوان http:// أو https://</translation>
    </message>
    <message>
        <source>This meeting is not connected to a server for publishing.</source>
        <translation>هذا الاجتماع غير متصل بخادم للنشر.</translation>
    </message>
    <message>
        <source>%1 cannot be reached: %2</source>
        <translation>يتعذر الوصول إلى %1: %2</translation>
    </message>
    <message>
        <source>%1 does not accept publishing (PUT): %2</source>
        <translation>لا يقبل %1 النشر (PUT): %2</translation>
    </message>
    <message>
        <source>%1 does not check If-Match: if two people publish at the same moment, one can overwrite the other&apos;s changes. A server that checks it (Apache mod_dav) avoids this.</source>
        <translation>لا يتحقق %1 من If-Match: إذا نشر شخصان في اللحظة نفسها، فقد يكتب أحدهما فوق تغييرات الآخر. ويتفادى ذلك خادمٌ يتحقق منه (Apache mod_dav).</translation>
    </message>
    <message numerus="yes">
        <source>gave up after %n attempts: the session keeps changing on the server</source>
        <translation>
            <numerusform>أُوقف النشر بعد %n محاولة: ما زالت الجلسة تتغير على الخادم</numerusform>
            <numerusform>أُوقف النشر بعد محاولة واحدة: ما زالت الجلسة تتغير على الخادم</numerusform>
            <numerusform>أُوقف النشر بعد محاولتين: ما زالت الجلسة تتغير على الخادم</numerusform>
            <numerusform>أُوقف النشر بعد %n محاولات: ما زالت الجلسة تتغير على الخادم</numerusform>
            <numerusform>أُوقف النشر بعد %n محاولة: ما زالت الجلسة تتغير على الخادم</numerusform>
            <numerusform>أُوقف النشر بعد %n محاولة: ما زالت الجلسة تتغير على الخادم</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 stays locked by someone else</source>
        <translation>لا يزال %1 مقفلًا من قِبل شخص آخر</translation>
    </message>
    <message>
        <source>the folder of %1 does not exist on the server</source>
        <translation>مجلد %1 غير موجود على الخادم</translation>
    </message>
    <message>
        <source>publishing to %1 failed: %2</source>
        <translation>فشل النشر في %1: %2</translation>
    </message>
    <message>
        <source>reading %1 failed: %2</source>
        <translation>فشلت قراءة %1: %2</translation>
    </message>
    <message>
        <source>it is the session of meeting %1</source>
        <translation>إنها جلسة الاجتماع %1</translation>
    </message>
    <message>
        <source>the session on the server cannot be merged (%1); publish keeping this copy to replace it</source>
        <translation>يتعذر دمج الجلسة الموجودة على الخادم (%1)؛ انشر مع الإبقاء على هذه النسخة لتحل محلها</translation>
    </message>
    <message>
        <source>conflict with the session on the server: %1</source>
        <translation>تعارض مع الجلسة الموجودة على الخادم: %1</translation>
    </message>
</context>
<context>
    <name>Plenary::SettingsDialog</name>
    <message>
        <source>Add Server</source>
        <translation>إضافة خادم</translation>
    </message>
    <message>
        <source>Change Password</source>
        <translation>تغيير كلمة المرور</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>ال&amp;عنوان:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>اسم ال&amp;مستخدم:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;كلمة المرور:</translation>
    </message>
    <message>
        <source>The password is kept in the desktop&apos;s keychain, never in Plenary&apos;s settings.</source>
        <translation>تُحفظ كلمة المرور في حلقة مفاتيح سطح المكتب، ولا تُحفظ أبدًا في إعدادات Plenary.</translation>
    </message>
    <message>
        <source>Configure Plenary</source>
        <translation>تكوين Plenary</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;عام</translation>
    </message>
    <message>
        <source>S&amp;ync</source>
        <translation>م&amp;زامنة</translation>
    </message>
    <message>
        <source>Se&amp;rvers</source>
        <translation>ال&amp;خوادم</translation>
    </message>
    <message>
        <source>The keychain did not keep the password; it is kept until Plenary quits: %1</source>
        <translation>لم تحفظ حلقة المفاتيح كلمة المرور؛ وستبقى محفوظة إلى أن يُغلَق Plenary: %1</translation>
    </message>
    <message>
        <source>The keychain could not forget the password: %1</source>
        <translation>تعذّر على حلقة المفاتيح نسيان كلمة المرور: %1</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>لغة النظام</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>ال&amp;لغة:</translation>
    </message>
    <message>
        <source>Plenary speaks the language chosen here from its next start.</source>
        <translation>يستخدم Plenary اللغة المختارة هنا بدءًا من تشغيله التالي.</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>اس&amp;تعراض...</translation>
    </message>
    <message>
        <source>Data Folder</source>
        <translation>مجلد البيانات</translation>
    </message>
    <message>
        <source>&amp;Data folder:</source>
        <translation>مجلد ال&amp;بيانات:</translation>
    </message>
    <message>
        <source>Where the meetings, their documents and your notes are kept; empty for the standard place. A new folder is used from the next start; what is stored in the current one stays there.</source>
        <translation>المكان الذي تُحفظ فيه الاجتماعات ووثائقها وملاحظاتك؛ اتركه فارغًا لاستخدام المكان القياسي. يُستخدم المجلد الجديد بدءًا من التشغيل التالي؛ ويبقى ما خُزِّن في المجلد الحالي فيه.</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>أبدًا</translation>
    </message>
    <message>
        <source> min</source>
        <translation> دقيقة</translation>
    </message>
    <message>
        <source>Sync the open meeting &amp;every:</source>
        <translation>مزامنة الاجتماع المفتوح &amp;كل:</translation>
    </message>
    <message>
        <source>&amp;Parallel transfers:</source>
        <translation>عمليات النقل ال&amp;متوازية:</translation>
    </message>
    <message>
        <source>More transfers can be faster on a fast line; a meeting server shared by many delegates prefers few.</source>
        <translation>قد يكون عدد أكبر من عمليات النقل أسرع على خط سريع؛ أما خادم الاجتماع الذي يتشاركه مندوبون كثيرون فيُفضّل عددًا قليلًا منها.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> ث</translation>
    </message>
    <message>
        <source>Check the chairman&apos;s &amp;session every:</source>
        <translation>التحقق من &amp;جلسة الرئيس كل:</translation>
    </message>
    <message>
        <source>These take effect at once.</source>
        <translation>تسري هذه الإعدادات فورًا.</translation>
    </message>
    <message>
        <source>Servers whose passwords Plenary keeps in the desktop&apos;s keychain. A server that asks for a password during a sync is added here when you let Plenary remember it.</source>
        <translation>الخوادم التي يحفظ Plenary كلمات مرورها في حلقة مفاتيح سطح المكتب. يُضاف هنا الخادم الذي يطلب كلمة مرور أثناء المزامنة عندما تسمح لـ Plenary بتذكُّرها.</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>الخادم</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>اسم المستخدم</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>الخوادم</translation>
    </message>
    <message>
        <source>&amp;Add...</source>
        <translation>إ&amp;ضافة...</translation>
    </message>
    <message>
        <source>&amp;Change Password...</source>
        <translation>&amp;تغيير كلمة المرور...</translation>
    </message>
    <message>
        <source>&amp;Forget</source>
        <translation>&amp;نسيان</translation>
    </message>
    <message>
        <source>Forget Server</source>
        <translation>نسيان الخادم</translation>
    </message>
    <message>
        <source>Forget the password kept for %1? Plenary asks for it again when the server wants it.</source>
        <translation>هل تريد نسيان كلمة المرور المحفوظة لـ %1؟ سيطلبها Plenary مجددًا عندما يحتاج إليها الخادم.</translation>
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
        <translation>قاعدة البيانات المحلية غير مفتوحة</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>تعذّر إنشاء المجلد %1</translation>
    </message>
    <message>
        <source>cannot open the database: %1</source>
        <translation>تعذّر فتح قاعدة البيانات: %1</translation>
    </message>
    <message>
        <source>%1 is not a Plenary database (%2)</source>
        <translation>الملف %1 ليس قاعدة بيانات Plenary (%2)</translation>
    </message>
    <message>
        <source>cannot read the schema version</source>
        <translation>تعذّرت قراءة إصدار المخطط</translation>
    </message>
    <message>
        <source>upgrading the database to schema version %1 failed: %2</source>
        <translation>فشلت ترقية قاعدة البيانات إلى إصدار المخطط %1: %2</translation>
    </message>
    <message>
        <source>setting the current meeting</source>
        <translation>تعيين الاجتماع الحالي</translation>
    </message>
    <message>
        <source>the meeting has no id</source>
        <translation>ليس للاجتماع معرّف</translation>
    </message>
    <message>
        <source>storing the meeting</source>
        <translation>تخزين الاجتماع</translation>
    </message>
    <message>
        <source>replacing the agenda</source>
        <translation>استبدال جدول الأعمال</translation>
    </message>
    <message>
        <source>storing agenda item %1</source>
        <translation>تخزين بند جدول الأعمال %1</translation>
    </message>
    <message>
        <source>storing working group %1</source>
        <translation>تخزين فريق العمل %1</translation>
    </message>
    <message>
        <source>storing document %1</source>
        <translation>تخزين الوثيقة %1</translation>
    </message>
    <message>
        <source>replacing the files of %1</source>
        <translation>استبدال ملفات %1</translation>
    </message>
    <message>
        <source>storing file %1 of %2</source>
        <translation>تخزين الملف %1 الخاص بـ %2</translation>
    </message>
    <message>
        <source>no meeting &apos;%1&apos; in the store</source>
        <translation>لا يوجد اجتماع «%1» في قاعدة البيانات المحلية</translation>
    </message>
    <message>
        <source>saving a note on %1</source>
        <translation>حفظ ملاحظة على %1</translation>
    </message>
    <message>
        <source>there is no note %1</source>
        <translation>لا توجد ملاحظة %1</translation>
    </message>
    <message>
        <source>reading the local files</source>
        <translation>قراءة الملفات المحلية</translation>
    </message>
    <message>
        <source>reading the position in %1</source>
        <translation>قراءة موضع القراءة في %1</translation>
    </message>
    <message>
        <source>keeping the position in %1</source>
        <translation>حفظ موضع القراءة في %1</translation>
    </message>
    <message>
        <source>removing note %1</source>
        <translation>إزالة الملاحظة %1</translation>
    </message>
    <message>
        <source>reading your positions</source>
        <translation>قراءة مواقفك</translation>
    </message>
    <message>
        <source>reading your notes</source>
        <translation>قراءة ملاحظاتك</translation>
    </message>
    <message>
        <source>keeping your position on %1</source>
        <translation>حفظ موقفك من %1</translation>
    </message>
    <message>
        <source>reading the reports</source>
        <translation>قراءة التقارير</translation>
    </message>
    <message>
        <source>reading report %1</source>
        <translation>قراءة التقرير %1</translation>
    </message>
    <message>
        <source>no report %1</source>
        <translation>لا يوجد تقرير %1</translation>
    </message>
    <message>
        <source>a working-group report needs its working group</source>
        <translation>يجب تحديد فريق العمل لتقرير فريق العمل</translation>
    </message>
    <message>
        <source>no meeting %1</source>
        <translation>لا يوجد اجتماع %1</translation>
    </message>
    <message>
        <source>no working group %1</source>
        <translation>لا يوجد فريق العمل %1</translation>
    </message>
    <message>
        <source>saving report %1</source>
        <translation>حفظ التقرير %1</translation>
    </message>
    <message>
        <source>removing report %1</source>
        <translation>إزالة التقرير %1</translation>
    </message>
    <message>
        <source>reading the search index</source>
        <translation>قراءة فهرس البحث</translation>
    </message>
    <message>
        <source>reading the index of %1</source>
        <translation>قراءة فهرس %1</translation>
    </message>
    <message>
        <source>starting the index of %1</source>
        <translation>إنشاء فهرس %1</translation>
    </message>
    <message>
        <source>removing %1 from the index</source>
        <translation>إزالة %1 من الفهرس</translation>
    </message>
    <message>
        <source>indexing %1</source>
        <translation>فهرسة %1</translation>
    </message>
    <message>
        <source>searching for %1</source>
        <translation>البحث عن %1</translation>
    </message>
    <message>
        <source>counting a session change</source>
        <translation>احتساب تغيير في الجلسة</translation>
    </message>
    <message>
        <source>no document %1 in meeting %2</source>
        <translation>لا توجد وثيقة %1 في الاجتماع %2</translation>
    </message>
    <message>
        <source>no agenda item %1</source>
        <translation>لا يوجد بند جدول الأعمال %1</translation>
    </message>
    <message>
        <source>allocating %1</source>
        <translation>تخصيص %1</translation>
    </message>
    <message>
        <source>setting the current agenda item</source>
        <translation>تعيين بند جدول الأعمال الحالي</translation>
    </message>
    <message>
        <source>a revision names one document and its new number</source>
        <translation>يجب أن يذكر التنقيح وثيقة واحدة ورقمها الجديد</translation>
    </message>
    <message>
        <source>no document %1 to merge into</source>
        <translation>لا توجد وثيقة %1 للدمج فيها</translation>
    </message>
    <message>
        <source>no outcome %1</source>
        <translation>لا توجد نتيجة %1</translation>
    </message>
    <message>
        <source>taking back an outcome</source>
        <translation>إلغاء نتيجة</translation>
    </message>
    <message>
        <source>undoing revision %1 -&gt; %2</source>
        <translation>التراجع عن التنقيح %1 -&gt; %2</translation>
    </message>
    <message>
        <source>a liaison statement needs an id and a title</source>
        <translation>يجب أن يكون لبيان الاتصال معرّف وعنوان</translation>
    </message>
    <message>
        <source>removing liaison statement %1</source>
        <translation>إزالة بيان الاتصال %1</translation>
    </message>
    <message>
        <source>no liaison statement %1</source>
        <translation>لا يوجد بيان اتصال %1</translation>
    </message>
    <message>
        <source>the session names %1, which this meeting does not have</source>
        <translation>تشير الجلسة إلى %1، وهو ما لا يتضمنه هذا الاجتماع</translation>
    </message>
    <message>
        <source>agenda item %1</source>
        <translation>بند جدول الأعمال %1</translation>
    </message>
    <message>
        <source>document %1</source>
        <translation>الوثيقة %1</translation>
    </message>
    <message>
        <source>working group %1</source>
        <translation>فريق العمل %1</translation>
    </message>
    <message>
        <source>removing document %1</source>
        <translation>إزالة الوثيقة %1</translation>
    </message>
    <message>
        <source>clearing revision links</source>
        <translation>مسح روابط التنقيح</translation>
    </message>
    <message>
        <source>replacing the session</source>
        <translation>استبدال الجلسة</translation>
    </message>
    <message>
        <source>setting the current item</source>
        <translation>تعيين البند الحالي</translation>
    </message>
    <message>
        <source>reading the session link</source>
        <translation>قراءة رابط الجلسة</translation>
    </message>
    <message>
        <source>saving the session link</source>
        <translation>حفظ رابط الجلسة</translation>
    </message>
    <message>
        <source>removing the session link</source>
        <translation>إزالة رابط الجلسة</translation>
    </message>
    <message>
        <source>recording where %1 comes from</source>
        <translation>تسجيل مصدر %1</translation>
    </message>
    <message>
        <source>caching %1</source>
        <translation>تخزين %1 مؤقتًا</translation>
    </message>
    <message>
        <source>reading the sync state</source>
        <translation>قراءة حالة المزامنة</translation>
    </message>
    <message>
        <source>recording %1</source>
        <translation>تسجيل %1</translation>
    </message>
    <message>
        <source>the database has schema version %1, newer than this version of Plenary understands (%2); use a newer Plenary</source>
        <translation>إصدار مخطط قاعدة البيانات هو %1، وهو أحدث مما يفهمه هذا الإصدار من Plenary (%2)؛ استخدم إصدارًا أحدث من Plenary</translation>
    </message>
    <message>
        <source>linking revision %1 -&gt; %2: %3</source>
        <translation>ربط التنقيح %1 -&gt; %2: %3</translation>
    </message>
    <message>
        <source>recording an outcome: %1</source>
        <translation>تسجيل نتيجة: %1</translation>
    </message>
    <message>
        <source>storing liaison statement %1: %2</source>
        <translation>تخزين بيان الاتصال %1: %2</translation>
    </message>
    <message>
        <source>There is no current meeting to submit to.</source>
        <translation>لا يوجد اجتماع حالي للتقديم إليه.</translation>
    </message>
    <message>
        <source>recording the submission of %1</source>
        <translation>تسجيل تقديم %1</translation>
    </message>
    <message>
        <source>reading the submissions</source>
        <translation>قراءة عمليات التقديم</translation>
    </message>
    <message>
        <source>Another submission is still under way.</source>
        <translation>ما زال إيداع آخر قيد التنفيذ.</translation>
    </message>
    <message>
        <source>cannot open the database %1: the disk is full (%2)</source>
        <translation>تعذّر فتح قاعدة البيانات %1: القرص ممتلئ (%2)</translation>
    </message>
    <message>
        <source>cannot open the database %1: %2</source>
        <translation>تعذّر فتح قاعدة البيانات %1: %2</translation>
    </message>
</context>
<context>
    <name>Plenary::SubmitDialog</name>
    <message>
        <source>Submit Contribution</source>
        <translation>تقديم مساهمة</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>الملفات</translation>
    </message>
    <message>
        <source>&amp;Add Files...</source>
        <translation>إ&amp;ضافة ملفات...</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>إ&amp;زالة</translation>
    </message>
    <message>
        <source>&amp;Files:</source>
        <translation>ال&amp;ملفات:</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>رقم الوثيقة</translation>
    </message>
    <message>
        <source>as given by the secretariat</source>
        <translation>كما أعطته الأمانة</translation>
    </message>
    <message>
        <source>e.g. 42 or %1</source>
        <translation>مثلًا 42 أو %1</translation>
    </message>
    <message>
        <source>&amp;Request a Number...</source>
        <translation>&amp;طلب رقم...</translation>
    </message>
    <message>
        <source>The meeting names no secretariat address.</source>
        <translation>لا يذكر الاجتماع عنوانًا للأمانة.</translation>
    </message>
    <message>
        <source>Writes an e-mail to %1 asking for a number for these files.</source>
        <translation>يكتب رسالة بريد إلكتروني إلى %1 يطلب فيها رقمًا لهذه الملفات.</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>ال&amp;رقم:</translation>
    </message>
    <message>
        <source>Uploaded as:</source>
        <translation>رُفع باسم:</translation>
    </message>
    <message>
        <source>Drop folder</source>
        <translation>مجلد الإيداع</translation>
    </message>
    <message>
        <source>&amp;Drop folder:</source>
        <translation>مجلد الإي&amp;داع:</translation>
    </message>
    <message>
        <source>The meeting gives no deadline.</source>
        <translation>لا يحدد الاجتماع موعدًا نهائيًا.</translation>
    </message>
    <message>
        <source>%1 (end of the day, UTC): passed %2 ago. The secretariat may not accept the contribution for this meeting.</source>
        <translation>%1 (نهاية اليوم، بالتوقيت العالمي UTC): انقضى منذ %2. قد لا تقبل الأمانة المساهمة لهذا الاجتماع.</translation>
    </message>
    <message>
        <source>%1 (end of the day, UTC): %2 left.</source>
        <translation>%1 (نهاية اليوم، بالتوقيت العالمي UTC): يتبقى %2.</translation>
    </message>
    <message>
        <source>Deadline:</source>
        <translation>الموعد النهائي:</translation>
    </message>
    <message>
        <source>Upload progress</source>
        <translation>تقدّم الرفع</translation>
    </message>
    <message>
        <source>&amp;Submit</source>
        <translation>&amp;تقديم</translation>
    </message>
    <message>
        <source>Files of the Contribution</source>
        <translation>ملفات المساهمة</translation>
    </message>
    <message>
        <source>%1 has no file name extension (such as .docx or .pdf).</source>
        <translation>ليس لـ %1 امتداد اسم ملف (مثل .docx أو .pdf).</translation>
    </message>
    <message>
        <source>Two files would both be named %1.</source>
        <translation>سيحمل ملفان كلاهما الاسم %1.</translation>
    </message>
    <message>
        <source>Add the files of the contribution.</source>
        <translation>أضف ملفات المساهمة.</translation>
    </message>
    <message>
        <source>Give the number the secretariat sent.</source>
        <translation>أدخل الرقم الذي أرسلته الأمانة.</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>جارٍ البدء…</translation>
    </message>
    <message>
        <source>Stopped; what was uploaded stays there.</source>
        <translation>توقف؛ ما رُفع يبقى هناك.</translation>
    </message>
    <message>
        <source>Submitted and checked on the server: %1.</source>
        <translation>قُدِّم وتُحقِّق منه على الخادم: %1.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;إغلاق</translation>
    </message>
    <message>
        <source>The files of one contribution to %1 go to the meeting&apos;s drop folder, named with the number the secretariat gave. A name already taken stops the submission before anything is sent.</source>
        <translation>تُرسل ملفات المساهمة الواحدة في %1 إلى مجلد الإيداع الخاص بالاجتماع، مسماة بالرقم الذي أعطته الأمانة. إذا كان الاسم مستخدمًا من قبل، يتوقف الإيداع قبل إرسال أي شيء.</translation>
    </message>
</context>
<context>
    <name>Plenary::Submitter</name>
    <message>
        <source>&quot;%1&quot; is not a document number.</source>
        <translation>&quot;%1&quot; ليس رقم وثيقة.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a document number: give the number the secretariat sent, e.g. 42 or %2.</source>
        <translation>&quot;%1&quot; ليس رقم وثيقة: أدخل الرقم الذي أرسلته الأمانة، مثلًا 42 أو %2.</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 و%2</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>أقل من يوم</numerusform>
            <numerusform>يوم واحد</numerusform>
            <numerusform>يومان</numerusform>
            <numerusform>%n أيام</numerusform>
            <numerusform>%n يومًا</numerusform>
            <numerusform>%n يوم</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>أقل من ساعة</numerusform>
            <numerusform>ساعة واحدة</numerusform>
            <numerusform>ساعتان</numerusform>
            <numerusform>%n ساعات</numerusform>
            <numerusform>%n ساعة</numerusform>
            <numerusform>%n ساعة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>أقل من دقيقة</numerusform>
            <numerusform>دقيقة واحدة</numerusform>
            <numerusform>دقيقتان</numerusform>
            <numerusform>%n دقائق</numerusform>
            <numerusform>%n دقيقة</numerusform>
            <numerusform>%n دقيقة</numerusform>
        </translation>
    </message>
    <message>
        <source>The meeting names no drop folder for contributions; give its address.</source>
        <translation>لا يذكر الاجتماع مجلد إيداع للمساهمات؛ أدخل عنوانه.</translation>
    </message>
    <message>
        <source>%1 is not an http://, https://, ftp:// or ftps:// address</source>
        <translation>%1 ليس عنوان http:// أو https:// أو ftp:// أو ftps://</translation>
    </message>
    <message>
        <source>No file to submit.</source>
        <translation>لا يوجد ملف لتقديمه.</translation>
    </message>
    <message>
        <source>%1 is not a file that can be read.</source>
        <translation>%1 ليس ملفًا يمكن قراءته.</translation>
    </message>
    <message>
        <source>%1 has no file name extension (such as .docx or .pdf): the secretariat needs one.</source>
        <translation>ليس لـ %1 امتداد اسم ملف (مثل .docx أو .pdf): تحتاج الأمانة إليه.</translation>
    </message>
    <message>
        <source>Two files would both be named %1: submit one file per type, or ask the secretariat for another number.</source>
        <translation>سيحمل ملفان كلاهما الاسم %1: قدِّم ملفًا واحدًا لكل نوع، أو اطلب من الأمانة رقمًا آخر.</translation>
    </message>
    <message>
        <source>Document number request: %1</source>
        <translation>طلب رقم وثيقة: %1</translation>
    </message>
    <message>
        <source>Dear secretariat,

Please allocate a document number for this contribution to %1:

%2

Title:
Source:
Contact:

Thank you.</source>
        <translation>حضرات الأمانة المحترمين،

يُرجى تخصيص رقم وثيقة لهذه المساهمة إلى %1:

%2

العنوان:
المصدر:
جهة الاتصال:

شكرًا لكم.</translation>
    </message>
    <message>
        <source>HTTP %1 %2</source>
        <translation>HTTP %1 %2</translation>
    </message>
    <message>
        <source>Checking that %1 is free</source>
        <translation>جارٍ التحقق من أن %1 غير مستخدم</translation>
    </message>
    <message>
        <source>%1 is already in the drop folder; nothing was uploaded and nothing replaced. Ask the secretariat whether the number is right.</source>
        <translation>%1 موجود مسبقًا في مجلد الإيداع؛ لم يُرفع شيء ولم يُستبدل شيء. اسأل الأمانة عمّا إذا كان الرقم صحيحًا.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>تعذّرت قراءة %1: %2</translation>
    </message>
    <message>
        <source>Uploading %1</source>
        <translation>جارٍ رفع %1</translation>
    </message>
    <message>
        <source>%1 was not uploaded: %2</source>
        <translation>لم يُرفع %1: %2</translation>
    </message>
    <message>
        <source>%1 appeared in the drop folder meanwhile; it was not replaced.</source>
        <translation>ظهر %1 في مجلد الإيداع في أثناء ذلك؛ ولم يُستبدل.</translation>
    </message>
    <message>
        <source>Checking %1 on the server</source>
        <translation>جارٍ التحقق من %1 على الخادم</translation>
    </message>
    <message>
        <source>%1 is on the server with %2 bytes instead of %3: ask the secretariat to remove it, then submit again.</source>
        <translation>%1 موجود على الخادم بحجم %2 بايت بدلًا من %3: اطلب من الأمانة إزالته، ثم قدِّمه مجددًا.</translation>
    </message>
    <message>
        <source>%1 is not in the drop folder&apos;s listing after the upload.</source>
        <translation>%1 غير موجود في قائمة محتويات مجلد الإيداع بعد الرفع.</translation>
    </message>
    <message>
        <source>%1 cannot be found on the server after the upload: %2</source>
        <translation>يتعذّر العثور على %1 على الخادم بعد الرفع: %2</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>أُلغي.</translation>
    </message>
    <message>
        <source>The server answered that %1 replaced a file of that name (HTTP %2): it does not refuse to overwrite, so nothing more was sent. Tell the secretariat.</source>
        <translation>أجاب الخادم بأن %1 حلّ محل ملف بالاسم نفسه (HTTP %2): فهو لا يمنع الكتابة فوق الملفات، لذا لم يُرسل شيء آخر. أبلغ الأمانة.</translation>
    </message>
    <message>
        <source>Already in the drop folder, and recorded: %1.</source>
        <translation>موجود بالفعل في مجلد الإيداع ومسجَّل: %1.</translation>
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
        <translation>HTTP 401: يطلب الخادم اسم مستخدم وكلمة مرور ليسا لدى Plenary، أو أنه رفضهما</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 is not an http://, https://, ftp:// or ftps:// address</source>
        <translation>%1 ليس عنوان http:// أو https:// أو ftp:// أو ftps://</translation>
    </message>
    <message>
        <source>the folder&apos;s page is larger than %1; given up</source>
        <translation>صفحة المجلد أكبر من %1؛ تم التخلي عنها</translation>
    </message>
    <message>
        <source>what this sync did could not be saved: %1; the files are downloaded again next time</source>
        <translation>تعذّر حفظ ما أنجزته هذه المزامنة: %1؛ ستُنزَّل الملفات مرة أخرى في المرة القادمة</translation>
    </message>
</context>
<context>
    <name>Plenary::SyncStatusWidget</name>
    <message>
        <source>Sync progress</source>
        <translation>تقدُّم المزامنة</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Stop the sync; what has been downloaded is kept and resumed next time</source>
        <translation>إيقاف المزامنة؛ يُحتفظ بما نُزِّل وتُستأنف المزامنة في المرة القادمة</translation>
    </message>
    <message>
        <source>Reading the meeting folder...</source>
        <translation>جارٍ قراءة مجلد الاجتماع...</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n file(s)</source>
        <translation>
            <numerusform>%1 من %n ملف</numerusform>
            <numerusform>%1 من ملف واحد</numerusform>
            <numerusform>%1 من ملفين</numerusform>
            <numerusform>%1 من %n ملفات</numerusform>
            <numerusform>%1 من %n ملفًا</numerusform>
            <numerusform>%1 من %n ملف</numerusform>
        </translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/ث</translation>
    </message>
    <message numerus="yes">
        <source>%n s left</source>
        <translation>
            <numerusform>بقيت %n ثانية</numerusform>
            <numerusform>بقيت ثانية واحدة</numerusform>
            <numerusform>بقيت ثانيتان</numerusform>
            <numerusform>بقيت %n ثوانٍ</numerusform>
            <numerusform>بقيت %n ثانية</numerusform>
            <numerusform>بقيت %n ثانية</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>لم يفشل أي ملف</numerusform>
            <numerusform>فشل ملف واحد</numerusform>
            <numerusform>فشل ملفان</numerusform>
            <numerusform>فشلت %n ملفات</numerusform>
            <numerusform>فشل %n ملفًا</numerusform>
            <numerusform>فشل %n ملف</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Plenary::TextExtractor</name>
    <message>
        <source>the PDF is protected by a password</source>
        <translation>ملف PDF محمي بكلمة مرور</translation>
    </message>
    <message>
        <source>the file is missing</source>
        <translation>الملف غير موجود</translation>
    </message>
    <message>
        <source>not a readable PDF</source>
        <translation>ليس ملف PDF قابلًا للقراءة</translation>
    </message>
    <message>
        <source>office documents are indexed once converted to PDF</source>
        <translation>تُفهرس الوثائق المكتبية بعد تحويلها إلى PDF</translation>
    </message>
    <message>
        <source>archives are indexed member by member once opened</source>
        <translation>تُفهرس الأرشيفات ملفًا ملفًا بعد فتحها</translation>
    </message>
    <message>
        <source>not a format whose text can be read</source>
        <translation>ليست صيغة يمكن قراءة نصها</translation>
    </message>
</context>
<context>
    <name>Plenary::TextReader</name>
    <message>
        <source>Document text</source>
        <translation>نص الوثيقة</translation>
    </message>
</context>
<context>
    <name>Plenary::Transfer</name>
    <message>
        <source>the server sent a web page instead of the file (an error or login page?)</source>
        <translation>أرسل الخادم صفحة ويب بدلًا من الملف (صفحة خطأ أو صفحة تسجيل دخول؟)</translation>
    </message>
    <message>
        <source>the server sent an unexpected part of the file</source>
        <translation>أرسل الخادم جزءًا غير متوقع من الملف</translation>
    </message>
    <message>
        <source>the file is larger than the limit of %1</source>
        <translation>حجم الملف يتجاوز الحد الأقصى البالغ %1</translation>
    </message>
    <message>
        <source>the server announces %1 bytes, the manifest %2</source>
        <translation>يعلن الخادم عن %1 بايت، بينما يذكر ملف الوصف %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>تعذّرت الكتابة في %1: %2</translation>
    </message>
    <message>
        <source>the server sent more than the %1 bytes announced</source>
        <translation>أرسل الخادم أكثر من الـ %1 بايت المعلن عنها</translation>
    </message>
    <message numerus="yes">
        <source>%1 (after %n attempt(s))</source>
        <translation>
            <numerusform>%1 (بعد %n محاولة)</numerusform>
            <numerusform>%1 (بعد محاولة واحدة)</numerusform>
            <numerusform>%1 (بعد محاولتين)</numerusform>
            <numerusform>%1 (بعد %n محاولات)</numerusform>
            <numerusform>%1 (بعد %n محاولة)</numerusform>
            <numerusform>%1 (بعد %n محاولة)</numerusform>
        </translation>
    </message>
    <message>
        <source>HTTP %1 %2</source>
        <translation>HTTP %1 %2</translation>
    </message>
    <message>
        <source>HTTP 416 Range Not Satisfiable</source>
        <translation>HTTP 416: النطاق المطلوب غير قابل للتلبية</translation>
    </message>
    <message>
        <source>the transfer ended after %1 of %2 bytes</source>
        <translation>انتهى النقل بعد %1 من %2 بايت</translation>
    </message>
    <message>
        <source>the server sent the file compressed (%1) although asked not to</source>
        <translation>أرسل الخادم الملف مضغوطًا (%1) رغم أنه طُلب منه ألا يفعل</translation>
    </message>
    <message>
        <source>the transfer ended after %1 of %2 bytes (%3)</source>
        <translation>انتهى النقل بعد %1 من %2 بايت (%3)</translation>
    </message>
</context>
<context>
    <name>Plenary::TransferJob</name>
    <message>
        <source>cannot read the partial download: %1</source>
        <translation>تعذّرت قراءة الجزء المنزَّل: %1</translation>
    </message>
    <message>
        <source>the checksum does not match the manifest (SHA-256 %1, expected %2)</source>
        <translation>المجموع الاختباري لا يطابق ملف الوصف (SHA-256 %1، والمتوقع %2)</translation>
    </message>
    <message>
        <source>cannot keep the earlier version of %1</source>
        <translation>تعذّر الاحتفاظ بالصيغة السابقة من %1</translation>
    </message>
    <message>
        <source>cannot move the download into %1</source>
        <translation>تعذّر نقل الملف المنزَّل إلى %1</translation>
    </message>
    <message>
        <source>cannot write %1: only %2 of %3 bytes are on the disk</source>
        <translation>تعذّرت الكتابة في %1: لم يُكتب على القرص سوى %2 من %3 بايت</translation>
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
            <numerusform>لا توجد وثائق</numerusform>
            <numerusform>وثيقة واحدة</numerusform>
            <numerusform>وثيقتان</numerusform>
            <numerusform>%n وثائق</numerusform>
            <numerusform>%n وثيقة</numerusform>
            <numerusform>%n وثيقة</numerusform>
        </translation>
    </message>
    <message>
        <source>Led by %1</source>
        <translation>يرأسه %1</translation>
    </message>
</context>
<context>
    <name>Plenary::ZipArchive</name>
    <message>
        <source>its entry in the archive cannot be read</source>
        <translation>تتعذر قراءة مُدخَله في الأرشيف</translation>
    </message>
    <message>
        <source>it is a link</source>
        <translation>إنه رابط</translation>
    </message>
    <message>
        <source>it is protected by a password</source>
        <translation>إنه محمي بكلمة مرور</translation>
    </message>
    <message>
        <source>its size is not known</source>
        <translation>حجمه غير معروف</translation>
    </message>
    <message>
        <source>it is too large (%1 MB)</source>
        <translation>حجمه كبير جدًا (%1 ميغابايت)</translation>
    </message>
    <message>
        <source>it would expand %1 times (a zip bomb)</source>
        <translation>سيتضخم %1 مرة عند فك ضغطه (قنبلة zip)</translation>
    </message>
    <message>
        <source>it has no name</source>
        <translation>ليس له اسم</translation>
    </message>
    <message>
        <source>its name has a backslash</source>
        <translation>يحتوي اسمه على شرطة مائلة عكسية</translation>
    </message>
    <message>
        <source>its name is an absolute path</source>
        <translation>اسمه مسار مطلق</translation>
    </message>
    <message>
        <source>its name has control or direction characters</source>
        <translation>يحتوي اسمه على محارف تحكم أو اتجاه</translation>
    </message>
    <message>
        <source>its name leaves the archive&apos;s folder</source>
        <translation>اسمه يخرج عن مجلد الأرشيف</translation>
    </message>
    <message>
        <source>its name has an empty part</source>
        <translation>يحتوي اسمه على جزء فارغ</translation>
    </message>
    <message>
        <source>its name is too long</source>
        <translation>اسمه طويل جدًا</translation>
    </message>
    <message>
        <source>%1: the archive&apos;s directory cannot be read.</source>
        <translation>%1: تتعذر قراءة فهرس الأرشيف.</translation>
    </message>
    <message>
        <source>%1 has %2 members, more than %3: it is not opened.</source>
        <translation>عدد العناصر في %1 هو %2، وهو أكثر من %3: لذا لا يُفتح.</translation>
    </message>
    <message>
        <source>%1 is not in the archive.</source>
        <translation>الملف %1 غير موجود في الأرشيف.</translation>
    </message>
    <message>
        <source>%1 is a folder.</source>
        <translation>العنصر %1 مجلد.</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2.</source>
        <translation>يتعذر فتح %1: %2.</translation>
    </message>
    <message>
        <source>Cannot create the folder for %1.</source>
        <translation>تعذّر إنشاء المجلد الخاص بـ %1.</translation>
    </message>
    <message>
        <source>Cannot extract %1: %2</source>
        <translation>تعذّر استخراج %1: %2</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>الملف %1 تالف: %2</translation>
    </message>
    <message>
        <source>%1 holds more than the archive says: it is not extracted.</source>
        <translation>يحتوي %1 على أكثر مما يذكره الأرشيف: لذا لا يُستخرَج.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>تعذّرت الكتابة في %1: %2</translation>
    </message>
    <message>
        <source>%1 is shorter than the archive says.</source>
        <translation>الملف %1 أقصر مما يذكره الأرشيف.</translation>
    </message>
</context>
<context>
    <name>QCoreApplication::QCoreApplication</name>
    <message>
        <source>%1 unchanged, %2 removed, %3 without text (archives, office without LibreOffice)</source>
        <translation>%1 دون تغيير، و%2 محذوفة، و%3 بلا نص (أرشيفات، أو وثائق مكتبية دون LibreOffice)</translation>
    </message>
</context>
<context>
    <name>QGuiApplication</name>
    <message>
        <source>QT_LAYOUT_DIRECTION</source>
        <comment>Translate this string to the string &apos;LTR&apos; in left-to-right languages or to &apos;RTL&apos; in right-to-left languages (such as Hebrew and Arabic) to get proper widget layout.</comment>
        <translation>RTL</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Contribution</source>
        <translation>مساهمة</translation>
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
        <translation>وثيقة ناتجة</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>تقرير</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>جدول الأعمال</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>لاتخاذ قرار</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>للمناقشة</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>للموافقة</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>للاتفاق</translation>
    </message>
    <message>
        <source>Endorsement</source>
        <translation>للإقرار</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>للعلم</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>تمت الموافقة عليه</translation>
    </message>
    <message>
        <source>Approved by consensus</source>
        <translation>تمت الموافقة عليه بتوافق الآراء</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>تم الاتفاق عليه</translation>
    </message>
    <message>
        <source>Endorsed</source>
        <translation>تم إقراره</translation>
    </message>
    <message>
        <source>Technically endorsed</source>
        <translation>تم إقراره تقنيًا</translation>
    </message>
    <message>
        <source>Noted</source>
        <translation>أُحيط علمًا به</translation>
    </message>
    <message>
        <source>Revised</source>
        <translation>نُقّح</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>دُمج</translation>
    </message>
    <message>
        <source>Reissued</source>
        <translation>أُعيد إصداره</translation>
    </message>
    <message>
        <source>Partially approved</source>
        <translation>تمت الموافقة عليه جزئيًا</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>رُفض</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>مسحوب</translation>
    </message>
    <message>
        <source>Postponed</source>
        <translation>مؤجَّل</translation>
    </message>
    <message>
        <source>Not treated</source>
        <translation>لم يُنظر فيه</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>أُرسل</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>تأييد</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>اعتراض</translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation>مراقبة</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Plenary - paperless meetings for standards bodies.
With no meeting stored, it opens the bundled demo meeting (ITU-T FG Smart, Geneva, 14-16 June 2010).</source>
        <translation>Plenary - اجتماعات بلا ورق لهيئات التقييس.
إذا لم يكن هناك اجتماع مخزَّن، يفتح البرنامج الاجتماع التجريبي المرفق (ITU-T FG Smart، جنيف، 14-16 يونيو 2010).</translation>
    </message>
    <message>
        <source>Keep the database, documents and settings in &lt;dir&gt;.</source>
        <translation>حفظ قاعدة البيانات والوثائق والإعدادات في &lt;dir&gt;.</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>dir</translation>
    </message>
    <message>
        <source>Show Plenary in &lt;language&gt; (ar, en, es, fr, ru, zh_CN) instead of the one chosen in Settings or the system&apos;s.</source>
        <translation>عرض Plenary باللغة &lt;language&gt; (ar, en, es, fr, ru, zh_CN) بدلًا من اللغة المختارة في الإعدادات أو لغة النظام.</translation>
    </message>
    <message>
        <source>language</source>
        <translation>language</translation>
    </message>
    <message>
        <source>Open and sync the meeting folder at &lt;url&gt; (as File &gt; Open Meeting from URL).</source>
        <translation>افتح مجلد الاجتماع الموجود في &lt;url&gt; وزامنه (مثل ملف &gt; فتح اجتماع من عنوان URL).</translation>
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
        <translation>plenary-cli: تعذّر فتح %1: %2</translation>
    </message>
    <message>
        <source>plenary-cli: cannot set up the demo meeting: %1</source>
        <translation>plenary-cli: تعذّر إعداد الاجتماع التجريبي: %1</translation>
    </message>
    <message>
        <source>plenary-cli: %1</source>
        <translation>plenary-cli: %1</translation>
    </message>
    <message>
        <source>Meeting:</source>
        <translation>الاجتماع:</translation>
    </message>
    <message>
        <source>Id:</source>
        <translation>المعرّف:</translation>
    </message>
    <message>
        <source>Group:</source>
        <translation>الفريق:</translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>المكان:</translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation>التواريخ:</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>من %1 إلى %2</translation>
    </message>
    <message>
        <source>Deadline:</source>
        <translation>الموعد النهائي:</translation>
    </message>
    <message>
        <source>Chairman:</source>
        <translation>الرئيس:</translation>
    </message>
    <message>
        <source>Agenda:</source>
        <translation>جدول الأعمال:</translation>
    </message>
    <message numerus="yes">
        <source>%n top-level item(s)</source>
        <translation>
            <numerusform>لا توجد بنود رئيسية</numerusform>
            <numerusform>بند رئيسي واحد</numerusform>
            <numerusform>بندان رئيسيان</numerusform>
            <numerusform>%n بنود رئيسية</numerusform>
            <numerusform>%n بندًا رئيسيًا</numerusform>
            <numerusform>%n بند رئيسي</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n in all</source>
        <translation>
            <numerusform>، %n بند في المجموع</numerusform>
            <numerusform>، بند واحد في المجموع</numerusform>
            <numerusform>، بندان في المجموع</numerusform>
            <numerusform>، %n بنود في المجموع</numerusform>
            <numerusform>، %n بندًا في المجموع</numerusform>
            <numerusform>، %n بند في المجموع</numerusform>
        </translation>
    </message>
    <message>
        <source>Working groups:</source>
        <translation>أفرقة العمل:</translation>
    </message>
    <message>
        <source>Documents:</source>
        <translation>الوثائق:</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>لا توجد وثائق</numerusform>
            <numerusform>وثيقة واحدة</numerusform>
            <numerusform>وثيقتان</numerusform>
            <numerusform>%n وثائق</numerusform>
            <numerusform>%n وثيقة</numerusform>
            <numerusform>%n وثيقة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n received after the deadline</source>
        <translation>
            <numerusform>، ولم ترد أي وثيقة بعد الموعد النهائي</numerusform>
            <numerusform>، منها واحدة وردت بعد الموعد النهائي</numerusform>
            <numerusform>، منها اثنتان وردتا بعد الموعد النهائي</numerusform>
            <numerusform>، منها %n وردت بعد الموعد النهائي</numerusform>
            <numerusform>، منها %n وردت بعد الموعد النهائي</numerusform>
            <numerusform>، منها %n وردت بعد الموعد النهائي</numerusform>
        </translation>
    </message>
    <message>
        <source>Outcomes:</source>
        <translation>النتائج:</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>مجلد البيانات:</translation>
    </message>
    <message>
        <source>plenary-cli: %1: %2</source>
        <translation>plenary-cli: %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Imported %1: %2 (%n document(s))</source>
        <translation>
            <numerusform>تم استيراد %1: %2 (لا توجد وثائق)</numerusform>
            <numerusform>تم استيراد %1: %2 (وثيقة واحدة)</numerusform>
            <numerusform>تم استيراد %1: %2 (وثيقتان)</numerusform>
            <numerusform>تم استيراد %1: %2 (%n وثائق)</numerusform>
            <numerusform>تم استيراد %1: %2 (%n وثيقة)</numerusform>
            <numerusform>تم استيراد %1: %2 (%n وثيقة)</numerusform>
        </translation>
    </message>
    <message>
        <source>Password for %1 at %2: </source>
        <translation>كلمة مرور %1 على %2: </translation>
    </message>
    <message>
        <source>%1/%2 files, %3 of %4, %5/s</source>
        <translation>%1/%2 ملف، %3 من %4، %5/ث</translation>
    </message>
    <message numerus="yes">
        <source>, %n s left</source>
        <translation>
            <numerusform>، بقيت %n ثانية</numerusform>
            <numerusform>، بقيت ثانية واحدة</numerusform>
            <numerusform>، بقيت ثانيتان</numerusform>
            <numerusform>، بقيت %n ثوانٍ</numerusform>
            <numerusform>، بقيت %n ثانية</numerusform>
            <numerusform>، بقيت %n ثانية</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n failed</source>
        <translation>
            <numerusform>، لم يفشل أي ملف</numerusform>
            <numerusform>، فشل ملف واحد</numerusform>
            <numerusform>، فشل ملفان</numerusform>
            <numerusform>، فشلت %n ملفات</numerusform>
            <numerusform>، فشل %n ملفًا</numerusform>
            <numerusform>، فشل %n ملف</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 downloaded, %3 updated, %4 unchanged, %5 withdrawn on server (%n request(s))</source>
        <translation>
            <numerusform>%1: %2 منزَّلة، و%3 محدَّثة، و%4 دون تغيير، و%5 مسحوبة على الخادم (%n طلب)</numerusform>
            <numerusform>%1: %2 منزَّلة، و%3 محدَّثة، و%4 دون تغيير، و%5 مسحوبة على الخادم (طلب واحد)</numerusform>
            <numerusform>%1: %2 منزَّلة، و%3 محدَّثة، و%4 دون تغيير، و%5 مسحوبة على الخادم (طلبان)</numerusform>
            <numerusform>%1: %2 منزَّلة، و%3 محدَّثة، و%4 دون تغيير، و%5 مسحوبة على الخادم (%n طلبات)</numerusform>
            <numerusform>%1: %2 منزَّلة، و%3 محدَّثة، و%4 دون تغيير، و%5 مسحوبة على الخادم (%n طلبًا)</numerusform>
            <numerusform>%1: %2 منزَّلة، و%3 محدَّثة، و%4 دون تغيير، و%5 مسحوبة على الخادم (%n طلب)</numerusform>
        </translation>
    </message>
    <message>
        <source>plenary-cli: %1 (%2): %3</source>
        <translation>plenary-cli: %1 (%2): %3</translation>
    </message>
    <message>
        <source>plenary-cli: refused: %1</source>
        <translation>plenary-cli: رُفض: %1</translation>
    </message>
    <message numerus="yes">
        <source>indexed %n file(s)</source>
        <translation>
            <numerusform>لم يُفهرس أي ملف</numerusform>
            <numerusform>فُهرس ملف واحد</numerusform>
            <numerusform>فُهرس ملفان</numerusform>
            <numerusform>فُهرست %n ملفات</numerusform>
            <numerusform>فُهرس %n ملفًا</numerusform>
            <numerusform>فُهرس %n ملف</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>لا توجد صفحات</numerusform>
            <numerusform>صفحة واحدة</numerusform>
            <numerusform>صفحتان</numerusform>
            <numerusform>%n صفحات</numerusform>
            <numerusform>%n صفحة</numerusform>
            <numerusform>%n صفحة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>published revision %1 (%n request(s))</source>
        <translation>
            <numerusform>نُشرت المراجعة %1 (%n طلب)</numerusform>
            <numerusform>نُشرت المراجعة %1 (طلب واحد)</numerusform>
            <numerusform>نُشرت المراجعة %1 (طلبان)</numerusform>
            <numerusform>نُشرت المراجعة %1 (%n طلبات)</numerusform>
            <numerusform>نُشرت المراجعة %1 (%n طلبًا)</numerusform>
            <numerusform>نُشرت المراجعة %1 (%n طلب)</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep the database and documents in &lt;dir&gt;.</source>
        <translation>حفظ قاعدة البيانات والوثائق في &lt;dir&gt;.</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>dir</translation>
    </message>
    <message>
        <source>Parallel transfers for sync (1-32, default 6).</source>
        <translation>عدد عمليات النقل المتوازية للمزامنة (1-32، الافتراضي 6).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Print the result of sync as JSON.</source>
        <translation>طباعة نتيجة المزامنة بصيغة JSON.</translation>
    </message>
    <message>
        <source>User name for a server that asks for one (sync); the password is read from PLENARY_PASSWORD or asked for.</source>
        <translation>اسم المستخدم لخادم يطلبه (sync)؛ تُقرأ كلمة المرور من PLENARY_PASSWORD أو تُطلب من المستخدم.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>Remember the password given with --user in the desktop keychain, for later syncs and for Plenary.</source>
        <translation>حفظ كلمة المرور المعطاة مع --user في حلقة مفاتيح سطح المكتب، للمزامنات اللاحقة ولبرنامج Plenary.</translation>
    </message>
    <message>
        <source>Working group (allocate).</source>
        <translation>فريق العمل (allocate).</translation>
    </message>
    <message>
        <source>wg</source>
        <translation>wg</translation>
    </message>
    <message>
        <source>Agenda item (allocate).</source>
        <translation>بند جدول الأعمال (allocate).</translation>
    </message>
    <message>
        <source>item</source>
        <translation>item</translation>
    </message>
    <message>
        <source>Document the outcome is about, or a liaison&apos;s attachment; repeatable.</source>
        <translation>الوثيقة التي تتعلق بها النتيجة، أو مرفق بيان الاتصال؛ يمكن تكراره.</translation>
    </message>
    <message>
        <source>number</source>
        <translation>number</translation>
    </message>
    <message>
        <source>Outcome status, e.g. approved, noted, revised.</source>
        <translation>حالة النتيجة، مثل approved أو noted أو revised.</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>Text of the outcome.</source>
        <translation>نص النتيجة.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <source>Title of the liaison statement.</source>
        <translation>عنوان بيان الاتصال.</translation>
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
        <translation>ما يطلبه بيان الاتصال.</translation>
    </message>
    <message>
        <source>action|comment|information</source>
        <translation>action|comment|information</translation>
    </message>
    <message>
        <source>export: pdf, odt or md.</source>
        <translation>export: pdf أو odt أو md.</translation>
    </message>
    <message>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <source>export: the file to write.</source>
        <translation>export: الملف المراد كتابته.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>search: at most this many hits (default 50).</source>
        <translation>search: الحد الأقصى لعدد النتائج (الافتراضي 50).</translation>
    </message>
    <message>
        <source>follow: poll once.</source>
        <translation>follow: الاستطلاع مرة واحدة فقط.</translation>
    </message>
    <message>
        <source>publish: on a conflict, this copy&apos;s side wins.</source>
        <translation>publish: عند التعارض، تُعتمد هذه النسخة.</translation>
    </message>
    <message>
        <source>publish: on a conflict, the server&apos;s side wins.</source>
        <translation>publish: عند التعارض، تُعتمد نسخة الخادم.</translation>
    </message>
    <message>
        <source>info | import | sync</source>
        <translation>info | import | sync</translation>
    </message>
    <message>
        <source>Arguments of the command.</source>
        <translation>وسائط الأمر.</translation>
    </message>
    <message>
        <source>[args...]</source>
        <translation>[args...]</translation>
    </message>
    <message>
        <source>plenary-cli: --jobs takes a number from 1 to 32</source>
        <translation>plenary-cli: يقبل الخيار --jobs عددًا من 1 إلى 32</translation>
    </message>
    <message>
        <source>plenary-cli: --limit takes a positive number</source>
        <translation>plenary-cli: يقبل الخيار --limit عددًا موجبًا</translation>
    </message>
    <message>
        <source>plenary-cli: no command given; try &apos;plenary-cli --help&apos;</source>
        <translation>plenary-cli: لم يُحدَّد أي أمر؛ جرّب «plenary-cli --help»</translation>
    </message>
    <message>
        <source>plenary-cli: wrong arguments for &apos;%1&apos;; try &apos;plenary-cli --help&apos;</source>
        <translation>plenary-cli: وسائط خاطئة للأمر «%1»؛ جرّب «plenary-cli --help»</translation>
    </message>
    <message>
        <source>plenary-cli: unknown command &apos;%1&apos;; try &apos;plenary-cli --help&apos;</source>
        <translation>plenary-cli: أمر غير معروف «%1»؛ جرّب «plenary-cli --help»</translation>
    </message>
    <message>
        <source>plenary-cli: the password is not remembered: %1; it is used for this run only</source>
        <translation>plenary-cli: لم تُحفظ كلمة المرور: %1؛ ستُستخدم لهذا التشغيل فقط</translation>
    </message>
    <message>
        <source>plenary-cli: &apos;%1&apos; is not an http://, https://, ftp:// or ftps:// address</source>
        <translation>plenary-cli: &apos;%1&apos; ليس عنوان http:// أو https:// أو ftp:// أو ftps://</translation>
    </message>
    <message>
        <source>plenary-cli: cannot read %1: %2</source>
        <translation>plenary-cli: تتعذّر قراءة %1: %2</translation>
    </message>
    <message>
        <source>plenary-cli: left out: %1</source>
        <translation>plenary-cli: مُستبعَد: %1</translation>
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
        <translation>Plenary بدون نافذة.

الأوامر:
  info           عرض الاجتماع الحالي (الاجتماع التجريبي عند أول تشغيل)
  import FILE    استيراد ملف وصف meeting.json وجعله الاجتماع الحالي
  sync URL       مزامنة مجلد اجتماع من خادم ويب أو FTP
  manifest DIR [--meeting FILE]
                 عرض ملف meeting.json لوثائق DIR (الأحجام،
                 وSHA-256، والأرقام المستخرجة من أسماء الملفات)، مع الاجتماع
                 الموصوف في FILE
  submit FILE... --number N [--to URL]
                 تقديم مساهمة إلى مجلد الإيداع الخاص بالاجتماع، مسمّاة
                 بطريقة الاجتماع (N: الرقم الذي أعطته الأمانة)
  allocate DOCUMENT --wg WG [--item ITEM]
                 تخصيص وثيقة لفريق عمل وبند من جدول الأعمال
  current ITEM   جعل ITEM بند جدول الأعمال قيد المعالجة
  outcome ITEM [--doc DOCUMENT]... --status STATUS [--text TEXT] [--to NEW]
                 تسجيل قرار (للمنقَّحة: --to هو الرقم الجديد، ويُحجز رقم
                 إن لم يُعطَ)
  liaison new --title TITLE --to BODY [--for action|comment|information]
              [--doc ATTACHMENT]... [--item ITEM]
                 صياغة مسودة بيان اتصال صادر تحت ITEM (افتراضيًا:
                 البند الحالي)؛ ويعرض معرّفه
  session        عرض التخصيصات (DOCUMENT WG ITEM) والقرارات وبيانات الاتصال
  publish URL    نشر الجلسة إلى session.json على خادم WebDAV
  follow URL [--once]
                 متابعة جلسة منشورة (كل 5 ثوانٍ حتى Ctrl+C)
  index          تحديث فهرس النص الكامل للاجتماع الحالي
  search WORDS... [--limit N]
                 البحث في نص كل وثيقة: سطر واحد لكل نتيجة،
                 يبدأ برقم الوثيقة (&quot;عبارة&quot;، بادئة*)
  export report|wg-report WG|liaison ID [--format pdf|odt|md] --out FILE
                 تصدير تقرير الاجتماع أو تقرير فريق عمل أو
                 بيان اتصال صادر (يتبع التنسيق امتداد
                 FILE إن لم يُعطَ)</translation>
    </message>
    <message>
        <source>Addressee of a liaison statement (repeatable), the new number of a revision, or the drop folder to submit to.</source>
        <translation>المرسَل إليه في بيان اتصال (قابل للتكرار)، أو الرقم الجديد لنسخة منقحة، أو مجلد الإيداع المراد التقديم إليه.</translation>
    </message>
    <message>
        <source>submit: the contribution&apos;s number (e.g. 42).</source>
        <translation>submit: رقم المساهمة (مثلًا 42).</translation>
    </message>
    <message>
        <source>manifest: the meeting.json that describes the meeting.</source>
        <translation>manifest: ملف meeting.json الذي يصف الاجتماع.</translation>
    </message>
    <message>
        <source>plenary-cli: submit needs --number, the number the secretariat gave</source>
        <translation>plenary-cli: يحتاج submit إلى --number، وهو الرقم الذي أعطته الأمانة</translation>
    </message>
</context>
</TS>
