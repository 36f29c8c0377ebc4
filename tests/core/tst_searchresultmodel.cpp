// SearchResultModel: hits as rows with the meeting's titles, snippets
// without their marks for display, the words found for the reader.
#include "SearchResultModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Plenary;

namespace {
QString marked(const QString &text) {
    QString s = text;
    return s.replace(QLatin1Char('['), SearchHit::kMatchStart)
        .replace(QLatin1Char(']'), SearchHit::kMatchEnd);
}
} // namespace

class TestSearchResultModel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void rowsAndRoles() {
        SearchResultModel model;
        QAbstractItemModelTester tester(&model);
        MeetingData meeting;
        Document d;
        d.number = QStringLiteral("FG-Smart-I-0011");
        d.title = QStringLiteral("<b>Demand</b> response");
        meeting.documents << d;
        model.setMeeting(meeting);
        SearchHit a{QStringLiteral("FG-Smart-I-0011"), QStringLiteral("FG-Smart-I-0011.pdf"), 3,
                    marked(QStringLiteral("about [demand] [response] in\nhomes")), -2.0};
        SearchHit b{QStringLiteral("FG-Smart-I-0099"), QStringLiteral("x/FG-Smart-I-0099.txt"), 1,
                    marked(QStringLiteral("[demand] and then [response]")), -1.0};
        model.setResults(QStringLiteral("demand response"), {a, b});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.query(), QStringLiteral("demand response"));
        const QModelIndex first = model.index(0);
        QCOMPARE(first.data(SearchResultModel::NumberRole).toString(), a.number);
        QCOMPARE(first.data(SearchResultModel::TitleRole).toString(), d.title); // text, as is
        QCOMPARE(first.data(SearchResultModel::PageRole).toInt(), 3);
        QCOMPARE(first.data(SearchResultModel::PathRole).toString(), a.path);
        QCOMPARE(first.data(SearchResultModel::SnippetRole).toString(), a.snippet);
        // Adjacent words found are one phrase; a line break is a space.
        QCOMPARE(first.data(SearchResultModel::TermRole).toString(),
                 QStringLiteral("demand response"));
        QCOMPARE(first.data().toString(),
                 QStringLiteral("FG-Smart-I-0011, p. 3: about demand response in homes"));
        // Words apart: the first one is what the reader looks for.
        const QModelIndex second = model.index(1);
        QCOMPARE(second.data(SearchResultModel::TermRole).toString(), QStringLiteral("demand"));
        QCOMPARE(second.data(SearchResultModel::TitleRole).toString(), QString()); // not in meeting
        QCOMPARE(second.data(Qt::ToolTipRole).toString(), b.path);

        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void snippetMarks() {
        QList<QPair<int, int>> matches;
        const QString plain =
            SearchResultModel::plainSnippet(marked(QStringLiteral("a [bc] d [ef]")), &matches);
        QCOMPARE(plain, QStringLiteral("a bc d ef"));
        QCOMPARE(matches, (QList<QPair<int, int>>{{2, 2}, {7, 2}}));
        // Unbalanced or empty marks from a damaged index do no harm.
        QCOMPARE(SearchResultModel::plainSnippet(marked(QStringLiteral("]x[[]y["))),
                 QStringLiteral("xy"));
        QCOMPARE(SearchResultModel::firstMatch(QStringLiteral("no marks")), QString());
    }
};

QTEST_GUILESS_MAIN(TestSearchResultModel)
#include "tst_searchresultmodel.moc"
