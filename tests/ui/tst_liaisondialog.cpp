#include "LiaisonDialog.h"
#include "Translations.h"

#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>
#include <QTimer>

using namespace Plenary;

namespace {
MeetingData meeting() {
    MeetingData m;
    m.meeting.id = QStringLiteral("fg-smart-1");
    m.meeting.group = QStringLiteral("ITU-T FG Smart");
    m.meeting.venue = QStringLiteral("ITU headquarters, Geneva, Switzerland");
    m.meeting.end = QDate(2010, 6, 16);
    m.meeting.chair = {QStringLiteral("Les Brown"), QStringLiteral("Huawei"),
                       QStringLiteral("chair@example.org")};
    Document d;
    d.number = QStringLiteral("FG-Smart-I-0012");
    m.documents << d;
    m.agenda = {{QStringLiteral("10"), QStringLiteral("Incoming liaison statements"), {}},
                {QStringLiteral("11"),
                 QStringLiteral("Outgoing liaison statements"),
                 {{QStringLiteral("11.a"), QStringLiteral("To the <b>SGIP</b>"), {}}}}};
    return m;
}
} // namespace

class TestLiaisonDialog : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { installTranslators(qApp, QStringLiteral("en")); }

    void newStatementIsPrefilledFromTheMeeting() {
        LiaisonStatement l;
        l.id = QStringLiteral("LS-001");
        LiaisonDialog dialog(meeting(), l);
        const LiaisonStatement out = dialog.liaison();
        QCOMPARE(out.id, QStringLiteral("LS-001"));
        QCOMPARE(out.from, QStringLiteral("ITU-T FG Smart"));
        QCOMPARE(out.approval,
                 QStringLiteral("Agreed to at the ITU-T FG Smart meeting, Geneva, 16 June 2010"));
        QCOMPARE(out.contact.name, QStringLiteral("Les Brown"));
        QCOMPARE(out.purpose, QStringLiteral("information"));
        QVERIFY(!out.deadline.isValid());
        QCOMPARE(out.status, LiaisonStatus::Draft);
        QVERIFY(out.agendaItem.isEmpty());
        // Every agenda item is offered, sub-items indented, titles as text.
        auto *item = dialog.findChild<QComboBox *>(QStringLiteral("liaisonAgendaItem"));
        QVERIFY(item);
        QCOMPARE(item->count(), 4);
        QCOMPARE(item->itemText(3), QStringLiteral("  11.a To the <b>SGIP</b>"));
        item->setCurrentIndex(item->findData(QStringLiteral("11.a")));
        QCOMPARE(dialog.liaison().agendaItem, QStringLiteral("11.a"));
        // The usual bodies are offered, the ToR's first.
        auto *add = dialog.findChild<QComboBox *>(QStringLiteral("liaisonAddTo"));
        QVERIFY(add->findText(QStringLiteral("NIST Smart Grid Interoperability Panel (SGIP)")) >=
                0);
        QVERIFY(add->findText(
                    QStringLiteral("ISO/IEC JTC 1 Special Working Group on Smart Grid")) >= 0);
        for (const char *sdo : {"IEC", "IEEE", "ETSI", "3GPP", "IETF", "CEN/CENELEC"})
            QVERIFY2(add->findText(QLatin1String(sdo)) >= 0, sdo);
    }

    void everyFieldRoundTrips() {
        LiaisonStatement l;
        l.id = QStringLiteral("LS-002");
        l.title = QStringLiteral("Reply on <b>terminology</b>");
        l.questions = {QStringLiteral("Q1/17"), QStringLiteral("Q2/17")};
        l.to = {QStringLiteral("IEC"), QStringLiteral("ETSI")};
        l.cc = {QStringLiteral("3GPP")};
        l.purpose = QStringLiteral("action");
        l.from = QStringLiteral("ITU-T FG Smart");
        l.approval = QStringLiteral("Agreed at the meeting");
        l.deadline = QDate(2010, 9, 1);
        l.contact = {QStringLiteral("Иван"), QStringLiteral("Ростелеком"),
                     QStringLiteral("i@example.org")};
        l.body = QStringLiteral("Line one\n\nLine three — 已批准");
        l.attachments = {QStringLiteral("FG-Smart-I-0012")};
        l.officer = QStringLiteral("سارة");
        l.status = LiaisonStatus::ApprovedByConsensus;
        l.agendaItem = QStringLiteral("11");
        LiaisonDialog dialog(meeting(), l);
        QCOMPARE(dialog.liaison(), l);
    }

    void addresseesAreAddedOnceAndRemoved() {
        LiaisonStatement l;
        l.id = QStringLiteral("LS-003");
        LiaisonDialog dialog(meeting(), l);
        auto *add = dialog.findChild<QComboBox *>(QStringLiteral("liaisonAddTo"));
        for (const char *body : {"IEEE", "IEEE", "A body of our own"}) {
            add->setCurrentText(QLatin1String(body));
            QTest::keyClick(add->lineEdit(), Qt::Key_Return);
        }
        QCOMPARE(dialog.liaison().to,
                 (QStringList{QStringLiteral("IEEE"), QStringLiteral("A body of our own")}));
        auto *to = dialog.findChild<QListWidget *>(QStringLiteral("liaisonTo"));
        to->setCurrentRow(0);
        for (QPushButton *b : dialog.findChildren<QPushButton *>())
            if (b->text() == QStringLiteral("&Remove"))
                b->click();
        QCOMPARE(dialog.liaison().to, QStringList{QStringLiteral("A body of our own")});
    }

    void incompleteStatementsAreNotAccepted() {
        LiaisonStatement l;
        l.id = QStringLiteral("LS-004");
        l.title = QStringLiteral("To nobody");
        LiaisonDialog dialog(meeting(), l);
        QString warned;
        QTimer::singleShot(0, this, [&warned] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            QVERIFY(box);
            QCOMPARE(box->textFormat(), Qt::PlainText);
            warned = box->text();
            box->accept();
        });
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY2(warned.contains(QStringLiteral("at least one addressee")), qPrintable(warned));

        l.to = {QStringLiteral("IEC")};
        l.attachments = {QStringLiteral("FG-Smart-I-9999")};
        LiaisonDialog second(meeting(), l);
        QTimer::singleShot(0, this, [&warned] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            QVERIFY(box);
            warned = box->text();
            box->accept();
        });
        second.accept();
        QVERIFY2(
            warned.contains(QStringLiteral("FG-Smart-I-9999 is not a document of this meeting")),
            qPrintable(warned));
    }
};

QTEST_MAIN(TestLiaisonDialog)
#include "tst_liaisondialog.moc"
