#pragma once

#include "ReportExporter.h"

#include <QMainWindow>

#include <memory>

class QAction;
class QLabel;
class QPlainTextEdit;
class QTextBrowser;
class QTimer;

namespace Plenary {

class AsyncStore;
class FindReplaceBar;
class TextHighlighter;
struct Report;

/// A rapporteur's report: Markdown on the left (highlighted by KF6
/// SyntaxHighlighting where the build has it), the live preview on the
/// right; autosaved into the store a moment after each change and on
/// closing; refreshed from the session without overwriting what the
/// rapporteur wrote; exported to PDF, ODT or Markdown. Opening, saving,
/// refreshing and exporting all run on the store's worker thread.
class ReportWindow : public QMainWindow {
    Q_OBJECT
public:
    /// @p reportId: Report::id() ("meeting", "wg:WG1").
    ReportWindow(AsyncStore *store, QString reportId, QWidget *parent = nullptr);
    ~ReportWindow() override;

    QString reportId() const { return m_reportId; }
    QPlainTextEdit *editor() const { return m_editor; }
    QTextBrowser *preview() const { return m_preview; }
    FindReplaceBar *findBar() const { return m_findBar; }
    QLabel *wordCountLabel() const { return m_words; }
    /// True once the report is loaded and every change is in the store.
    bool isSaved() const { return m_loaded && !m_dirty && m_savesInFlight == 0; }
    /// Whether the Markdown is highlighted (builds with KF6 SyntaxHighlighting).
    bool isHighlighted() const;

    void saveNow();
    void refreshFromSession();
    /// Exports without asking (the Export actions ask for the file first).
    void exportTo(Plenary::ReportExporter::Format format, const QString &path);

Q_SIGNALS:
    void loaded();
    void saved();
    void refreshed(int changesTaken, const QStringList &kept);
    void exported(const QString &path, bool ok, const QString &error);

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void opened(const Plenary::Report &report, const QString &title);
    void textEdited();
    void updatePreview();
    void updateWordCount();
    void askExport(Plenary::ReportExporter::Format format);

    AsyncStore *m_store;
    QString m_reportId;
    QString m_title;
    QPlainTextEdit *m_editor;
    QTextBrowser *m_preview;
    FindReplaceBar *m_findBar;
    QLabel *m_words;
    QLabel *m_saveState;
    QTimer *m_autosave;
    QTimer *m_previewTimer;
    QAction *m_refresh;
    bool m_loaded = false;
    bool m_dirty = false;
    int m_savesInFlight = 0;
    QString m_exportPath; ///< the export under way, empty when none
    std::unique_ptr<TextHighlighter> m_highlighter;
};

} // namespace Plenary
