#include "AboutDialog.h"
#include "DataPaths.h"
#include "Features.h"

#include <QLabel>
#include <QTest>

using namespace Plenary;

class TestAboutDialog : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void saysVersionQtAndHighlighting() {
        AboutDialog dialog(DataPaths::at(QStringLiteral("/tmp/plenary-about")));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const auto *title = dialog.findChild<QLabel *>(QStringLiteral("titleLine"));
        QVERIFY(title);
        QVERIFY(title->text().startsWith(QStringLiteral("Plenary ")));
        const auto *qt = dialog.findChild<QLabel *>(QStringLiteral("qtLine"));
        QVERIFY(qt->text().contains(QString::fromLatin1(qVersion())));
        const auto *feature = dialog.findChild<QLabel *>(QStringLiteral("featureLine"));
        QVERIFY(feature);
        QCOMPARE(feature->textFormat(), Qt::PlainText);
#ifdef PLENARY_HAVE_SYNTAX_HIGHLIGHTING
        QVERIFY(Features::hasSyntaxHighlighting());
        QVERIFY2(feature->text().startsWith(
                     QStringLiteral("Syntax highlighting: available (KF6 SyntaxHighlighting ")),
                 qPrintable(feature->text()));
        // The repository really loaded definitions (Markdown among them).
        QVERIFY2(!feature->text().contains(QStringLiteral(", 0 syntax")),
                 qPrintable(feature->text()));
#else
        QVERIFY(!Features::hasSyntaxHighlighting());
        QVERIFY2(feature->text().startsWith(QStringLiteral("Syntax highlighting: not available")),
                 qPrintable(feature->text()));
#endif
        qInfo().noquote() << "About dialog:" << feature->text();
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("dataLine"))
                    ->text()
                    .contains(QStringLiteral("/tmp/plenary-about")));
    }
};

QTEST_MAIN(TestAboutDialog)
#include "tst_aboutdialog.moc"
