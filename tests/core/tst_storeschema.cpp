#include "StoreSchema.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Plenary;

class TestStoreSchema : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void everyStepAppliesInOrder() {
        QCOMPARE(StoreSchema::latestVersion(), int(StoreSchema::steps().size()));
        QVERIFY(StoreSchema::latestVersion() >= 3);
        QTemporaryDir dir;
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("schema"));
            db.setDatabaseName(dir.filePath(QStringLiteral("s.sqlite")));
            QVERIFY(db.open());
            QSqlQuery q(db);
            for (const QStringList &step : StoreSchema::steps())
                for (const QString &sql : step)
                    QVERIFY2(q.exec(sql), qPrintable(sql));
            for (const char *table :
                 {"meetings", "agenda_items", "working_groups", "documents", "document_files",
                  "allocations", "outcomes", "liaisons", "notes"}) {
                QVERIFY(q.exec(
                    QStringLiteral(
                        "SELECT COUNT(*) FROM sqlite_master WHERE type='table' AND name='%1'")
                        .arg(QLatin1String(table))));
                QVERIFY(q.next());
                QVERIFY2(q.value(0).toInt() == 1, table);
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("schema"));
    }

    void stepsDoNotSetTheVersionThemselves() {
        // The store sets user_version after each step inside its transaction;
        // a step that did so itself would break the count.
        for (const QStringList &step : StoreSchema::steps())
            for (const QString &sql : step)
                QVERIFY(!sql.contains(QStringLiteral("user_version"), Qt::CaseInsensitive));
    }
};

QTEST_GUILESS_MAIN(TestStoreSchema)
#include "tst_storeschema.moc"
