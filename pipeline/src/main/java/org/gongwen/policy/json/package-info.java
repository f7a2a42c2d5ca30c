/**
 * JSON reading and writing of {@link org.gongwen.policy.model.PolicyDocument}s: the one configured
 * Jackson mapper of the project. Output is deterministic: fixed property order (record component order),
 * pretty printed, UTF-8, {@code \n} line ends, no map iteration anywhere.
 */
package org.gongwen.policy.json;
