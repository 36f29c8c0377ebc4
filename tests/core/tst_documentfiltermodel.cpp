#include "DemoMeeting.h"
#include "DocumentFilterModel.h"
#include "DocumentTableModel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Plenary;

class TestDocumentFilterModel : public QObject {
    Q_OBJECT

    static QStringList numbers(const QAbstractItemModel &m) {
        QStringList out;
        for (int r = 0; r < m.rowCount(); ++r)
            out << m.index(r, 0).data(DocumentTableModel::NumberRole).toString();
        return out;
    }

private Q_SLOTS:
    void filtersByWordsAndAgenda() {
        DocumentTableModel source;
        source.setMeeting(DemoMeeting::manifest());
        DocumentFilterModel filter;
        QAbstractItemModelTester tester(&filter,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        filter.setSourceModel(&source);
        QCOMPARE(filter.rowCount(), source.rowCount());

        filter.setFilterText(QStringLiteral("  USE   case "));
        const QStringList useCases = numbers(filter);
        QVERIFY(useCases.size() >= 4);
        for (const QString &n : useCases)
            QVERIFY(source.meeting().document(n)->title.contains(QStringLiteral("Use case"),
                                                                 Qt::CaseInsensitive));

        filter.setFilterText(QStringLiteral("use case lantiq")); // all words must match
        QVERIFY(numbers(filter).isEmpty());
        filter.setFilterText(QStringLiteral("0020"));
        QCOMPARE(numbers(filter), QStringList{QStringLiteral("FG-Smart-I-0020")});
        filter.setFilterText(QStringLiteral("lantiq")); // source
        QCOMPARE(numbers(filter).size(), 2);

        filter.setFilterText({});
        filter.setAgendaItems({QStringLiteral("7")});
        for (const QString &n : numbers(filter))
            QCOMPARE(source.meeting().effectiveAgendaItem(*source.meeting().document(n)),
                     QStringLiteral("7"));
        QVERIFY(filter.rowCount() >= 4);
        filter.setAgendaItems({QStringLiteral("6"), QStringLiteral("6.a"), QStringLiteral("6.a.i"),
                               QStringLiteral("6.b"), QStringLiteral("6.c"),
                               QStringLiteral("6.d")});
        QCOMPARE(filter.rowCount(), 3); // 0003 (6.a), 0004 (6.d), 0005 (6.c)
        filter.setAgendaItems({});
        QCOMPARE(filter.rowCount(), source.rowCount());
    }

    void sortsByNumberAndTime() {
        DocumentTableModel source;
        source.setMeeting(DemoMeeting::manifest());
        DocumentFilterModel filter;
        filter.setSourceModel(&source);
        filter.sort(DocumentTableModel::NumberColumn, Qt::DescendingOrder);
        QCOMPARE(filter.index(0, 0).data().toString(), QStringLiteral("FG-Smart-I-0036"));
        filter.sort(DocumentTableModel::ReceivedColumn, Qt::AscendingOrder);
        const QDateTime first = filter.index(0, DocumentTableModel::ReceivedColumn)
                                    .data(DocumentTableModel::SortRole)
                                    .toDateTime();
        const QDateTime last =
            filter.index(filter.rowCount() - 1, DocumentTableModel::ReceivedColumn)
                .data(DocumentTableModel::SortRole)
                .toDateTime();
        QVERIFY(first < last);
        QCOMPARE(filter.index(filter.rowCount() - 1, 0).data().toString(),
                 QStringLiteral("FG-Smart-I-0033"));
    }
};

QTEST_GUILESS_MAIN(TestDocumentFilterModel)
#include "tst_documentfiltermodel.moc"
