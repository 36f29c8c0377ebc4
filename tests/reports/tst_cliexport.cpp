// After a scripted session with plenary-cli on the demo meeting,
// `plenary-cli export` writes reports that poppler and LibreOffice read with
// every agenda item and outcome in them; bad requests are refused clearly
// and leave existing files alone.
#include "CliRun.h"
#include "ReadBack.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace PlenaryTest;

namespace {
using Run = CliRun;

// One plenary-cli run on @p dataDir.
Run cli(const QString &dataDir, const QStringList &args) {
    return runCli(dataDir, args);
}

// What survives of the words however the page wraps them (ReadBack.h).
QString words(const QString &text) {
    return squashed(text);
}

QByteArray read(const QString &path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
} // namespace

class TestCliExport : public QObject {
    Q_OBJECT

    QTemporaryDir m_data, m_out;
    QStringList m_items;    ///< "1 Welcome and introductions", ...
    QStringList m_outcomes; ///< texts that must be in the meeting report

    bool ok(const QStringList &args) {
        const Run r = cli(m_data.path(), args);
        if (r.code != 0)
            qWarning("plenary-cli %s: %s%s", qPrintable(args.join(QLatin1Char(' '))),
                     qPrintable(r.out), qPrintable(r.err));
        return r.code == 0;
    }

private Q_SLOTS:
    void initTestCase() {
        QFile demo(QStringLiteral(PLENARY_SOURCE_DIR "/resources/demo/meeting.json"));
        QVERIFY(demo.open(QIODevice::ReadOnly));
        std::function<void(const QJsonArray &)> walk = [&](const QJsonArray &items) {
            for (const QJsonValue &v : items) {
                const QJsonObject o = v.toObject();
                m_items << o.value(QStringLiteral("id")).toString() + QLatin1Char(' ') +
                               o.value(QStringLiteral("title")).toString();
                walk(o.value(QStringLiteral("items")).toArray());
            }
        };
        walk(QJsonDocument::fromJson(demo.readAll())
                 .object()
                 .value(QStringLiteral("agenda"))
                 .toArray());
        QVERIFY(m_items.size() >= 15);

        // The scripted session: the plenary's decisions, item by item.
        const QList<QStringList> script = {
            {"current", "2"},
            {"outcome", "2", "--status", "approved-by-consensus", "--text",
             "The draft agenda was approved without change."},
            {"outcome", "4", "--status", "noted", "--text", "No IPR statements were made."},
            {"allocate", "FG-Smart-I-0012", "--wg", "WG2", "--item", "8"},
            {"outcome", "8", "--doc", "FG-Smart-I-0012", "--status", "revised", "--text",
             "Revised with the comments of the meeting."},
            {"outcome", "8", "--doc", "FG-Smart-I-0020", "--status", "noted", "--text",
             "Одобрено; 已批准; تمت الموافقة"},
            {"liaison", "new", "--title", "LS on smart grid terminology", "--to",
             "ISO/IEC JTC 1 Special Working Group on Smart Grid", "--for", "comment", "--doc",
             "FG-Smart-I-0012", "--item", "11"},
            {"outcome", "11", "--status", "approved-by-consensus", "--text",
             "LS-001 was approved."},
            {"outcome", "12", "--status", "agreed", "--text",
             "The next meeting will be held in Tokyo, 20-24 September 2010."},
            {"outcome", "13", "--status", "approved-by-consensus", "--text",
             "The meeting report was approved."},
        };
        for (const QStringList &step : script)
            QVERIFY(ok(step));
        m_outcomes = {"The draft agenda was approved without change.",
                      "No IPR statements were made.",
                      "Revised to FG-Smart-I-0037",
                      "Revised with the comments of the meeting.",
                      "Одобрено; 已批准;",
                      "LS-001 was approved.",
                      "The next meeting will be held in Tokyo, 20-24 September 2010.",
                      "The meeting report was approved.",
                      "LS on smart grid terminology"};
    }

    void meetingReportAsPdf() {
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed");
        const QString pdf = m_out.filePath(QStringLiteral("report.pdf"));
        QVERIFY(ok({"export", "report", "--format", "pdf", "--out", pdf}));
        QVERIFY(pdfPages(pdf) >= 2);
        const QString text = words(pdfText(pdf));
        qsizetype at = 0;
        for (const QString &item : m_items) { // every item, in agenda order
            const qsizetype next = text.indexOf(squashed(item), at);
            QVERIFY2(next >= at, qPrintable(item + QStringLiteral("\n") + text));
            at = next;
        }
        for (const QString &outcome : m_outcomes)
            QVERIFY2(text.contains(squashed(outcome)),
                     qPrintable(outcome + QStringLiteral("\n") + text));
    }

    void meetingReportAsOdt() {
        const QString odt = m_out.filePath(QStringLiteral("report.odt"));
        QVERIFY(ok({"export", "report", "--out", odt})); // format from the extension
        QVERIFY(read(odt).startsWith("PK"));
        QString error;
        const QString pdf = odtToPdf(odt, m_out.path(), &error);
        if (pdf.isEmpty() && sofficePath().isEmpty())
            QSKIP(qPrintable(error + QStringLiteral(": the ODT was written but not read back")));
        QVERIFY2(!pdf.isEmpty(), qPrintable(error));
        const QString text = words(pdfText(pdf));
        for (const QString &item : m_items)
            QVERIFY2(text.contains(squashed(item)), qPrintable(item + QStringLiteral("\n") + text));
        for (const QString &outcome : m_outcomes)
            QVERIFY2(text.contains(squashed(outcome)),
                     qPrintable(outcome + QStringLiteral("\n") + text));
    }

    void workingGroupReportAndLiaison() {
        const QString md = m_out.filePath(QStringLiteral("wg2.md"));
        QVERIFY(ok({"export", "wg-report", "WG2", "--out", md}));
        const QString wg = QString::fromUtf8(read(md));
        QVERIFY2(wg.startsWith(QStringLiteral("# Report of WG2")), qPrintable(wg));
        QVERIFY(wg.contains(QStringLiteral("### FG-Smart-I-0012 — ")));
        QVERIFY(
            wg.contains(QStringLiteral("Revised to FG-Smart-I-0037: Revised with the comments")));
        QVERIFY(wg.contains(QStringLiteral("LS-001 “LS on smart grid terminology”")));

        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed");
        const QString ls = m_out.filePath(QStringLiteral("FG-Smart-LS-001.pdf"));
        QVERIFY(ok({"export", "liaison", "LS-001", "--out", ls}));
        const QString text = words(pdfText(ls));
        for (const char *field :
             {"Liaison statement FG-Smart-LS-001", "Source: ITU-T FG Smart",
              "Title: LS on smart grid terminology", "LIAISON STATEMENT",
              "For comment to: ISO/IEC JTC 1 Special Working Group on Smart Grid",
              "Approval: Agreed to at the ITU-T FG Smart meeting, Geneva, 16 June 2010",
              "Attachments:", "FG-Smart-I-0012"})
            QVERIFY2(text.contains(squashed(QLatin1String(field))),
                     qPrintable(field + QStringLiteral("\n") + text));
    }

    void badRequestsAreRefusedAndTouchNothing() {
        const QString keep = m_out.filePath(QStringLiteral("keep.pdf"));
        QFile f(keep);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("an earlier export");
        f.close();
        Run r = cli(m_data.path(), {"export", "wg-report", "WG9", "--out", keep});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("no working group WG9")), qPrintable(r.err));
        r = cli(m_data.path(), {"export", "liaison", "LS-999", "--out", keep});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("no liaison statement LS-999")), qPrintable(r.err));
        QCOMPARE(read(keep), QByteArray("an earlier export"));
        r = cli(m_data.path(), {"export", "report", "--out", m_out.filePath("r.docx")});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("--format pdf, odt or md")), qPrintable(r.err));
        r = cli(m_data.path(), {"export", "report", "--format", "rtf", "--out", keep});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("unknown format 'rtf'")), qPrintable(r.err));
        r = cli(m_data.path(), {"export", "report"});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("usage: export")), qPrintable(r.err));
        QCOMPARE(read(keep), QByteArray("an earlier export"));
    }
};

QTEST_GUILESS_MAIN(TestCliExport)
#include "tst_cliexport.moc"
