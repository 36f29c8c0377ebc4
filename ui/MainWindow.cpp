#include "MainWindow.h"

#include "AboutDialog.h"
#include "AgendaModel.h"
#include "AppSettings.h"
#include "AsyncStore.h"
#include "BidiText.h"
#include "Credentials.h"
#include "DocumentDetailsPanel.h"
#include "DocumentFilterModel.h"
#include "DocumentTableModel.h"
#include "DocumentTableView.h"
#include "LibraryFilterButton.h"
#include "LoginDialog.h"
#include "MeetingInfoDialog.h"
#include "NotesPanel.h"
#include "ReaderTabs.h"
#include "ReportsController.h"
#include "SearchController.h"
#include "SessionController.h"
#include "SessionPanel.h"
#include "SyncStatusWidget.h"
#include "WorkingGroupModel.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QNetworkInformation>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QStyledItemDelegate>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace Plenary {

namespace {
QLabel *plainLabel(QWidget *parent) {
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    return label;
}

/// The agenda item being treated stands out in bold (core has no fonts).
class CurrentItemDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override {
        QStyledItemDelegate::initStyleOption(option, index);
        keepLeftToRightText(option);
        if (index.data(AgendaModel::CurrentRole).toBool())
            option->font.setBold(true);
    }
};
} // namespace

MainWindow::MainWindow(AsyncStore *store, QSettings *settings, QWidget *parent)
    : QMainWindow(parent)
    , m_store(store)
    , m_settings(settings)
    , m_appSettings(new AppSettings(settings, this))
    , m_agendaModel(new AgendaModel(this))
    , m_documentModel(new DocumentTableModel(this))
    , m_filterModel(new DocumentFilterModel(this))
    , m_groupModel(new WorkingGroupModel(this))
    , m_session(new SessionController(store, this))
    , m_reports(new ReportsController(store, this))
    , m_search(new SearchController(store, this)) {
    setWindowTitle(tr("Plenary"));
    m_filterModel->setSourceModel(m_documentModel);
    m_session->setSelection([this] { return selectedDocuments(); });

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(createHeader());

    m_mainSplitter = new QSplitter(Qt::Horizontal, central);
    m_mainSplitter->setObjectName(QStringLiteral("mainSplitter"));
    m_mainSplitter->addWidget(createAgendaPane());
    m_rightSplitter = new QSplitter(Qt::Vertical, m_mainSplitter);
    m_rightSplitter->setObjectName(QStringLiteral("rightSplitter"));
    m_rightSplitter->addWidget(createDocumentPane());
    m_details = new DocumentDetailsPanel(m_rightSplitter);
    m_details->setObjectName(QStringLiteral("detailsPanel"));
    m_rightSplitter->addWidget(m_details);
    m_rightSplitter->setStretchFactor(0, 3);
    m_rightSplitter->setStretchFactor(1, 1);
    m_mainSplitter->addWidget(m_rightSplitter);
    m_mainSplitter->setStretchFactor(0, 1);
    m_mainSplitter->setStretchFactor(1, 3);
    m_mainSplitter->setChildrenCollapsible(false);
    // The library is the first tab; documents being read open beside it.
    // (showMeeting() gives the table the focus first.)
    m_readers = new ReaderTabs(m_store, m_mainSplitter, central);
    layout->addWidget(m_readers, 1);
    setCentralWidget(central);
    connect(m_documentView, &QAbstractItemView::activated, this, &MainWindow::openDocumentAt);
    // The library's shortcuts (Ctrl+F filters, Ctrl+0 shows all) are the
    // reader's in a document tab (find in it, fit width): only one of them
    // may be live, or Qt would take neither.
    connect(m_readers, &QTabWidget::currentChanged, this, [this](int index) {
        for (QAction *a : std::as_const(m_libraryActions))
            a->setEnabled(index == 0);
    });
    connect(m_readers, &ReaderTabs::documentShown, m_documentModel, &DocumentTableModel::setOpened);
    connect(m_search, &SearchController::openRequested, m_readers, &ReaderTabs::openDocument);
    connect(m_readers, &ReaderTabs::message, this,
            [this](const QString &message) { statusBar()->showMessage(message, 8000); });

    m_sessionPanel = new SessionPanel(this);
    m_sessionDock = new QDockWidget(tr("Session"), this);
    m_sessionDock->setObjectName(QStringLiteral("sessionDock"));
    m_sessionDock->setWidget(m_sessionPanel);
    m_sessionDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable |
                               QDockWidget::DockWidgetFloatable);
    addDockWidget(Qt::RightDockWidgetArea, m_sessionDock);
    m_sessionDock->setEnabled(false);
    createNotesDock();
    connect(m_sessionPanel, &SessionPanel::previousRequested, m_session,
            &SessionController::goToPreviousItem);
    connect(m_sessionPanel, &SessionPanel::nextRequested, m_session,
            &SessionController::goToNextItem);
    connect(m_sessionPanel, &SessionPanel::recordRequested, m_session,
            &SessionController::recordOutcome);
    connect(m_agendaModel, &AgendaModel::documentsDropped, m_session,
            &SessionController::allocateToAgendaItem);
    connect(m_groupModel, &WorkingGroupModel::documentsDropped, m_session,
            &SessionController::allocateToWorkingGroup);
    // After the controller has taken the change in (it connected first).
    connect(m_store, &AsyncStore::sessionChanged, this, &MainWindow::sessionChanged);
    connect(m_session, &SessionController::readOnlyChanged, this, [this](bool readOnly) {
        m_sessionPanel->setReadOnly(readOnly);
        // Nothing to drop on while following.
        m_agendaView->setDragDropMode(readOnly ? QAbstractItemView::NoDragDrop
                                               : QAbstractItemView::DropOnly);
        m_groupView->setDragDropMode(readOnly ? QAbstractItemView::NoDragDrop
                                              : QAbstractItemView::DropOnly);
    });
    connect(m_session, &SessionController::notice, this,
            [this](const QString &message) { statusBar()->showMessage(message, 8000); });
    connect(m_reports, &ReportsController::message, this,
            [this](const QString &message) { statusBar()->showMessage(message, 8000); });

    m_statusLabel = plainLabel(this);
    m_syncStatus = new SyncStatusWidget(this);
    statusBar()->addPermanentWidget(m_search->statusLabel());
    statusBar()->addPermanentWidget(m_syncStatus);
    statusBar()->addPermanentWidget(m_session->statusLabel());
    statusBar()->addPermanentWidget(m_statusLabel);
    connect(m_syncStatus, &SyncStatusWidget::cancelRequested, m_store, &AsyncStore::cancelSync);
    statusBar()->showMessage(tr("Opening the meeting..."));
    central->setEnabled(false);

    createMenus();
    restoreWindowState();

    connect(m_store, &AsyncStore::meetingLoaded, this, &MainWindow::showMeeting);
    connect(m_store, &AsyncStore::failed, this, &MainWindow::showError);
    connect(m_store, &AsyncStore::importFinished, this, [this](bool ok, const QString &message) {
        if (ok)
            statusBar()->showMessage(message, 8000);
        else
            showError(
                tr("The meeting was not imported; nothing stored has changed.\n\n%1").arg(message));
    });
    connect(m_store, &AsyncStore::syncStarted, this, [this] {
        m_syncing = true;
        m_syncStatus->started();
        updateActions();
    });
    connect(m_store, &AsyncStore::syncProgress, m_syncStatus, &SyncStatusWidget::setProgress);
    connect(m_store, &AsyncStore::fileStateChanged, this,
            [this](const QString &number, const QString &, FileState state) {
                m_documentModel->setDocumentState(number, state);
            });
    connect(m_store, &AsyncStore::syncFinished, this, &MainWindow::syncFinished);
    connect(m_store, &AsyncStore::credentialsNotRemembered, this, [this](const QString &reason) {
        statusBar()->showMessage(
            tr("The password is kept until Plenary quits, not in the keychain: %1").arg(reason));
    });

    // Sync every few minutes while a synced meeting is open and the machine
    // is online (where Qt can tell; otherwise just try).
    m_autoSyncTimer = new QTimer(this);
    m_autoSyncTimer->setObjectName(QStringLiteral("autoSyncTimer"));
    connect(m_autoSyncTimer, &QTimer::timeout, this, &MainWindow::autoSync);
    connect(m_appSettings, &AppSettings::changed, this, &MainWindow::applySettings);
    applySettings();
    m_store->openCurrentMeeting();
}

MainWindow::~MainWindow() {
    // The docks may go before the tabs: what the tabs say while they are
    // taken down must not reach the panels.
    disconnect(m_readers, nullptr, this, nullptr);
}

QWidget *MainWindow::createHeader() {
    auto *header = new QWidget(this);
    header->setObjectName(QStringLiteral("meetingHeader"));
    header->setAutoFillBackground(true);
    header->setBackgroundRole(QPalette::AlternateBase);
    auto *layout = new QVBoxLayout(header);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->setSpacing(2);
    m_headerTitle = plainLabel(header);
    m_headerTitle->setObjectName(QStringLiteral("meetingTitle"));
    QFont f = m_headerTitle->font();
    f.setPointSizeF(f.pointSizeF() * 1.3);
    f.setBold(true);
    m_headerTitle->setFont(f);
    m_headerSubtitle = plainLabel(header);
    m_headerSubtitle->setObjectName(QStringLiteral("meetingSubtitle"));
    layout->addWidget(m_headerTitle);
    layout->addWidget(m_headerSubtitle);
    return header;
}

QWidget *MainWindow::createAgendaPane() {
    auto *pane = new QWidget(this);
    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(6, 6, 0, 6);
    auto *title = plainLabel(pane);
    title->setText(tr("Agenda"));
    QFont f = title->font();
    f.setBold(true);
    title->setFont(f);
    layout->addWidget(title);

    m_agendaView = new QTreeView(pane);
    m_agendaView->setObjectName(QStringLiteral("agendaTree"));
    m_agendaView->setAccessibleName(tr("Agenda"));
    m_agendaView->setModel(m_agendaModel);
    m_agendaView->setUniformRowHeights(true);
    m_agendaView->setIndentation(fontMetrics().averageCharWidth() * 2);
    m_agendaView->setAlternatingRowColors(false);
    m_agendaView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_agendaView->setTextElideMode(Qt::ElideRight);
    m_agendaView->header()->setStretchLastSection(false);
    m_agendaView->header()->setSectionResizeMode(AgendaModel::NumberColumn,
                                                 QHeaderView::ResizeToContents);
    m_agendaView->header()->setSectionResizeMode(AgendaModel::TitleColumn, QHeaderView::Stretch);
    // Fixed: counts change with every allocation, and a column sized to its
    // contents would be measured again over the whole tree each time.
    m_agendaView->header()->setSectionResizeMode(AgendaModel::DocumentsColumn, QHeaderView::Fixed);
    m_agendaView->header()->resizeSection(
        AgendaModel::DocumentsColumn, qMax(fontMetrics().horizontalAdvance(QStringLiteral("00000")),
                                           fontMetrics().horizontalAdvance(tr("Docs"))) +
                                          fontMetrics().averageCharWidth() * 2);
    title->setBuddy(m_agendaView);
    // Documents dropped on an item are allocated to it.
    m_agendaView->setAcceptDrops(true);
    m_agendaView->setDragDropMode(QAbstractItemView::DropOnly);
    m_agendaView->setDropIndicatorShown(true);
    m_agendaView->setItemDelegate(new CurrentItemDelegate(m_agendaView));
    layout->addWidget(m_agendaView, 3);

    auto *groupsTitle = plainLabel(pane);
    groupsTitle->setText(tr("Working groups"));
    groupsTitle->setFont(f);
    layout->addWidget(groupsTitle);
    m_groupView = new QListView(pane);
    m_groupView->setObjectName(QStringLiteral("workingGroups"));
    m_groupView->setAccessibleName(tr("Working groups"));
    m_groupView->setModel(m_groupModel);
    m_groupView->setAcceptDrops(true);
    m_groupView->setDragDropMode(QAbstractItemView::DropOnly);
    m_groupView->setDropIndicatorShown(true);
    m_groupView->setToolTip(tr("Drop documents on a working group to allocate them"));
    groupsTitle->setBuddy(m_groupView);
    layout->addWidget(m_groupView, 1);
    connect(m_agendaView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                m_selectedAgendaItem = current.data(AgendaModel::AgendaIdRole).toString();
                updateScope();
            });
    return pane;
}

QWidget *MainWindow::createDocumentPane() {
    auto *pane = new QWidget(this);
    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 6, 6, 0);

    auto *bar = new QHBoxLayout;
    m_scopeLabel = plainLabel(pane);
    m_scopeLabel->setObjectName(QStringLiteral("scopeLabel"));
    QFont f = m_scopeLabel->font();
    f.setBold(true);
    m_scopeLabel->setFont(f);
    m_scopeLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    bar->addWidget(m_scopeLabel, 1);
    m_showAllButton = new QToolButton(pane);
    m_showAllButton->setText(tr("Show All"));
    m_showAllButton->setToolTip(tr("Show the documents of every agenda item"));
    m_showAllButton->hide();
    connect(m_showAllButton, &QToolButton::clicked, this, [this] { selectAgendaItem({}); });
    bar->addWidget(m_showAllButton);
    m_filterEdit = new QLineEdit(pane);
    m_filterEdit->setObjectName(QStringLiteral("filterEdit"));
    m_filterEdit->setPlaceholderText(tr("Filter by number, title or source (Ctrl+F)"));
    m_filterEdit->setAccessibleName(tr("Filter documents"));
    m_filterEdit->setClearButtonEnabled(true);
    // Wide enough for its hint where there is room, narrow where there is
    // not (a small screen, 200% scale): the window's minimum width stays low.
    m_filterEdit->setMinimumWidth(fontMetrics().averageCharWidth() * 16);
    m_filterEdit->setMaximumWidth(fontMetrics().horizontalAdvance(m_filterEdit->placeholderText()) +
                                  40);
    connect(m_filterEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filterModel->setFilterText(text);
        updateScope();
    });
    bar->addWidget(m_filterEdit, 1);
    m_libraryFilter = new LibraryFilterButton(pane);
    // The count in the scope line follows rows leaving the filter (a
    // document opened while only unread ones are shown).
    connect(m_filterModel, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateScope);
    connect(m_filterModel, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateScope);
    connect(m_libraryFilter, &LibraryFilterButton::filterChanged, this,
            [this](const LibraryFilter &f) {
                m_filterModel->setLibraryFilter(f);
                updateScope();
            });
    bar->addWidget(m_libraryFilter);
    layout->addLayout(bar);

    m_documentView = new DocumentTableView(pane);
    m_documentView->setModel(m_filterModel);
    m_documentView->applyDefaultColumnWidths();
    m_documentView->sortByColumn(DocumentTableModel::NumberColumn, Qt::AscendingOrder);
    // Documents are dragged to agenda items and working groups (a copy:
    // nothing leaves the table).
    m_documentView->setDragEnabled(true);
    m_documentView->setDragDropMode(QAbstractItemView::DragOnly);
    m_documentView->setDefaultDropAction(Qt::CopyAction);
    m_documentView->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_documentView, &QWidget::customContextMenuRequested, this, [this](const QPoint &at) {
        QMenu menu(this);
        menu.addMenu(m_session->allocateMenu());
        menu.addSeparator();
        menu.addAction(m_copyAction);
        m_session->allocateMenu()->setEnabled(!selectedDocuments().isEmpty());
        menu.exec(m_documentView->viewport()->mapToGlobal(at));
        m_session->allocateMenu()->setEnabled(true);
    });
    layout->addWidget(m_documentView, 1);
    connect(m_documentView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::updateDetails);
    return pane;
}

void MainWindow::createMenus() {
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *import = file->addAction(tr("&Import Meeting..."), this, &MainWindow::importMeeting);
    import->setShortcut(QKeySequence::Open);
    import->setStatusTip(tr("Import a meeting.json manifest"));
    QAction *openUrl =
        file->addAction(tr("Open Meeting from &URL..."), this, &MainWindow::openMeetingFromUrl);
    openUrl->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    openUrl->setStatusTip(tr("Sync a meeting folder from a web or FTP server"));
    m_syncNowAction = file->addAction(tr("&Sync Now"), this, &MainWindow::syncNow);
    m_syncNowAction->setShortcut(QKeySequence(Qt::Key_F5));
    m_syncNowAction->setEnabled(false);
    m_submitAction =
        file->addAction(tr("Su&bmit Contribution..."), this, &MainWindow::submitContribution);
    m_submitAction->setStatusTip(tr("Upload a contribution to the meeting's drop folder"));
    m_submitAction->setEnabled(false);
    file->addSeparator();
    m_reports->addExportMenu(file);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    m_session->addEditActions(edit);
    edit->addSeparator();
    QAction *copy = edit->addAction(tr("&Copy Number and Title"), m_documentView,
                                    &DocumentTableView::copySelection);
    m_copyAction = copy;
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_documentView->addAction(copy);
    edit->addAction(tr("Select &All Documents"), m_documentView, &QAbstractItemView::selectAll);
    edit->addSeparator();
    QAction *find = edit->addAction(tr("&Filter Documents"), this, [this] {
        m_filterEdit->setFocus(Qt::ShortcutFocusReason);
        m_filterEdit->selectAll();
    });
    find->setShortcut(QKeySequence::Find);
    m_libraryActions << find;
    edit->addAction(m_search->searchAction());

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *showAll =
        view->addAction(tr("Show &All Documents"), this, [this] { selectAgendaItem({}); });
    showAll->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    m_libraryActions << showAll;
    view->addSeparator();
    QAction *details = view->addAction(tr("Show Document &Details"));
    details->setCheckable(true);
    details->setChecked(true);
    details->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    connect(details, &QAction::toggled, m_details, &QWidget::setVisible);
    // Enter in the table opens too (no shortcut here: Ctrl+Return records
    // an outcome in the session panel).
    view->addAction(tr("&Open Document"), this,
                    [this] { openDocumentAt(m_documentView->currentIndex()); });
    view->addAction(tr("Close Document &Tab"), m_readers, &ReaderTabs::closeCurrentDocument)
        ->setShortcut(QKeySequence::Close);
    view->addAction(tr("&Library"), this, [this] { m_readers->setCurrentIndex(0); })
        ->setShortcut(QKeySequence(Qt::ALT | Qt::Key_0));
    view->addSeparator();
    QAction *session = m_sessionDock->toggleViewAction();
    session->setText(tr("Show &Session"));
    session->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    view->addAction(session);
    QAction *notes = m_notesDock->toggleViewAction();
    notes->setText(tr("Show My &Notes"));
    notes->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    view->addAction(notes);
    QAction *search = m_search->dock()->toggleViewAction();
    search->setText(tr("Show Searc&h"));
    view->addAction(search);
    view->addAction(tr("&Expand Agenda"), m_agendaView, &QTreeView::expandAll);
    view->addAction(tr("&Collapse Agenda"), m_agendaView, &QTreeView::collapseAll);
    view->addSeparator();
    view->addAction(tr("Go to A&genda"), this,
                    [this] { m_agendaView->setFocus(Qt::ShortcutFocusReason); })
        ->setShortcut(QKeySequence(Qt::ALT | Qt::Key_1));
    view->addAction(tr("Go to Doc&uments"), this,
                    [this] { m_documentView->setFocus(Qt::ShortcutFocusReason); })
        ->setShortcut(QKeySequence(Qt::ALT | Qt::Key_2));

    QMenu *meeting = menuBar()->addMenu(tr("&Meeting"));
    meeting->addAction(tr("Meeting &Information..."), this, &MainWindow::showMeetingInfo)
        ->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    meeting->addSeparator();
    m_session->addMeetingActions(meeting);

    m_reports->addReportsMenu(menuBar());

    QMenu *settings = menuBar()->addMenu(tr("&Settings"));
    QAction *configure =
        settings->addAction(tr("&Configure Plenary..."), this, &MainWindow::showSettings);
    configure->setShortcuts(QKeySequence::Preferences);
    if (configure->shortcuts().isEmpty()) // no platform binding: KDE's
        configure->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Comma));
    configure->setMenuRole(QAction::PreferencesRole);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Plenary"), this, &MainWindow::showAbout)
        ->setMenuRole(QAction::AboutRole);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt)
        ->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::showMeeting(const MeetingData &meeting) {
    const QString selectedDocument =
        m_documentView->currentIndex().data(DocumentTableModel::NumberRole).toString();
    m_agendaModel->setMeeting(meeting);
    m_documentModel->setMeeting(meeting);
    m_groupModel->setMeeting(meeting);
    m_session->setMeeting(meeting);
    m_reports->setMeeting(meeting);
    m_search->setMeeting(meeting);
    m_notes->setMeeting(meeting);
    m_libraryFilter->setMeeting(meeting);
    m_sessionPanel->setMeeting(meeting);
    m_sessionDock->setEnabled(true);
    m_agendaView->expandAll();

    const MeetingInfo &mi = meeting.meeting;
    const QLocale locale;
    setWindowTitle(tr("%1 - Plenary").arg(mi.group.isEmpty() ? mi.title : mi.group));
    m_headerTitle->setText(mi.title);
    QStringList parts;
    if (!mi.group.isEmpty())
        parts << mi.group;
    if (!mi.venue.isEmpty())
        parts << mi.venue;
    if (mi.start.isValid())
        parts << tr("%1 to %2")
                     .arg(locale.toString(mi.start, QLocale::LongFormat),
                          locale.toString(mi.end, QLocale::LongFormat));
    if (!mi.chair.name.isEmpty())
        parts << tr("Chairman: %1").arg(mi.chair.name);
    if (meeting.sourceUrl.isValid())
        parts << tr("Synced from %1").arg(meeting.sourceUrl.toDisplayString());
    // In a right-to-left window the parts (some of them English, from the
    // meeting) follow each other from the right: right-to-left marks around
    // the separators keep each part whole and in its place.
    const bool rtl = layoutDirection() == Qt::RightToLeft;
    const QString separator =
        rtl ? QStringLiteral("\u200F  \u00b7  \u200F") : QStringLiteral("  \u00b7  ");
    m_headerSubtitle->setText((rtl ? QStringLiteral("\u200F") : QString()) + parts.join(separator));

    int late = 0;
    for (const Document &d : meeting.documents)
        late += meeting.isLate(d) ? 1 : 0;
    m_statusLabel->setText(tr("%n document(s)", nullptr, int(meeting.documents.size())) +
                           QStringLiteral("  \u00b7  ") + tr("%n received late", nullptr, late));
    if (!m_loaded)
        statusBar()->clearMessage(); // "Opening the meeting..."; later notices stay
    centralWidget()->setEnabled(true);
    // The table has the focus first. Coming back from a document, the tab
    // widget gives the focus to the library's last focused child; were that
    // the agenda view by chance, its first row would become current and
    // filter the table to agenda item 1.
    if (!m_loaded)
        m_documentView->setFocus();

    if (!m_selectedAgendaItem.isEmpty() &&
        m_agendaModel->indexForId(m_selectedAgendaItem).isValid())
        selectAgendaItem(m_selectedAgendaItem);
    else
        selectAgendaItem({});
    const int row = m_documentModel->rowOf(selectedDocument);
    if (row >= 0)
        m_documentView->setCurrentIndex(
            m_filterModel->mapFromSource(m_documentModel->index(row, 0)));
    if (m_defaultColumnsPending) {
        // First start with little room for the table (known only once the
        // window is up; the docks take a third of a wide screen): the
        // columns a delegate needs least make room for the titles, which
        // should keep at least 40 characters - For, Replaced by, then Local
        // copy where the meeting is not synced (it would be empty), then
        // Type. The header's context menu shows them again.
        m_defaultColumnsPending = false;
        const QHeaderView *header = m_documentView->horizontalHeader();
        auto titleRoom = [&] {
            int others = 0;
            for (int c = 0; c < DocumentTableModel::ColumnCount; ++c)
                if (c != DocumentTableModel::TitleColumn && !header->isSectionHidden(c))
                    others += header->sectionSize(c);
            return m_documentView->viewport()->width() - others;
        };
        QList<int> leastNeeded = {DocumentTableModel::ForColumn,
                                  DocumentTableModel::ReplacedByColumn};
        if (!meeting.sourceUrl.isValid())
            leastNeeded << DocumentTableModel::StateColumn;
        leastNeeded << DocumentTableModel::TypeColumn;
        const int wanted = m_documentView->fontMetrics().averageCharWidth() * 40;
        for (const int column : std::as_const(leastNeeded))
            if (titleRoom() < wanted)
                m_documentView->setColumnHidden(column, true);
    }
    m_sourceUrl = meeting.sourceUrl;
    m_loaded = true;
    updateActions();
    updateDetails();
    emit meetingShown();
}

void MainWindow::sessionChanged(const SessionState &session) {
    // In place: selection, scroll and the document being read stay put.
    if (!m_documentModel->setSession(session)) {
        m_store->openCurrentMeeting(); // a revision made a document: reload it all
        return;
    }
    const MeetingData &m = m_session->meeting();
    m_agendaModel->updateCounts(m);
    m_groupModel->updateCounts(m);
    m_sessionPanel->setMeeting(m);
    m_reports->setMeeting(m);
    updateScope();
    updateDetails();
}

void MainWindow::openDocumentAt(const QModelIndex &index) {
    if (!index.isValid())
        return;
    m_readers->openDocument(
        index.siblingAtColumn(0).data(DocumentTableModel::NumberRole).toString(),
        index.siblingAtColumn(DocumentTableModel::TitleColumn).data().toString());
}

QStringList MainWindow::selectedDocuments() const {
    QStringList numbers;
    for (const QModelIndex &i : m_documentView->selectionModel()->selectedRows())
        numbers << i.data(DocumentTableModel::NumberRole).toString();
    if (numbers.isEmpty() && m_documentView->currentIndex().isValid())
        numbers << m_documentView->currentIndex().data(DocumentTableModel::NumberRole).toString();
    return numbers;
}

void MainWindow::showError(const QString &message) {
    statusBar()->showMessage(message.section(QLatin1Char('\n'), 0, 0), 10000);
    auto *box =
        new QMessageBox(QMessageBox::Warning, tr("Plenary"), message, QMessageBox::Ok, this);
    box->setTextFormat(Qt::PlainText);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setObjectName(QStringLiteral("errorMessage"));
    box->open();
}

void MainWindow::selectAgendaItem(const QString &id) {
    const QModelIndex index = m_agendaModel->indexForId(id);
    if (index.isValid()) {
        m_agendaView->setCurrentIndex(index);
        m_agendaView->scrollTo(index);
    } else {
        m_agendaView->selectionModel()->clear();
        m_selectedAgendaItem.clear();
        updateScope();
    }
}

void MainWindow::updateScope() {
    m_filterModel->setAgendaItems(m_selectedAgendaItem.isEmpty()
                                      ? QStringList{}
                                      : m_agendaModel->subtreeIds(m_selectedAgendaItem));
    const int shown = m_filterModel->rowCount();
    QString scope;
    if (m_selectedAgendaItem.isEmpty()) {
        scope = tr("All documents");
    } else {
        const QModelIndex index = m_agendaModel->indexForId(m_selectedAgendaItem);
        scope = tr("Item %1: %2")
                    .arg(m_selectedAgendaItem,
                         index.siblingAtColumn(AgendaModel::TitleColumn).data().toString());
    }
    m_scopeLabel->setText(tr("%1 (%n shown)", nullptr, shown).arg(scope));
    m_scopeLabel->setToolTip(m_scopeLabel->text());
    m_showAllButton->setVisible(!m_selectedAgendaItem.isEmpty());
}

void MainWindow::updateDetails() {
    const QString number =
        m_documentView->currentIndex().data(DocumentTableModel::NumberRole).toString();
    if (m_readers->currentIndex() == 0)
        m_notes->showDocument(number);
    m_details->showDocument(m_documentModel->meeting(),
                            m_documentModel->meeting().document(number));
}

void MainWindow::importMeeting() {
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import Meeting"), QString(), tr("Meeting manifests (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    statusBar()->showMessage(tr("Importing %1...").arg(QDir::toNativeSeparators(path)));
    m_store->importFile(path);
}

void MainWindow::updateActions() {
    m_syncNowAction->setEnabled(m_sourceUrl.isValid() && !m_syncing);
    m_submitAction->setEnabled(m_loaded);
}

void MainWindow::showAbout() {
    auto *dialog = new AboutDialog(m_store->paths(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::showMeetingInfo() {
    if (!m_loaded)
        return;
    auto *dialog = new MeetingInfoDialog(m_documentModel->meeting(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::closeEvent(QCloseEvent *event) {
    m_reports->closeAll(); // each saves what it has not saved yet
    m_notes->saveNow();
    m_readers->savePositions();
    saveWindowState();
    QMainWindow::closeEvent(event);
}

void MainWindow::saveWindowState() {
    m_settings->beginGroup(QStringLiteral("MainWindow"));
    m_settings->setValue(QStringLiteral("geometry"), saveGeometry());
    m_settings->setValue(QStringLiteral("state"), saveState());
    m_settings->setValue(QStringLiteral("mainSplitter"), m_mainSplitter->saveState());
    m_settings->setValue(QStringLiteral("rightSplitter"), m_rightSplitter->saveState());
    m_settings->setValue(QStringLiteral("documentHeader"),
                         m_documentView->horizontalHeader()->saveState());
    m_settings->endGroup();
    m_settings->sync();
}

void MainWindow::restoreWindowState() {
    m_settings->beginGroup(QStringLiteral("MainWindow"));
    const QByteArray geometry = m_settings->value(QStringLiteral("geometry")).toByteArray();
    if (geometry.isEmpty() || !restoreGeometry(geometry)) {
        // First start: a laptop screen is used whole (the chairman projects
        // it); a large one gets a generous window, not a wall of white.
        const QRect avail = screen() ? screen()->availableGeometry() : QRect(0, 0, 1280, 800);
        if (avail.width() < 1600) {
            resize(avail.size());
            setWindowState(windowState() | Qt::WindowMaximized);
        } else {
            resize(1440, 900);
        }
        m_mainSplitter->setSizes({width() / 4, width() * 3 / 4});
        m_rightSplitter->setSizes({height() * 65 / 100, height() * 35 / 100});
    }
    if (!restoreState(m_settings->value(QStringLiteral("state")).toByteArray())) {
        // First start: the session panel takes a good third of the window,
        // once the window has its size.
        QTimer::singleShot(0, this, [this] {
            resizeDocks({m_sessionDock},
                        {qMax(fontMetrics().averageCharWidth() * 55, width() * 35 / 100)},
                        Qt::Horizontal);
        });
    }
    m_mainSplitter->restoreState(m_settings->value(QStringLiteral("mainSplitter")).toByteArray());
    m_rightSplitter->restoreState(m_settings->value(QStringLiteral("rightSplitter")).toByteArray());
    const QByteArray header = m_settings->value(QStringLiteral("documentHeader")).toByteArray();
    m_defaultColumnsPending =
        header.isEmpty() || !m_documentView->horizontalHeader()->restoreState(header);
    m_settings->endGroup();
}

} // namespace Plenary
