#include "FileNameParser.h"

#include <QTest>

using namespace Plenary;

class TestFileNameParser : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void numbers_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("number");
        QTest::addColumn<bool>("recognized");
        QTest::addColumn<QString>("title");

        QTest::newRow("fg smart") << "FG-Smart-I-0012.docx"
                                  << "FG-Smart-I-0012" << true << "";
        QTest::newRow("itu sg") << "T17-SG17-C-0123.pdf"
                                << "T17-SG17-C-0123" << true << "";
        QTest::newRow("itu server suffix") << "T17-SG17-C-0123!!MSW-E.docx"
                                           << "T17-SG17-C-0123" << true << "";
        QTest::newRow("itu revision suffix") << "T09-SG16-TD-0345!R1!ZIP-E.zip"
                                             << "T09-SG16-TD-0345" << true << "";
        QTest::newRow("3gpp") << "R1-2401234.zip"
                              << "R1-2401234" << true << "";
        QTest::newRow("3gpp sa") << "S2-2401234 (revised).docx"
                                 << "S2-2401234" << true << "revised";
        QTest::newRow("td") << "TD-0012"
                            << "TD-0012" << true << "";
        QTest::newRow("revision") << "FG-Smart-I-0012r1.pdf"
                                  << "FG-Smart-I-0012r1" << true << "";
        QTest::newRow("rev dot") << "C-0042Rev.2.doc"
                                 << "C-0042Rev.2" << true << "";
        QTest::newRow("with title") << "FG-Smart-I-0011_Use-case_demand_response.pdf"
                                    << "FG-Smart-I-0011" << true << "Use case demand response";
        QTest::newRow("tar.gz") << "FG-Smart-I-0020.tar.gz"
                                << "FG-Smart-I-0020" << true << "";
        QTest::newRow("date is no number") << "2010-06-agenda.pdf"
                                           << "2010-06-agenda" << false << "";
        QTest::newRow("digits only") << "12345.pdf"
                                     << "12345" << false << "";
        QTest::newRow("two digits") << "Report-v2.pdf"
                                    << "Report-v2" << false << "";
        QTest::newRow("ieee") << "11-24-1234-00-00be-title.pptx"
                              << "11-24-1234-00-00be-title" << false << "";
        QTest::newRow("no extension") << "README"
                                      << "README" << false << "";
        QTest::newRow("inner digits") << "FG-Smart-I-00123456-x.pdf"
                                      << "FG-Smart-I-00123456" << true << "x";
    }

    void numbers() {
        QFETCH(QString, file);
        QFETCH(QString, number);
        QFETCH(bool, recognized);
        QFETCH(QString, title);
        const FileNameInfo info = parseFileName(file);
        QCOMPARE(info.number, number);
        QCOMPARE(info.recognized, recognized);
        QCOMPARE(info.title, title);
    }

    void filesOfOneDocumentShareTheNumber() {
        const QString n = parseFileName(QStringLiteral("FG-Smart-I-0012.pdf")).number;
        QCOMPARE(parseFileName(QStringLiteral("FG-Smart-I-0012.docx")).number, n);
        QCOMPARE(parseFileName(QStringLiteral("FG-Smart-I-0012.zip")).number, n);
        QCOMPARE(parseFileName(QStringLiteral("FG-Smart-I-0012!!MSW-E.docx")).number, n);
    }

    void typesFromNumbers() {
        QCOMPARE(parseFileName(QStringLiteral("T17-SG17-TD-0012.pdf")).type,
                 DocumentType::TemporaryDocument);
        QCOMPARE(parseFileName(QStringLiteral("TD0012.pdf")).type, DocumentType::TemporaryDocument);
        QCOMPARE(parseFileName(QStringLiteral("T17-SG17-LS-0012.pdf")).type,
                 DocumentType::IncomingLiaison);
        QCOMPARE(parseFileName(QStringLiteral("FG-Smart-O-0003.pdf")).type, DocumentType::Output);
        QCOMPARE(parseFileName(QStringLiteral("FG-Smart-I-0003.pdf")).type,
                 DocumentType::Contribution);
        QCOMPARE(parseFileName(QStringLiteral("TDOC-0003.pdf")).type, DocumentType::Contribution);
    }

    void baseNames() {
        QCOMPARE(baseName(QStringLiteral("a.pdf")), QStringLiteral("a"));
        QCOMPARE(baseName(QStringLiteral("a.b.docx")), QStringLiteral("a.b"));
        QCOMPARE(baseName(QStringLiteral("x.tar.gz")), QStringLiteral("x"));
        QCOMPARE(baseName(QStringLiteral(".hidden")), QStringLiteral(".hidden"));
        QCOMPARE(baseName(QStringLiteral("noext")), QStringLiteral("noext"));
    }
};

QTEST_GUILESS_MAIN(TestFileNameParser)
#include "tst_filenameparser.moc"
