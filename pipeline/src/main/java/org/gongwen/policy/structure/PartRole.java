package org.gongwen.policy.structure;

/**
 * The role of a document part (issue: document parts with roles). Roles gate extraction: a benefit list or
 * a regulation's rules give targets only on explicit goal words, a review of the past gives none, safeguards
 * and closing blocks give no tasks.
 */
public enum PartRole {
  /** 总体目标, 主要目标, 工作目标; an indicator table. */
  GOALS,
  /** 主要任务, 重点任务, 工作举措; a task table. */
  TASKS,
  /** 支持政策, 扶持措施, 政策清单, 支持内容: what applicants receive. */
  BENEFITS,
  /** 保障措施, 组织实施, 工作要求. */
  SAFEGUARDS,
  /** 适用范围, 支持对象, 申报条件, procedures and catalogues. */
  DEFINITIONS,
  /** 发展基础, 取得成效: the past. */
  REVIEW,
  /** 抄送, 印发: the closing block (版记). */
  CLOSING,
  /** Anything else (preamble, 指导思想, 基本原则, a heading without role words). */
  OTHER
}
