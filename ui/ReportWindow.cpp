#include "ReportWindow.h"

#include "AsyncStore.h"
#include "FindReplaceBar.h"
#include "TextHighlighter.h"

#include <QAction>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFontDatabase>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTextBrowser>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace Plenary {

namespace {
constexpr int kAutosaveMs = 1000; // a pause in typing, then into the store
constexpr int kPreviewMs = 250;

// Raw HTML is not interpreted in the preview, as in the exports.
constexpr auto kMarkdown = QTextDocument::MarkdownFeatures(QTextDocument::MarkdownDialectGitHub |
                                                           QTextDocument::MarkdownNoHTML);
} // namespace

ReportWindow::ReportWindow(AsyncStore *store, QString reportId, QWidget *parent)
    : QMainWindow(parent)
    , m_store(store)
    , m_reportId(std::move(reportId))
    , m_editor(new QPlainTextEdit(this))
    , m_preview(new QTextBrowser(this))
    , m_findBar(new FindReplaceBar(m_editor, this))
    , m_words(new QLabel(this))
    , m_saveState(new QLabel(this))
    , m_autosave(new QTimer(this))
    , m_previewTimer(new QTimer(this)) {
    setObjectName(QStringLiteral("reportWindow"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("Report"));

    m_editor->setObjectName(QStringLiteral("reportEditor"));
    m_editor->setAccessibleName(tr("Report text (Markdown)"));
    m_editor->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_editor->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_editor->setReadOnly(true);
    m_editor->setPlaceholderText(tr("Opening the report..."));
    m_preview->setObjectName(QStringLiteral("reportPreview"));
    m_preview->setAccessibleName(tr("Preview"));
    m_preview->setOpenLinks(false); // a link in a report opens nothing by itself
    m_words->setTextFormat(Qt::PlainText);
    m_saveState->setTextFormat(Qt::PlainText);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->setSpacing(0);
    leftLayout->addWidget(m_editor, 1);
    leftLayout->addWidget(m_findBar);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(m_preview);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    setCentralWidget(splitter);
    statusBar()->addWidget(m_saveState, 1);
    statusBar()->addPermanentWidget(m_words);

    // Menus: File (save, refresh, export, close), Edit (undo, redo, find).
    QMenu *file = menuBar()->addMenu(tr("&Report"));
    QAction *save = file->addAction(tr("&Save Now"), this, &ReportWindow::saveNow);
    save->setShortcut(QKeySequence::Save);
    m_refresh =
        file->addAction(tr("&Refresh from Session"), this, &ReportWindow::refreshFromSession);
    m_refresh->setShortcut(QKeySequence::Refresh);
    m_refresh->setToolTip(tr("Bring in what the session recorded since the report was made; "
                             "what you wrote stays as you wrote it"));
    m_refresh->setEnabled(false);
    QMenu *exportMenu = file->addMenu(tr("&Export"));
    for (const auto &[format, text] :
         {std::pair{ReportExporter::Format::Pdf, QT_TR_NOOP("As &PDF...")},
          std::pair{ReportExporter::Format::Odt, QT_TR_NOOP("As &ODT (LibreOffice, Word)...")},
          std::pair{ReportExporter::Format::Markdown, QT_TR_NOOP("As &Markdown...")}})
        exportMenu->addAction(tr(text), this, [this, f = format] { askExport(f); });
    file->addSeparator();
    QAction *close = file->addAction(tr("&Close"), this, &QWidget::close);
    close->setShortcut(QKeySequence::Close);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = edit->addAction(tr("&Undo"), m_editor, &QPlainTextEdit::undo);
    undo->setShortcut(QKeySequence::Undo);
    undo->setEnabled(false);
    connect(m_editor, &QPlainTextEdit::undoAvailable, undo, &QAction::setEnabled);
    QAction *redo = edit->addAction(tr("&Redo"), m_editor, &QPlainTextEdit::redo);
    redo->setShortcut(QKeySequence::Redo);
    redo->setEnabled(false);
    connect(m_editor, &QPlainTextEdit::redoAvailable, redo, &QAction::setEnabled);
    edit->addSeparator();
    QAction *find = edit->addAction(tr("&Find..."), m_findBar, &FindReplaceBar::showFind);
    find->setShortcut(QKeySequence::Find);
    QAction *replace = edit->addAction(tr("R&eplace..."), m_findBar, &FindReplaceBar::showReplace);
    replace->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    QAction *findNext =
        edit->addAction(tr("Find &Next"), m_findBar, [this] { m_findBar->findNext(false); });
    findNext->setShortcut(QKeySequence::FindNext);
    QAction *findPrevious =
        edit->addAction(tr("Find Pre&vious"), m_findBar, [this] { m_findBar->findNext(true); });
    findPrevious->setShortcut(QKeySequence::FindPrevious);

    QToolBar *tools = addToolBar(tr("Report"));
    tools->setObjectName(QStringLiteral("reportToolBar"));
    tools->addAction(m_refresh);
    tools->addAction(save);

    m_autosave->setSingleShot(true);
    m_autosave->setInterval(kAutosaveMs);
    connect(m_autosave, &QTimer::timeout, this, &ReportWindow::saveNow);
    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(kPreviewMs);
    connect(m_previewTimer, &QTimer::timeout, this, &ReportWindow::updatePreview);
    connect(m_editor, &QPlainTextEdit::textChanged, this, &ReportWindow::textEdited);

    connect(m_store, &AsyncStore::reportOpened, this, [this](const Report &r, const QString &t) {
        if (r.id() == m_reportId && !m_loaded)
            opened(r, t);
    });
    connect(
        m_store, &AsyncStore::reportSaved, this, [this](const QString &id, const QDateTime &at) {
            if (id != m_reportId)
                return;
            m_savesInFlight = qMax(0, m_savesInFlight - 1);
            if (isSaved()) {
                m_saveState->setText(
                    tr("Saved at %1")
                        .arg(QLocale().toString(at.toLocalTime().time(), QLocale::ShortFormat)));
                emit saved();
            }
        });
    connect(m_store, &AsyncStore::reportRefreshed, this,
            [this](const Report &r, int changes, const QStringList &kept) {
                if (r.id() != m_reportId)
                    return;
                m_refresh->setEnabled(true);
                m_editor->setReadOnly(false);
                // One undo step: Ctrl+Z takes the whole refresh back.
                const int scroll = m_editor->verticalScrollBar()->value();
                QTextCursor cursor(m_editor->document());
                cursor.beginEditBlock();
                cursor.select(QTextCursor::Document);
                cursor.insertText(r.text);
                cursor.endEditBlock();
                m_editor->verticalScrollBar()->setValue(scroll);
                m_dirty = false; // the refreshed text is what the store has
                m_autosave->stop();
                m_saveState->setText(
                    tr("Refreshed from the session: %n change(s) brought in", nullptr, changes));
                if (!kept.isEmpty()) {
                    QMessageBox box(QMessageBox::Information, tr("Refresh from Session"),
                                    tr("%n place(s) that you had edited were left as you wrote "
                                       "them. What the session has there now is in the details.",
                                       nullptr, int(kept.size())),
                                    QMessageBox::Ok, this);
                    box.setTextFormat(Qt::PlainText);
                    box.setDetailedText(kept.join(QStringLiteral("\n\n")));
                    box.exec();
                }
                emit refreshed(changes, kept);
            });
    connect(m_store, &AsyncStore::exportFinished, this,
            [this](const QString &path, bool ok, const QString &error) {
                if (path != m_exportPath)
                    return; // another window's, or the main window's
                m_exportPath.clear();
                if (ok)
                    m_saveState->setText(tr("Exported to %1").arg(QDir::toNativeSeparators(path)));
                emit exported(path, ok, error);
                if (!ok && isVisible()) {
                    QMessageBox box(QMessageBox::Warning, tr("Export"),
                                    tr("The report was not exported.\n\n%1").arg(error),
                                    QMessageBox::Ok, this);
                    box.setTextFormat(Qt::PlainText);
                    box.exec();
                }
            });
    connect(m_store, &AsyncStore::failed, this, [this](const QString &message) {
        if (!m_loaded)
            m_editor->setPlaceholderText(message);
    });

    m_highlighter = std::make_unique<TextHighlighter>(m_editor->document());
    m_highlighter->setSyntax(QStringLiteral("Markdown"));
    m_highlighter->followPalette(palette());
    updateWordCount();
    resize(1100, 750);
    m_store->openReport(m_reportId);
}

ReportWindow::~ReportWindow() = default;

bool ReportWindow::isHighlighted() const {
    return !m_highlighter->syntaxName().isEmpty();
}

void ReportWindow::changeEvent(QEvent *event) {
    if (event->type() == QEvent::PaletteChange)
        m_highlighter->followPalette(palette()); // light or dark theme
    QMainWindow::changeEvent(event);
}

void ReportWindow::opened(const Report &report, const QString &title) {
    m_title = title;
    setWindowTitle(tr("%1 — Plenary").arg(title));
    m_editor->setPlainText(report.text); // not an edit: no undo step, no save
    m_editor->setReadOnly(false);
    m_editor->setPlaceholderText(tr("Write the report in Markdown."));
    m_loaded = true;
    m_dirty = false;
    m_refresh->setEnabled(true);
    m_saveState->setText(
        report.updated.isValid()
            ? tr("Last saved %1")
                  .arg(QLocale().toString(report.updated.toLocalTime(), QLocale::ShortFormat))
            : QString());
    updatePreview();
    updateWordCount();
    emit loaded();
}

void ReportWindow::textEdited() {
    m_previewTimer->start();
    updateWordCount();
    if (!m_loaded || m_editor->isReadOnly())
        return; // loading or refreshing: the store has it already
    m_dirty = true;
    m_saveState->setText(tr("Editing..."));
    m_autosave->start();
}

void ReportWindow::saveNow() {
    m_autosave->stop();
    if (!m_loaded || !m_dirty)
        return;
    m_dirty = false;
    ++m_savesInFlight;
    m_store->saveReportText(m_reportId, m_editor->toPlainText());
}

void ReportWindow::refreshFromSession() {
    if (!m_loaded)
        return;
    m_autosave->stop();
    m_dirty = false;
    m_refresh->setEnabled(false);
    m_editor->setReadOnly(true); // until the merged text is back
    m_saveState->setText(tr("Refreshing from the session..."));
    m_store->refreshReport(m_reportId, m_editor->toPlainText());
}

void ReportWindow::exportTo(ReportExporter::Format format, const QString &path) {
    saveNow(); // the export reads the stored text; the save is queued first
    m_exportPath = path;
    m_saveState->setText(tr("Exporting..."));
    m_store->exportOutput(m_reportId, format, path);
}

void ReportWindow::askExport(ReportExporter::Format format) {
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export Report"),
        QDir(dir).filePath(ReportExporter::suggestedFileName(m_title, format)),
        format == ReportExporter::Format::Pdf   ? tr("PDF (*.pdf)")
        : format == ReportExporter::Format::Odt ? tr("OpenDocument text (*.odt)")
                                                : tr("Markdown (*.md)"));
    if (!path.isEmpty())
        exportTo(format, path);
}

void ReportWindow::updatePreview() {
    const int scroll = m_preview->verticalScrollBar()->value();
    m_preview->document()->setMarkdown(m_editor->toPlainText(), kMarkdown);
    m_preview->verticalScrollBar()->setValue(scroll);
}

void ReportWindow::updateWordCount() {
    static const QRegularExpression word(QStringLiteral("[\\w][\\w'’-]*"),
                                         QRegularExpression::UseUnicodePropertiesOption);
    const QString text = m_editor->toPlainText();
    int count = 0;
    for (auto it = word.globalMatch(text); it.hasNext(); it.next())
        ++count;
    m_words->setText(tr("%n word(s)", nullptr, count));
}

void ReportWindow::closeEvent(QCloseEvent *event) {
    // Into the store before the window goes: the save is queued on the
    // worker, which finishes it even after this window is gone.
    saveNow();
    QMainWindow::closeEvent(event);
}

} // namespace Plenary
