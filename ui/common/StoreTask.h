#pragma once

#include "store/ReportSource.h"
#include "store/Store.h"

#include <QFuture>
#include <QFutureWatcher>
#include <QPromise>
#include <QString>
#include <QtConcurrent>

namespace deliverboard::ui {

// Runs a store query off the GUI thread (issue 10: the GUI thread never runs SQL). The
// task opens a connection of its own to the store file, because Qt Sql connections belong
// to the thread that opened them, and closes it when done. `work(ReportSource&)` returns
// the result; an open failure gives `onOpenFailure(error)` instead. Watch the future with
// a QFutureWatcher whose parent is the widget that shows the result.
template <typename Work, typename OpenFailure>
auto runOnStore(const QString& storePath, Work work, OpenFailure onOpenFailure)
    -> QFuture<decltype(work(std::declval<ReportSource&>()))> {
    using Result = decltype(work(std::declval<ReportSource&>()));
    return QtConcurrent::run([storePath, work = std::move(work),
                              onOpenFailure = std::move(onOpenFailure)]() -> Result {
        QString error;
        const std::unique_ptr<Store> store = Store::open(storePath, Store::Mode::ReadWrite, error);
        if (!store)
            return onOpenFailure(error);
        return work(*store->reportSource());
    });
}

// The same for long tasks with progress and cancel: `work(QPromise<Result>&, ReportSource&)`
// reports progress on the promise, checks promise.isCanceled() and adds its result.
template <typename Result, typename Work, typename OpenFailure>
QFuture<Result> runOnStoreWithProgress(const QString& storePath, Work work,
                                       OpenFailure onOpenFailure) {
    return QtConcurrent::run([storePath, work = std::move(work),
                              onOpenFailure = std::move(onOpenFailure)](QPromise<Result>& promise) {
        QString error;
        const std::unique_ptr<Store> store = Store::open(storePath, Store::Mode::ReadWrite, error);
        if (!store) {
            promise.addResult(onOpenFailure(error));
            return;
        }
        work(promise, *store->reportSource());
    });
}

// Calls `done(watcher)` on `context`'s thread once `future` has finished (check
// watcher.isCanceled() before watcher.result()); nothing is called if `context` is gone.
template <typename T, typename Done>
QFutureWatcher<T>* whenFinished(QObject* context, const QFuture<T>& future, Done done) {
    auto* watcher = new QFutureWatcher<T>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context,
                     [watcher, done = std::move(done)] {
                         watcher->deleteLater();
                         done(*watcher);
                     });
    watcher->setFuture(future);
    return watcher;
}

} // namespace deliverboard::ui
