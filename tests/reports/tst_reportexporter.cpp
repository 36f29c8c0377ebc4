#include "ReadBack.h"
#include "ReportExporter.h"

#include <QFile>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <QTest>

using namespace Plenary;
using namespace PlenaryTest;

namespace {
const QString kMarkdown =
    QStringLiteral("# Report of WG2: Smart metering\n\n"
                   "| Document | Title | Outcome |\n|---|---|---|\n"
                   "| FG-Smart-I-0012 | Demand response use cases | Revised to FG-Smart-I-0037 |\n"
                   "| FG-Smart-I-0013 | Интеллектуальные сети | Noted |\n\n"
                   "## Summary\n\n"
                   "Russian: Оперативная группа одобрила вклад.\n\n"
                   "Chinese: 智能电网焦点组批准了文稿。\n\n"
                   "Arabic: وافقت المجموعة على المساهمة\n\n"
                   "Raw HTML stays text: <b>not bold</b>\n");

QByteArray read(const QString &path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
} // namespace

class TestReportExporter : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void formats() {
        QCOMPARE(ReportExporter::formatFromName(QStringLiteral("PDF")),
                 ReportExporter::Format::Pdf);
        QCOMPARE(ReportExporter::formatFromName(QStringLiteral("markdown")),
                 ReportExporter::Format::Markdown);
        QVERIFY(!ReportExporter::formatFromName(QStringLiteral("docx")));
        QCOMPARE(ReportExporter::formatFromFileName(QStringLiteral("/x/report.odt")),
                 ReportExporter::Format::Odt);
        QVERIFY(!ReportExporter::formatFromFileName(QStringLiteral("report")));
        QCOMPARE(ReportExporter::extension(ReportExporter::Format::Markdown), QStringLiteral("md"));
    }

    void suggestedNamesKeepEveryScript() {
        using F = ReportExporter::Format;
        QCOMPARE(ReportExporter::suggestedFileName(QStringLiteral("Мои заметки FG Smart"), F::Pdf),
                 QStringLiteral("Мои-заметки-FG-Smart.pdf"));
        QCOMPARE(ReportExporter::suggestedFileName(QStringLiteral("会议报告"), F::Odt),
                 QStringLiteral("会议报告.odt"));
        // Separators and direction overrides never reach a file name.
        QCOMPARE(ReportExporter::suggestedFileName(QStringLiteral("a/../b\u202Ec"), F::Markdown),
                 QStringLiteral("a-..-b-c.md"));
        QCOMPARE(ReportExporter::suggestedFileName(QStringLiteral("///"), F::Pdf),
                 QStringLiteral("output.pdf"));
    }

    void pdfIsReadByPoppler() {
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed");
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("wg2.pdf"));
        QString error;
        QVERIFY2(ReportExporter::write(kMarkdown, QStringLiteral("Report of WG2"),
                                       ReportExporter::Format::Pdf, pdf, &error),
                 qPrintable(error));
        QCOMPARE(pdfPages(pdf), 1);
        QCOMPARE(pdfInfoField(pdf, QStringLiteral("Title")), QStringLiteral("Report of WG2"));
        QCOMPARE(pdfInfoField(pdf, QStringLiteral("Creator")), QStringLiteral("Plenary"));
        const QString text = pdfText(pdf);
        for (const char *expected :
             {"Report of WG2: Smart metering", "FG-Smart-I-0012", "Revised to FG-Smart-I-0037",
              "Интеллектуальные сети", "Оперативная группа одобрила вклад.",
              "智能电网焦点组批准了文稿", "<b>not bold</b>"})
            QVERIFY2(squashed(text).contains(squashed(QString::fromUtf8(expected))),
                     qPrintable(QString::fromUtf8(expected) + QStringLiteral("\n") + text));
        // Arabic: every word is there (pdftotext may order right-to-left runs
        // its own way, so words, not the line).
        for (const char *word : {"وافقت", "المجموعة", "على", "المساهمة"})
            QVERIFY2(squashed(text).contains(QString::fromUtf8(word)), qPrintable(text));
    }

    void longReportsArePaginated() {
        QString md = QStringLiteral("# Long\n\n");
        for (int i = 1; i <= 300; ++i)
            md += QStringLiteral("Paragraph %1 of the discussion.\n\n").arg(i);
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("long.pdf"));
        QString error;
        QVERIFY2(ReportExporter::write(md, QStringLiteral("Long"), ReportExporter::Format::Pdf, pdf,
                                       &error),
                 qPrintable(error));
        QVERIFY2(pdfPages(pdf) >= 4, qPrintable(QString::number(pdfPages(pdf))));
        const QString text = pdfText(pdf);
        QVERIFY(text.contains(QStringLiteral("Paragraph 1 of")));
        QVERIFY(text.contains(QStringLiteral("Paragraph 300 of")));
    }

    void odtIsReadByLibreOffice() {
        QTemporaryDir dir;
        const QString odt = dir.filePath(QStringLiteral("wg2.odt"));
        QString error;
        QVERIFY2(ReportExporter::write(kMarkdown, QStringLiteral("Report of WG2"),
                                       ReportExporter::Format::Odt, odt, &error),
                 qPrintable(error));
        // An OpenDocument package: a zip whose first member is its MIME type.
        const QByteArray bytes = read(odt);
        QVERIFY(bytes.startsWith("PK"));
        QVERIFY(bytes.mid(30, 47).contains("application/vnd.oasis.opendocument.text"));
        const QString pdf = odtToPdf(odt, dir.path(), &error);
        if (pdf.isEmpty() && sofficePath().isEmpty())
            QSKIP(qPrintable(error + QStringLiteral(": the ODT was written but not read back")));
        QVERIFY2(!pdf.isEmpty(), qPrintable(error));
        const QString text = pdfText(pdf);
        for (const char *expected :
             {"Report of WG2: Smart metering", "Revised to FG-Smart-I-0037",
              "Оперативная группа одобрила вклад.", "智能电网焦点组批准了文稿"})
            QVERIFY2(squashed(text).contains(squashed(QString::fromUtf8(expected))),
                     qPrintable(QString::fromUtf8(expected) + QStringLiteral("\n") + text));
        for (const char *word : {"وافقت", "المجموعة", "المساهمة"})
            QVERIFY2(squashed(text).contains(QString::fromUtf8(word)), qPrintable(text));
    }

    void markdownIsWrittenAsIs() {
        QTemporaryDir dir;
        const QString md = dir.filePath(QStringLiteral("wg2.md"));
        QString error;
        QVERIFY(ReportExporter::write(kMarkdown, {}, ReportExporter::Format::Markdown, md, &error));
        QCOMPARE(read(md), kMarkdown.toUtf8());
    }

    void failureLeavesNothingBehind() {
        QTemporaryDir dir;
        // The folder to write into is a file: refused with the path named.
        const QString blocker = dir.filePath(QStringLiteral("not-a-folder"));
        QFile f(blocker);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("keep me");
        f.close();
        QString error;
        const QString target = blocker + QStringLiteral("/report.pdf");
        QVERIFY(!ReportExporter::write(kMarkdown, {}, ReportExporter::Format::Pdf, target, &error));
        QVERIFY2(error.contains(target), qPrintable(error));
        QCOMPARE(read(blocker), QByteArray("keep me"));
        // An existing report is replaced only by a complete one.
        const QString existing = dir.filePath(QStringLiteral("old.md"));
        QVERIFY(ReportExporter::write(QStringLiteral("old"), {}, ReportExporter::Format::Markdown,
                                      existing, &error));
        QVERIFY(ReportExporter::write(QStringLiteral("new"), {}, ReportExporter::Format::Markdown,
                                      existing, &error));
        QCOMPARE(read(existing), QByteArray("new"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 2); // no temporary left
    }
};

QTEST_MAIN(TestReportExporter)
#include "tst_reportexporter.moc"
