#include "DemoMeeting.h"
#include "DocumentDetailsPanel.h"

#include <QLabel>
#include <QTest>

using namespace Plenary;

class TestDocumentDetailsPanel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void showsAPlainTextDocument() {
        MeetingData m = DemoMeeting::manifest();
        Document &doc = m.documents[10];
        doc.title = QStringLiteral("<b>Not bold</b> <img src=x>");
        DocumentDetailsPanel panel;
        panel.resize(600, 500);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        panel.showDocument(m, nullptr);
        const auto *number = panel.findChild<QLabel *>(QStringLiteral("detailsNumber"));
        QVERIFY(!number->isVisible());
        panel.showDocument(m, &doc);
        QVERIFY(number->isVisible());
        QCOMPARE(number->text(), doc.number);
        const auto *title = panel.findChild<QLabel *>(QStringLiteral("detailsTitle"));
        QCOMPARE(title->text(), doc.title);
        // Every label shows server text as plain text.
        for (const QLabel *label : panel.findChildren<QLabel *>())
            QCOMPARE(label->textFormat(), Qt::PlainText);
        bool sawWg = false, sawAbstract = false;
        for (const QLabel *label : panel.findChildren<QLabel *>()) {
            sawWg |= label->text() == QStringLiteral("WG1 - Use cases and services");
            sawAbstract |= label->text() == doc.abstract;
        }
        QVERIFY(sawWg);
        QVERIFY(sawAbstract);
    }

    void lateDocumentSaysSo() {
        const MeetingData m = DemoMeeting::manifest();
        const Document *late = m.document(QStringLiteral("FG-Smart-I-0030"));
        QVERIFY(m.isLate(*late));
        DocumentDetailsPanel panel;
        panel.showDocument(m, late);
        bool said = false;
        for (const QLabel *label : panel.findChildren<QLabel *>())
            said |= label->text().contains(QStringLiteral("after the contribution deadline"));
        QVERIFY(said);
    }
};

QTEST_MAIN(TestDocumentDetailsPanel)
#include "tst_documentdetailspanel.moc"
