#include "TextMerge.h"

#include <QTest>

using namespace Plenary;

namespace {
QString lines(std::initializer_list<const char *> l) {
    QStringList out;
    for (const char *s : l)
        out << QString::fromUtf8(s);
    return out.join(QLatin1Char('\n'));
}
} // namespace

class TestTextMerge : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void matchLinesIsALongestCommonSubsequence() {
        const QStringList a = {"a", "b", "c", "d", "e"};
        const QStringList b = {"x", "b", "c", "y", "e", "z"};
        QCOMPARE(TextMerge::matchLines(a, b), (QList<int>{-1, 1, 2, -1, 4}));
        QCOMPARE(TextMerge::matchLines({}, b), QList<int>{});
        QCOMPARE(TextMerge::matchLines(a, {}), (QList<int>{-1, -1, -1, -1, -1}));
    }

    void longTextsMatchThroughUniqueLines() {
        // Past the dynamic-programming size: anchored on unique lines.
        QStringList a, b;
        for (int i = 0; i < 3000; ++i) {
            a << QStringLiteral("line %1").arg(i) << QString();
            b << QStringLiteral("line %1").arg(i) << QString();
            if (i % 100 == 50)
                b << QStringLiteral("inserted after %1").arg(i);
        }
        b.removeAt(4); // "line 2"
        const QList<int> match = TextMerge::matchLines(a, b);
        int matched = 0;
        for (int i = 0; i < match.size(); ++i) {
            if (match.at(i) < 0)
                continue;
            ++matched;
            QCOMPARE(b.at(match.at(i)), a.at(i));
            if (i > 0 && match.at(i - 1) >= 0)
                QVERIFY(match.at(i) > match.at(i - 1)); // in order
        }
        QCOMPARE(matched, int(a.size()) - 1);
        QCOMPARE(match.at(4), -1);
    }

    void sessionChangesComeInWhereTheRapporteurDidNotWrite() {
        const QString base = lines({"# Report", "", "### C-1", "- Outcome: not yet treated", "",
                                    "### C-2", "- Outcome: not yet treated", "", "## Summary", ""});
        const QString theirs = lines({"# Report", "", "### C-1", "- Outcome: Noted", "", "### C-2",
                                      "- Outcome: not yet treated", "", "### C-3",
                                      "- Outcome: not yet treated", "", "## Summary", ""});
        const QString mine =
            lines({"# Report", "", "### C-1", "- Outcome: not yet treated", "", "### C-2",
                   "- Outcome: not yet treated", "The group discussed C-2 at length.", "",
                   "## Summary", "Good meeting.", ""});
        const TextMerge::Result r = TextMerge::merge(base, mine, theirs);
        QCOMPARE(r.text, lines({"# Report", "", "### C-1", "- Outcome: Noted", "", "### C-2",
                                "- Outcome: not yet treated", "The group discussed C-2 at length.",
                                "", "### C-3", "- Outcome: not yet treated", "", "## Summary",
                                "Good meeting.", ""}));
        QVERIFY(r.conflicts.isEmpty());
        QCOMPARE(r.changesTaken, 2);
    }

    void theRapporteursWordsAreNeverOverwritten() {
        const QString base = lines({"### C-1", "- Outcome: not yet treated", ""});
        const QString mine = lines({"### C-1", "- Outcome: agreed after a long debate", ""});
        const QString theirs = lines({"### C-1", "- Outcome: Agreed", ""});
        const TextMerge::Result r = TextMerge::merge(base, mine, theirs);
        QCOMPARE(r.text, mine);
        QCOMPARE(r.conflicts.size(), 1);
        QCOMPARE(r.conflicts.first().mine, QStringLiteral("- Outcome: agreed after a long debate"));
        QCOMPARE(r.conflicts.first().theirs, QStringLiteral("- Outcome: Agreed"));
        QCOMPARE(r.changesTaken, 0);
    }

    void bothAddingAtOnePlaceKeepsBoth() {
        const QString base = lines({"## Contributions", "", "## Summary"});
        const QString mine = lines({"## Contributions", "", "Notes of mine.", "", "## Summary"});
        const QString theirs = lines({"## Contributions", "", "### C-9", "", "## Summary"});
        const TextMerge::Result r = TextMerge::merge(base, mine, theirs);
        QCOMPARE(r.text, lines({"## Contributions", "", "Notes of mine.", "", "### C-9", "",
                                "## Summary"}));
        QVERIFY(r.conflicts.isEmpty());
    }

    void identityCases() {
        const QString t = lines({"a", "b", "", "c"});
        QCOMPARE(TextMerge::merge(t, t, t).text, t);
        QCOMPARE(TextMerge::merge(t, t, QStringLiteral("new")).text, QStringLiteral("new"));
        QCOMPARE(TextMerge::merge(t, QStringLiteral("mine"), t).text, QStringLiteral("mine"));
        // A rapporteur who emptied the report keeps it empty where the session did not change.
        QCOMPARE(TextMerge::merge(t, QString(), t).text, QString());
        // Nothing generated before and a text of one's own: the text stays,
        // the session's version is offered as a conflict.
        const TextMerge::Result first = TextMerge::merge(QString(), QStringLiteral("x"), t);
        QCOMPARE(first.text, QStringLiteral("x"));
        QCOMPARE(first.conflicts.size(), 1);
        QCOMPARE(first.conflicts.first().theirs, t);
    }
};

QTEST_APPLESS_MAIN(TestTextMerge)
#include "tst_textmerge.moc"
