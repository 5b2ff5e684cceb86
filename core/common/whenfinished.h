#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QFuture>
#include <QFutureWatcher>
#include <QObject>
#include <memory>
#include <optional>
#include <utility>

namespace qm {

// Runs fn on context's thread when the future finishes; never runs once context is destroyed
// (the watcher is context's child). Unlike QFuture::then(context, ...) in Qt 6.4, a context that
// dies first is safe. A future that finished without a result (cancelled: its owner went away)
// hands fn a Cancelled error.
template <typename T, typename F>
void whenFinished(QObject *context, QFuture<Result<T>> future, F &&fn)
{
    auto *watcher = new QFutureWatcher<Result<T>>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context,
        [watcher, fn = std::forward<F>(fn)]() mutable {
            watcher->deleteLater();
            const QFuture<Result<T>> f = watcher->future();
            if (f.resultCount() > 0) {
                fn(f.result());
                return;
            }
            Error e;
            e.code = Error::Code::Cancelled;
            e.message = QCoreApplication::translate("qm::Async", "The operation was cancelled.");
            fn(Result<T>(e));
        });
    watcher->setFuture(std::move(future));
}

// For futures of plain values: fn gets std::nullopt when the future ended without a result.
template <typename T, typename F>
void whenFinishedValue(QObject *context, QFuture<T> future, F &&fn)
{
    auto *watcher = new QFutureWatcher<T>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context,
        [watcher, fn = std::forward<F>(fn)]() mutable {
            watcher->deleteLater();
            const QFuture<T> f = watcher->future();
            fn(f.resultCount() > 0 ? std::optional<T>(f.result()) : std::nullopt);
        });
    watcher->setFuture(std::move(future));
}

// Keeps `owner` alive until the future has finished, whoever else still waits for it: for work
// whose job refers to an object (a cluster) that its starter may drop first. Released on the
// thread that finishes the future.
template <typename T> void keepUntilFinished(QFuture<T> future, std::shared_ptr<void> owner)
{
    future.then([owner = std::move(owner)](const QFuture<T> &) {});
}

} // namespace qm
