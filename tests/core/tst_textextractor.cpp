#include "SimplePdf.h"
#include "TextExtractor.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Plenary;

namespace {
bool write(const QString &path, const QByteArray &bytes) {
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}
} // namespace

class TestTextExtractor : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void kinds() {
        using K = TextExtractor::Kind;
        QCOMPARE(TextExtractor::kindOf(QStringLiteral("FG-Smart-I-0012.PDF")), K::Pdf);
        for (const char *t : {"a.txt", "b.md", "c.xml", "d.asn1", "e.yang", "f.json", "g.csv",
                              "h.c", "i.h", "j.py", "k.xsd"})
            QCOMPARE(TextExtractor::kindOf(QLatin1String(t)), K::Text);
        for (const char *o : {"a.doc", "b.docx", "c.rtf", "d.pptx", "e.xlsx", "f.odt"})
            QCOMPARE(TextExtractor::kindOf(QLatin1String(o)), K::Office);
        QCOMPARE(TextExtractor::kindOf(QStringLiteral("R1-2401234.zip")), K::Archive);
        QCOMPARE(TextExtractor::kindOf(QStringLiteral("setup.exe")), K::Other);
        QVERIFY(TextExtractor::canExtract(QStringLiteral("x.pdf")));
        QVERIFY(!TextExtractor::canExtract(QStringLiteral("x.docx")));
    }

    void pdfPagesComeApart() {
        QTemporaryDir dir;
        SimplePdf pdf;
        pdf.add(SimplePdf::Style::Title, QStringLiteral("FG-Smart-I-0011"));
        pdf.add(SimplePdf::Style::Body,
                QStringLiteral("Demand response for residential customers."));
        QString filler;
        for (int i = 0; i < 120; ++i)
            filler += QStringLiteral("Line %1 of a long contribution.\n").arg(i);
        pdf.add(SimplePdf::Style::Body, filler);
        pdf.add(SimplePdf::Style::Body, QStringLiteral("Closing words on load shedding."));
        const QString path = dir.filePath(QStringLiteral("long.pdf"));
        QVERIFY(write(path, pdf.render()));
        const TextExtractor::Result r = TextExtractor::extract(path);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QVERIFY(r.pages.size() >= 2);
        QVERIFY(r.pages.first().contains(QStringLiteral("Demand response for residential")));
        QVERIFY(!r.pages.first().contains(QStringLiteral("load shedding")));
        QVERIFY(r.pages.last().contains(QStringLiteral("Closing words on load shedding.")));
    }

    void textFormats() {
        QTemporaryDir dir;
        const QString utf8 = dir.filePath(QStringLiteral("module.asn1"));
        QVERIFY(write(
            utf8,
            QStringLiteral("-- Модуль 智能电网\nSmartGrid DEFINITIONS ::= BEGIN END\n").toUtf8()));
        TextExtractor::Result r = TextExtractor::extract(utf8);
        QVERIFY(r.ok());
        QCOMPARE(r.pages.size(), 1);
        QVERIFY(r.pages.first().contains(QStringLiteral("Модуль 智能电网")));
        const QString latin1 = dir.filePath(QStringLiteral("notes.txt"));
        QVERIFY(write(latin1, QByteArray("R\xe9sum\xe9 des travaux")));
        r = TextExtractor::extract(latin1);
        QCOMPARE(r.pages.value(0), QStringLiteral("Résumé des travaux"));
    }

    void badFilesGiveReasonsNotCrashes() {
        QTemporaryDir dir;
        const QString fake = dir.filePath(QStringLiteral("fake.pdf"));
        QVERIFY(write(fake, QByteArray("<html><body>Not found</body></html>")));
        TextExtractor::Result r = TextExtractor::extract(fake);
        QVERIFY(!r.ok());
        QCOMPARE(r.error, QStringLiteral("not a readable PDF"));
        const QString truncated = dir.filePath(QStringLiteral("cut.pdf"));
        SimplePdf pdf;
        pdf.add(SimplePdf::Style::Body, QStringLiteral("text"));
        QVERIFY(write(truncated, pdf.render().left(200)));
        r = TextExtractor::extract(truncated);
        QVERIFY(!r.ok() || r.pages.join(QString()).isEmpty());
        r = TextExtractor::extract(dir.filePath(QStringLiteral("missing.pdf")));
        QVERIFY(!r.ok());
        r = TextExtractor::extract(dir.filePath(QStringLiteral("x.docx")));
        QVERIFY(r.error.contains(QStringLiteral("converted to PDF")));
    }
};

QTEST_GUILESS_MAIN(TestTextExtractor)
#include "tst_textextractor.moc"
