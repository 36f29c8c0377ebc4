#include "SearchController.h"

#include "AsyncIndexer.h"
#include "AsyncStore.h"
#include "SearchPanel.h"
#include "SearchResultModel.h"

#include <QAction>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>

namespace Plenary {

namespace {
constexpr int kMaxFailuresShown = 20;
}

SearchController::SearchController(AsyncStore *store, QMainWindow *window)
    : QObject(window)
    , m_store(store)
    , m_indexer(new AsyncIndexer(store->paths(), this))
    , m_model(new SearchResultModel(this))
    , m_panel(new SearchPanel(m_model))
    , m_dock(new QDockWidget(tr("Search"), window))
    , m_action(new QAction(tr("&Search All Documents..."), this))
    , m_status(new QLabel(window)) {
    m_dock->setObjectName(QStringLiteral("searchDock"));
    m_dock->setWidget(m_panel);
    m_dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable |
                        QDockWidget::DockWidgetFloatable);
    window->addDockWidget(Qt::LeftDockWidgetArea, m_dock);
    m_dock->hide();
    m_status->setObjectName(QStringLiteral("indexStatusLabel"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->hide();

    m_action->setObjectName(QStringLiteral("searchAllAction"));
    m_action->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    m_action->setToolTip(tr("Find words in every document of the meeting"));
    connect(m_action, &QAction::triggered, this, [this] {
        m_dock->show();
        m_dock->raise();
        m_panel->focusQuery();
    });

    connect(m_panel, &SearchPanel::searchRequested, m_store,
            [this](const QString &query) { m_store->search(query); });
    connect(m_store, &AsyncStore::searchFinished, this, &SearchController::resultsArrived);
    connect(m_panel, &SearchPanel::cancelIndexingRequested, m_indexer, &AsyncIndexer::cancel);
    connect(m_panel, &SearchPanel::openRequested, this,
            [this](const QString &number, const QString &title, int page, const QString &term,
                   const QString &file) {
                emit openRequested(number, title, qMax(0, page - 1), term, file);
            });

    connect(m_indexer, &AsyncIndexer::progress, this,
            [this](int done, int total, const QString &current) {
                m_panel->setIndexing(done, total, current);
                m_status->setText(tr("Indexing %1 of %2").arg(done).arg(total));
                m_status->setVisible(total > 0);
            });
    connect(m_indexer, &AsyncIndexer::finished, this,
            [this](const QString &, const SearchIndexer::Result &r) {
                m_status->hide();
                QString summary;
                if (!r.error.isEmpty())
                    summary = tr("The search index could not be updated: %1").arg(r.error);
                else if (r.cancelled)
                    summary = tr("Indexing stopped; searches find what was indexed so far.");
                else
                    summary = tr("%n file(s) searchable.", nullptr,
                                 r.indexed + r.unchanged - int(r.failures.size()));
                if (!r.failures.isEmpty() && r.error.isEmpty())
                    summary += QLatin1Char(' ') + tr("%n file(s) without readable text.", nullptr,
                                                     int(r.failures.size()));
                QStringList details = r.failures.mid(0, kMaxFailuresShown);
                if (r.failures.size() > kMaxFailuresShown)
                    details << tr("and %n more", nullptr,
                                  int(r.failures.size()) - kMaxFailuresShown);
                m_panel->setIndexIdle(summary, details.join(QLatin1Char('\n')));
                // Hits shown before may be in files read since.
                if (r.indexed > 0 && !m_panel->queryField()->text().trimmed().isEmpty())
                    m_store->search(m_panel->queryField()->text());
            });
}

SearchController::~SearchController() {
    // The panel lives in the dock, which the window deletes.
}

void SearchController::setMeeting(const MeetingData &meeting) {
    m_model->setMeeting(meeting);
    if (meeting.meeting.id != m_meetingId) {
        m_meetingId = meeting.meeting.id;
        m_model->clear();
    }
    m_indexer->update(m_meetingId);
}

void SearchController::resultsArrived(const QString &query, const QList<SearchHit> &hits,
                                      const QString &error) {
    if (query != m_panel->queryField()->text())
        return; // an older query's answer
    m_model->setResults(query, hits);
    m_panel->showResults(query, error);
}

} // namespace Plenary
