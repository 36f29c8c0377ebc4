// The text reader, offscreen: read-only text, highlighted by file name
// where KF6 SyntaxHighlighting is built in, markup shown as text.
#include "Features.h"
#include "FindReplaceBar.h"
#include "TextReader.h"

#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

using namespace Plenary;

class TestTextReader : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void showsTextReadOnlyAndHighlighted() {
        TextReader reader;
        reader.resize(800, 600);
        reader.show();
        reader.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&reader)); // shortcuts need an active window
        const QString asn = QStringLiteral("-- Модуль <b>not bold</b>\nSmartGrid DEFINITIONS ::= "
                                           "BEGIN\n  Meter ::= INTEGER\nEND\n");
        reader.open(asn, QStringLiteral("in/T17-SG17-C-0103.asn"));
        QCOMPARE(reader.editor()->toPlainText(), asn);
        QVERIFY(reader.editor()->isReadOnly());
        if (Features::hasSyntaxHighlighting()) {
            QCOMPARE(reader.syntaxName(), QStringLiteral("ASN.1"));
            // The highlighter formatted something on the first line (a comment).
            QTRY_VERIFY(!reader.editor()->document()->firstBlock().layout()->formats().isEmpty());
        } else {
            QVERIFY(reader.syntaxName().isEmpty());
        }
        reader.open(QStringLiteral("{\"a\": 1}"), QStringLiteral("x.json"));
        if (Features::hasSyntaxHighlighting())
            QCOMPARE(reader.syntaxName(), QStringLiteral("JSON"));
        // Ctrl+F finds in it.
        reader.editor()->setFocus();
        QTest::keyClick(reader.editor(), Qt::Key_F, Qt::ControlModifier);
        auto *bar = reader.findChild<FindReplaceBar *>();
        QVERIFY(bar->isVisible());
        bar->findField()->setText(QStringLiteral("\"a\""));
        QVERIFY(bar->findNext());
        QCOMPARE(reader.editor()->textCursor().selectedText(), QStringLiteral("\"a\""));
    }
};

QTEST_MAIN(TestTextReader)
#include "tst_textreader.moc"
