#pragma once

#include <QHash>
#include <QTabWidget>

class QTimer;

namespace Plenary {

class AsyncStore;
struct OpenedDocument;

/// The library and the documents being read, as tabs: the first tab is the
/// library (not closable), each opened document gets its own (a PdfReader
/// or a TextReader), opened again where it was left. Office documents and
/// archives are offered to the system's application; nothing in a document
/// is run by Plenary. Files are read on the store's worker thread.
class ReaderTabs : public QTabWidget {
    Q_OBJECT
public:
    ReaderTabs(AsyncStore *store, QWidget *library, QWidget *parent = nullptr);
    ~ReaderTabs() override;

    /// Opens (or shows) the document; @p title is its tooltip. With @p term
    /// (a search hit), at @p page (0-based) with the term found there.
    /// @p file: which of its files (a search hit's); the best one when empty.
    void openDocument(const QString &number, const QString &title, int page = -1,
                      const QString &term = {}, const QString &file = {});
    /// Opens (or shows) a member of a document's ZIP archive in a tab of its own.
    void openMember(const QString &number, const QString &archive, const QString &member,
                    const QString &title = {});
    /// The reader tab of a document, or nullptr.
    QWidget *readerFor(const QString &number) const;
    /// Closes the current document tab (never the library).
    void closeCurrentDocument();
    /// Writes the pages the readers are at now (before quitting).
    void savePositions();

Q_SIGNALS:
    void message(const QString &text);
    /// A document is open in a tab (after its file was read).
    void documentShown(const QString &number);
    /// The document in front and its page (0-based), as tabs change and
    /// pages turn; an empty number for the library.
    void currentDocumentChanged(const QString &number, int page);

private:
    void opened(const OpenedDocument &document);
    void closeTab(int index);

    AsyncStore *m_store;
    struct Pending {
        QString title;
        int page = -1;
        QString term;
    };
    /// @p jump: go to @p page first (a reader already open; a new one
    /// opened at it).
    void showTerm(QWidget *reader, int page, const QString &term, bool jump);

    QHash<QString, Pending> m_pending; ///< by number, being read
    QHash<QString, int> m_positions;   ///< pages to write, by number
    QTimer *m_positionTimer;
};

} // namespace Plenary
