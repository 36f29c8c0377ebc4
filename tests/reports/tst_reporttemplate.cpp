#include "ReportTemplate.h"
#include "TestUtil.h"

#include <QTest>
#include <QTextDocument>

using namespace Plenary;

namespace {
// sampleMeeting() with the sample session's decisions on it.
MeetingData meeting() {
    MeetingData m = PlenaryTest::sampleMeeting();
    const SessionState s = PlenaryTest::sampleSession();
    m.allocations = s.allocations;
    m.outcomes = s.outcomes;
    m.liaisons = s.liaisons;
    m.documents << s.addedDocuments;
    return m;
}

// What a reader sees: the Markdown rendered to plain text.
QString rendered(const QString &markdown) {
    QTextDocument doc;
    doc.setMarkdown(markdown, QTextDocument::MarkdownFeatures(QTextDocument::MarkdownDialectGitHub |
                                                              QTextDocument::MarkdownNoHTML));
    return doc.toPlainText();
}
} // namespace

class TestReportTemplate : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void escapingKeepsTextAsText() {
        const QString hostile = QStringLiteral("<b>bold</b> *not em* _x_ [link](http://e.org) "
                                               "a|b `code` &amp; ~~s~~ \\ end");
        QCOMPARE(rendered(ReportTemplate::escape(hostile)), hostile);
        const QString block =
            QStringLiteral("# not a heading\n- not a list\n1. not numbered\n> not a quote\n\n"
                           "+ plus\n2) two\nПривет, 世界, مرحبا");
        const QString text = rendered(ReportTemplate::escapeBlock(block));
        for (const char *line : {"# not a heading", "- not a list", "1. not numbered",
                                 "> not a quote", "+ plus", "2) two"})
            QVERIFY2(text.contains(QLatin1String(line)), line);
        QVERIFY(text.contains(QStringLiteral("Привет, 世界, مرحبا")));
        QCOMPARE(ReportTemplate::escape(QStringLiteral("two\nlines")), QStringLiteral("two lines"));
    }

    void workingGroupReportIsFilledFromTheSession() {
        const MeetingData m = meeting();
        const QString md = ReportTemplate::workingGroupReport(m, QStringLiteral("WP1"));
        const QString text = rendered(md);
        QVERIFY2(text.startsWith(QStringLiteral("Report of WP1: Working Party 1")),
                 qPrintable(text));
        QVERIFY(text.contains(
            QStringLiteral("Study Group 17, 7th meeting · Genève · 2–13 March 2026")));
        QVERIFY(text.contains(QStringLiteral("Leaders: Ann (Org)")));
        QVERIFY(text.contains(QStringLiteral("Terms of reference\nSecurity")));
        // The contribution allocated to it, with its title as text, source and outcome.
        QVERIFY2(
            text.contains(QStringLiteral("T25-SG17-C-0001 — Proposal <b>bold</b> & \"quoted\"")),
            qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Source: Россия")));
        QVERIFY(text.contains(QStringLiteral("Agenda item: 2.a.i Security")));
        QVERIFY2(text.contains(QStringLiteral(
                     "Outcome: Approved by consensus: Одобрено; 已批准; تمت الموافقة")),
                 qPrintable(text));
        // Documents of another group are not in it.
        QVERIFY(!text.contains(QStringLiteral("T25-SG17-C-0002")));
        // The liaison statement attaching its document.
        QVERIFY2(
            text.contains(QStringLiteral("LS-001 “Reply on smart metering security” to "
                                         "ISO/IEC JTC 1/SWG-Smart Grid, IEC TC 57 (for "
                                         "action): approved by consensus; liaison officer: 李华")),
            qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Summary")));

        const QString empty =
            rendered(ReportTemplate::workingGroupReport(m, QStringLiteral("WP2")));
        QVERIFY(empty.contains(QStringLiteral("No documents are allocated to WP2.")));
        QVERIFY(empty.contains(QStringLiteral("No terms of reference are recorded for WP2.")));
    }

    void meetingReportFollowsTheAgenda() {
        const MeetingData m = meeting();
        const QString text = rendered(ReportTemplate::meetingReport(m));
        QVERIFY(
            text.startsWith(QStringLiteral("Report of the meeting: Study Group 17, 7th meeting")));
        QVERIFY(text.contains(QStringLiteral("Chairman: Иван Петров (Ростелеком)")));
        QVERIFY(text.contains(QStringLiteral("Vice-chairmen: 李华 (CAICT), سارة")));
        // Every agenda item, in order.
        qsizetype at = 0;
        for (const char *item :
             {"1 Opening", "2 Questions", "2.a Q1/17", "2.a.i Security", "2.b Q2/17", "3 Closing",
              "Working groups", "Outgoing liaison statements"}) {
            const qsizetype next = text.indexOf(QLatin1String(item), at);
            QVERIFY2(next > at, item);
            at = next;
        }
        // The agenda's approval under item 1, the revision under 2.b.
        const qsizetype one = text.indexOf(QStringLiteral("1 Opening"));
        const qsizetype two = text.indexOf(QStringLiteral("2 Questions"));
        const qsizetype approval =
            text.indexOf(QStringLiteral("Approved: The agenda was approved."));
        QVERIFY2(approval > one && approval < two, qPrintable(text));
        const qsizetype twoB = text.indexOf(QStringLiteral("2.b Q2/17"));
        QVERIFY(text.indexOf(QStringLiteral("Revised to T25-SG17-C-0004"), twoB) > twoB);
        // The liaison statement under the item it was drafted under (3), and in the table.
        const qsizetype three = text.indexOf(QStringLiteral("3 Closing"));
        QVERIFY(text.indexOf(QStringLiteral("LS-001 “Reply on smart metering security”"), three) >
                three);
        QVERIFY(text.contains(QStringLiteral("Working Party 1")));
    }

    void liaisonStatementInTheItuLayout() {
        const MeetingData m = meeting();
        const LiaisonStatement &l = m.liaisons.first();
        QCOMPARE(ReportTemplate::liaisonFileName(m, l), QStringLiteral("T25-SG17-LS-001"));
        const QString text = rendered(ReportTemplate::liaisonStatement(m, l));
        qsizetype at = 0;
        for (const QString &field :
             {QStringLiteral("T25-SG17-LS-001"),
              QStringLiteral("Question(s):"),
              QStringLiteral("Q1/17"),
              QStringLiteral("Meeting:"),
              QStringLiteral("Genève, 2–13 March 2026"),
              QStringLiteral("Source:"),
              QStringLiteral("ITU-T SG17"),
              QStringLiteral("Title:"),
              QStringLiteral("Reply on smart metering security"),
              QStringLiteral("LIAISON STATEMENT"),
              QStringLiteral("For action to:"),
              QStringLiteral("ISO/IEC JTC 1/SWG-Smart Grid, IEC TC 57"),
              QStringLiteral("Cc:"),
              QStringLiteral("ETSI"),
              QStringLiteral("Approval:"),
              QStringLiteral("Agreed to at the SG17 meeting, Geneva, 13 March 2026"),
              QStringLiteral("Deadline:"),
              QStringLiteral("1 September 2026"),
              QStringLiteral("Contact:"),
              QStringLiteral("Иван Петров, Ростелеком, ip@example.org"),
              QStringLiteral("SG17 thanks you for your LS."),
              QStringLiteral("Line two."),
              QStringLiteral("Attachments:"),
              QStringLiteral("T25-SG17-C-0001: Proposal <b>bold</b> & \"quoted\"")}) {
            const qsizetype next = text.indexOf(field, at);
            QVERIFY2(next >= at, qPrintable(field + QStringLiteral("\n") + text));
            at = next;
        }
        MeetingData other = m;
        other.meeting.documentPrefix = QStringLiteral("R1-");
        QCOMPARE(ReportTemplate::liaisonFileName(other, l), QStringLiteral("R1-LS-001"));
        other.meeting.documentPrefix.clear();
        QCOMPARE(ReportTemplate::liaisonFileName(other, l), QStringLiteral("sg17-7-LS-001"));
    }

    void datesOfAMeeting() {
        MeetingInfo i;
        i.start = QDate(2010, 6, 14);
        i.end = QDate(2010, 6, 16);
        QCOMPARE(ReportTemplate::dates(i), QStringLiteral("14–16 June 2010"));
        i.end = QDate(2010, 7, 2);
        QCOMPARE(ReportTemplate::dates(i), QStringLiteral("14 June 2010 – 2 July 2010"));
        i.end = i.start;
        QCOMPARE(ReportTemplate::dates(i), QStringLiteral("14 June 2010"));
        // The approval line names the city, not the building or the country.
        i.group = QStringLiteral("ITU-T FG Smart");
        i.venue = QStringLiteral("ITU headquarters, Geneva, Switzerland");
        i.end = QDate(2010, 6, 16);
        QCOMPARE(ReportTemplate::defaultApproval(i),
                 QStringLiteral("Agreed to at the ITU-T FG Smart meeting, Geneva, 16 June 2010"));
        i.venue = QStringLiteral("Tokyo");
        QCOMPARE(ReportTemplate::defaultApproval(i),
                 QStringLiteral("Agreed to at the ITU-T FG Smart meeting, Tokyo, 16 June 2010"));
        i.end = QDate();
        QCOMPARE(ReportTemplate::defaultApproval(i), QString());
    }
};

QTEST_MAIN(TestReportTemplate)
#include "tst_reporttemplate.moc"
