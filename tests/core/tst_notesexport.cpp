#include "NotesExport.h"
#include "TestUtil.h"

#include <QTest>

using namespace Plenary;

class TestNotesExport : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void notesAndPositionsByDocument() {
        MeetingData m = PlenaryTest::sampleMeeting();
        m.notes = {
            Note{1, QStringLiteral("T25-SG17-C-0002"), 4, QStringLiteral("# not a heading"), {}},
            Note{2,
                 QStringLiteral("T25-SG17-C-0001"),
                 -1,
                 QStringLiteral("Support, with <b>care</b>.\nСпросить автора."),
                 {}},
            Note{3, QStringLiteral("T25-SG17-C-0002"), -1, QStringLiteral("Whole"), {}}};
        m.positions.insert(QStringLiteral("T25-SG17-C-0001"), Position::Support);
        m.positions.insert(QStringLiteral("T25-SG17-LS-0003"), Position::Monitor);
        const QString md = NotesExport::markdown(m);
        QVERIFY(md.startsWith(QStringLiteral("# My notes: Study Group 17, 7th meeting\n")));
        // Documents in number order, titles escaped.
        const qsizetype c1 =
            md.indexOf(QStringLiteral("## T25-SG17-C-0001 — Proposal \\<b\\>bold\\</b\\>"));
        const qsizetype c2 = md.indexOf(QStringLiteral("## T25-SG17-C-0002 — Proposal, revised"));
        const qsizetype ls = md.indexOf(QStringLiteral("## T25-SG17-LS-0003 — LS/i from ETSI"));
        QVERIFY2(c1 > 0 && c2 > c1 && ls > c2, qPrintable(md));
        QVERIFY(md.indexOf(QStringLiteral("**My position:** Support"), c1) < c2);
        QVERIFY(md.indexOf(QStringLiteral("**My position:** Monitor"), ls) > ls);
        // The note's text is text: its markup and line starts escaped.
        QVERIFY(
            md.contains(QStringLiteral("Support, with \\<b\\>care\\</b\\>.\nСпросить автора.")));
        QVERIFY(md.contains(QStringLiteral("\\# not a heading")));
        // The whole document's note before the page's.
        QVERIFY(md.indexOf(QStringLiteral("**Document**"), c2) <
                md.indexOf(QStringLiteral("**Page 5**"), c2));

        MeetingData empty = PlenaryTest::sampleMeeting();
        QVERIFY(NotesExport::markdown(empty).contains(
            QStringLiteral("No notes and no positions yet.")));
    }
};

QTEST_GUILESS_MAIN(TestNotesExport)
#include "tst_notesexport.moc"
