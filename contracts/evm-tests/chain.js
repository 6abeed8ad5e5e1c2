// A minimal chain around a real EVM (@ethereumjs/evm): deploys CredentialRegistry compiled by
// solc 0.5.2 (the same source as the SM artifact) and executes calls as given senders, one
// block per call, with a controllable clock.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import solc from 'solc';
import { createEVM } from '@ethereumjs/evm';
import { createAddressFromString, hexToBytes, bytesToHex } from '@ethereumjs/util';
import { Interface, AbiCoder, keccak256, getBytes, randomBytes, hexlify } from 'ethers';

const here = path.dirname(fileURLToPath(import.meta.url));
export const SOURCE = path.resolve(here, '../src/main/solidity/CredentialRegistry.sol');

let compiled;
export function compile() {
  if (compiled) return compiled;
  const input = {
    language: 'Solidity',
    sources: { 'CredentialRegistry.sol': { content: fs.readFileSync(SOURCE, 'utf8') } },
    settings: { optimizer: { enabled: false }, outputSelection: { '*': { '*': ['abi', 'evm.bytecode.object'] } } },
  };
  const out = JSON.parse(solc.compile(JSON.stringify(input)));
  const errors = (out.errors || []).filter((e) => e.severity === 'error');
  if (errors.length) throw new Error(errors.map((e) => e.formattedMessage).join('\n'));
  const c = out.contracts['CredentialRegistry.sol'].CredentialRegistry;
  compiled = { abi: c.abi, bytecode: '0x' + c.evm.bytecode.object };
  return compiled;
}

/** An actor: a random 64-byte public key and the address the contract derives from it. */
export function newActor(name) {
  const pubKey = hexlify(randomBytes(64));
  const address = '0x' + keccak256(pubKey).slice(26);
  return { name, pubKey, address };
}

export class Chain {
  static async create() {
    const chain = new Chain();
    chain.evm = await createEVM();
    chain.iface = new Interface(compile().abi);
    chain.number = 1n;
    chain.timestamp = 1_780_000_000n;
    return chain;
  }

  block() {
    return {
      header: {
        number: this.number,
        coinbase: createAddressFromString('0x0000000000000000000000000000000000000000'),
        timestamp: this.timestamp,
        difficulty: 0n,
        prevRandao: new Uint8Array(32),
        gasLimit: 30_000_000n,
        baseFeePerGas: 0n,
        getBlobGasPrice: () => undefined,
      },
    };
  }

  advance(seconds) {
    this.timestamp += BigInt(seconds);
  }

  async deploy(from) {
    const result = await this.evm.runCall({
      caller: createAddressFromString(from.address),
      data: hexToBytes(compile().bytecode),
      gasLimit: 10_000_000n,
      block: this.block(),
    });
    if (result.execResult.exceptionError) throw new Error('deploy failed: ' + result.execResult.exceptionError.error);
    this.address = result.createdAddress;
    this.number += 1n;
    this.timestamp += 5n;
    return this.address.toString();
  }

  /** Sends a transaction: {ok, reason, logs (parsed events), gas}. One block per call. */
  async send(from, fn, args) {
    const data = this.iface.encodeFunctionData(fn, args);
    const result = await this.evm.runCall({
      caller: createAddressFromString(from.address),
      to: this.address,
      data: hexToBytes(data),
      gasLimit: 3_000_000n,
      block: this.block(),
    });
    const exec = result.execResult;
    const block = this.number;
    const time = this.timestamp;
    this.number += 1n;
    this.timestamp += 3n;
    if (exec.exceptionError) {
      return { ok: false, reason: revertReason(exec.returnValue), gas: exec.executionGasUsed, block, time };
    }
    const logs = (exec.logs || []).map(([, topics, payload]) =>
      this.iface.parseLog({ topics: topics.map((t) => bytesToHex(t)), data: bytesToHex(payload) }));
    return { ok: true, logs, gas: exec.executionGasUsed, calldataBytes: getBytes(data).length, block, time };
  }

  /** Calls a view function and returns the decoded result. */
  async read(fn, args) {
    const data = this.iface.encodeFunctionData(fn, args);
    const result = await this.evm.runCall({
      caller: createAddressFromString('0x000000000000000000000000000000000000dEaD'),
      to: this.address,
      data: hexToBytes(data),
      gasLimit: 3_000_000n,
      block: this.block(),
      isStatic: true,
    });
    if (result.execResult.exceptionError) throw new Error(fn + ' reverted');
    return this.iface.decodeFunctionResult(fn, bytesToHex(result.execResult.returnValue));
  }
}

function revertReason(returnValue) {
  const hex = bytesToHex(returnValue);
  if (!hex.startsWith('0x08c379a0')) return '(no reason)';
  return AbiCoder.defaultAbiCoder().decode(['string'], '0x' + hex.slice(10))[0];
}

/** Symbolic bytes32 names of roots and credential ids, the same idea as the Java runner. */
export function id32(name) {
  if (name === 'zero') return '0x' + '00'.repeat(32);
  return keccak256(new TextEncoder().encode(name));
}
