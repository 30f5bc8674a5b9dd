# Reference values for the registry's statistics, computed independently with R (stats, survival).
# Run from this folder:  Rscript reference.R   (R 4.2, survival 3.5-3 produced the committed files)
library(survival)
options(digits = 15)

# --- proportions: Wilson (prop.test without correction), Clopper-Pearson and one-sided exact p-values
cases <- data.frame(
  x  = c(11, 0, 20, 0, 1, 60, 3, 17, 0, 1, 5),
  n  = c(20, 20, 20, 1, 1, 120, 250, 18, 7, 150, 40),
  lo = c(0.38, 0.75, 0.75, 0.01, 0.95, 0.38, 0.0, 0.95, 0.05, 0.01, 0.26),
  hi = c(0.725, 0.8, 0.8, 0.01, 0.95, 0.725, 0.01, 0.95, 0.10, 0.038, 0.26))
rows <- lapply(seq_len(nrow(cases)), function(i) {
  x <- cases$x[i]; n <- cases$n[i]
  w  <- prop.test(x, n, correct = FALSE)$conf.int
  cp <- binom.test(x, n)$conf.int
  less    <- binom.test(x, n, p = cases$lo[i], alternative = "less")$p.value
  greater <- if (cases$hi[i] > 0) binom.test(x, n, p = cases$hi[i], alternative = "greater")$p.value else NA
  data.frame(x = x, n = n, lo = cases$lo[i], hi = cases$hi[i], wilsonLow = w[1], wilsonHigh = w[2],
             exactLow = cp[1], exactHigh = cp[2], pAtMostLo = less, pAtLeastHi = greater)
})
write.csv(do.call(rbind, rows), "proportions.csv", row.names = FALSE)

# --- funnel limits: exact binomial with Spiegelhalter's interpolation, written with qbinom/pbinom;
#     the interpolation can leave [0, 1] for tiny units (r = 0 gives a negative limit): a proportion
#     limit is kept within [0, 1]
limit <- function(n, p0, p) {
  r <- qbinom(p, n, p0)
  alpha <- (pbinom(r, n, p0) - p) / (pbinom(r, n, p0) - pbinom(r - 1, n, p0))
  min(1, max(0, (r - alpha) / n))
}
grid <- expand.grid(n = c(1, 2, 5, 10, 37, 100, 400), p0 = c(0.005, 0.14, 0.5525, 0.775))
grid$low95 <- mapply(limit, grid$n, grid$p0, 0.025)
grid$high95 <- mapply(limit, grid$n, grid$p0, 0.975)
grid$low998 <- mapply(limit, grid$n, grid$p0, 0.001)
grid$high998 <- mapply(limit, grid$n, grid$p0, 0.999)
write.csv(grid, "funnel.csv", row.names = FALSE)

# --- Bernoulli CUSUM with restart after a signal
set.seed(20261130)
outcomes <- rbinom(200, 1, c(rep(0.1, 100), rep(0.3, 100)))
p0 <- 0.1; p1 <- 0.2; h <- 4.5
s <- 0; value <- numeric(length(outcomes)); signal <- logical(length(outcomes))
for (i in seq_along(outcomes)) {
  w <- if (outcomes[i] == 1) log(p1 / p0) else log((1 - p1) / (1 - p0))
  s <- max(0, s + w); value[i] <- s; signal[i] <- s >= h
  if (signal[i]) s <- 0
}
write.csv(data.frame(failure = outcomes, value = value, signal = signal), "cusum.csv", row.names = FALSE)

# --- Kaplan-Meier with log-log intervals, and the median with its interval as R prints it
datasets <- list(
  ties = data.frame(time = c(1, 2, 2, 3, 4, 4, 4, 5, 6, 7, 8, 8, 9, 10, 12),
                    status = c(1, 1, 0, 1, 1, 1, 0, 0, 1, 0, 1, 1, 0, 1, 0)),
  allCensored = data.frame(time = c(2, 3, 5, 8), status = c(0, 0, 0, 0)),
  plateauToEnd = data.frame(time = c(1, 2, 3, 4), status = c(1, 1, 0, 0)),
  plateauThenDrop = data.frame(time = c(1, 2, 3, 5), status = c(1, 1, 0, 1)),
  single = data.frame(time = c(5), status = c(1)),
  weeks = local({ set.seed(7); t <- round(rexp(60, 1 / 20), 1); data.frame(time = t, status = rbinom(60, 1, 0.7)) }))
steps <- list(); medians <- list()
for (name in names(datasets)) {
  d <- datasets[[name]]
  fit <- survfit(Surv(time, status) ~ 1, data = d, conf.type = "log-log")
  steps[[name]] <- data.frame(dataset = name, time = fit$time, atRisk = fit$n.risk, events = fit$n.event,
                              censored = fit$n.censor, survival = fit$surv, stdErr = fit$std.err,
                              lower = fit$lower, upper = fit$upper)
  q <- quantile(fit, probs = 0.5)
  medians[[name]] <- data.frame(dataset = name, median = q$quantile, low = q$lower, high = q$upper)
  write.csv(d, paste0("km-", name, ".csv"), row.names = FALSE)
}
write.csv(do.call(rbind, steps), "km-steps.csv", row.names = FALSE)
write.csv(do.call(rbind, medians), "km-medians.csv", row.names = FALSE)

# --- Aalen-Johansen cumulative incidence with death competing (status 0 censored, 1 event, 2 death)
competing <- data.frame(time = c(2, 3, 3, 4, 5, 6, 6, 7, 9, 10, 11, 13, 15, 15, 18, 20),
                        status = c(1, 2, 0, 1, 1, 2, 1, 0, 2, 1, 0, 2, 1, 0, 1, 0))
write.csv(competing, "competing.csv", row.names = FALSE)
fit <- survfit(Surv(time, factor(status, levels = 0:2)) ~ 1, data = competing)
write.csv(data.frame(time = fit$time, incidence = fit$pstate[, 2], competingIncidence = fit$pstate[, 3]),
          "aalen-johansen.csv", row.names = FALSE)

# --- a proportion over clustered members (the vertebrae cemented in one patient): the survey
#     package's Korn-Graubard interval for a cluster design (survey 4.1-1 produced clustered.csv)
library(survey)
set.seed(27)
levels <- sample(1:4, 40, replace = TRUE)
leaky <- rbinom(40, 1, 0.5)
clustered <- list(
  threeAlike = data.frame(patient = rep(1:10, each = 3), leak = c(rep(1, 12), rep(0, 18))),
  mixed = data.frame(patient = c(1, 1, 2, 2, 2, 3, 4, 4, 5, 6, 6, 6, 6, 7, 8),
                     leak = c(1, 0, 1, 1, 0, 0, 1, 1, 0, 0, 0, 1, 0, 1, 0)),
  drawn = data.frame(patient = rep(1:40, levels),
                     leak = unlist(mapply(function(k, l) rbinom(k, 1, if (l == 1) 0.8 else 0.3), levels, leaky))))
rows <- lapply(names(clustered), function(name) {
  d <- clustered[[name]]
  ci <- confint(svyciprop(~leak, svydesign(ids = ~patient, data = d), method = "beta", level = 0.95))
  x_i <- tapply(d$leak, d$patient, sum); n_i <- tapply(d$leak, d$patient, length)
  data.frame(dataset = name, x = sum(d$leak), n = nrow(d), k = length(n_i), sumXX = sum(x_i^2), sumXN = sum(x_i * n_i),
             sumNN = sum(n_i^2), low = ci[1], high = ci[2])
})
write.csv(do.call(rbind, rows), "clustered.csv", row.names = FALSE)
